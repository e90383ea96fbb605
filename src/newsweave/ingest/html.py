"""Saved web pages: trafilatura removes navigation, footers and other boilerplate and finds
the title, publication date, site name and canonical URL. Nothing is fetched."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from newsweave.article import Article
from newsweave.ingest.problem import Unreadable
from newsweave.ingest.published import language_code

_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I
)
_WHITESPACE = re.compile(r"\s+")
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.I)

# A page whose longest extracted paragraph is shorter holds no article, only menu items
# or link lists (what trafilatura falls back on when it finds nothing better).
MIN_PARAGRAPH_CHARS = 50

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(html: str, origin: str) -> Article:
    """The article in a web page (decoded text). Paragraphs are separated by a blank line.
    Raises `Unreadable` when no article text can be found."""
    import trafilatura  # imported on first use: it takes half a second

    if not _DOCUMENT.search(html, 0, 4096):
        html = f"<html><body>{html}</body></html>"  # a fragment: trafilatura wants a page
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False
    )
    paragraphs = _paragraphs(document)
    title = _clean(getattr(document, "title", None))
    if paragraphs and title and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline, already the title
    if not any(len(p) >= MIN_PARAGRAPH_CHARS for p in paragraphs):
        raise Unreadable(
            "no article text could be extracted from the HTML (the page is empty, malformed, "
            "or holds only navigation and boilerplate)"
        )
    match = _HTML_LANG.search(html, 0, 4096)
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        published=_iso_date(getattr(document, "date", None)),
        source=_clean(getattr(document, "sitename", None)),
        url=_clean(getattr(document, "url", None)),
        language=language_code(match.group(1)) if match else None,
        origin=origin,
    )


def _paragraphs(document: Any) -> list[str]:
    """trafilatura puts each block (paragraph, heading, list item) on a line of its own."""
    text = getattr(document, "text", None) or ""
    return [p for p in (_WHITESPACE.sub(" ", line).strip() for line in text.split("\n")) if p]


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return _WHITESPACE.sub(" ", value).strip() or None


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
