"""Days of the year named in any language: "24 октября", "October 24", "24 أكتوبر",
"10월 24일", "10月24日" -> month 10, day 24.

The dates stage resolves full dates for the languages it has data for; this scan needs
only the CLDR month names babel ships for every locale, so a blurb in Kurdish or Thai can
still say which day it is about. It finds a month name with a day number (1–31, in any
digits, suffixes allowed: "24일", "٢٩ی") right before or after it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsweave.entities.keys import compact

MAX_DAY = 31
MAX_JOINED_MONTH = 4  # characters of a month name written together with its day (10月)
_NUMBER = re.compile(r"\d{1,2}")
# a token: a run of anything but spaces and the commonest punctuation
_TOKENS = re.compile(r"[^\s,.;:!?()\[\]«»“”\"'‘’–—-]+")


@lru_cache(maxsize=256)
def month_names(language: str | None) -> dict[str, int]:
    """{compact month name: month number} in the language's CLDR locale (wide and
    abbreviated forms, in running text and standing alone); empty when babel has none."""
    from babel import Locale, UnknownLocaleError

    if not language:
        return {}
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return {}
    root = Locale.parse("root").months
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            months = locale.months.get(context, {}).get(width, {})
            fallback = root.get(context, {}).get(width, {})
            for number, name in months.items():
                key = compact(name)
                if key and name != fallback.get(number):  # babel's root fills gaps
                    names.setdefault(key, number)
    return names


def _day(token: str) -> int | None:
    """The day number a token starts with ("24", "24일", "٢٩ی"), if any."""
    digits = ""
    for char in token:
        value = unicodedata.digit(char, None)
        if value is None:
            break
        digits += str(value)
    day = int(digits) if digits and len(digits) <= 2 else 0
    return day if 1 <= day <= MAX_DAY else None


def days_of_year(text: str, language: str | None) -> list[tuple[int, int]]:
    """(month, day) for every day of the year the text names, in order."""
    months = month_names(language)
    if not months:
        return []
    tokens = _TOKENS.findall(text)
    out: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        month = months.get(compact(token))
        if month is None:
            joined = _joined(token, months)  # "10月24日", "10월24일": one token
            if joined:
                out.append(joined)
            continue
        for j in (i - 1, i + 1):
            day = _day(tokens[j]) if 0 <= j < len(tokens) else None
            if day is not None:
                out.append((month, day))
                break
    return out


def _joined(token: str, months: dict[str, int]) -> tuple[int, int] | None:
    """A month name with the day right after it inside one token ("2022年10月24日",
    "10월24일"): a month name not preceded by a digit ("1月" is not in "11月24日"), then
    the day's digits."""
    for start in range(len(token)):
        if start and token[start - 1].isdigit():
            continue
        for end in range(min(len(token) - 1, start + MAX_JOINED_MONTH), start, -1):
            month = months.get(compact(token[start:end]))
            if month is not None and token[end].isdigit():
                day = _day(token[end:])
                if day is not None:
                    return month, day
    return None
