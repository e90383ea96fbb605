"""Strict reading of what a request asks for: every path and query value is checked here,
before anything touches the store, and a malformed one is refused with its name and the
reason (`BadParameter`, answered 400 by the app) — never guessed, never passed on.

Numbers are ASCII digits only (`str.isdigit` also accepts "²" and "١", which `int`
then rejects or reads) and bounded; a story id out of SQLite's integer range is no story
(404), not an error. An empty value is the same as an absent one, as a form sends it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Mapping, Sequence
from datetime import date

from newsweave.desk.i18n import is_ui_language
from newsweave.language import normalize_code

MAX_ID = 2**63 - 1  # the largest integer SQLite stores: no story id can be larger
MAX_PAGE = 10_000  # stories pages (30 each)
MAX_TEXT = 200  # characters of a search text or an entity name
_DIGITS = re.compile(r"[0-9]{1,19}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CODE = re.compile(r"[a-z]{2,3}")
_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
FORMATS = ("html", "json")


class BadParameter(ValueError):
    """A query value that is malformed: `name` is the parameter, `reason` says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def whole_number(text: str, low: int = 0, high: int = MAX_ID) -> int | None:
    """`text` read as a whole number in [low, high], ASCII digits only; None otherwise
    ("²", "１", "-1", "1e3", " 1", an empty string, or a number out of range)."""
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None


def story_id(text: str) -> int | None:
    """A story id from a path: None (no such story, a 404) unless it is one SQLite could
    hold."""
    return whole_number(text, 1, MAX_ID)


def single(params: Sequence[tuple[str, str]], names: Collection[str]) -> dict[str, str]:
    """The query's values of `names` (others are ignored), each given at most once:
    `?page=1&page=2` is ambiguous and refused."""
    found: dict[str, str] = {}
    for key, value in params:
        if key not in names:
            continue
        if key in found:
            raise BadParameter(key, "given more than once")
        found[key] = value
    return found


def page(value: str) -> int:
    """A page number, 1 to `MAX_PAGE`; "" is the first page."""
    if not value:
        return 1
    number = whole_number(value, 1, MAX_PAGE)
    if number is None:
        raise BadParameter("page", f"a whole number from 1 to {MAX_PAGE} in ASCII digits")
    return number


def ui_language(value: str) -> str:
    """The language a reader chose for the pages: a CLDR language code ("da", "DE" read as
    "de"); "" for none."""
    if not value:
        return ""
    code = value.lower()
    if not _CODE.fullmatch(code) or not is_ui_language(code):
        raise BadParameter("ui", "a language code such as en, da or de")
    return code


def flag(name: str, value: str) -> bool:
    """A checkbox: "1" (or "on", what a form sends) is set, "" is not; nothing else."""
    if value in ("", "0"):
        return False
    if value in ("1", "on"):
        return True
    raise BadParameter(name, '"1" or nothing')


def day(name: str, value: str) -> str:
    """An ISO date (YYYY-MM-DD) that exists; "" for none."""
    if not value:
        return ""
    try:
        if not _DAY.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParameter(name, "a date as YYYY-MM-DD (e.g. 2023-09-13)") from None


def language(value: str, known: Container[str]) -> str:
    """A language code as asked ("de", "da-DK", "NB"), normalised; it must be one in
    `known`. "" for none."""
    if not value:
        return ""
    code = normalize_code(value) if _LOCALE.fullmatch(value) else ""
    if not _CODE.fullmatch(code) or code not in known:
        raise BadParameter("language", "a known language code (e.g. de, da-DK)")
    return code


def text(name: str, value: str) -> str:
    """A search text or a name: at most `MAX_TEXT` characters; tabs and line breaks read
    as spaces, any other control character is refused."""
    value = re.sub(r"[\t\n\r]+", " ", value).strip()
    if len(value) > MAX_TEXT:
        raise BadParameter(name, f"at most {MAX_TEXT} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise BadParameter(name, "no control characters")
    return value


def output_format(params: Mapping[str, str]) -> str:
    """The page as "json" (its JSON twin) or "html" (the default)."""
    value = params.get("format", "") or "html"
    if value not in FORMATS:
        raise BadParameter("format", "json or html")
    return value
