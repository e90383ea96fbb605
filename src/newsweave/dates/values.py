"""Reading the values `resolve` writes: their precision, where they start, and a label
for people ("June 2022", not a made-up day "2022-06-01").

Values: a day "2023-09-13", an ISO week "2023-W36", a month "2023-06", a quarter
"2009-Q3", a season "2009-SU" (SP, SU, FA, WI), a year "1950", a decade "199X".
"""

from __future__ import annotations

import datetime as dt
import re

_FORMS = (
    ("day", re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
    ("week", re.compile(r"^(\d{4})-W(\d{2})$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("season", re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")),
    ("year", re.compile(r"^(\d{4})$")),
    ("decade", re.compile(r"^(\d{3})X$")),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}


def precision(value: str) -> str | None:
    """"day", "week", "month", "quarter", "season", "year" or "decade"; None for a
    value of no known form."""
    for name, form in _FORMS:
        if form.match(value):
            return name
    return None


def _parts(value: str) -> tuple[str, tuple[str, ...]] | None:
    for name, form in _FORMS:
        m = form.match(value)
        if m:
            return name, m.groups()
    return None


def start(value: str) -> str:
    """The first day the value covers, as "YYYY-MM-DD", for sorting values of mixed
    precision in time; the value itself when it has no known form."""
    parts = _parts(value)
    if parts is None:
        return value
    name, g = parts
    if name == "day":
        return value
    if name == "week":
        return dt.date.fromisocalendar(int(g[0]), int(g[1]), 1).isoformat()
    if name == "month":
        return f"{value}-01"
    if name == "quarter":
        return f"{g[0]}-{int(g[1]) * 3 - 2:02d}-01"
    if name == "season":
        return f"{g[0]}-{SEASONS[g[1]][1]:02d}-01"
    if name == "year":
        return f"{value}-01-01"
    return f"{g[0]}0-01-01"


def end(value: str) -> str:
    """The last day the value covers, as "YYYY-MM-DD" ("2023-06" -> "2023-06-30", a
    winter to the end of February); the value itself when it has no known form."""
    parts = _parts(value)
    if parts is None:
        return value
    name, _ = parts
    first = dt.date.fromisoformat(start(value))
    if name == "day":
        return value
    if name == "week":
        return (first + dt.timedelta(days=6)).isoformat()
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120}[name]
    later = first.year * 12 + first.month - 1 + months
    if later // 12 > dt.MAXYEAR:
        return dt.date.max.isoformat()
    return (dt.date(later // 12, later % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()


def label(value: str) -> str:
    """The value as a reader says it, at its precision: "13 September 2023", "week 36
    of 2023", "June 2022", "Q3 2009", "summer 2009", "1950", "the 1990s"."""
    parts = _parts(value)
    if parts is None:
        return value
    name, g = parts
    if name == "day":
        return f"{int(g[2])} {MONTHS[int(g[1]) - 1]} {g[0]}"
    if name == "week":
        return f"week {int(g[1])} of {g[0]}"
    if name == "month":
        return f"{MONTHS[int(g[1]) - 1]} {g[0]}"
    if name == "quarter":
        return f"Q{g[1]} {g[0]}"
    if name == "season":
        return f"{SEASONS[g[1]][0]} {g[0]}"
    if name == "year":
        return value
    return f"the {g[0]}0s"


def range_label(value: str, value_end: str | None) -> str:
    """`label` of a value, or of a range: "1991 – 1997"."""
    if value_end is None or value_end == value:
        return label(value)
    return f"{label(value)} – {label(value_end)}"
