"""What every article read is checked for before it goes on, whatever its reader: text
that can be stored and printed, an id that can be linked to, a date in a sane range.

- Lone surrogates (`"\\udc80"` in a JSON string, a file name that is not UTF-8) are
  replaced by U+FFFD and NUL characters removed, in the text and in every field; each
  change is noted on the article.
- An id given by the input (`ID_RULES`) is trimmed of surrounding whitespace and NFC
  normalised; one that is still not usable is refused with a note, and the article keeps
  the id of its text (a hash).
- A publication date outside `EARLIEST_PUBLISHED`–`LATEST_PUBLISHED` is refused with a
  note, and the article is undated, as for a date that cannot be read.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from newsweave.article import Article, content_hash
from newsweave.ingest.problem import MENDED, Problem

# Publication dates newsweave accepts: news of 1800 to 2200. Outside lies a typo ("0023"
# for 2023), a placeholder (9999-12-31, 0001-01-01) or a misread number.
EARLIEST_PUBLISHED = date(1800, 1, 1)
LATEST_PUBLISHED = date(2200, 12, 31)

MAX_ID_CHARS = 256
ID_RULES = (
    f"1 to {MAX_ID_CHARS} characters: letters, digits, marks, punctuation, symbols and "
    "spaces (no control, format or line-break characters), not only dots"
)
# Unicode categories an id may not contain: control (tab, newline, NUL), format (bidi
# overrides, zero-width joiners), surrogates, private use, unassigned, line and
# paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

_UNSAFE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FIELDS = ("title", "source", "url", "origin")
EMPTY_AFTER_CLEANING = "no article text is left once NUL characters are removed"


def clean_string(value: str) -> tuple[str, list[str]]:
    """`value` with lone surrogates replaced by U+FFFD and NUL characters removed, and
    what was done, in words (empty when nothing was)."""
    if not _UNSAFE.search(value):
        return value, []
    done: list[str] = []
    surrogates = len(_SURROGATE.findall(value))
    if surrogates:
        value = _SURROGATE.sub("\ufffd", value)
        done.append(f"{_count(surrogates, 'lone surrogate')} replaced by U+FFFD")
    nuls = value.count("\x00")
    if nuls:
        value = value.replace("\x00", "")
        done.append(f"{_count(nuls, 'NUL character')} removed")
    return value, done


def printable(value: str) -> str:
    """`value` safe to store and print (see `clean_string`), e.g. a path from the file
    system that is not UTF-8."""
    return clean_string(value)[0]


def id_problem(value: str) -> str | None:
    """Why `value` (trimmed and NFC-normalised) cannot be an article id, or None."""
    if not value:
        return "it is empty"
    if len(value) > MAX_ID_CHARS:
        return f"it is {len(value)} characters long, over {MAX_ID_CHARS}"
    if not value.strip("."):
        return "it is only dots"
    for char in value:
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            return f"it holds a control, format or line-break character ({name})"
    return None


def normalize_id(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def in_range(day: date) -> bool:
    return EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED


def finish(article: Article) -> Article | Problem:
    """The article made safe to analyse, store and show (see the module's text), or the
    `Problem` when nothing of its text is left."""
    given_id = article.id != article.content_hash
    text, done = clean_string(article.text)
    for fix in done:
        article.note(MENDED, f"text: {fix}")
    if text != article.text:
        if not text.strip():
            return Problem(*_place(article.origin or article.id), EMPTY_AFTER_CLEANING)
        article.text = text
        article.content_hash = content_hash(text)
        if not given_id:
            article.id = article.content_hash
    for name in _FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            value, done = clean_string(value)
            setattr(article, name, value)
            for fix in done if name != "origin" else ():
                article.note(MENDED, f"{name}: {fix}")
    if given_id:
        _check_id(article)
    if article.published is not None and not in_range(article.published):
        article.note(
            MENDED,
            f"the date {article.published.isoformat()} is outside the years newsweave reads "
            f"({EARLIEST_PUBLISHED.year}–{LATEST_PUBLISHED.year}); left empty",
        )
        article.published = None
    return article


def _check_id(article: Article) -> None:
    value, done = clean_string(article.id)
    for fix in done:
        article.note(MENDED, f"id: {fix}")
    value = normalize_id(value)
    why = id_problem(value)
    if why is None:
        article.id = value
        return
    article.note(
        MENDED,
        f"the id {value[:60]!r} cannot be used ({why}; an id is {ID_RULES}); "
        "the id of its text is used instead",
    )
    article.id = article.content_hash


def _place(origin: str) -> tuple[str, int | None]:
    """(path, line) of an origin "path" or "path:N"."""
    path, _, line = printable(origin).rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (printable(origin), None)


def _count(n: int, what: str) -> str:
    return f"{n} {what}" + ("" if n == 1 else "s")
