"""Names that say what they name: "Fridtjof Nansens Institut", "Dagbladet", "Kosmodrom
Vostotsjnyj".

A compact model misses or mislabels names whose type a word inside them states outright.
Each language lists those words in `lang/<iso>/names.py`:

- `ORG_WORDS`: words that head an organisation's name ("Institut", "Universitet"), matched
  whole and case-insensitively;
- `ORG_ENDINGS`: endings of one-word organisation names written as compounds ("Dag-bladet",
  "Arbeider-partiet"), matched on capitalised words longer than the ending;
- `PLACE_WORDS`: words that name a kind of place ("Kosmodrom", "Lufthavn");
- `EVENT_WORDS`: words that end the name of an event ("Den Kolde Krig", "Zweiter
  Weltkrieg", "Cold War"), which is no organisation or place (every dev set's gold leaves
  events out), matched whole and case-insensitively.

`apply_type_words` then (0) drops a span that ends in an event word, or that an event word
with a capital follows ("Den Kolde" + "Krig"), (1) relabels a PER span that contains a place
or organisation word (no person is called "Kosmodrom Vostotsjnyj"), and (2) adds an ORG span
for an organisation word with the capitalised words before it ("det norske Fridtjof Nansens
Institut" -> "Fridtjof Nansens Institut"), replacing a model span that lies inside it (one
only: a span that would swallow two of the model's names joins two names). Leftward growth
stops at a word in lower case or a function word (`newsweave.lang.stop_words`), so "Die
Deutsche Bank" yields "Deutsche Bank".
Languages without these constants are left untouched; the lists were checked on the dev
sets (benchmarks/ner.py) and words that cost more than they gained there were dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsweave.lang import data, stop_words

RawMention = tuple[int, int, str]

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")


@dataclass(frozen=True)
class TypeWords:
    org_words: frozenset[str]
    org_endings: tuple[str, ...]
    place_words: frozenset[str]
    event_words: frozenset[str]
    stop_words: frozenset[str]

    def names_org(self, word: str) -> bool:
        return word.casefold() in self.org_words or self.compound_org(word)

    def compound_org(self, word: str) -> bool:
        low = word.casefold()
        return word[:1].isupper() and any(
            low.endswith(e) and len(low) > len(e) + 2 for e in self.org_endings
        )

    def names_place(self, word: str) -> bool:
        return word.casefold() in self.place_words


@lru_cache(maxsize=64)
def type_words(language: str | None) -> TypeWords | None:
    """The language's type words, or None when it lists none."""
    names = data(language, "names")
    org = frozenset(getattr(names, "ORG_WORDS", "").casefold().split())
    endings = tuple(getattr(names, "ORG_ENDINGS", "").casefold().split())
    places = frozenset(getattr(names, "PLACE_WORDS", "").casefold().split())
    events = frozenset(getattr(names, "EVENT_WORDS", "").casefold().split())
    if not (org or endings or places or events):
        return None
    return TypeWords(org, endings, places, events, stop_words(language))


def apply_type_words(
    text: str, raw: Sequence[RawMention], language: str | None
) -> list[RawMention]:
    """`raw` (sorted, non-overlapping) with PER spans relabelled by the type word inside
    them and organisation names the model missed added; sorted by start."""
    words = type_words(language)
    if words is None:
        return list(raw)
    tokens = list(_WORD.finditer(text))
    spans = [_relabel(text, span, words) for span in raw if not _event(text, span, words)]
    for i, token in enumerate(tokens):
        if not words.names_org(token.group()) or not token.group()[:1].isupper():
            continue
        first = i
        while first > 0 and _joins(text, tokens[first - 1], tokens[first], words):
            first -= 1
        if first == i and not words.compound_org(token.group()):
            continue  # "Institut" alone, as at a sentence start, names nothing
        start, end = tokens[first].start(), token.end()
        inside = [s for s in spans if s[0] < end and start < s[1]]
        if len(inside) <= 1 and all(
            start <= s[0] and s[1] <= end and s[:2] != (start, end) for s in inside
        ):
            spans = [s for s in spans if s not in inside] + [(start, end, "ORG")]
    return sorted(spans)


def _relabel(text: str, span: RawMention, words: TypeWords) -> RawMention:
    start, end, label = span
    if label != "PER":
        return span
    inner = [m.group() for m in _WORD.finditer(text, start, end)]
    if any(words.names_place(w) for w in inner):
        return (start, end, "LOC")
    if any(words.names_org(w) for w in inner):
        return (start, end, "ORG")
    return span


def _event(text: str, span: RawMention, words: TypeWords) -> bool:
    """Whether the span names an event: it ends in an event word, or one with a capital
    follows it after a space. A person's span is left alone: "Guerra" and "Krieg" are
    surnames too ("Miguel Guerra")."""
    if not words.event_words or span[2] == "PER":
        return False
    inner = _WORD.findall(text, span[0], span[1])
    if inner and inner[-1].casefold() in words.event_words:
        return True
    after = _WORD.match(text, span[1] + 1) if text[span[1] : span[1] + 1] == " " else None
    return bool(after and after.group()[:1].isupper()
                and after.group().casefold() in words.event_words)


def _joins(text: str, before: re.Match[str], after: re.Match[str], words: TypeWords) -> bool:
    """Whether `before` belongs to the same name as `after`: capitalised, not a function
    word, and separated by spaces only."""
    word = before.group()
    return (
        word[:1].isupper()
        and word.casefold() not in words.stop_words
        and text[before.end() : after.start()].isspace()
        and "\n" not in text[before.end() : after.start()]
    )
