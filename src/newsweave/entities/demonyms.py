"""Country adjectives and demonyms in text ("russiske", "nordkoreanischen", "Russian",
"россиян"), recorded as references to the country.

Language data (`lang/<iso>/names.py`, every constant optional):

    DEMONYMS          {"RU": ("russisk", "russer{,e,ne}"), ...}: ISO code -> forms. A form
                      with braces lists its endings ("russer{,e,ne}": russer, russere,
                      russerne); a form without takes every DEMONYM_ENDINGS ending. Forms
                      may hold a hyphen or a space ("US-amerikanisch", "North Korean").
    DEMONYM_ENDINGS   endings of forms without braces, e.g. ("", "e") in Danish

A form written in lower case matches as written and with a capital first letter (at a
sentence start: "Russiske soldater"); a form written with capitals (English "Russian",
German nouns "Russen", Dutch "Russisch") matches only as written. A hyphenated word that
is no form as a whole is tried part by part ("russisch-chinesische", "pro-russiske").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsweave.article import Mention
from newsweave.entities.keys import country_name, normalise
from newsweave.lang import data

# What `str.strip` takes off a whitespace-separated token to leave a word.
_PUNCTUATION = ".,;:!?\"'«»„“”‹›()[]{}<>…/*-"
_BRACES = re.compile(r"^(.*)\{([^{}]*)\}(.*)$")


@dataclass(frozen=True)
class DemonymTable:
    """The forms of one language: {form as it may appear in text: ISO code}."""

    forms: dict[str, str]
    multiword: tuple[str, ...]  # the forms that hold a space ("North Korean")


def expand(form: str, endings: tuple[str, ...]) -> list[str]:
    """ "russer{,e,ne}" -> ["russer", "russere", "russerne"]; "russisk" with endings
    ("", "e") -> ["russisk", "russiske"]."""
    match = _BRACES.match(form)
    if match:
        head, alternatives, tail = match.groups()
        return [head + ending + tail for ending in alternatives.split(",")]
    return [form + ending for ending in endings]


def _capitalised(form: str) -> list[str]:
    """A lower-case form as it is written at a sentence start (and in hyphenated nouns:
    "nord-coréens" -> "Nord-coréens", "Nord-Coréens")."""
    first = form[:1].upper() + form[1:]
    every = "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return [first, every] if every != first else [first]


@lru_cache(maxsize=64)
def demonym_table(language: str | None) -> DemonymTable:
    """The language's demonym forms (empty for a language without data)."""
    names = data(language, "names")
    demonyms: dict[str, tuple[str, ...]] = getattr(names, "DEMONYMS", {})
    endings: tuple[str, ...] = tuple(getattr(names, "DEMONYM_ENDINGS", ("",)))
    forms: dict[str, str] = {}
    for code, patterns in demonyms.items():
        for pattern in patterns:
            for form in expand(normalise(pattern), endings):
                variants = [form, *_capitalised(form)] if form.islower() else [form]
                for variant in variants:
                    forms.setdefault(variant, code)
    return DemonymTable(forms, tuple(form for form in forms if " " in form))


def find_demonyms(text: str, language: str | None, normalised: str | None = None) -> list[Mention]:
    """Country adjectives and demonyms in `text`, as `Mention(kind="demonym", label="LOC",
    entity="country:XX", name=<the country's CLDR name in the language>)`.

    `normalised`: `keys.normalise(text)` when the caller has it already.
    """
    table = demonym_table(language)
    if not table.forms:
        return []
    return [
        Mention(
            start,
            end,
            text[start:end],
            "LOC",
            country_name(code, language) or code,
            f"country:{code}",
            kind="demonym",
        )
        for start, end, code in _matches(normalised or normalise(text), table)
    ]


def _matches(text: str, table: DemonymTable) -> list[tuple[int, int, str]]:
    """(start, end, code) of every form in `text` on word boundaries; of overlapping
    matches the one that starts first (then the longer) wins."""
    forms = table.forms
    words = {token.strip(_PUNCTUATION) for token in set(text.split())}
    hits = words & forms.keys()
    for word in [word for word in words if "-" in word and word not in forms]:
        hits.update(part for part in word.split("-") if part in forms)
    hits.update(form for form in table.multiword if form.split(" ", 1)[0] in words)
    found = sorted(
        (start, -len(form), forms[form]) for form in hits for start in _occurrences(text, form)
    )
    out: list[tuple[int, int, str]] = []
    for start, minus_length, code in found:
        if not out or start >= out[-1][1]:
            out.append((start, start - minus_length, code))
    return out


def _occurrences(text: str, form: str) -> list[int]:
    """Where `form` stands in `text` with no letter or digit on either side."""
    out = []
    pos = text.find(form)
    while pos != -1:
        end = pos + len(form)
        if (pos == 0 or not text[pos - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            out.append(pos)
        pos = text.find(form, end)
    return out
