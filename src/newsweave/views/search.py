"""Full-text search over the stored articles, in any language and script: the index is
the store's (`newsweave.store.search`: what is indexed, and why Chinese, Japanese and Thai
are indexed a character at a time).

The web desk lets anyone type anything, so the text a user typed never reaches FTS5 as
query syntax: `match_query` quotes every word, and all words must match; a word of a
script written without spaces becomes the phrase of its characters.

The snippet of a hit comes from FTS5's highlight() run again on the hit alone, in a
throwaway in-memory table with the index's tokenizer, and is mapped back onto the
original text, so it shows Chinese without the spaces `prepare` added. In a PostgreSQL
store that same run decides what is a hit: the candidates PostgreSQL's index finds
(`newsweave.store.search.matches`) that FTS5 does not match are dropped, so both stores
find the same articles.
"""

from __future__ import annotations

import re
import sqlite3  # FTS5 in memory, for the snippets, whatever the store's database
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from itertools import groupby

from newsweave.store import Store
from newsweave.store.search import TOKENIZE, matches, prepare

TITLE_WEIGHT = 2.0  # bm25 weight of a match in the title against one in the body
SNIPPET_CHARS = 180  # length of a snippet (cut at spaces where there are any)
SNIPPET_BEFORE = 50  # characters shown before the first match

_OPEN, _CLOSE = "\x02", "\x03"  # marks of highlight(), never left in an article's text
_MARKS = re.compile("[\x02\x03]")
_NO_MARKS = {ord(_OPEN): " ", ord(_CLOSE): " "}
_SPACE = re.compile(r"\s+")

Snippet = tuple[tuple[str, bool], ...]  # (text, is_match) pieces, in order


@dataclass(frozen=True)
class Hit:
    """One article found, with a plain-text snippet the caller escapes as it needs."""

    article_id: str
    title: str | None
    published: str | None
    language: str | None
    snippet: Snippet


def match_query(user_text: str) -> str | None:
    """A safe FTS5 query for what a user typed: every word a quoted string (so that no
    FTS5 syntax in it counts), words of unspaced scripts the phrase of their characters,
    all words required. None when no word has a letter or digit to search for."""
    return (
        " ".join('"' + prepare(word).replace('"', '""') + '"' for word in _words(user_text)) or None
    )


def _words(user_text: str) -> list[str]:
    """The words of what a user typed that have something to search for, without control
    characters or lone surrogates."""
    words = []
    for word in user_text.split():
        word = "".join(ch for ch in word if unicodedata.category(ch) not in ("Cc", "Cs"))
        if any(_is_word_char(ch) for ch in word):
            words.append(word)
    return words


def _is_word_char(ch: str) -> bool:
    """A letter, digit or private-use character: what FTS5 indexes (a lone mark is not
    enough: remove_diacritics drops it)."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def search(
    store: Store, user_text: str, *, limit: int = 50, language: str | None = None
) -> list[Hit]:
    """The articles that contain every word of `user_text`, best match first (bm25 in
    SQLite, ts_rank in PostgreSQL), optionally only those in one language."""
    query = match_query(user_text)
    if query is None or limit < 1:
        return []
    words = _words(user_text)
    exact = store.conn.dialect == "sqlite"  # FTS5's hits; PostgreSQL's are checked here
    hits: list[Hit] = []
    offset = 0
    while len(hits) < limit:
        rows = matches(
            store.conn, query, words, language=language, limit=limit, offset=offset,
            title_weight=TITLE_WEIGHT,
        )  # fmt: skip
        texts = [text.translate(_NO_MARKS) for *_, text in rows]
        marks = _match_marks([row[1] for row in rows], texts, query)
        hits += [
            Hit(aid, title, published, lang, _snippet(text, flags or [False] * len(text)))
            for (aid, title, published, lang, _), text, flags in zip(
                rows, texts, marks, strict=True
            )
            if exact or flags is not None
        ]
        if len(rows) < limit:
            break
        offset += limit
    return hits[:limit]


def _match_marks(titles: list[str | None], texts: list[str], query: str) -> list[list[bool] | None]:
    """For each text, whether FTS5 marks each of its characters as part of a match of
    `query`: highlight() on the prepared text, mapped back onto the text; None for an
    article (title and text) that FTS5 does not match."""
    with closing(sqlite3.connect(":memory:")) as mem:
        mem.execute(f'CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize="{TOKENIZE}")')
        mem.executemany(
            "INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)",
            [
                (n, prepare(title or ""), prepare(text))
                for n, (title, text) in enumerate(zip(titles, texts, strict=True))
            ],
        )
        highlighted = dict(
            mem.execute(
                "SELECT rowid, highlight(t, 1, ?, ?) FROM t WHERE t MATCH ?",
                (_OPEN, _CLOSE, query),
            )
        )
    return [
        _unprepare(text, highlighted[n]) if n in highlighted else None
        for n, text in enumerate(texts)
    ]


def _unprepare(text: str, highlighted: str) -> list[bool]:
    """Whether each character of `text` lies inside the marks of `highlighted`, which is
    prepare(text) with marks: the spaces prepare() added are the characters that are not
    the next one of `text` (it adds them only between two that are not spaces)."""
    if len(highlighted) - highlighted.count(_OPEN) - highlighted.count(_CLOSE) == len(text):
        # nothing was added (no script written without spaces): the marks alone differ
        flags = []
        for n, piece in enumerate(_MARKS.split(highlighted)):
            flags += [n % 2 == 1] * len(piece)
        return flags
    flags = []
    inside = False
    for ch in highlighted:
        if ch in (_OPEN, _CLOSE):
            inside = ch == _OPEN
        elif len(flags) < len(text) and ch == text[len(flags)]:
            flags.append(inside)
    return flags + [False] * (len(text) - len(flags))


def _snippet(text: str, flags: list[bool]) -> Snippet:
    """A stretch of the text around its first match, as (text, is_match) pieces with
    runs of spaces and newlines made single spaces; "…" where it is cut."""
    first = flags.index(True) if True in flags else 0
    start, end = _window(text, first)
    pieces = [("…", False)] if start > 0 else []
    for match, group in groupby(range(start, end), key=flags.__getitem__):
        indices = list(group)
        pieces.append((_SPACE.sub(" ", text[indices[0] : indices[-1] + 1]), match))
    if end < len(text):
        pieces.append(("…", False))
    return _tidy(pieces)


def _window(text: str, first: int) -> tuple[int, int]:
    """Where the snippet starts and ends: cut after a space, not inside a word, where the
    text has spaces near the cut."""
    start = max(0, first - SNIPPET_BEFORE)
    if start > 0 and (space := _SPACE.search(text, start, first)):
        start = space.end()
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        spaces = [m.start() for m in _SPACE.finditer(text, first + 1, end)]
        if spaces:
            end = spaces[-1]
    return start, end


def _tidy(pieces: list[tuple[str, bool]]) -> Snippet:
    """Adjacent pieces of the same kind joined, spaces at the ends and empty pieces gone."""
    joined = [
        ("".join(text for text, _ in group), match)
        for match, group in groupby(pieces, key=lambda piece: piece[1])
    ]
    if joined:
        joined[0] = (joined[0][0].lstrip(), joined[0][1])
        joined[-1] = (joined[-1][0].rstrip(), joined[-1][1])
    return tuple((text, match) for text, match in joined if text)
