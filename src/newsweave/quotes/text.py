"""The article as the quotes stage reads it: word tokens with offsets, sentences,
paragraphs, and the entity mention each token belongs to."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from newsweave.article import Article, Mention
from newsweave.lang import stop_words
from newsweave.sentences import paragraphs, rules_for

# A word (with inner hyphens and apostrophes: "Leif-Eric", "Kim's", "l'État") or one
# punctuation mark.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


class Doc:
    """Tokens of an article and lookups from positions to sentences, paragraphs and
    mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.tokens = _tokens(self.text, rules_for(article.language).known)
        self._starts = [t.start for t in self.tokens]
        sentences = article.sentences or []
        self.sentences = [(s.start, s.end) for s in sentences] or [(0, len(self.text))]
        self._sentence_starts = [s for s, _ in self.sentences]
        self.paragraphs = paragraphs(self.text) or [(0, len(self.text))]
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self.mentions = [m for m in article.entities if m.kind == "name"]
        self._mention_starts = [m.start for m in self.mentions]

    @cached_property
    def stop_words(self) -> frozenset[str]:
        return stop_words(self.article.language)

    def token_at(self, pos: int) -> int:
        """The index of the first token that starts at or after `pos`."""
        return bisect_right(self._starts, pos - 1)

    def tokens_in(self, start: int, end: int) -> range:
        return range(self.token_at(start), self.token_at(end))

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, pos) - 1)

    def mention_at(self, pos: int) -> Mention | None:
        """The name mention that covers character `pos`."""
        i = bisect_right(self._mention_starts, pos) - 1
        if i >= 0 and self.mentions[i].start <= pos < self.mentions[i].end:
            return self.mentions[i]
        return None


def _tokens(text: str, abbreviations: frozenset[str]) -> list[Token]:
    """Word and punctuation tokens; a word and its dot are one token when they make a
    known abbreviation ("Mr.", "Dr.", "bzw."), so "Mr. Sharpton said" reads as a name."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        prev = out[-1] if out else None
        if (
            m.group() == "."
            and prev is not None
            and prev.end == m.start()
            and (prev.text + ".").casefold() in abbreviations
        ):
            out[-1] = Token(prev.start, m.end(), prev.text + ".")
            continue
        out.append(Token(m.start(), m.end(), m.group()))
    return out
