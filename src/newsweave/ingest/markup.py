"""HTML fragments (feed entry content, summaries) to plain text with paragraph breaks.

Whole pages go through trafilatura (`ingest.html`), which removes boilerplate; a fragment
has none, and this is much faster.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements whose content is a paragraph of its own.
_BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
)
_BLOCKS = frozenset(_BLOCK_TAGS)
_DROP = frozenset(("script", "style", "noscript", "template", "iframe", "object", "embed", "svg"))
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\s*\n\s*\n\s*")
_TAG = re.compile(r"<[a-zA-Z/!]")


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs separated by a blank line, `<br>` as a line
    break, other whitespace collapsed. Text without markup is returned tidied."""
    if not _TAG.search(fragment):
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


def _walk(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _DROP:
        return
    if tag == "br":
        parts.append("\n")
    elif tag in _BLOCKS:
        parts.append("\n\n")
    if element.text and tag and tag not in _DROP:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if tag in _BLOCKS:
        parts.append("\n\n")


def _tidy(text: str) -> str:
    """Collapse runs of spaces; keep single line breaks; at most one blank line."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()
