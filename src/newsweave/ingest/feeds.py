"""RSS and Atom feeds: each entry is an article.

feedparser reads the feed (RSS 0.9x/1.0/2.0, Atom) and English dates. Dates it cannot
read ("ons, 13 sep 2023 10:00:00 +0200") go to `newsweave.dates` in the feed's language.
A feed with a few broken entries still yields the others.

Nothing in a feed is fetched or expanded from outside it: a DOCTYPE is replaced, before
parsing, by one holding only its internal entities whose values are plain text or
character references (`<!ENTITY nbsp "&#160;">`); an external entity (`SYSTEM
"file:///etc/passwd"`, XXE) or one built from other entities (billion laughs) is dropped,
and its references stay as written.
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from newsweave.article import Article
from newsweave.ingest.markup import fragment_to_text
from newsweave.ingest.problem import MENDED, Problem, Unreadable
from newsweave.ingest.published import (
    language_code,
    parse_localised_date,
    parse_standard_date,
    shown,
)
from newsweave.ingest.sniff import doctype_end, prolog_end

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DOCTYPE = re.compile(r"<!doctype\b", re.I)
# A general entity declared with its value (not a parameter entity, not SYSTEM/PUBLIC).
_ENTITY = re.compile(r"""<!ENTITY\s+([^\s%"'<>&;]+)\s+(?:"([^"]*)"|'([^']*)')\s*>""")
# A value that expands to text: characters and character references, no entity.
_PLAIN_VALUE = re.compile(r"(?:[^&<%]|&#[0-9]{1,7};|&#x[0-9a-fA-F]{1,6};)*")


def read_feed(text: str, path: str) -> Iterator[Article | Problem]:
    """The entries of a feed (decoded text) as articles with origin "path:N" (entry N,
    from 1), and a `Problem` for each entry without text. Raises `Unreadable` when the
    text is not a feed."""
    import feedparser  # imported on first use

    # A stream, never a str: feedparser would take a str for a URL or a file name and open
    # it. The text is already decoded; the header makes feedparser ignore the declaration.
    parsed = feedparser.parse(
        io.BytesIO(plain_doctype(text).encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries") or []
    if not entries:
        raise Unreadable(_no_entries_reason(parsed), _error_line(parsed))
    feed = parsed.get("feed", {})
    source = _clean(feed.get("title"))
    language = language_code(feed.get("language") or _detail_language(feed, "title"))
    for number, entry in enumerate(entries, start=1):
        body = entry_text(entry)
        if not body:
            title = _clean(entry.get("title"))
            named = f" ({title!r})" if title else ""
            yield Problem(path, number, f"feed entry{named} has no text (no content or summary)")
            continue
        article = Article(
            text=body,
            title=_clean(entry.get("title")),
            source=source,
            url=_clean(entry.get("link")),
            language=language_code(_detail_language(entry, "title")) or language,
            origin=f"{path}:{number}",
        )
        article.published = entry_date(entry, language)
        written = _written_dates(entry)
        if written and article.published is None:
            article.note(
                MENDED,
                f"could not read the date {shown(written[0][1])} of the feed entry; left empty",
            )
        yield article


def plain_doctype(text: str) -> str:
    """`text` with its DOCTYPE (if any) replaced by one that declares only its plain
    internal entities (see the module's text); line numbers stay as they were."""
    head = prolog_end(text)
    found = _DOCTYPE.search(text, 0, head)
    if found is None:
        return text
    start = found.start()
    end = doctype_end(text, start, head)
    if end < 0:
        return text
    kept = [
        f'<!ENTITY {m.group(1)} "{value}">'
        for m in _ENTITY.finditer(text, start, end)
        if _PLAIN_VALUE.fullmatch(value := m.group(2) if m.group(2) is not None else m.group(3))
        and '"' not in value
    ]
    rebuilt = f"<!DOCTYPE feed [{' '.join(kept)}]>" if kept else ""
    return text[:start] + rebuilt + "\n" * text.count("\n", start, end) + text[end:]


def entry_text(entry: Any) -> str:
    """The fullest text of an entry: its content (HTML preferred), else its summary."""
    contents = entry.get("content") or []
    contents = sorted(contents, key=lambda c: c.get("type") not in _HTML_TYPES)
    for content in contents:
        value = fragment_to_text(content.get("value") or "")
        if value:
            return value
    return fragment_to_text(entry.get("summary") or "")


def entry_date(entry: Any, language: str | None) -> date | None:
    """The day an entry was published (or else updated), as written in the feed."""
    for key, raw in _written_dates(entry):
        # Standard forms first: they keep the writer's UTC offset, where feedparser's
        # parsed value is in UTC and may fall on the day before or after.
        found = parse_standard_date(raw)
        if found is None:
            parsed = dict.get(entry, f"{key}_parsed")
            if parsed:
                found = datetime.fromtimestamp(calendar.timegm(parsed), UTC).date()
        if found is None:
            found = parse_localised_date(raw, [language] if language else None)
        if found is not None:
            return found
    return None


def _written_dates(entry: Any) -> list[tuple[str, str]]:
    """(key, date as written) for the entry's published, updated and created dates."""
    # dict.get, not entry.get: feedparser answers "updated" with "published" (and warns).
    found = ((key, dict.get(entry, key)) for key in ("published", "updated", "created"))
    return [(key, raw) for key, raw in found if isinstance(raw, str) and raw.strip()]


def _no_entries_reason(parsed: Any) -> str:
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        message = getattr(error, "getMessage", lambda: str(error))()
        return f"not a readable RSS or Atom feed ({message}), and no entries could be recovered"
    if parsed.get("version"):
        return "the feed has no entries"
    return "not an RSS or Atom feed (no feed elements found)"


def _error_line(parsed: Any) -> int | None:
    error = parsed.get("bozo_exception")
    line = getattr(error, "getLineNumber", None)
    try:
        return int(line()) if line else None
    except (TypeError, ValueError):
        return None


def _detail_language(item: Any, key: str) -> str | None:
    """The xml:lang an Atom feed or entry gives its `key` element."""
    detail = item.get(f"{key}_detail") or {}
    return detail.get("language")


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
