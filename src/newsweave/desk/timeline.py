"""A story's timeline as a picture for inline SVG (no script, no external file): one time
axis, and over it when each source published and which days, months and years the
articles talk about.

- Published: each article a mark at its day, coloured by its language and stacked when
  several share a day. A story with more articles than marks can show (more than `STACK`
  on one day, or more than `MARKS` in all) gets bars instead: one per day, week or month,
  split by language, each saying how many articles it holds.
- Mentioned: what the articles' dates resolve to — a dot for a day, a bar for a week,
  month, year or range — in lanes so that none hides another.

The axis spans the days the articles were published and the dates they mention around
them (from `BEFORE` days before the first to `AFTER` days after the last publication);
dates further away are counted at the axis's edge ("4 earlier"), not drawn, as they would
shrink the publication marks to a point. Undated articles have no place on an axis: the
page lists them apart. Tick labels are CLDR dates in the reader's locale (babel).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from babel.dates import format_skeleton

from newsweave.dates import values as timevalues

WIDTH = 760
LEFT, RIGHT = 14, 14
STACK = 8  # marks stacked on one day at most
MARKS = 120  # articles drawn one by one at most
MARK_R, MARK_STEP = 5, 12  # a mark's radius and the distance between stacked marks
BAR_BAND = 84  # height of the band of bars
LANES, LANE_STEP = 5, 11  # lanes of mentioned dates, and their distance
COLOURS = 8  # languages with a colour of their own; the rest share one
MAX_TICKS = 8
BEFORE, AFTER = 92, 31  # days around the publication period the axis may reach
# Tick steps: (unit, how many of it), the finest first; the first that needs at most
# MAX_TICKS ticks is used.
STEPS = (("day", 1), ("day", 2), ("week", 1), ("week", 2), ("month", 1), ("month", 3),
         ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25),
         ("year", 50), ("year", 100))  # fmt: skip
SKELETONS = {"day": "MMMd", "week": "MMMd", "month": "yMMM", "year": "y"}
Dated = list[tuple[dict[str, Any], dt.date]]  # (an article of the timeline, its day)
X = Callable[..., float]  # a day (and where in it) -> x


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _span(value: str, value_end: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a mentioned date (or range) covers; None for a value of no
    known form."""
    first = _day(timevalues.start(value))
    last = _day(timevalues.end(value_end or value))
    return None if first is None or last is None or last < first else (first, last)


def _ticks(first: dt.date, last: dt.date) -> tuple[str, list[dt.date]]:
    """The tick unit and the ticks (first days of days, weeks (Mondays), months or years)
    from `first` to `last`, at most `MAX_TICKS` of them."""
    for unit, n in STEPS:
        ticks = list(_every(first, last, unit, n))
        if len(ticks) <= MAX_TICKS:
            return unit, ticks
    return "year", [first]


