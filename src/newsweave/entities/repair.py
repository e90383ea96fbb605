"""Repairs to raw NER spans that language-independent knowledge makes safe.

`split_places`: a person's name of three or more words does not end in
a country's name; when a model's span does ("besøger Kim Jong-un Rusland i sit tog" read
as one person), the country is split off as a place. Two-word names are left alone
("Tom Holland" may be a person).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.entities.keys import country_code

RawMention = tuple[int, int, str]

_WORD = re.compile(r"\S+")
MIN_WORDS = 3  # the span, country included


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
