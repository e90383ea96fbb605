"""Publication dates as inputs write them: ISO 8601, RFC 822 (feeds, e-mail), or words in
the article's language ("ons, 13 sep 2023", "Mi, 13. September 2023").

A date with a time and a UTC offset is taken on the day it was where it was written:
"2023-09-13T00:30:00+02:00" is 13 September, as its readers saw it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

from newsweave.language import normalize_code

_CODE = re.compile(r"[a-z]{2,3}")


def parse_published(value: str, languages: Sequence[str] | None = None) -> date | None:
    """The date `value` names, or None. Standard forms first, then words in `languages`
    (or in any language newsweave knows when None)."""
    found = parse_standard_date(value)
    if found is None:
        found = parse_localised_date(value, languages)
    return found


def parse_standard_date(value: str) -> date | None:
    """An ISO 8601 date or date-time, or an RFC 822 date (English day and month names)."""
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def parse_localised_date(value: str, languages: Sequence[str] | None = None) -> date | None:
    """A date written with words in one of `languages`, through `newsweave.dates`."""
    parse_date = _localised_parser()
    if parse_date is None or not value.strip():
        return None
    return parse_date(value.strip(), list(languages) if languages else None)


def shown(value: str, limit: int = 60) -> str:
    """A date as written, quoted for a message, cut after `limit` characters."""
    if len(value) <= limit:
        return repr(value)
    return repr(value[:limit]) + f" … ({len(value)} characters)"


def language_code(value: object) -> str | None:
    """A language as metadata gives it ("da-DK", "de_AT", "NB") as newsweave's code."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = normalize_code(value)
    return code if _CODE.fullmatch(code) else None


@cache
def _localised_parser() -> Callable[[str, Sequence[str] | None], date | None] | None:
    """`newsweave.dates.parse_date`, or None while that module is not installed: dates
    in words are then left empty (standard forms still work)."""
    try:
        from newsweave.dates import parse_date
    except ModuleNotFoundError as exc:
        if exc.name != "newsweave.dates":
            raise
        return None
    return parse_date