def _every(first: dt.date, last: dt.date, unit: str, n: int) -> Iterator[dt.date]:
    if unit == "day":
        d = first
        while d <= last:
            yield d
            d += dt.timedelta(days=n)
        return
    if unit == "week":
        d = first + dt.timedelta(days=-first.weekday() % 7)
        while d <= last:
            yield d
            d += dt.timedelta(weeks=n)
        return
    months = n if unit == "month" else 12 * n
    m = first.year * 12 + first.month - 1
    m += -m % months  # the first month on the step (January for years)
    while True:
        d = dt.date(m // 12, m % 12 + 1, 1)
        if d < first:
            m += months
            continue
        if d > last:
            return
        yield d
        m += months


def _bin(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The day, week (Monday to Sunday) or month `day` falls in, as (first, last)."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def language_classes(counts: Counter[str]) -> dict[str, str]:
    """{language code: CSS class} from the story's articles per language: the `COLOURS`
    most used languages get a colour each (c0 the most used), the others share "cx"."""
    ranked = sorted(counts, key=lambda code: (-counts[code], code))
    return {code: f"c{i}" if i < COLOURS else "cx" for i, code in enumerate(ranked)}


def layout(
    timeline: Sequence[dict[str, Any]], dates: Sequence[dict[str, Any]], locale: str = "en"
) -> dict[str, Any] | None:
    """The picture of a story's `timeline` (its articles, from the story view) and the
    `dates` they mention, with tick labels in `locale`; None when nothing in it is dated."""
    dated = [(a, d) for a in timeline if (d := _day(a.get("published")))]
    spans = [(m, s) for m in dates if (s := _span(m["value"], m.get("value_end")))]
    if not dated and not spans:
        return None
    if dated:
        first_pub = min(d for _, d in dated)
        last_pub = max(d for _, d in dated)
        low = first_pub - dt.timedelta(days=BEFORE)
        high = last_pub + dt.timedelta(days=AFTER)
    else:
        low, high = dt.date.min, dt.date.max
    shown = [(m, s) for m, s in spans if s[1] >= low and s[0] <= high]
    earlier = [m for m, s in spans if s[1] < low]
    later = [m for m, s in spans if s[0] > high]
    days = [d for _, d in dated] + [x for _, s in shown for x in s]
    first, last = min(days), max(days)
    if (last - first).days < 2:  # at least three days, the story's in the middle
        first -= dt.timedelta(days=1)
        last = max(last, first + dt.timedelta(days=2))
    # clipped to where the axis may reach: a range that starts far before is drawn from
    # the axis's start
    first, last = max(first, low), min(last, high)
    span_days = (last - first).days + 1
    pad = span_days * 0.03
    origin, scale = first.toordinal() - pad, (WIDTH - LEFT - RIGHT) / (span_days + 2 * pad)

    def x(day: dt.date, part: float = 0.5) -> float:
        return round(LEFT + (day.toordinal() + part - origin) * scale, 1)

    articles = Counter(a.get("language") or "" for a in timeline)
    classes = language_classes(articles)
    per_day = Counter(d for _, d in dated)
    bars = bool(dated) and (len(dated) > MARKS or max(per_day.values()) > STACK)
    top = 22
    band = (BAR_BAND if bars else MARK_STEP * max(per_day.values(), default=0) + 4) if dated else 0
    axis_y = top + band
    if bars:
        published = _bars(dated, classes, x, top, axis_y, span_days)
    else:
        published = _marks(dated, classes, x, axis_y)
    unit, ticks = _ticks(first, last)
    said_top = axis_y + 40
    said, hidden = _mentions(shown, x, first, last, said_top)
    lanes = max((s["lane"] for s in said), default=-1) + 1
    height = said_top + max(lanes, 1) * LANE_STEP + 8 if spans else axis_y + 26
    return {
        "width": WIDTH,
        "height": height,
        "axis": {
            "y": axis_y,
            "x1": LEFT,
            "x2": WIDTH - RIGHT,
            "ticks": [
                {
                    "x": x(t, 0),
                    "label": format_skeleton(SKELETONS[unit], t, locale=locale),
                    # a label starts at its tick, unless it would leave the picture
                    "anchor": "end" if x(t, 0) > WIDTH - RIGHT - 60 else "start",
                }
                for t in ticks
            ],
        },
        "published": published,
        "bars": bars,
        "said": said,
        "said_y": said_top - 10 if spans else None,
        "hidden": hidden,
        "earlier": earlier,
        "later": later,
        "languages": [
            {"code": code, "class": cls, "articles": articles[code]}
            for code, cls in classes.items()
        ],
        "undated": [a for a in timeline if not _day(a.get("published"))],
        "first": first.isoformat(),
        "last": last.isoformat(),
    }


def _marks(dated: Dated, classes: dict[str, str], x: X, axis_y: float) -> list[dict[str, Any]]:
    """A mark per article, stacked upwards from the axis on a day that has several (in
    the order of the colours, then of the timeline)."""
    by_day: dict[dt.date, list[dict[str, Any]]] = defaultdict(list)
    for article, day in dated:
        by_day[day].append(article)
    out = []
    for day, articles in sorted(by_day.items()):
        ordered = sorted(articles, key=lambda a: classes[a.get("language") or ""])
        for row, a in enumerate(ordered):
            out.append({
                "kind": "mark",
                "x": x(day),
                "y": axis_y - MARK_R - 3 - row * MARK_STEP,
                "r": MARK_R,
                "class": classes[a.get("language") or ""],
                "article": a,
            })  # fmt: skip
    return out


def _bars(
    dated: Dated, classes: dict[str, str], x: X, top: float, axis_y: float, span_days: int
) -> list[dict[str, Any]]:
    """A bar per day, week or month (whichever gives bars a few pixels wide), split by
    language, its height following its articles."""
    unit = "day" if span_days <= 90 else "week" if span_days <= 730 else "month"
    bins: dict[tuple[dt.date, dt.date], Counter[str]] = defaultdict(Counter)
    for article, day in dated:
        bins[_bin(day, unit)][classes[article.get("language") or ""]] += 1
    most = max(sum(c.values()) for c in bins.values())
    height = axis_y - top - 2
    out = []
    for (first, last), counts in sorted(bins.items()):
        x1, x2 = x(first, 0), x(last, 1)
        y = axis_y
        total = sum(counts.values())
        for cls in sorted(counts, key=lambda c: (c == "cx", c)):
            h = round(height * counts[cls] / most, 1)
            y = round(y - h, 1)
            out.append({
                "kind": "bar",
                "x": x1,
                "y": y,
                "w": max(round(x2 - x1 - 1, 1), 1.5),
                "h": max(h, 0.8),
                "class": cls,
                "first": first.isoformat(),
                "last": last.isoformat(),
                "unit": unit,
                "articles": counts[cls],
                "total": total,
            })  # fmt: skip
    return out


def _mentions(
    shown: list[tuple[dict[str, Any], tuple[dt.date, dt.date]]],
    x: X,
    first: dt.date,
    last: dt.date,
    top: float,
) -> tuple[list[dict[str, Any]], int]:
    """Each mentioned date in the first lane where it overlaps nothing drawn (days as
    dots, longer spans as bars from their first to their last day, clipped to the axis);
    how many found no lane."""
    ends: list[float] = []  # where each lane is free from
    out, hidden = [], 0
    for m, (start, end) in sorted(shown, key=lambda item: (item[1][0], item[1][1])):
        day = start == end
        x1 = x(max(start, first), 0)
        x2 = x(min(end, last), 1)
        lo, hi = (x1 + x2) / 2 - 4, (x1 + x2) / 2 + 4
        if not day:
            lo, hi = x1, max(x2, x1 + 3)
        lane = next((i for i, free in enumerate(ends) if free <= lo), len(ends))
        if lane >= LANES:
            hidden += 1
            continue
        if lane == len(ends):
            ends.append(0.0)
        ends[lane] = hi + 2
        out.append({
            "kind": "day" if day else "span",
            "x": round((x1 + x2) / 2, 1) if day else x1,
            "w": round(hi - lo, 1),
            "y": top + lane * LANE_STEP,
            "lane": lane,
            "date": m,
        })  # fmt: skip
    return out, hidden
