"""The full-text index of the stored articles, in any language and script: what is
indexed and how. Searching it is the read side's (`newsweave.views.search`); the query
that finds the candidates is here (`matches`), one per database.

SQLite: FTS5. Its unicode61 tokenizer cuts text at spaces and punctuation, which is right
for most scripts but makes a whole Chinese, Japanese or Thai sentence one token. `prepare`
puts a space around every character of those scripts before indexing, and a query word in
them becomes the phrase of its characters: 普京 is found inside 普京会见金正恩 (and 京普 is
not). The tokenizer also counts combining marks (`categories 'L* N* Co M*'`) as parts of
words: by default the vowel signs of Devanagari, Bengali or Thai split मोदी into म and द.
With `remove_diacritics 2`, "pjongjang" finds "Pjöngjang"; case never matters.

The index is contentless (`article_search`, rowid = the articles' rowid): it holds no
copy of the text. Articles are never deleted; an article whose title is corrected is
taken out (`unindex_article`) and indexed again. A change to `prepare` or to the
tokenizer needs a new migration whose step is `index_all` (and the read side makes its
snippets with `TOKENIZE`).

PostgreSQL: its own full-text search, with FTS5's tokens. `tokens` cuts and folds the
prepared text as unicode61 does (letters, digits, private-use characters and marks make
words; case and the Latin diacritics go), in Python, and each article's title (weight A)
and text (weight D, one position after the title) become a `tsvector` of those tokens with
their positions, written directly (`::tsvector`: PostgreSQL's own parser and the 'simple'
configuration would cut words elsewhere, at hyphens and in URLs, as FTS5 does not). A
query word is the phrase (`<->`) of its tokens, all words required; a GIN index finds the
candidates. The folding errs on the side of folding more (every combining diacritic after
NFD), so the candidates hold every article FTS5 would find; the read side keeps those that
FTS5 itself matches (`newsweave.views.search`, which makes its snippets with FTS5 in
memory anyway): the same hits in both stores. A tsvector keeps at most 256 positions of a
word and none past 16,383: an article that outgrows them is `kind` 1 (its words are
matched, its phrases only on the hits); one whose tokens do not fit a tsvector at all (a
word over 2 KB, over 1 MB of words) is `kind` 2, a candidate for every query. Hits are
ranked by ts_rank (title words count twice), not FTS5's bm25: the same hits, in a
similar but not always the same order.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from newsweave.store.db import Database, as_database
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


def index_article(conn: Database, rowid: int, title: str | None, text: str) -> None:
    """Index one article (`rowid` is its rowid in `articles`), in the caller's transaction."""
    db = as_database(conn)
    if db.dialect == "sqlite":
        db.execute(
            "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, prepare(title) if title else None, prepare(text)),
        )
    else:
        db.execute(
            "INSERT INTO article_search (rowid, doc, kind) VALUES (?, ?::tsvector, ?)",
            (rowid, *document(title, text)),
        )


def unindex_article(conn: Database, rowid: int, title: str | None, text: str) -> None:
    """Take an article out of the index (the contentless index must be told the values it
    indexed), in the caller's transaction: before it is indexed again with a new title."""
    db = as_database(conn)
    if db.dialect == "sqlite":
        db.execute(
            "INSERT INTO article_search (article_search, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            (rowid, prepare(title) if title else None, prepare(text)),
        )
    else:
        db.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))


def index_all(conn: Database) -> None:
    """Index every stored article afresh, in the caller's transaction: the backfill of
    migration 0007_search (a database written before the search index existed)."""
    db = as_database(conn)
    if db.dialect == "sqlite":
        db.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
    else:
        db.execute("DELETE FROM article_search")
    for rowid, title, text in db.stream("SELECT rowid, title, text FROM articles"):
        index_article(db, rowid, title, text)


# ---- finding the candidates -----------------------------------------------------------


