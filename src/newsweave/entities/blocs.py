"""The West as a place: "die führenden Politiker im Westen", "myter om Vesten", "sanctions
imposed by the West".

Some places are named by a common word: the West as a political bloc is a cardinal
direction's noun. Models trained on news gold miss it, because the same word is far more
often a direction ("im Westen der USA", "nach Westen", "the West Bank"). Each language lists
in `lang/<iso>/names.py`:

- `BLOC_NAMES`: the words that name a bloc, as written ("Westen Westens");
- `BLOC_ARTICLES`: words one of which must stand just before it, compared in lower case
  ("der den dem des im vom"); empty where the word alone says it (Danish "Vesten", the
  definite form with a capital, is never a direction: that is "mod vest");
- `BLOC_DIRECTION_BEFORE`: words after it that make it a direction ("der des von": "im
  Westen des Landes"). A capitalised word after it does too ("im Westen Europas", "the
  West Bank", "West Coast").
- `BLOC_NOT_NEAR`: words that, within `NEAR` characters either side, make it one of a
  land's directions ("grenzt im Norden an …, im Westen an …"; "Hitzkirch im Südwesten,
  Schongau im Westen").

`add_blocs` adds a LOC mention for each such word that no mention covers yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsweave.lang import data

RawMention = tuple[int, int, str]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
NEAR = 80  # characters either side where BLOC_NOT_NEAR words make it a direction


@dataclass(frozen=True)
class Blocs:
    names: frozenset[str]
    articles: frozenset[str]
    directions: frozenset[str]
    not_near: frozenset[str]


@lru_cache(maxsize=64)
def blocs(language: str | None) -> Blocs | None:
    """The language's bloc words, or None when it lists none."""
    module = data(language, "names")
    found = frozenset(getattr(module, "BLOC_NAMES", "").split())
    if not found:
        return None
    return Blocs(
        found,
        frozenset(getattr(module, "BLOC_ARTICLES", "").casefold().split()),
        frozenset(getattr(module, "BLOC_DIRECTION_BEFORE", "").casefold().split()),
        frozenset(getattr(module, "BLOC_NOT_NEAR", "").split()),
    )


def add_blocs(text: str, raw: Sequence[RawMention], language: str | None) -> list[RawMention]:
    """`raw` with a LOC mention for each bloc named as a place (see the module)."""
    words = blocs(language)
    if words is None:
        return list(raw)
    tokens = list(_WORD.finditer(text))
    added: list[RawMention] = []
    for i, token in enumerate(tokens):
        if token.group() not in words.names:
            continue
        if any(s < token.end() and token.start() < e for s, e, _ in raw):
            continue
        before = tokens[i - 1].group().casefold() if i else ""
        if words.articles and before not in words.articles:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and text[token.end() : after.start()].strip() == "" and (
            after.group().casefold() in words.directions or after.group()[:1].isupper()
        ):
            continue
        near = _WORD.findall(text, max(0, token.start() - NEAR), token.end() + NEAR)
        if words.not_near.intersection(near):
            continue
        added.append((token.start(), token.end(), "LOC"))
    return sorted([*raw, *added])
