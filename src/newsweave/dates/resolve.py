"""Values of time expressions, resolved against the publication date.

A finder turns each span into a `Meaning`; `resolve` turns a meaning into the value a
`TimeRef` carries, with the precision the text gives: "2023-09-13" (day), "2023-W36"
(ISO week; a weekend is the ISO week it falls in), "2023-09" (month), "2023-Q3"
(quarter), "2023-SU" (season: SP, SU, FA, WI as in TIMEX3), "2023" (year), "199X"
(decade); or None when it needs a publication date that the article lacks (or names no
real day, such as 31 February).

What the text leaves open is read in the tense of its sentence (`tense`: +1 future, -1
past, 0 no cue, see `find`): a weekday in "will begin on Wednesday" is the coming one, a
month without a year in "should be completed in October" the next October, while "met
on Wednesday" and "in October" with no cue or a past one keep the nearest reading with
the past preferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


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
class Quarter:
    year: int | None
    quarter: int  # 1..4


# TIMEX3 season codes and the month each is read by when its year is inferred.
SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@dataclass(frozen=True, slots=True)
class Season:
    year: int | None
    season: str  # SP, SU, FA, WI


@dataclass(frozen=True, slots=True)
class Year:
    year: int


@dataclass(frozen=True, slots=True)
class Decade:
    """A decade: `start` 1990 ("the 1990s"), or with `century` False only its last two
    digits, 90 ("the '90s"), read as the latest such decade that began by the
    publication year."""

    start: int
    century: bool = True


@dataclass(frozen=True, slots=True)
class Weekday:
    """A weekday (Monday = 0). direction 0: the most recent such day on or before the
    publication date, or with a future tense the next on or after it; -1: strictly
    before it ("last"); +1: strictly after it ("next")."""

    weekday: int
    direction: int = 0


@dataclass(frozen=True, slots=True)
class Shift:
    """`offset` units ("day", "week", "weekend", "month", "quarter", "year", "decade")
    from the publication date. `counted`: the text counts the units ("a week ago", "in
    two weeks") rather than naming a calendar unit ("last week"); counted weeks are a
    distance, so their value is the day that far away (TimeML: "a week ago" is the day
    published - 7 days, the day a reader takes it for), never an ISO week."""

    unit: str
    offset: int
    counted: bool = False


@dataclass(frozen=True, slots=True)
class Anaphor:
    """`offset` units from the story's reference time, not from the publication date:
    "the previous year", "the day before", "a year earlier" (TimeML anchors them to the
    time the text last named; see `anchor`). `counted` as in `Shift`."""

    unit: str  # day, week, month, quarter, year
    offset: int
    counted: bool = False


@dataclass(frozen=True, slots=True)
class SamePeriod:
    """The period the text last named, at `unit` ("period": as named; "day", "week",
    "month", "quarter"), in the year `year` gives: "the same period last year", "the
    same month a year ago", "the same day" (`year` None: that period itself)."""

    unit: str
    year: Year | Shift | Anaphor | None = None


@dataclass(frozen=True, slots=True)
class InYear:
    """A period without its own year and the year phrase after it: "October of next
    year", "the first quarter of last year" (`year` is a `Year` or a year `Shift`)."""

    period: Day | Month | Quarter | Season
    year: Year | Shift


@dataclass(frozen=True, slots=True)
class Range:
    """From `first` to `last` ("from 1991 to 1997", "13.–15. september")."""

    first: Meaning
    last: Meaning


Meaning = (
    Day | Month | Quarter | Season | Year | Decade | Weekday | Shift | InYear | Range | Anaphor
    | SamePeriod
)  # fmt: skip
Period = Day | Month | Quarter | Season


# A month or day without a year is read as the nearest such date, with days ahead of the
# publication date counted this many times: news tells more of what happened than of
# what is planned ("8 марта" in a September article is the March before, not after).
FUTURE_WEIGHT = 2


def _nearest_year(published: dt.date, month: int, day: int, tense: int = 0) -> int:
    """The year that puts `day`.`month` nearest the publication date in `tense`: with a
    future tense on or after it, with a past tense on or before it, else nearest (days
    ahead weigh `FUTURE_WEIGHT` times)."""
    best = published.year
    best_gap: int | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days = (dt.date(year, month, day) - published).days
        except ValueError:  # 29 February in a common year
            continue
        if (tense > 0 and days < 0) or (tense < 0 and days > 0):
            continue
        gap = days * FUTURE_WEIGHT if days > 0 else -days
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _month_year(published: dt.date, month: int, tense: int) -> int:
    """The year of a month named without one: with a tense, the nearest such month on
    the side of the publication month the tense points to (that month itself included);
    without one, the nearest (see `_nearest_year`)."""
    if tense > 0:
        return published.year + (month < published.month)
    if tense < 0:
        return published.year - (month > published.month)
    return _nearest_year(published, month, 15)


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _weekend(published: dt.date, offset: int, tense: int) -> str:
    """The ISO week of a weekend: offset 0 the weekend the publication day is in, else
    the nearest in `tense` (no tense: the nearer, the past on a tie); -1 the last one
    before the publication day; +1 the next one after it."""
    weekday = published.weekday()
    saturday = published - dt.timedelta(days=weekday - 5)  # this ISO week's Saturday
    past = saturday - dt.timedelta(days=7) if weekday < 5 else saturday
    coming = saturday if weekday < 5 else saturday + dt.timedelta(days=7)
    if offset < 0:
        return _week(saturday - dt.timedelta(days=7))
    if offset > 0:
        return _week(coming)
    if weekday >= 5:
        return _week(saturday)
    if tense == 0:
        tense = 1 if (coming - published).days < (published - past).days - 1 else -1
    return _week(coming if tense > 0 else past)


def _shift(
    published: dt.date, unit: str, offset: int, tense: int = 0, counted: bool = False
) -> str:
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat()
    if unit == "week" and counted:
        return (published + dt.timedelta(weeks=offset)).isoformat()
    if unit == "week":
        return _week(published + dt.timedelta(weeks=offset))
    if unit == "weekend":
        return _weekend(published, offset, tense)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{published.year + offset:04d}"
    if unit == "decade":
        return f"{published.year // 10 + offset:03d}X"
    raise ValueError(
        f"unknown time unit {unit!r}; use day, week, weekend, month, quarter, year or decade"
    )


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _period_month(period: Period) -> int:
    if isinstance(period, Quarter):
        return period.quarter * 3 - 1
    if isinstance(period, Season):
        return SEASON_MONTHS[period.season]
    return period.month


def _with_year(period: Period, year: int) -> str | None:
    if isinstance(period, Day):
        return _day(year, period.month, period.day)
    if isinstance(period, Month):
        return f"{year:04d}-{period.month:02d}"
    if isinstance(period, Quarter):
        return f"{year:04d}-Q{period.quarter}"
    return f"{year:04d}-{period.season}"


def _period(period: Period, published: dt.date | None, tense: int) -> str | None:
    if period.year is not None:
        return _with_year(period, period.year)
    if published is None:
        return None
    # A past tense keeps the nearest reading, which already prefers the past: its cue
    # is often a reporting verb whose clause plans ahead ("announced today an event to
    # be held on October 12").
    tense = max(tense, 0)
    if isinstance(period, Day):
        year = _nearest_year(published, period.month, min(period.day, 28), tense)
        return _day(year, period.month, period.day)
    return _with_year(period, _month_year(published, _period_month(period), tense))


def resolve(meaning: Meaning, published: dt.date | None, tense: int = 0) -> str | None:
    """The value of `meaning` in an article published on `published`, read in `tense`
    (+1 future, -1 past, 0 no cue) where the text leaves the year or the week open. A
    `Range` resolves to its first value (`resolve_range` gives both)."""
    if isinstance(meaning, Range):
        return resolve_range(meaning, published, tense)[0]
    if isinstance(meaning, Year):
        return f"{meaning.year:04d}"
    if isinstance(meaning, Decade):
        if meaning.century:
            return f"{meaning.start // 10:03d}X"
        if published is None:
            return None
        start = published.year // 100 * 100 + meaning.start
        start -= 100 if start > published.year else 0
        return f"{start // 10:03d}X"
    if isinstance(meaning, (Day, Month, Quarter, Season)):
        return _period(meaning, published, tense)
    if isinstance(meaning, InYear):
        if isinstance(meaning.year, Year):
            return _with_year(meaning.period, meaning.year.year)
        if published is None:
            return None
        return _with_year(meaning.period, published.year + meaning.year.offset)
    if published is None:
        return None
    if isinstance(meaning, Weekday):
        back = (published.weekday() - meaning.weekday) % 7
        if meaning.direction < 0:
            back = back or 7
        elif meaning.direction > 0:
            back = -((meaning.weekday - published.weekday()) % 7 or 7)
        elif tense > 0:
            back = -((meaning.weekday - published.weekday()) % 7)
        return (published - dt.timedelta(days=back)).isoformat()
    return _shift(published, meaning.unit, meaning.offset, tense, meaning.counted)


def resolve_range(
    meaning: Range, published: dt.date | None, tense: int = 0
) -> tuple[str | None, str | None]:
    """The first and the last value of a range. A first end without a year takes the
    year of the last end ("from April to June 2009"; the year before when it would come
    after it: "December to February 2010")."""
    first, last = meaning.first, meaning.last
    end = resolve(last, published, tense)
    periods = (Day, Month, Quarter, Season)
    if isinstance(first, periods) and first.year is None and end and end[:4].isdigit():
        year = int(end[:4])
        if isinstance(last, periods) and _period_month(first) > _period_month(last):
            year -= 1
        first = replace(first, year=year)
    return resolve(first, published, tense), end