def matches(
    conn: Database,
    query: str,
    words: Sequence[str],
    *,
    language: str | None,
    limit: int,
    offset: int = 0,
    title_weight: float = 2.0,
) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(id, title, published, language, text) of the articles that match, best first:
    `query` is the FTS5 query of `words` (what a user typed, word by word,
    `newsweave.views.search.match_query`). SQLite's are exactly FTS5's hits; PostgreSQL's
    hold every one of them and, rarely, an article FTS5 would not match (see the module's
    doc): the caller checks them."""
    db = as_database(conn)
    args: list[object]
    if db.dialect == "sqlite":
        sql = (
            "SELECT a.id, a.title, a.published, a.language, a.text "
            "FROM article_search JOIN articles a ON a.rowid = article_search.rowid "
            "WHERE article_search MATCH ?"
        )
        args = [query]
        if language is not None:
            sql += " AND a.language = ?"
            args.append(language)
        sql += f" ORDER BY bm25(article_search, {title_weight}, 1.0), a.rowid LIMIT ? OFFSET ?"
        return db.execute(sql, [*args, limit, offset]).fetchall()
    phrases = [tokens(prepare(word)) for word in words]
    indexed = all(phrases) and not any(len(t.encode()) > MAX_LEXEME for p in phrases for t in p)
    if indexed:  # the words' tokens, then each word's phrase where positions are kept
        every = " & ".join(_lexeme(t) for t in dict.fromkeys(t for p in phrases for t in p))
        phrase = " & ".join("(" + " <-> ".join(map(_lexeme, p)) + ")" for p in phrases)
        sql = (
            "SELECT a.id, a.title, a.published, a.language, a.text FROM article_search s "
            "JOIN articles a ON a.rowid = s.rowid WHERE ((s.doc @@ ?::tsquery "
            "AND (s.kind <> 0 OR s.doc @@ ?::tsquery)) OR s.kind = 2)"
        )
        args = [every, phrase]
    else:  # a word no tsvector holds (over 2 KB): only articles not indexed can have it
        every = ""
        sql = (
            "SELECT a.id, a.title, a.published, a.language, a.text FROM article_search s "
            "JOIN articles a ON a.rowid = s.rowid WHERE s.kind = 2"
        )
        args = []
    if language is not None:
        sql += " AND a.language = ?"
        args.append(language)
    body = 1.0 / max(title_weight, 1.0)  # ts_rank's weights lie in [0, 1]: the title's is 1
    weights = "{" + ",".join([f"{body:.4f}"] * 3) + ",1.0}"  # D (the text), C, B, A (title)
    sql += " ORDER BY ts_rank(?::real[], s.doc, ?::tsquery, 1) DESC, a.rowid LIMIT ? OFFSET ?"
    # through the GIN index: the planner would read and decompress every article's
    # tsvector for a common word (3x slower on 50,000 articles)
    return db.indexed(sql, [*args, weights, every, limit, offset])


def _lexeme(token: str) -> str:
    """A token as a tsvector or tsquery literal writes it."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


# ---- FTS5's tokens, for PostgreSQL ------------------------------------------------------

MAX_POSITION = 16383  # a tsvector keeps no position past this one
MAX_POSITIONS = 256  # nor more than this many positions of one word
MAX_LEXEME = 2046  # bytes of one word in a tsvector
MAX_WORDS = 1_000_000  # bytes of the distinct words of a tsvector (PostgreSQL's limit: 1 MB)
# the combining diacritics folded away (FTS5's remove_diacritics removes those of U+0300
# to U+036F from Latin letters; every block of them, in any script, is folded here)
_DIACRITICS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
               (0xFE20, 0xFE2F))  # fmt: skip
_FOLDED = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _DIACRITICS) + "]")


@lru_cache(maxsize=1)
def _word() -> re.Pattern[str]:
    """A run of the characters unicode61 with `categories 'L* N* Co M*'` keeps in words."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category[0] in "LNM" or category == "Co":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return re.compile(
        "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]+"
    )


def tokens(text: str) -> list[str]:
    """The words of `text` as FTS5's tokenizer makes them (already prepared, `prepare`):
    lower case, without combining diacritics; a word of diacritics alone is none."""
    found = []
    for word in _word().findall(text):
        word = word.lower()
        if not word.isascii():
            word = unicodedata.normalize("NFC", _FOLDED.sub("", unicodedata.normalize("NFD", word)))
        if word:
            found.append(word)
    return found


def document(title: str | None, text: str) -> tuple[str, int]:
    """An article's tsvector literal (its title's tokens at weight A, then its text's, one
    position further on) and its `kind` (see the module's doc)."""
    positions: dict[str, list[str]] = {}
    at = 0
    for token in tokens(prepare(title)) if title else ():
        at += 1
        positions.setdefault(token, []).append(f"{min(at, MAX_POSITION)}A")
    at += 1  # a phrase never runs from the title into the text
    for token in tokens(prepare(text)):
        at += 1
        positions.setdefault(token, []).append(str(min(at, MAX_POSITION)))
    kind = 1 if at > MAX_POSITION else 0
    size = 0
    for token, where in positions.items():
        size += len(token.encode())
        if len(token.encode()) > MAX_LEXEME or size > MAX_WORDS:
            return "", 2
        if len(where) > MAX_POSITIONS:
            kind = 1
            del where[MAX_POSITIONS:]
    literal = " ".join(f"{_lexeme(t)}:{','.join(dict.fromkeys(w))}" for t, w in positions.items())
    return literal, kind
