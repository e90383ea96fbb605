"""Candidate time expressions per language, from explicit language data only.

Spans are found first (month and weekday names, numeric dates, relative phrases,
quarters, seasons, decades, clock times and templates from `newsweave.lang.<iso>.dates`),
then resolved: a word that is in no list is never a date, so German "die" or "mit"
cannot turn into a weekday. Overlapping candidates keep the longest ("onsdag den 13.
september 2023" is one span). Then neighbours join: a period and its year ("the first
quarter of 2009", "October of next year"), a clock time and its day ("16:00 UTC
today"), and the two ends of a range ("from 1991 to 1997", "between April and June":
one span, `value` the first end and `value_end` the last). Last, what the text leaves
open (a weekday, a month without a year) is read in the tense of its sentence: the cue
word (FUTURE_CUES, PAST_CUES) nearest the expression decides.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from newsweave.article import TimeRef
from newsweave.dates.anchor import anchored
from newsweave.dates.patterns import Patterns, patterns
from newsweave.dates.regex import key
from newsweave.dates.resolve import (
    Anaphor,
    Day,
    Decade,
    InYear,
    Meaning,
    Month,
    Quarter,
    Range,
    SamePeriod,
    Season,
    Shift,
    Weekday,
    Year,
    resolve,
    resolve_range,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    meaning: Meaning | None  # None: a listed non-date ("ve středu města") that wins its span
    needs_year: bool = False  # a date only with a year after it ("fall 2009")
    clock: bool = False  # a clock time: the publication day unless a day stands by it


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
    return Candidate(m.start(), m.end(), Shift(unit, offset, counted=has_n))


def _weekday_shift(p: Patterns, m: re.Match[str]) -> Candidate:
    i, slots = _slots(m)
    weekday = p.lex.weekdays[key(slots["weekday"])]
    return Candidate(m.start(), m.end(), Weekday(weekday, p.weekday_values[i]))


def _year(p: Patterns, m: re.Match[str]) -> Candidate:
    _, slots = _slots(m)
    return Candidate(m.start(), m.end(), Year(int(slots["year"])))


def _quarter(p: Patterns, m: re.Match[str]) -> Candidate:
    _, slots = _slots(m)
    q = slots["quarter"]
    number = int(q) if q.isdigit() else (p.lex.quarter_ordinals or {})[key(q)]
    return Candidate(m.start(), m.end(), Quarter(None, number))


def _season(p: Patterns, m: re.Match[str]) -> Candidate:
    k = key(m[0])
    code = (p.lex.seasons or {})[k]
    return Candidate(m.start(), m.end(), Season(None, code), needs_year=k not in p.lex.season_free)


def _decade(p: Patterns, m: re.Match[str]) -> Candidate:
    _, slots = _slots(m)
    if "decade" in slots:
        return Candidate(m.start(), m.end(), Decade(int(slots["decade"])))
    return Candidate(m.start(), m.end(), Decade(int(slots["tens"]), century=False))


def _clock(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), Shift("day", 0), clock=True)


def _day_range(p: Patterns, m: re.Match[str]) -> Candidate | None:
    k = "d" if m.group("m1") else "e"
    month = p.lex.months[key(m.group("m1") or m.group("m2"))]
    year_text = m.group("y1") or m.group("y2")
    year = int(year_text) if year_text else None
    first, last = int(m.group(k + "1")), int(m.group(k + "2"))
    if not (first < last and _real(year, month, first) and _real(year, month, last)):
        return None
    return Candidate(m.start(), m.end(), Range(Day(year, month, first), Day(year, month, last)))


def _weekday(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), Weekday(p.lex.weekdays[key(m[0])]))


def _relative(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), Shift(*p.lex.relative[key(m[0])]))


def _anaphor(p: Patterns, m: re.Match[str]) -> Candidate:
    i, slots = _slots(m)
    unit, value, has_n = p.anaphor_values[i]
    if has_n:
        unit = p.lex.units[key(slots["units"])]
        value *= _number(p, slots["n"])
    return Candidate(m.start(), m.end(), Anaphor(unit, value, counted=has_n))


def _same(p: Patterns, m: re.Match[str]) -> Candidate:
    return Candidate(m.start(), m.end(), SamePeriod((p.lex.same_periods or {})[key(m[0])]))


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
    "quarter": _quarter,
    "season": _season,
    "decade": _decade,
    "clock": _clock,
    "day_range": _day_range,
    "anaphor": _anaphor,
    "same": _same,
}


def _candidates(p: Patterns, text: str) -> Iterator[Candidate]:
    """Every candidate that starts where a trigger word stands (overlaps included)."""
    for hit in p.trigger.finditer(text):
        word = hit.group()
        pos = hit.start()
        k = ("#4" if len(word) == 4 else "#") if word[0].isdigit() else word.lower()
        for i in p.index.get(k, ()):
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


PERIODS = (Day, Month, Quarter, Season)
ANCHORED = (Anaphor, SamePeriod)  # valued from the story's reference time, never a range end
DAYS = (Day, Weekday)


def _in_year(p: Patterns, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A period without a year joins the year after it ("the first quarter of 2009",
    "fall 2009", "October of next year"); a season that is one only with its year
    ("fall") is dropped without it."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        period = c.meaning
        if isinstance(period, PERIODS) and period.year is None:
            gap = p.of_year.match(text, c.end)
            if gap and nxt is not None and nxt.start == gap.end():
                if isinstance(nxt.meaning, Year):
                    out.append(Candidate(c.start, nxt.end, replace(period, year=nxt.meaning.year)))
                    i += 2
                    continue
                if isinstance(nxt.meaning, Shift) and nxt.meaning.unit == "year":
                    out.append(Candidate(c.start, nxt.end, InYear(period, nxt.meaning)))
                    i += 2
                    continue
            bare = p.year.match(text, gap.end()) if gap else None
            if bare and (nxt is None or nxt.start >= bare.end()):
                out.append(Candidate(c.start, bare.end(), replace(period, year=int(bare[0]))))
                i += 1
                continue
        if not c.needs_year:
            out.append(c)
        i += 1
    return out


def _year_phrase(meaning: Meaning | None) -> bool:
    if isinstance(meaning, Year):
        return True
    return isinstance(meaning, (Shift, Anaphor)) and meaning.unit == "year"


def _same_year(p: Patterns, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A "same period" phrase joins the year phrase after it ("the same period last year",
    "the same month a year ago", "the same quarter of 2008")."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if isinstance(c.meaning, SamePeriod) and nxt is not None and p.same_gap is not None:
            gap = p.same_gap.match(text, c.end)
            space = len(text[c.end : nxt.start]) - len(text[c.end : nxt.start].lstrip())
            bare = c.end + space == nxt.start  # a year phrase may start with a joiner
            if gap and (gap.end() == nxt.start or bare) and _year_phrase(nxt.meaning):
                year = nxt.meaning
                assert isinstance(year, (Year, Shift, Anaphor))
                out.append(Candidate(c.start, nxt.end, SamePeriod(c.meaning.unit, year)))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_BESIDE = re.compile(r"[\s,]+")
_ENDS = re.compile(r"[.!?]\s|\n")


def _a_day(meaning: Meaning | None) -> bool:
    return isinstance(meaning, DAYS) or (isinstance(meaning, Shift) and meaning.unit == "day")


def _clock_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A clock time beside a day ("16:00 UTC today", "Monday, 12:00 UTC") is that day;
    a clock time alone is the day named last before it in its sentence ("flew Tuesday
    … at 18:00 UTC"), else the publication day."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        beside = prev is not None and _BESIDE.fullmatch(text, prev.end, c.start) is not None
        if prev is not None and prev.clock != c.clock and beside:
            day = c if prev.clock else prev
            if _a_day(day.meaning):
                out[-1] = Candidate(prev.start, c.end, day.meaning)
                continue
        alone = c.clock and prev is not None and not prev.clock and _a_day(prev.meaning)
        if alone and prev is not None and not _ENDS.search(text, prev.end, c.start):
            c = Candidate(c.start, c.end, prev.meaning, clock=True)
        out.append(c)
    return out


def _ranges(p: Patterns, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Two ends joined by a dash or a range word become one range ("1991 to 1997",
    "between April and June", "Monday–Friday"); after a year, the last end may be a bare
    year ("from 2009 to 2011", "fra 1991 til 1997")."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        joined = p.range_joiners.match(text, c.end) if not c.clock else None
        if joined and "pair" in joined.re.groupindex and joined.group("pair"):
            # the opener stands before the first end or starts it ("zwischen 1991")
            before = text[max(0, c.start - 40) : c.start].split()[-1:]
            own = text[c.start : c.end].split()[:1]
            pairs = p.lex.range_pairs or {}
            joiners = {key(j) for w in (*before, *own) for j in pairs.get(key(w), ())}
            if key(joined.group("pair")) not in joiners:
                joined = None
        if joined and c.meaning is not None and not isinstance(c.meaning, (Range, *ANCHORED)):
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            # the last end may hold the joiner itself ("bis 1997" is a year after "bis")
            word = joined.end() - len(text[c.end : joined.end()].lstrip())
            if (
                nxt is not None
                and (nxt.start == joined.end() or (nxt.start == word < joined.end() < nxt.end))
                and not nxt.clock
                and nxt.meaning is not None
                and not isinstance(nxt.meaning, (Range, *ANCHORED))
            ):
                out.append(Candidate(c.start, nxt.end, Range(c.meaning, nxt.meaning)))
                i += 2
                continue
            if isinstance(c.meaning, (Month, Day)) and (nxt is None or nxt.start > joined.end()):
                month = p.month.match(text, joined.end())  # "between April and June"
                if month and (nxt is None or nxt.start >= month.end()):
                    last = Month(None, p.lex.months[key(month["m"])])
                    out.append(Candidate(c.start, month.end(), Range(c.meaning, last)))
                    i += 1
                    continue
            bare = p.year.match(text, joined.end()) if isinstance(c.meaning, Year) else None
            if bare and int(bare[0]) > c.meaning.year and (nxt is None or nxt.start >= bare.end()):
                out.append(Candidate(c.start, bare.end(), Range(c.meaning, Year(int(bare[0])))))
                i += 1
                continue
        out.append(c)
        i += 1
    return out


def _open(meaning: Meaning | None) -> bool:
    """Whether the value depends on the tense of the sentence."""
    if isinstance(meaning, Range):
        return _open(meaning.first) or _open(meaning.last)
    if isinstance(meaning, PERIODS):
        return meaning.year is None
    if isinstance(meaning, Weekday):
        return meaning.direction == 0
    return isinstance(meaning, Shift) and meaning.unit == "weekend" and meaning.offset == 0


WINDOW = 300  # characters searched each side for the sentence's tense cue


def _tense(p: Patterns, text: str, start: int, end: int) -> int:
    """+1 when the cue word nearest the span in its sentence is a future cue, -1 when it
    is a past cue, 0 when the sentence has none (or the language lists none)."""
    if p.tense is None:
        return 0
    left = max(0, start - WINDOW)
    for m in _ENDS.finditer(text, left, start):
        left = m.end()
    right = min(len(text), end + WINDOW)
    stop = _ENDS.search(text, end, right)
    right = stop.start() + 1 if stop else right
    best: tuple[int, int] | None = None
    group: tuple[int, int, int] | None = None  # (start, end, tense) of a verb group
    for m in p.tense.finditer(text, left, right):
        tense = 1 if m.group("f") is not None else -1
        if group is not None and group[2] > 0 and not text[group[1] : m.start()].strip():
            group = (group[0], m.end(), group[2])  # "should be completed": "should" decides
        else:
            group = (m.start(), m.end(), tense)
        if group[1] <= start:
            distance = start - group[1]
        elif group[0] >= end:
            distance = group[0] - end
        else:
            continue  # a word of the expression itself ("next")
        if best is None or distance < best[0]:
            best = (distance, group[2])
    return best[1] if best else 0


def find_dates(text: str, language: str | None, published: dt.date | None) -> list[TimeRef]:
    """The time expressions in `text`, resolved against the publication date.

    `language` selects the language data (`newsweave.lang.<iso>.dates`); with None or a
    language without data only numeric dates (and CLDR names, where babel knows the
    language) are found. Relative expressions in an article without a publication date
    are found with value None. The result is sorted by start and never overlaps.
    """
    p = patterns(language or "")
    chosen = [c for c in _longest(list(_candidates(p, text))) if c.meaning is not None]
    chosen = _ranges(p, text, _clock_days(text, _same_year(p, text, _in_year(p, text, chosen))))
    refs: list[TimeRef] = []
    seen: list[str] = []  # values so far: what anchors "the previous year"
    for c in chosen:
        assert c.meaning is not None
        tense = _tense(p, text, c.start, c.end) if published and _open(c.meaning) else 0
        span = text[c.start : c.end]
        if isinstance(c.meaning, Range):
            first, last = resolve_range(c.meaning, published, tense)
            refs.append(TimeRef(c.start, c.end, span, first, last))
        elif isinstance(c.meaning, (Anaphor, SamePeriod)):
            refs.append(TimeRef(c.start, c.end, span, anchored(c.meaning, seen, published)))
        else:
            refs.append(TimeRef(c.start, c.end, span, resolve(c.meaning, published, tense)))
        seen.extend(v for v in (refs[-1].value,) if v)
    return refs
