"""Repairs to raw NER spans that language-independent knowledge makes safe.

`trim_people`: a person's name holds no lower-case word but a name particle ("Ludwig van
Beethoven", "Osama bin Laden"); a model's PER span that runs on into the sentence ("Kim
geben") is cut before its first other lower-case word; one that ends in a particle ran on
past the name ("Kim Technologie von") and keeps its first word; and a title at its start
("Bundeskanzler", "President") is left out of the name: the quotes stage reads it as the
person's role.

`drop_parts`: a name that is only a part of a hyphenated word ("UN-Sanktionen",
"US-amerikanischen", "Ruslands-ekspert") is not a mention: the gold data of every
language newsweave measures leaves such parts out (GermEval's *part and *deriv types,
NorNE's derived names); a name that is the whole word ("US-Marine") stays.

`drop_adjectives`: a name does not start with a country's adjective written in lower case,
as an adjective is where it is no part of a name ("dem US-amerikanischen Festland",
"russischen Streitkräfte"; but "Russische Föderation", "American Airlines"): such a mention
is an adjective and a noun, and is dropped. Whether a word is a country's adjective is the
language's demonym data (`newsweave.entities.demonyms`).

`split_places`: a person's name of three or more words does not end in
a country's name; when a model's span does ("besøger Kim Jong-un Rusland i sit tog" read
as one person), the country is split off as a place. Two-word names are left alone
("Tom Holland" may be a person).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsweave.entities.demonyms import demonym_table
from newsweave.entities.keys import country_code, normalise
from newsweave.lang import data
from newsweave.quotes.data import quote_data

RawMention = tuple[int, int, str]

_WORD = re.compile(r"\S+")
MIN_WORDS = 3  # the span, country included

# Lower-case words that occur inside people's names, in the languages newsweave reads.
_PARTICLE_WORDS = """
    von van vom zu zur der den de del della dello degli di da das dos du des la le lo y e i
    d l bin ibn bint al el ben ter ten af av op het
"""
PARTICLES = frozenset(_PARTICLE_WORDS.split())
_JOINED = re.compile(r"[-'’]")


def drop_parts(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """The mentions less those that are a part of a hyphenated word (see the module)."""

    def part(start: int, end: int) -> bool:
        after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
        before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
        return after or before

    return [m for m in raw if not part(m[0], m[1])]


def drop_adjectives(
    text: str, raw: Sequence[RawMention], language: str | None
) -> list[RawMention]:
    """The mentions less those that start with a country's adjective in lower case (see
    the module)."""
    forms = demonym_table(language).forms

    def adjective(start: int, end: int) -> bool:
        first = _WORD.match(text, start, end)
        word = normalise(first.group()) if first else ""
        return word in forms and any(part[:1].islower() for part in word.split("-"))

    return [m for m in raw if not adjective(m[0], m[1])]


def trim_people(text: str, raw: Sequence[RawMention], language: str | None) -> list[RawMention]:
    """`raw` with PER spans cut before their first lower-case word that is no particle
    (`PARTICLES`, and the language's `NAME_PARTICLES` in `lang/<iso>/names.py`), and
    without the titles they start with ("Bundeskanzler Olaf Scholz" -> "Olaf Scholz"; the
    language's `TITLES` in `lang/<iso>/quotes.py`, where the title is a role); a span left
    empty is dropped."""
    particles = _particles(language)
    is_title = quote_data(language).is_title
    out: list[RawMention] = []
    for start, end, label in raw:
        if label == "PER":
            words = list(_WORD.finditer(text, start, end))
            for word in words:
                head = _JOINED.split(word.group(), maxsplit=1)[0]
                if head[:1].islower() and head not in particles:
                    end = word.start()
                    break
            kept = [w for w in words if w.end() <= end]
            if len(kept) > 1 and kept[-1].group() in particles:
                kept = kept[:1]  # "Kim Technologie von": the span ran on past the name
            while len(kept) > 1 and is_title(kept[0].group()):
                kept.pop(0)
            if not kept:
                continue
            start, end = kept[0].start(), kept[-1].end()
        out.append((start, end, label))
    return out


@lru_cache(maxsize=64)
def _particles(language: str | None) -> frozenset[str]:
    names = data(language, "names")
    return PARTICLES | frozenset(getattr(names, "NAME_PARTICLES", "").split())


def split_places(text: str, raw: Sequence[RawMention], language: str | None) -> list[RawMention]:
    """`raw` with a trailing country name split off PER spans of `MIN_WORDS`+ words
    (organisations do end in one: "Bank of England")."""
    out: list[RawMention] = []
    for start, end, label in raw:
        words = list(_WORD.finditer(text, start, end))
        last = words[-1] if words else None
        if (
            label == "PER"
            and last is not None
            and len(words) >= MIN_WORDS
            and country_code(last.group(), language, anywhere=False)
        ):
            out.append((start, words[-2].end(), label))
            out.append((last.start(), last.end(), "LOC"))
        else:
            out.append((start, end, label))
    return out
