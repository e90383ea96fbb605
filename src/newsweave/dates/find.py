"""Candidate time expressions per language, from explicit language data only.

Spans are found first (month and weekday names, numeric dates, relative phrases and
templates from `newsweave.lang.<iso>.dates`), then resolved: a word that is in no list
is never a date, so German "die" or "mit" cannot turn into a weekday. Overlapping
candidates keep the longest ("onsdag den 13. september 2023" is one span).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsweave.article import TimeRef
from newsweave.dates.patterns import Patterns, patterns
from newsweave.dates.regex import key
from newsweave.dates.resolve import Day, Meaning, Month, Shift, Weekday, Year, resolve


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    meaning: Meaning | None  # None: a listed non-date ("ve středu města") that wins its span


def _composite(p: Patterns, m: re.Match[str]) -> Candidate | None:
    months = p.lex.months
    if m.group("mc"):
        return Candidate(m.start(), m.end(), Month(int(m.group("yc")), months[key(m["mc"])]))
    k = "a" if m.group("ma") else "b"
    year = m.group("y" + k)
    month = months[key(m.group("m" + k))]
    day = int(m.group("d" + k))
    if not _real(int(year) if year else None, month, day):
        return None
    return Candidate(m.start(), m.end(), Day(int(year) if year else None, month, day))


def _real(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists ("31 February" does not; 29 February without a year may)."""
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _numeric(p: Patterns, m: re.Match[str]) -> Candidate | None:
    if m.group("iy"):
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        first, second, year = int(m["a"]), int(m["b"]), int(m["c"])
        day_first = p.lex.numeric_order != "MDY"
        if second > 12 or (first <= 12 and not day_first):
            month, day = first, second
        else:
            day, month = first, second
    if not _real(year, month, day):
        return None
    return Candidate(m.start(), m.end(), Day(year, month, day))


def _month(p: Patterns, m: re.Match[str]) -> Candidate | None:
    k = key(m["m"])
    after_preposition = "p" in m.re.groupindex and m["p"] is not None
    if k in p.lex.month_free or (after_preposition and k in p.lex.month_prep):
        return Candidate(m.start("m"), m.end(), Month(None, p.lex.months[k]))
    return None


def _slots(m: re.Match[str]) -> tuple[int, dict[str, str]]:
    """(template index, {slot name: text}) of a match of `_templates`."""
    i = int(str(m.lastgroup)[1:])
    tail = str(i)
    found = {
        name[: -len(tail)]: text
        for name, text in m.groupdict().items()
        if text is not None and name.endswith(tail) and name[: -len(tail)].isalpha()
    }
    return i, found


def _number(p: Patterns, text: str) -> int:
    return int(text) if text.isdigit() else p.lex.numbers[key(text)]


def _shift(p: Patterns, m: re.Match[str]) -> Candidate | None:
    i, slots = _slots(m)
    value, has_n = p.shift_values[i]
    unit = p.lex.units[key(slots.get("unit") or slots["units"])]
    offset = value * _number(p, slots["n"]) if has_n else value
    return Candidate(m.start(), m.end(), Shift(unit, offset))


def _weekday_shift(p: Patterns, m: re.Match[str]) -> Candidate:
    i, slots = _slots(m)
    weekday = p.lex.weekdays[key(slots["weekday"])]
    return Candidate(m.start(), m.end(), Weekday(weekday, p.weekday_values[i]))


def _year(p: Patterns, m: re.Match[str]) -> Candidate:
    _, slots = _slots(m)
    return Candidate(m.start(), m.end(), Year(int(slots["year"])))


def _weekday(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), Weekday(p.lex.weekdays[key(m[0])]))


def _relative(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), Shift(*p.lex.relative[key(m[0])]))


def _blocker(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), None)


MAKERS: dict[str, Callable[[Patterns, re.Match[str]], Candidate | None]] = {
    "composite": _composite,
    "numeric": _numeric,
    "month": _month,
    "weekday": _weekday,
    "relative": _relative,
    "shift": _shift,
    "weekday_shift": _weekday_shift,
    "year": _year,
    "blocker": _blocker,
}


def _candidates(p: Patterns, text: str) -> Iterator[Candidate]:
    """Every candidate that starts where a trigger word stands (overlaps included)."""
    for hit in p.trigger.finditer(text):
        word = hit.group()
        pos = hit.start()
        for i in p.index["#" if word[0].isdigit() else word.lower()]:
            kind, pattern = p.kinds[i]
            m = pattern.match(text, pos)
            if m:
                found = MAKERS[kind](p, m)
                if found is not None:
                    yield found


def _longest(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then leftmost; sorted by start."""
    starts: list[int] = []  # chosen spans, sorted by start (they never overlap)
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if i and chosen[i - 1].end > c.start:  # the span before reaches into c
            continue
        if i < len(starts) and starts[i] < c.end:  # the span after starts inside c
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


def find_dates(text: str, language: str | None, published: dt.date | None) -> list[TimeRef]:
    """The time expressions in `text`, resolved against the publication date.

    `language` selects the language data (`newsweave.lang.<iso>.dates`); with None or a
    language without data only numeric dates (and CLDR names, where babel knows the
    language) are found. Relative expressions in an article without a publication date
    are found with value None. The result is sorted by start and never overlaps.
    """
    p = patterns(language or "")
    found = list(_candidates(p, text))
    return [
        TimeRef(c.start, c.end, text[c.start : c.end], resolve(c.meaning, published))
        for c in _longest(found)
        if c.meaning is not None
    ]
