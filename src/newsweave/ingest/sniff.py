"""Which reader a file needs: by its extension, corrected by what its content looks like."""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Literal

Kind = Literal["text", "html", "feed", "jsonl", "json"]

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
    ".json": "json",
    ".ndjson": "jsonl",
}

_HEAD = 4096
_PROLOG_HEAD = 65536  # an internal DOCTYPE subset may be long
_HTML_DOCTYPE = re.compile(r"<!doctype\s+html\b", re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_START = re.compile(r"<!doctype\s+html|<(?:html|head|body)[\s>]", re.I)
_HTML_TAGS = re.compile(r"</?(?:p|div|article|section|h[1-6]|br|span|a|title|meta)\b[^>]*>", re.I)


def extension_kind(path: str | PurePath) -> Kind | None:
    """The reader a file's extension asks for, or None for an unknown extension."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def content_kind(text: str) -> Kind:
    """What the start of a text looks like: a feed, an HTML page, JSON Lines or plain text.
    Markup is known by its root element, after the prolog (which holds any DOCTYPE with
    its internal subset of entity declarations)."""
    offset = prolog_end(text)
    body = text[offset : offset + _HEAD]
    head = text[:offset] + body
    if _FEED_ROOT.match(body):
        return "feed"
    if _HTML_START.match(body) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if body.startswith("{") and _line_is_json_object(text, offset):
        return "jsonl"
    return "text"


def prolog_end(text: str, limit: int = _PROLOG_HEAD) -> int:
    """Where a document's root element (or its text) starts: after an XML declaration,
    comments, processing instructions and a doctype that is not HTML's, with its internal
    subset (`[<!ENTITY nbsp "&#160;"> …]`, whose values and comments may hold ">"). Read
    in one pass, within the first `limit` characters."""
    i, n = 0, min(len(text), limit)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        if text.startswith("<?", i):
            end = _after(text, "?>", i + 2, n)
        elif text.startswith("<!--", i):
            end = _after(text, "-->", i + 4, n)
        elif text.startswith("<!", i) and text[i : i + 9].lower() == "<!doctype":
            if _HTML_DOCTYPE.match(text, i):
                return i
            end = doctype_end(text, i, n)
        elif text.startswith("<!", i):
            end = _after(text, ">", i + 2, n)
        else:
            return i
        if end < 0:  # unterminated: the document starts here
            return i
        i = end
    return i


def doctype_end(text: str, start: int, limit: int | None = None) -> int:
    """The end of the `<!DOCTYPE …>` at `start` (just after its ">"), or -1 when it does
    not end before `limit`. Quoted strings, comments and processing instructions in its
    internal subset are skipped whole."""
    n = len(text) if limit is None else min(len(text), limit)
    i = start + 2
    in_subset = False
    while i < n:
        c = text[i]
        if c in "\"'":
            i = _after(text, c, i + 1, n)
        elif in_subset and text.startswith("<!--", i):
            i = _after(text, "-->", i + 4, n)
        elif in_subset and text.startswith("<?", i):
            i = _after(text, "?>", i + 2, n)
        elif c == "[" and not in_subset:
            in_subset, i = True, i + 1
        elif c == "]" and in_subset:
            in_subset, i = False, i + 1
        elif c == ">" and not in_subset:
            return i + 1
        else:
            i += 1
        if i < 0:
            return -1
    return -1


def _after(text: str, mark: str, start: int, limit: int) -> int:
    found = text.find(mark, start, limit)
    return -1 if found < 0 else found + len(mark)


def choose_kind(path: str | PurePath, text: str) -> Kind:
    """The reader for a file. Markup (a feed or an HTML page) wins over the extension, so a
    .txt file that holds a saved web page is read as HTML; JSON Lines is recognised by
    content only in files whose extension says nothing; `.jsonl` and `.json` files are
    always read as JSON."""
    by_extension = extension_kind(path)
    if by_extension in ("jsonl", "json"):
        return by_extension
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
    except (ValueError, RecursionError):
        return False
