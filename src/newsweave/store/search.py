"""The full-text index of the stored articles, in any language and script (SQLite FTS5):
what is indexed and how. Searching it is the read side's (`newsweave.views.search`).

FTS5's unicode61 tokenizer cuts text at spaces and punctuation, which is right for most
scripts but makes a whole Chinese, Japanese or Thai sentence one token. `prepare` puts a
space around every character of those scripts before indexing, and a query word in them
becomes the phrase of its characters: 普京 is found inside 普京会见金正恩 (and 京普 is not).
The tokenizer also counts combining marks (`categories 'L* N* Co M*'`) as parts of words:
by default the vowel signs of Devanagari, Bengali or Thai split मोदी into म and द. With
`remove_diacritics 2`, "pjongjang" finds "Pjöngjang"; case never matters.

The index is contentless (`article_search`, rowid = the articles' rowid): it holds no
copy of the text. Articles are never deleted; an article whose title is corrected is
taken out (`unindex_article`) and indexed again. A change to `prepare` or to the
tokenizer needs a new migration whose step is `index_all` (and the read side makes its
snippets with `TOKENIZE`).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from itertools import pairwise

from newsweave.stories.gazetteer import _UNSPACED_SCRIPTS

# the tokenizer of migration 0007_search (the read side makes its snippets with it too)
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

_UNSPACED = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _UNSPACED_SCRIPTS) + "]")


def prepare(text: str) -> str:
    """The text as indexed: each character of a script written without spaces (with the
    marks that follow it) set apart by spaces, so that it is a token; the rest as it is."""
    cuts = _cuts(text)
    if not cuts:
        return text
    return " ".join(text[a:b] for a, b in pairwise([0, *cuts, len(text)]))


def _cuts(text: str) -> list[int]:
    """The positions before which `prepare` puts a space."""
    cuts: set[int] = set()
    for found in _UNSPACED.finditer(text):
        i = found.start()
        if _is_mark(text[i]):
            continue  # stays with the character before it
        if i > 0 and not text[i - 1].isspace():
            cuts.add(i)
        end = i + 1
        while end < len(text) and _is_mark(text[end]):
            end += 1
        if end < len(text) and not text[end].isspace():
            cuts.add(end)
    return sorted(cuts)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def index_article(conn: sqlite3.Connection, rowid: int, title: str | None, text: str) -> None:
    """Index one article (`rowid` is its rowid in `articles`), in the caller's transaction."""
    conn.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        (rowid, prepare(title) if title else None, prepare(text)),
    )


def unindex_article(conn: sqlite3.Connection, rowid: int, title: str | None, text: str) -> None:
    """Take an article out of the index (the contentless index must be told the values it
    indexed), in the caller's transaction: before it is indexed again with a new title."""
    conn.execute(
        "INSERT INTO article_search (article_search, rowid, title, body) "
        "VALUES ('delete', ?, ?, ?)",
        (rowid, prepare(title) if title else None, prepare(text)),
    )


def index_all(conn: sqlite3.Connection) -> None:
    """Index every stored article afresh, in the caller's transaction: the backfill of
    migration 0007_search (a database written before the search index existed)."""
    conn.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
    for rowid, title, text in conn.execute("SELECT rowid, title, text FROM articles"):
        index_article(conn, rowid, title, text)
