"""Plain-text articles, with an optional header block:

    Title: Kim mødes med Putin
    Date: 13. september 2023
    Source: Nordjyske
    URL: https://example.dk/kim-putin
    Language: da

    Body text ...

Keys are case-insensitive (`Published:` is another name for `Date:`); the block ends at
the first blank line. Without a header block the whole file is the body.
"""

from __future__ import annotations

import re

from newsweave.article import Article
from newsweave.ingest.problem import MENDED, Unreadable
from newsweave.ingest.published import language_code, parse_published, shown

# Header key -> Article field.
HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "date": "published",
    "published": "published",
    "source": "source",
    "url": "url",
    "language": "language",
}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z-]{0,30})[ \t]*:[ \t]*(.*)")


def read_text(text: str, origin: str) -> Article:
    """An article from the (decoded, normalised) text of a file; `origin` says where it
    came from. Raises `Unreadable` when there is no body."""
    header, body = split_header(text)
    body = body.strip()
    if not body:
        if header:
            raise Unreadable("no article text after the header block")
        raise Unreadable("empty file" if not text else "empty file (only whitespace)")
    article = Article(text=body, origin=origin)
    apply_header(article, header)
    return article


def split_header(text: str) -> tuple[dict[str, str], str]:
    """({key: value}, body) when `text` opens with a header block, else ({}, text).

    A header block is a run of `Key: value` lines, at least one of them a known key, ended
    by a blank line. Unknown keys (`Author:`) are allowed in the block and ignored.
    """
    stripped = text.lstrip("\n")
    end = stripped.find("\n\n")
    if end < 0:
        return {}, text
    fields: dict[str, str] = {}
    for line in stripped[:end].split("\n"):
        match = _HEADER_LINE.fullmatch(line.strip())
        if not match:
            return {}, text
        key = match.group(1).lower()
        if key in HEADER_KEYS:
            fields[HEADER_KEYS[key]] = match.group(2).strip()
    if not fields:
        return {}, text
    return fields, stripped[end + 2 :]


def apply_header(article: Article, fields: dict[str, str]) -> None:
    """Set an article's metadata from header fields; a date that cannot be read is noted
    on the article and left empty."""
    article.title = fields.get("title") or None
    article.source = fields.get("source") or None
    article.url = fields.get("url") or None
    article.language = language_code(fields.get("language"))
    if fields.get("language") and not article.language:
        article.note(MENDED, f"{fields['language']!r} is not a language code; left empty")
    when = fields.get("published")
    if when:
        article.published = parse_published(when, [article.language] if article.language else None)
        if article.published is None:
            article.note(
                MENDED, f"could not read the date {shown(when)} in the header; left empty"
            )
