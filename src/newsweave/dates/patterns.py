"""Compiled patterns per language, built from CLDR names and `newsweave.lang.<iso>.dates`.

Built once per language and process (`functools.lru_cache`), never stored on a stage,
so stages stay small to pickle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsweave.dates.lexicon import Lexicon, lexicon
from newsweave.dates.regex import AFTER, BEFORE, words

YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9])"
NUMERIC = re.compile(
    r"(?<![\w.,/-])(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?:\.\s?|/|-)(?P<b>\d{1,2})(?:\.\s?|/|-)(?P<c>\d{4}))"
    r"(?=T\d|(?!\w|[.,/-]\d))"  # "2023-09-13T10:00" keeps its date
)


def _optional(forms: tuple[str, ...], tail: str = r"\s+") -> str:
    return f"(?:{words(forms)}{tail})?" if forms else ""


def _literal(text: str) -> str:
    return r"\s+".join(re.escape(part) for part in text.split(" "))


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns of one language (built once per process, see `patterns`).

    Each kind of expression has a full pattern, tried only where one of its first words
    stands: `trigger` finds those words in one pass and `index` says which kinds start
    with each (digits under "#"). That keeps a 500-word article near a millisecond.
    """

    lex: Lexicon
    kinds: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, pattern tried at a trigger)
    index: dict[str, tuple[int, ...]]
    trigger: re.Pattern[str]
    shift_values: tuple[tuple[int, bool], ...]  # per template: (value, has {n})
    weekday_values: tuple[int, ...]


_WORD = re.compile(r"\w+")


def _first_key(form: str) -> str:
    """The index key of the word a form or template starts with: its first run of word
    characters, lower case ("l'anno scorso" -> "l", "mid-{year}" -> "mid"), "#" for a
    digit."""
    m = _WORD.match(form.strip())
    if not m:
        raise ValueError(f"date form {form!r} must start with a letter, a digit or a slot")
    first = m.group().lower()
    return "#" if first[0].isdigit() else first


def _template_keys(template: str, slot_keys: dict[str, set[str]]) -> set[str]:
    m = re.match(r"\s*\{(\w+)\}", template)
    return slot_keys[m.group(1)] if m and m.group(1) in slot_keys else {_first_key(template)}


