"""Values of time expressions, resolved against the publication date.

A finder turns each span into a `Meaning`; `resolve` turns a meaning into the value a
`TimeRef` carries, with the precision the text gives: "2023-09-13" (day), "2023-W36"
(ISO week), "2023-09" (month), "2023" (year), or None when it needs a publication date
that the article lacks (or names no real day, such as 31 February).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day; `year` None when the text gives none ("13. september")."""

    year: int | None
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class Month:
    year: int | None
    month: int


@dataclass(frozen=True, slots=True)
class Year:
    year: int


@dataclass(frozen=True, slots=True)
class Weekday:
    """A weekday (Monday = 0). direction 0: the most recent such day on or before the
    publication date; -1: strictly before it ("last"); +1: strictly after it ("next")."""

    weekday: int
    direction: int = 0


@dataclass(frozen=True, slots=True)
class Shift:
    """`offset` units ("day", "week", "month", "year") from the publication date."""

    unit: str
    offset: int


Meaning = Day | Month | Year | Weekday | Shift


# A month or day without a year is read as the nearest such date, with days ahead of the
# publication date counted this many times: news tells more of what happened than of
# what is planned ("8 марта" in a September article is the March before, not after).
FUTURE_WEIGHT = 2


def _nearest_year(published: dt.date, month: int, day: int) -> int:
    """The year that puts `day`.`month` nearest the publication date (days ahead weigh
    `FUTURE_WEIGHT` times)."""
    best = published.year
    best_gap: int | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days = (dt.date(year, month, day) - published).days
        except ValueError:  # 29 February in a common year
            continue
        gap = days * FUTURE_WEIGHT if days > 0 else -days
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _shift(published: dt.date, unit: str, offset: int) -> str:
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat()
    if unit == "week":
        year, week, _ = (published + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "year":
        return f"{published.year + offset:04d}"
    raise ValueError(f"unknown time unit {unit!r}; use day, week, month or year")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve(meaning: Meaning, published: dt.date | None) -> str | None:
    """The value of `meaning` in an article published on `published`."""
    if isinstance(meaning, Year):
        return f"{meaning.year:04d}"
    if isinstance(meaning, Day):
        if meaning.year is not None:
            return _day(meaning.year, meaning.month, meaning.day)
        if published is None:
            return None
        year = _nearest_year(published, meaning.month, min(meaning.day, 28))
        return _day(year, meaning.month, meaning.day)
    if isinstance(meaning, Month):
        if meaning.year is not None:
            return f"{meaning.year:04d}-{meaning.month:02d}"
        if published is None:
            return None
        return f"{_nearest_year(published, meaning.month, 15):04d}-{meaning.month:02d}"
    if published is None:
        return None
    if isinstance(meaning, Weekday):
        back = (published.weekday() - meaning.weekday) % 7
        if meaning.direction < 0:
            back = back or 7
        elif meaning.direction > 0:
            back = -((meaning.weekday - published.weekday()) % 7 or 7)
        return (published - dt.timedelta(days=back)).isoformat()
    return _shift(published, meaning.unit, meaning.offset)
