"""Expressions anchored to the story's reference time rather than to the publication
date, as TimeML resolves them: "the previous year", "the day before", "a year earlier"
count from the time the text last named (its anchor), and "the same period last year"
is that named period a year before. Where the text has named no time that fits yet, the
anchor is the publication date (the reference time a news text starts from).

"The company cut costs last year, $19.8 billion more than the year previous": last year
is 2009 in a 2010 article, so the year previous is 2008, not 2009.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsweave.dates import values
from newsweave.dates.resolve import Anaphor, SamePeriod, Shift, Year

# The precisions an anchor may have for each unit: the anchor is cut to the unit
# ("the previous month" after "13 March" is February).
FITS = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "month"),
    "quarter": ("day", "month", "quarter"),
    "year": ("day", "week", "month", "quarter", "season", "year"),
    # "the same period": a period the text named, as named (a day is no period)
    "period": ("week", "month", "quarter", "season"),
}


def _anchor(unit: str, seen: Sequence[str]) -> str | None:
    """The latest value in `seen` that can be read at `unit`."""
    fits = FITS[unit]
    for value in reversed(seen):
        if values.precision(value) in fits:
            return value
    return None


def _cut(value: str, unit: str) -> str:
    """`value` at the precision of `unit` ("2010-02-15" as a month: "2010-02")."""
    precision = values.precision(value)
    if unit in ("period", precision) or unit == "day":
        return value
    day = dt.date.fromisoformat(values.start(value))
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return value[:7]
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return value[:4]


def _move(value: str, unit: str, offset: int, counted: bool) -> str:
    """`value` (already at `unit`) moved `offset` units."""
    precision = values.precision(value)
    if precision == "day":
        day = dt.date.fromisoformat(value)
        days = offset * (7 if unit == "week" else 1)
        return (day + dt.timedelta(days=days)).isoformat()
    if precision == "week":
        monday = dt.date.fromisoformat(values.start(value)) + dt.timedelta(weeks=offset)
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if precision == "quarter":
        index = int(value[:4]) * 4 + int(value[6]) - 1 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    return f"{int(value[:4]) + offset:04d}{value[4:]}"


def _in_year(value: str, year: int) -> str:
    """`value` moved to `year` (29 February to the 28th, week 53 to week 52)."""
    precision = values.precision(value)
    if precision == "day":
        month, day = int(value[5:7]), int(value[8:10])
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return dt.date(year, month, 28).isoformat()
    if precision == "week":
        week = int(value[6:8])
        while True:
            try:
                dt.date.fromisocalendar(year, week, 1)
                return f"{year:04d}-W{week:02d}"
            except ValueError:
                week -= 1
    return f"{year:04d}{value[4:]}"


def anchored(
    meaning: Anaphor | SamePeriod, seen: Sequence[str], published: dt.date | None
) -> str | None:
    """The value of an anchored expression after the values `seen` so far in the text
    (in text order), in an article published on `published`; None when nothing anchors
    it (no fitting value named and no publication date)."""
    fallback = published.isoformat() if published else None
    if isinstance(meaning, Anaphor):
        if meaning.unit == "decade":  # "two decades earlier": twenty years
            meaning = Anaphor("year", meaning.offset * 10, meaning.counted)
        if meaning.unit not in FITS:  # "a weekend earlier": no value we can tell
            return None
        unit = "day" if meaning.unit == "week" and meaning.counted else meaning.unit
        anchor = _anchor(unit, seen) or fallback
        if anchor is None:
            return None
        return _move(_cut(anchor, unit), meaning.unit, meaning.offset, meaning.counted)
    anchor = _anchor(meaning.unit, seen)
    year = meaning.year
    if anchor is None:
        # no period named: only the year phrase says something ("last year": the year)
        if year is None or published is None:
            return None
        if isinstance(year, Year):
            return f"{year.year:04d}"
        return f"{published.year + year.offset:04d}"
    period = _cut(anchor, meaning.unit)
    if year is None:
        return period
    if isinstance(year, Year):
        return _in_year(period, year.year)
    if isinstance(year, Shift) and year.offset == 0:  # "this year": the publication year
        return _in_year(period, published.year) if published else None
    return _in_year(period, int(period[:4]) + year.offset)
