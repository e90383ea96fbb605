"""Cross-lingual sentence matches against MEANTIME's translations: precision and recall.

Gold data: MEANTIME (../shared/data/news/meantime): 120 English Wikinews articles, each
translated into Spanish, Italian and Dutch. ``meantime.derived.jsonl`` holds the texts
(sentence 0 of the CoNLL files is the title, 1 the dateline, 2… the text, joined with one
space); ``original/<lang>/meantime.conll.gz`` the tokens, numbered by sentence, with
cross-document coreference instance ids shared by the four languages.

The translations are not sentence-aligned one to one everywhere: 41 of the 120 documents
have a different number of sentences in at least one language (a translator split or
joined a sentence). So the gold alignment of two translations is not read off the sentence
numbers but computed, monotonically, by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1
blocks scored by the coreference instances and numbers the sentences share (and their
lengths): where both sides have the same number of sentences it gives the numbering's own
alignment (`alignment_agreement` counts where it does not). It never sees an embedding.

Gold sentences are then mapped onto newsweave's own sentence split of the text by
character overlap: a newsweave sentence matches a sentence of the other article when any
gold sentence inside it is aligned to any gold sentence inside the other (so a newsweave
sentence that spans two gold sentences counts as matching either).

Scoring is per sentence and other article, as the story page shows it: each sentence of an
article gets at most one matching sentence in each other article. A prediction is right
when it is one of the sentence's gold matches; precision = right / predicted, recall =
right / sentences that have a gold match. On pairs of *different* articles of one corpus
topic, every prediction counts as a false match (`false_rate`: false matches / sentences).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from newsweave.article import Article
from newsweave.sentences import split_sentences

LANGUAGES = ("en", "es", "it", "nl")
FIRST_TEXT_SENTENCE = 2  # 0: title, 1: dateline (DATA: meantime SOURCE.md)

# Gold alignment scores (a block's score is its shared share minus a length penalty).
_BASE = 0.6  # what a 1-1 block of two sentences with no shared feature is worth
_LENGTH = 0.5  # weight of |log(tokens a / tokens b)|
_SPLIT = 0.15  # cost of a 1-2 or 2-1 block over a 1-1 block


@dataclass
class Doc:
    """One MEANTIME article: its text as newsweave reads it and its gold sentences."""

    key: str  # corpus_airbus/100911
    language: str
    article: Article
    # Gold sentences of the text (CoNLL numbering from 2): character spans in the text,
    # token counts, and features (coreference instances and numbers).
    spans: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    features: list[frozenset[str]] = field(default_factory=list)
    # newsweave sentence index of each gold sentence's characters: gold index -> set
    covers: list[set[int]] = field(default_factory=list)

    @property
    def topic(self) -> str:
        return self.key.split("/")[0]


def _conll(path: Path) -> dict[str, dict[int, list[tuple[str, str]]]]:
    docs: dict[str, dict[int, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        for line in rows:
            if line.startswith("#") or not line.strip():
                continue
            key, sentence, _, token, coref = line.rstrip("\n").split("\t")[:5]
            docs[key][int(sentence)].append((token, coref))
    return docs


_INSTANCE = re.compile(r"[A-Za-z_]+\d+")
_QUOTES = {"``": '"', "''": '"'}


def _features(tokens: Sequence[tuple[str, str]]) -> frozenset[str]:
    out: set[str] = set()
    for token, coref in tokens:
        out.update(_INSTANCE.findall(coref))
        digits = re.sub(r"\D", "", token)
        if digits:
            out.add("#" + digits)
    return frozenset(out)


def _locate(text: str, tokens: Sequence[tuple[str, str]], cursor: int) -> tuple[int, int, int]:
    """The span of `tokens` in `text` from `cursor` (tokens found in order, a token not
    found within 40 characters skipped), and the cursor after it."""
    start = end = -1
    for token, _ in tokens:
        token = _QUOTES.get(token, token)
        at = text.find(token, cursor, cursor + 40 + len(token))
        if at < 0 and token == "#":
            at = text.find("£", cursor, cursor + 40)
            token = "£" if at >= 0 else token
        if at < 0:
            continue
        if start < 0:
            start = at
        cursor = end = at + len(token)
    return start, end, cursor


def read_meantime(folder: str | Path) -> list[Doc]:
    """MEANTIME's 480 articles with their gold sentences (`folder`: news/meantime)."""
    root = Path(folder)
    rows: dict[tuple[str, str], dict] = {}
    with (root / "meantime.derived.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            rows[row["lang"], row["group"].split(":")[1]] = row
    out: list[Doc] = []
    for language in LANGUAGES:
        for key, sentences in sorted(_conll(root / "original" / language
                                            / "meantime.conll.gz").items()):
            row = rows[language, key.split("/")[1]]
            article = Article(row["text"], id=row["id"], title=row["title"],
                              language=language, source=f"meantime-{language}")
            article.sentences = split_sentences(article.text, language)
            doc = Doc(key, language, article)
            cursor = 0
            for number in sorted(n for n in sentences if n >= FIRST_TEXT_SENTENCE):
                start, end, cursor = _locate(article.text, sentences[number], cursor)
                doc.spans.append((start, end))
                doc.tokens.append(len(sentences[number]))
                doc.features.append(_features(sentences[number]))
                doc.covers.append({i for i, s in enumerate(article.sentences)
                                   if start >= 0 and s.start < end and start < s.end})
            out.append(doc)
    return out


def _block_score(a: Doc, ia: Sequence[int], b: Doc, ib: Sequence[int]) -> float:
    fa = frozenset().union(*(a.features[i] for i in ia))
    fb = frozenset().union(*(b.features[i] for i in ib))
    shared = len(fa & fb) / len(fa | fb) if fa | fb else 0.0
    ta, tb = sum(a.tokens[i] for i in ia), sum(b.tokens[i] for i in ib)
    return _BASE + shared - _LENGTH * abs(math.log(ta / tb)) - _SPLIT * (len(ia) + len(ib) - 2)


def align(a: Doc, b: Doc) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The gold alignment of two translations: blocks of gold sentence indices (module
    docstring), in order."""
    n, m = len(a.spans), len(b.spans)
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    moves = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == -math.inf:
                continue
            for di, dj in moves:
                if i + di > n or j + dj > m:
                    continue
                ia, ib = tuple(range(i, i + di)), tuple(range(j, j + dj))
                gain = _block_score(a, ia, b, ib) if di and dj else 0.0
                if best[i][j] + gain > best[i + di][j + dj]:
                    best[i + di][j + dj] = best[i][j] + gain
                    back[i + di][j + dj] = (di, dj)
    blocks = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        if di and dj:
            blocks.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return blocks[::-1]


def gold_matches(a: Doc, b: Doc) -> dict[int, set[int]]:
    """newsweave sentence of `a` -> the newsweave sentences of `b` it matches (gold)."""
    out: dict[int, set[int]] = defaultdict(set)
    for ia, ib in align(a, b):
        there = set().union(*(b.covers[j] for j in ib))
        for i in ia:
            for s in a.covers[i]:
                out[s] |= there
    return dict(out)


def alignment_agreement(docs: Sequence[Doc]) -> tuple[int, int, int]:
    """(pairs of translations with as many gold sentences on both sides, of them those the
    alignment aligns one to one by number, pairs with different counts)."""
    same = agree = differ = 0
    for _, group in _groups(docs).items():
        for a, b in combinations(group, 2):
            if len(a.spans) != len(b.spans):
                differ += 1
                continue
            same += 1
            agree += align(a, b) == [((i,), (i,)) for i in range(len(a.spans))]
    return same, agree, differ


def _groups(docs: Iterable[Doc]) -> dict[str, list[Doc]]:
    out: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        out[doc.key].append(doc)
    return out


# A matcher: (sentence vectors of a, of b) -> best sentence of b for each sentence of a,
# or -1 for none.
Matcher = Callable[[object, object], Sequence[int]]


@dataclass
class Counts:
    right: int = 0
    predicted: int = 0
    gold: int = 0
    sentences: int = 0

    def add(self, other: Counts) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold
        self.sentences += other.sentences

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_rate(self) -> float:
        """Predictions per sentence (on pairs of different articles: all false)."""
        return self.predicted / self.sentences if self.sentences else 0.0


def score_pair(predicted: Sequence[int], gold: dict[int, set[int]]) -> Counts:
    c = Counts(sentences=len(predicted))
    for i, j in enumerate(predicted):
        c.gold += bool(gold.get(i))
        if j >= 0:
            c.predicted += 1
            c.right += j in gold.get(i, ())
    return c


def translation_pairs(docs: Sequence[Doc], keys: set[str] | None = None
                      ) -> list[tuple[Doc, Doc]]:
    """Every ordered pair of two translations of one document (of `keys`, if given)."""
    return [(a, b) for key, group in sorted(_groups(docs).items())
            if keys is None or key in keys for a in group for b in group if a is not b]


def different_pairs(docs: Sequence[Doc], keys: set[str] | None = None, same_language: bool |
                    None = None) -> list[tuple[Doc, Doc]]:
    """Every ordered pair of articles of two different documents of one corpus topic
    (both of `keys`, if given)."""
    by_topic: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        if keys is None or doc.key in keys:
            by_topic[doc.topic].append(doc)
    return [(a, b) for _, topic in sorted(by_topic.items()) for a in topic for b in topic
            if a.key != b.key and (same_language is None
                                   or (a.language == b.language) == same_language)]


def evaluate(docs: Sequence[Doc], vectors: dict[str, object]) -> tuple[Counts, Counts]:
    """(translations, different articles): the shipped matcher
    (`newsweave.stories.sentence_matches.match`) on every ordered pair of translations and
    of different articles of one topic; `vectors`: article id -> its sentence vectors."""
    from newsweave.stories.sentence_matches import match

    out = []
    for pairs, gold in ((translation_pairs(docs), True), (different_pairs(docs), False)):
        total = Counts()
        for a, b in pairs:
            va, vb = vectors[a.article.id], vectors[b.article.id]
            found = match(va, vb)  # type: ignore[arg-type]
            total.add(score_pair([int(j) for j in found.index],
                                 gold_matches(a, b) if gold else {}))
        out.append(total)
    return out[0], out[1]
