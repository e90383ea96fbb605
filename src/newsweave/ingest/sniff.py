"""Which reader a file needs: by its extension, corrected by what its content looks like."""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Literal

Kind = Literal["text", "html", "feed", "jsonl"]

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

_HEAD = 4096
# Markup that opens a document, after any XML declaration, doctype, comments and
# processing instructions.
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>|\s)*", re.S | re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_START = re.compile(r"<!doctype\s+html|<(?:html|head|body)[\s>]", re.I)
_HTML_TAGS = re.compile(r"</?(?:p|div|article|section|h[1-6]|br|span|a|title|meta)\b[^>]*>", re.I)


def extension_kind(path: str | PurePath) -> Kind | None:
    """The reader a file's extension asks for, or None for an unknown extension."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def content_kind(text: str) -> Kind:
    """What the start of a text looks like: a feed, an HTML page, JSON Lines or plain text."""
    head = text[:_HEAD]
    start = _PROLOG.match(head)
    offset = start.end() if start else 0
    body = head[offset:]
    if _FEED_ROOT.match(body):
        return "feed"
    if _HTML_START.match(body) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if body.startswith("{") and _line_is_json_object(text, offset):
        return "jsonl"
    return "text"


def choose_kind(path: str | PurePath, text: str) -> Kind:
    """The reader for a file. Markup (a feed or an HTML page) wins over the extension, so a
    .txt file that holds a saved web page is read as HTML; JSON Lines is recognised by
    content only in files whose extension says nothing."""
    by_extension = extension_kind(path)
    if by_extension == "jsonl":
        return "jsonl"
    by_content = content_kind(text)
    if by_content in ("feed", "html"):
        return by_content
    if by_extension:
        return by_extension
    return by_content


def _line_is_json_object(text: str, start: int) -> bool:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
