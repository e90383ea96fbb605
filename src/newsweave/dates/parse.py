"""`parse_date`: one standalone date string from feed or header metadata."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from newsweave.dates.lexicon import Lexicon, lexicon
from newsweave.lang import SUPPORTED

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s_]|$)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T\d|\s*$)")
# Clock times and UTC offsets carry no date: "10:00:00", "+0200", "+02:00".
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?(?!\d)|[+-]\d{2}:?\d{2}(?!\d)"
)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)")
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:-[^\W\d_]+)*\.?")
# Time-zone names and time words that may stand in a date header in any language.
_ZONES = frozenset(
    {
        "gmt",
        "utc",
        "ut",
        "z",
        "cet",
        "cest",
        "eet",
        "eest",
        "wet",
        "west",
        "msk",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "bst",
        "ist",
        "am",
        "pm",
        "jst",
        "kst",
        "aest",
        "aedt",
        "uhr",
        "kl",
        "h",
    }
)


def _year(n: int, digits: int) -> int:
    if digits > 2:
        return n
    return 2000 + n if n < 70 else 1900 + n


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str, order: str) -> dt.date | None:
    m = _NUMERIC.search(text)
    if not m:
        return None
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:
        return _make(int(a), int(b), int(c))
    year = _year(int(c), len(c))
    first, second = int(a), int(b)
    if order == "MDY" and first <= 12:
        return _make(year, first, second) or _make(year, second, first)
    return _make(year, second, first) or _make(year, first, second)


def _with_names(tokens: list[str], lex: Lexicon) -> tuple[int, dt.date | None]:
    """(unknown word count, date) reading `tokens` with one language's names."""
    fillers = {
        w.lower().rstrip(".")
        for w in (*lex.joiners, *lex.ordinals, *lex.year_suffixes, *lex.month_prepositions)
    }
    months: list[tuple[int, int]] = []  # (token index, month)
    unknown = 0
    for i, tok in enumerate(tokens):
        if tok[0].isdigit():
            continue
        low = tok.lower()
        bare = low.rstrip(".")
        month = lex.months.get(low) or lex.months.get(bare)
        if month:
            months.append((i, month))
        elif not (low in lex.weekdays or bare in lex.weekdays or bare in fillers or bare in _ZONES):
            unknown += 1
    if not months:
        return unknown, None
    numbers = [(i, t) for i, t in enumerate(tokens) if t.isdigit()]
    if len(months) > 1:  # one is a weekday abbreviation too ("mar" in Italian): take the
        # one that is not a weekday, nearest a day number
        months.sort(
            key=lambda im: (
                tokens[im[0]].lower().rstrip(".") in lex.weekdays
                or tokens[im[0]].lower() in lex.weekdays,
                min((abs(im[0] - i) for i, _ in numbers), default=99),
            )
        )
    at, month = months[0]
    years = [(i, t) for i, t in numbers if len(t) == 4]
    days = [(i, t) for i, t in numbers if len(t) <= 2 and 1 <= int(t) <= 31]
    if years:
        year = int(years[0][1])
    elif len(days) >= 2:  # "13 Sep 23": the number after the month is the year
        after = [d for d in days if d[0] > at]
        year_tok = after[-1] if after else days[-1]
        days.remove(year_tok)
        year = _year(int(year_tok[1]), len(year_tok[1]))
    else:
        return unknown, None
    if not days:
        return unknown, None
    day = min(days, key=lambda d: abs(d[0] - at))
    return unknown, _make(year, month, int(day[1]))


def parse_date(text: str, languages: Sequence[str] | None = None) -> dt.date | None:
    """The calendar date a standalone date string names, or None when it names none.

    Reads ISO 8601 ("2023-09-13", "2023-09-13T10:00:00+02:00"), RFC 822 and its
    localised forms ("ons, 13 sep 2023 10:00:00 +0200", "Mi, 13. Sep 2023",
    "13 сентября 2023 г.", "September 13, 2023") and numeric dates ("13.09.2023"), in
    the order the first of `languages` uses. `languages` is a preference: names are read
    in those languages first, then in the other supported ones (RFC 822 is English in
    every feed); None tries all. A time of day and its offset are ignored: the date is
    the one written, not UTC.
    """
    if not text or not text.strip():
        return None
    for pattern in (_ISO, _COMPACT):
        m = pattern.match(text)
        if m:
            return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    langs = tuple(languages) if languages else SUPPORTED
    tokens = _TOKEN.findall(_TIME.sub(" ", text))
    if any(not t[0].isdigit() for t in tokens):
        # The languages asked for first, then the others: RFC 822 dates are English
        # whatever the language of the feed.
        for group in (langs, tuple(x for x in SUPPORTED if x not in langs)):
            found = _best(tokens, group)
            if found:
                return found
    return _numeric(text, lexicon(langs[0]).numeric_order)


def _best(tokens: list[str], languages: Sequence[str]) -> dt.date | None:
    """The reading that leaves fewest words unexplained; the earlier language on a tie."""
    best: tuple[int, int, dt.date] | None = None
    for rank, language in enumerate(languages):
        unknown, found = _with_names(tokens, lexicon(language))
        if found and (best is None or (unknown, rank) < best[:2]):
            best = (unknown, rank, found)
    return best[2] if best else None