def _templates(templates: tuple[str, ...], slots: dict[str, str], exact: frozenset[str]) -> str:
    """One alternation of templates; group `t<i>` marks the template, `<slot><i>` a slot."""
    alternatives = []
    for i, template in sorted(enumerate(templates), key=lambda it: -len(it[1])):
        parts = []
        for piece in re.split(r"(\{\w+\})", " ".join(template.split())):
            if piece.startswith("{") and piece.endswith("}"):
                name = piece[1:-1]
                if name not in slots:
                    raise ValueError(
                        f"date template {template!r} uses {{{name}}}; known slots are "
                        + ", ".join("{" + s + "}" for s in slots)
                    )
                parts.append(f"(?P<{name}{i}>{slots[name]})")
            elif piece:
                parts.append(_literal(piece))
        body = "".join(parts)
        if template in exact:
            body = f"(?-i:{body})"
        alternatives.append(f"(?P<t{i}>{body})")
    return BEFORE + "(?:" + "|".join(alternatives) + ")" + AFTER


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=32)
def patterns(language: str) -> Patterns:
    """The compiled patterns of `language` ("" for language-independent ones only)."""
    lex = lexicon(language)
    all_months = words(*lex.forms(set(lex.months)))
    all_weekdays = words(*lex.forms(set(lex.weekdays)))
    full_weekdays = words(*lex.forms(set(lex.weekday_full)))
    join = _optional(lex.joiners)
    ordinal = f"(?:\\.|{words(lex.ordinals)})?" if lex.ordinals else r"\.?"
    suffix = f"(?:{words(lex.ordinals)})?" if lex.ordinals else ""
    ysuffix = f"(?:\\s*{words(lex.year_suffixes)})?" if lex.year_suffixes else ""
    lead = f"(?:(?P<w{{k}}>{all_weekdays})\\.?,?\\s+{join})?"
    composite = "|".join(
        [
            lead.format(k="a") + f"(?P<da>\\d{{1,2}}){ordinal}\\s*{join}(?P<ma>{all_months})"
            f"(?:\\.?,?\\s+{join}(?P<ya>{YEAR}){ysuffix})?",
            lead.format(k="b") + f"(?P<mb>{all_months})\\.?\\s+{join}(?P<db>\\d{{1,2}})"
            f"(?!\\d){suffix}(?:,?\\s+(?P<yb>{YEAR}){ysuffix})?",
            f"(?P<mc>{all_months})\\.?,?\\s+{join}(?P<yc>{YEAR}){ysuffix}",
        ]
    )
    prep = _optional(lex.month_prepositions, r"(?:\s+|(?<=-))")
    slots = {
        "n": r"\d{1,3}|" + words(lex.numbers) if lex.numbers else r"\d{1,3}",
        "unit": words(*lex.forms(set(lex.units_singular))),
        "units": words(*lex.forms(set(lex.units))),
        "weekday": full_weekdays,
        "year": YEAR,
    }
    shifts = tuple(lex.shifts)
    weekday_shifts = tuple(lex.weekday_shifts)
    number_keys = {_first_key(f) for f in lex.numbers} | {"#"}
    slot_keys = {
        "n": number_keys,
        "unit": {_first_key(f) for f in lex.units_singular},
        "units": {_first_key(f) for f in lex.units},
        "weekday": {_first_key(f) for f in lex.weekday_full},
        "year": {"#"},
    }
    month_keys = {_first_key(f) for f in lex.months}
    # (kind, pattern, first-word keys); `find` turns a match of each kind into a meaning
    kinds: list[tuple[str, str, set[str]]] = [
        (
            "composite",
            f"(?:{composite})" + AFTER,
            month_keys | {_first_key(f) for f in lex.weekdays} | {"#"},
        ),
        ("numeric", NUMERIC.pattern, {"#"}),
        (
            "month",
            prep.replace("(?:", "(?P<p>", 1) + f"(?P<m>{all_months})" + AFTER,
            month_keys | {_first_key(f) for f in lex.month_prepositions},
        ),
        ("weekday", words(*lex.forms(lex.weekday_free)) + AFTER, _keys(lex.weekday_free)),
        ("relative", words(*lex.forms(set(lex.relative))) + AFTER, _keys(lex.relative)),
        ("shift", _templates(shifts, slots, lex.exact), _tkeys(shifts, slot_keys)),
        (
            "weekday_shift",
            _templates(weekday_shifts, slots, lex.exact),
            _tkeys(weekday_shifts, slot_keys),
        ),
        (
            "year",
            _templates(lex.year_context, slots, lex.exact),
            _tkeys(lex.year_context, slot_keys),
        ),
        ("blocker", words(*lex.forms(set(lex.not_dates))) + AFTER, _keys(lex.not_dates)),
    ]
    kinds = [k for k in kinds if k[2]]  # a kind without forms in this language
    index: dict[str, list[int]] = {}
    for i, (_, _, keys) in enumerate(kinds):
        for k in keys:
            index.setdefault(k, []).append(i)
    trigger_words = [k for k in index if k != "#"]
    trigger = BEFORE + r"(?:\d" + (rf"|{words(trigger_words)}(?!\w)" if trigger_words else "") + ")"
    return Patterns(
        lex=lex,
        kinds=tuple((kind, _compile(BEFORE + pattern)) for kind, pattern, _ in kinds),
        index={k: tuple(v) for k, v in index.items()},
        trigger=_compile(trigger),
        shift_values=tuple((lex.shifts[t], "{n}" in t) for t in shifts),
        weekday_values=tuple(lex.weekday_shifts[t] for t in weekday_shifts),
    )


def _keys(forms: Iterable[str]) -> set[str]:
    return {_first_key(f) for f in forms}


def _tkeys(templates: Iterable[str], slot_keys: dict[str, set[str]]) -> set[str]:
    return {k for t in templates for k in _template_keys(t, slot_keys)}
