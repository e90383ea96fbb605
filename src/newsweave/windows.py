"""Bounded work per article: a long text analysed in windows, and a limit on how much of
it is analysed at all.

The per-article stages hold the whole text and what they find in memory, and some of their
document-level passes (the NER model over one spaCy `Doc`, labelling every other
occurrence of a name, pairing quotes with speakers) cost more than linear time or memory
in the length of the text. So a text longer than `WINDOW_CHARS` is cut into windows of at
most that many characters, each ending after a paragraph break where there is one (else a
line break, a sentence end, a space), and the windowed stages run on each window as an
article of its own; what they find is shifted back to offsets into the whole text. An
article of up to `WINDOW_CHARS` characters is analysed exactly as before.

A text longer than the analysis limit (`max_chars`, default `DEFAULT_MAX_CHARS`, the CLI's
`--max-chars`) is analysed up to the last break before the limit, and the article says so
in its issues; its text is kept whole.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

import numpy as np

from newsweave.article import Article, Mention, Quote, Span, TimeRef

# Characters of one window. Memory grows with a window (the NER model needs about 3 MB
# per 1,000 characters of one text, measured), time with the whole text: 100,000
# characters (15,000 words, longer than any news article in the dev data) keeps one
# process under 1 GB.
WINDOW_CHARS = 100_000
# Characters of an article analysed at most (about 150,000 words): ten windows.
DEFAULT_MAX_CHARS = 1_000_000

# Where a window may end, best first: after a blank line, a line break, a sentence end, a
# space. The break belongs to the window it ends.
_BREAKS = ("\n\n", "\n", ". ", " ")

T = TypeVar("T")


def cut_point(text: str, start: int, size: int, stop: int | None = None) -> int:
    """The end of a window of `text[:stop]` (the whole text when `stop` is None) that
    starts at `start` and holds at most `size` characters: after the last paragraph break
    inside it, else the last line break, sentence end or space; `start + size` when there
    is none; `stop` when the rest fits."""
    stop = len(text) if stop is None else stop
    if stop - start <= size:
        return stop
    limit = start + size
    for sep in _BREAKS:
        at = text.rfind(sep, start, limit)
        if at > start:
            return at + len(sep)
    return limit


def analysed_end(text: str, max_chars: int | None) -> int:
    """How much of `text` is analysed: all of it, or up to the last break before
    `max_chars` (None or 0: no limit)."""
    if not max_chars or len(text) <= max_chars:
        return len(text)
    return cut_point(text, 0, max_chars)


def windows(text: str, end: int, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the windows that cover `text[:end]`, in order, each at most `size`
    characters and ending at a break (`cut_point`)."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < end:
        stop = cut_point(text, start, size, end)
        out.append((start, stop))
        start = stop
    return out


def part(article: Article, start: int, end: int) -> Article:
    """`article.text[start:end]` as an article of its own: the same id, metadata and
    language, and the annotations that lie inside it, shifted to its offsets."""
    sub = Article(
        article.text[start:end],
        id=article.id,
        title=article.title,
        published=article.published,
        language=article.language,
        source=article.source,
        url=article.url,
        origin=article.origin,
        content_hash=article.content_hash,
        embedding=article.embedding,  # of the whole article (its title and opening)
    )
    for name in ANNOTATIONS:
        inside = [x for x in getattr(article, name) if start <= x.start and x.end <= end]
        setattr(sub, name, [shift(x, -start) for x in inside])
    vectors = article.sentence_vectors
    if vectors is not None and len(vectors) == len(article.sentences):
        rows = [i for i, s in enumerate(article.sentences) if start <= s.start and s.end <= end]
        sub.sentence_vectors = vectors[rows]
    return sub


# The annotation lists of an article, every item with `start` and `end`.
ANNOTATIONS = ("sentences", "entities", "dates", "quotes")


def shift(item: T, by: int) -> T:
    """An annotation (Span, Mention, TimeRef, Quote) with every offset moved by `by`."""
    if by == 0:
        return item
    if isinstance(item, Quote):
        return replace(  # type: ignore[return-value]
            item,
            start=item.start + by,
            end=item.end + by,
            cue=None if item.cue is None else Span(item.cue.start + by, item.cue.end + by),
            speaker=None
            if item.speaker is None
            else replace(item.speaker, start=item.speaker.start + by, end=item.speaker.end + by),
            parts=tuple(Span(p.start + by, p.end + by) for p in item.parts),
        )
    if isinstance(item, Span):
        return Span(item.start + by, item.end + by)  # type: ignore[return-value]
    if isinstance(item, (Mention, TimeRef)):
        return replace(item, start=item.start + by, end=item.end + by)  # type: ignore[return-value]
    raise TypeError(f"cannot shift {type(item).__name__}: not an annotation")


def join(article: Article, parts: list[tuple[int, Article]]) -> None:
    """Put what the windows found (`(offset, window article)`, in order) into `article`:
    its annotations shifted back, its language, its embedding (the first window's: its
    title and opening), its sentence vectors (where every window has them), its people's
    name vectors, and its issues once each."""
    for name in ANNOTATIONS:
        merged: list[Any] = []
        for offset, sub in parts:
            merged.extend(shift(x, offset) for x in getattr(sub, name))
        setattr(article, name, merged)
    seen = {(i.stage, i.message) for i in article.issues}
    if parts and parts[0][1].embedding is not None:  # the opening's: what the article says
        article.embedding = parts[0][1].embedding
    vectors = [sub.sentence_vectors for _, sub in parts]
    if parts and all(v is not None and len(v) == len(sub.sentences)
                     for v, (_, sub) in zip(vectors, parts, strict=True)):
        article.sentence_vectors = np.concatenate(vectors)  # type: ignore[arg-type]
    else:
        article.sentence_vectors = None
    names: dict[str, np.ndarray] = {}
    for _, sub in parts:  # a person named in several windows: the first window's vector
        for entity, vector in (sub.name_vectors or {}).items():
            names.setdefault(entity, vector)
    article.name_vectors = names or None
    for _, sub in parts:
        if sub.language and not article.language:
            article.language = sub.language
        for issue in sub.issues:
            if (issue.stage, issue.message) not in seen:
                seen.add((issue.stage, issue.message))
                article.issues.append(issue)
