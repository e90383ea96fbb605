"""Per-language date vocabulary: CLDR month and weekday names (via babel) merged with
the language data in `newsweave.lang.<iso>.dates`.

The language data module holds plain constants; every one is optional:

    CLDR_LOCALES      locales whose CLDR names to take, e.g. ("nb", "nn"); default (iso,)
    CAPITALISED       month and weekday names are written with a capital (de, en): then
                      the CLDR names and MONTHS/WEEKDAYS forms match only as written
    MONTHS            {1: ("extra form", ...), ...} forms CLDR lacks (inflections)
    WEEKDAYS          {0: (...), ...} Monday = 0; may be phrases ("в среду")
    ABBREVIATIONS     {9: ("sep", "sept"), ...} month abbreviations CLDR lacks
    CONTEXT_ONLY      forms that are a month/weekday only next to a day number or a year
                      (English "May", French "mars", Russian "среда"); a month also
                      after a MONTH_PREPOSITION
    MONTH_PREPOSITIONS words that make a CONTEXT_ONLY month a month ("in May")
    JOINERS           words allowed inside a full date ("den", "de", "of", "the")
    ORDINALS          day-number suffixes ("st", "nd", "rd", "th", "er")
    YEAR_SUFFIXES     words after a year ("г.", "года", "r.", "roku")
    NUMERIC_ORDER     "DMY" | "MDY": how to read 1/2/2023 (13/9/2023 is day-first
                      either way, since 13 is no month); ISO 2023-09-13 needs no order
    WEEKDAY_COMPOUNDS suffixes that make a weekday compound ("abend": "Mittwochabend")
    NUMBERS           {"two": 2, ...} number words (1-12, inflected)
    UNITS             {"day"|"week"|"month"|"year": ("form", ...)} singular forms, the
                      {unit} slot ("last week", "letztes Jahr")
    UNITS_PLURAL      the same for plural forms; the {units} slot takes both ("2 weeks
                      ago", "a week ago"), {unit} never the plural ("in den letzten
                      Jahren" is no date)
    RELATIVE          {"yesterday": ("day", -1), "this year": ("year", 0), ...}
    SHIFTS            {"{n} {units} ago": -1, "last {unit}": -1, ...}: with {n} the
                      offset is value * n, without it the value is the offset
    WEEKDAY_SHIFTS    {"last {weekday}": -1, "next {weekday}": 1}: -1 strictly before,
                      +1 strictly after, 0 on or before the publication date
    YEAR_CONTEXT      ("in {year}", "im Jahr {year}", ...): where a bare number is a year
    NOT_DATES         phrases that hold a date word but are no date ("ve středu města":
                      in the city centre); they win over shorter candidates and vanish
    EXACT_CASE        forms and templates that match only as written ("morgen")
    FUTURE_CUES       words that put a sentence in the future ("will", "wird", "vil"):
                      a weekday, month, quarter or season without a year, or "the
                      weekend", is then read forward from the publication date
    PAST_CUES         words that put it in the past ("was", "sagte", "var"); the cue
                      nearest the expression in its sentence wins; none: no cue
    PAST_SUFFIXES     endings of regular past-tense verbs that are past cues too
                      (English "-ed": "closed", "rose"), on words of 5 letters or more
    QUARTERS          templates of a quarter: {quarter} is a QUARTER_ORDINALS word or
                      a digit 1-4 ("the {quarter} quarter", "{quarter}. Quartal"); "Q3"
                      is known in every language
    QUARTER_ORDINALS  {"first": 1, ..., "fourth": 4}
    SEASONS           {"SP"|"SU"|"FA"|"WI": ("spring", ...)} (TIMEX3 codes); a form in
                      CONTEXT_ONLY ("fall") is a season only with its year
    DECADES           templates of a decade: {decade} 1990, {tens} 90 ("the
                      {decade}s", "{tens}er-Jahre", "{decade}'erne")
    CLOCK             templates of a clock time: {clock} 14:30, {hour} 14 ("{clock}
                      Uhr", "kl. {clock}"); a time with a zone ("14:30 UTC") needs none
    RANGE_WORDS       words between the two ends of a range ("to", "bis", "til");
                      dashes need none
    RANGE_PAIRS       {"between": ("and",)}: a joiner allowed only after its opener
    OF_YEAR           words between a period and its year ("of": "the first quarter of
                      2009", "October of next year")
    ANAPHORS          {"the previous year": ("year", -1), "{n} {units} earlier": ("", -1)}:
                      counted from the story's reference time (the time the text last
                      named, else the publication date), not from the publication date
                      (see `anchor`); templates as in SHIFTS, unit "" from {units}
    SAME_PERIODS      {"the same period": "period", "the same month": "month", ...}: the
                      period the text last named, joined with a year phrase after it
                      ("the same period last year", "the same month a year ago")
    SAME_JOINERS      words between such a phrase and its year ("of", "of the", "in")
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from newsweave.dates.regex import key
from newsweave.lang import data

# The constants a `newsweave.lang.<iso>.dates` module may define (see the module doc).
SCHEMA = frozenset(
    {
        "CLDR_LOCALES",
        "CAPITALISED",
        "MONTHS",
        "WEEKDAYS",
        "ABBREVIATIONS",
        "CONTEXT_ONLY",
        "MONTH_PREPOSITIONS",
        "JOINERS",
        "ORDINALS",
        "YEAR_SUFFIXES",
        "NUMERIC_ORDER",
        "WEEKDAY_COMPOUNDS",
        "NUMBERS",
        "UNITS",
        "UNITS_PLURAL",
        "RELATIVE",
        "SHIFTS",
        "WEEKDAY_SHIFTS",
        "YEAR_CONTEXT",
        "NOT_DATES",
        "EXACT_CASE",
        "FUTURE_CUES",
        "PAST_CUES",
        "PAST_SUFFIXES",
        "QUARTERS",
        "QUARTER_ORDINALS",
        "SEASONS",
        "DECADES",
        "CLOCK",
        "RANGE_WORDS",
        "RANGE_PAIRS",
        "OF_YEAR",
        "ANAPHORS",
        "SAME_PERIODS",
        "SAME_JOINERS",
    }
)


@dataclass(frozen=True)
class Lexicon:
    """Everything the finder and the parser need to know about one language."""

    language: str
    months: dict[str, int]  # key -> 1..12, every form
    month_free: frozenset[str]  # keys that are a month on their own
    month_prep: frozenset[str]  # keys that are a month after a MONTH_PREPOSITION
    weekdays: dict[str, int]  # key -> 0..6 (Monday = 0), every form incl. abbreviations
    weekday_full: frozenset[str]  # keys of full names (no abbreviations)
    weekday_free: frozenset[str]  # keys that are a weekday on their own
    exact: frozenset[str]  # forms matched only as written
    month_prepositions: tuple[str, ...]
    joiners: tuple[str, ...]
    ordinals: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    numeric_order: str
    numbers: dict[str, int]
    units: dict[str, str]  # key -> "day" | "week" | "month" | "year", every form
    units_singular: frozenset[str]
    relative: dict[str, tuple[str, int]]
    shifts: dict[str, int]
    weekday_shifts: dict[str, int]
    year_context: tuple[str, ...]
    not_dates: tuple[str, ...]
    future_cues: tuple[str, ...] = ()
    past_cues: tuple[str, ...] = ()
    past_suffixes: tuple[str, ...] = ()
    quarters: tuple[str, ...] = ()
    quarter_ordinals: dict[str, int] | None = None  # key -> 1..4
    seasons: dict[str, str] | None = None  # key -> SP | SU | FA | WI, every form
    season_free: frozenset[str] = frozenset()  # keys that are a season on their own
    decades: tuple[str, ...] = ()
    clock: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    range_pairs: dict[str, tuple[str, ...]] | None = None  # opener key -> joiners
    of_year: tuple[str, ...] = ()
    anaphors: dict[str, tuple[str, int]] | None = None  # template -> (unit or "", offset)
    same_periods: dict[str, str] | None = None  # key -> period, day, week, month, quarter
    same_joiners: tuple[str, ...] = ()

    def forms(self, keys: frozenset[str] | set[str]) -> tuple[set[str], set[str]]:
        """Split listed forms into (case-insensitive, exact) for `regex.words`."""
        return {k for k in keys if k not in self._exact_keys}, {
            f for f in self.exact if key(f) in keys
        }

    @property
    def _exact_keys(self) -> frozenset[str]:
        return frozenset(key(f) for f in self.exact)


Names = dict[int, set[str]]


def _cldr(locale: str) -> tuple[Names, Names, Names, Names]:
    """Month names (wide, abbreviated) and weekday names (wide, abbreviated) of a locale."""
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return {}, {}, {}, {}
    wide: Names = {}
    abbr: Names = {}
    days: Names = {}
    short: Names = {}
    for context in ("format", "stand-alone"):
        for n, name in get_month_names("wide", context, locale).items():
            wide.setdefault(n, set()).add(name)
        for n, name in get_month_names("abbreviated", context, locale).items():
            abbr.setdefault(n, set()).update({name, name.rstrip(".")})
        for n, name in get_day_names("wide", context, locale).items():
            days.setdefault(n, set()).add(name)
        for n, name in get_day_names("abbreviated", context, locale).items():
            short.setdefault(n, set()).update({name, name.rstrip(".")})
    return wide, abbr, days, short


@lru_cache(maxsize=64)
def lexicon(language: str) -> Lexicon:
    """The date vocabulary of `language` (CLDR names alone when it has no date data)."""
    mod = data(language, "dates") if language else None

    def g(name: str, default: Any) -> Any:
        return getattr(mod, name, default) if mod is not None else default

    capitalised = bool(g("CAPITALISED", False))
    context_only = {key(f) for f in g("CONTEXT_ONLY", ())}
    exact = set(g("EXACT_CASE", ()))
    months: dict[str, int] = {}
    month_full: set[str] = set()
    weekdays: dict[str, int] = {}
    day_names: dict[str, int] = {}  # full names as written, for compounds

    def add(table: dict[str, int], form: str, n: int, *, replace: bool = True) -> None:
        if replace or key(form) not in table:
            table[key(form)] = n
        if capitalised and form[:1].isupper():
            exact.add(form)

    for locale in g("CLDR_LOCALES", (language,)) if language else ():
        wide, abbr, days, short = _cldr(locale)
        for n, names in abbr.items():
            for name in names:
                add(months, name, n, replace=False)
        for n, names in short.items():
            for name in names:
                add(weekdays, name, n, replace=False)
        for n, names in wide.items():
            for name in names:
                add(months, name, n)
                month_full.add(key(name))
        for n, names in days.items():
            for name in names:
                day_names[name] = n
    for n, forms in g("ABBREVIATIONS", {}).items():
        for form in forms:
            add(months, form, n, replace=False)
    for n, forms in g("MONTHS", {}).items():
        for form in forms:
            add(months, form, n)
            month_full.add(key(form))
    for n, forms in g("WEEKDAYS", {}).items():
        for form in forms:
            day_names[form] = n
    for form, n in list(day_names.items()):
        for suffix in g("WEEKDAY_COMPOUNDS", ()):
            day_names[form + suffix] = n
    for form, n in day_names.items():
        add(weekdays, form, n)
    # Capitalised names also match in capitals ("MAI", "MITTWOCH" in a headline).
    exact |= {f.upper() for f in exact if f[:1].isupper() and len(f) > 2}

    singular = g("UNITS", {})
    units = {
        key(f): unit
        for table in (g("UNITS_PLURAL", {}), singular)
        for unit, forms in table.items()
        for f in forms
    }
    weekday_full = frozenset(key(f) for f in day_names)
    seasons = {key(f): code for code, forms in g("SEASONS", {}).items() for f in forms}
    for code in set(seasons.values()) - {"SP", "SU", "FA", "WI"}:
        raise ValueError(f"newsweave.lang.{language}.dates: unknown season {code!r}")
    for f in (f for forms in g("SEASONS", {}).values() for f in forms):
        if capitalised and f[:1].isupper():
            exact.add(f)
    return Lexicon(
        language=language,
        months=months,
        month_free=frozenset(month_full - context_only),
        month_prep=frozenset(month_full),
        weekdays=weekdays,
        weekday_full=weekday_full,
        weekday_free=frozenset(weekday_full - context_only),
        exact=frozenset(exact),
        month_prepositions=tuple(g("MONTH_PREPOSITIONS", ())),
        joiners=tuple(g("JOINERS", ())),
        ordinals=tuple(g("ORDINALS", ())),
        year_suffixes=tuple(g("YEAR_SUFFIXES", ())),
        numeric_order=str(g("NUMERIC_ORDER", "DMY")),
        numbers={key(k): int(v) for k, v in g("NUMBERS", {}).items()},
        units=units,
        units_singular=frozenset(key(f) for forms in singular.values() for f in forms),
        relative={key(k): (str(v[0]), int(v[1])) for k, v in g("RELATIVE", {}).items()},
        shifts=dict(g("SHIFTS", {})),
        weekday_shifts=dict(g("WEEKDAY_SHIFTS", {})),
        year_context=tuple(g("YEAR_CONTEXT", ())),
        not_dates=tuple(g("NOT_DATES", ())),
        future_cues=tuple(g("FUTURE_CUES", ())),
        past_cues=tuple(g("PAST_CUES", ())),
        past_suffixes=tuple(g("PAST_SUFFIXES", ())),
        quarters=tuple(g("QUARTERS", ())),
        quarter_ordinals={key(k): int(v) for k, v in g("QUARTER_ORDINALS", {}).items()},
        seasons=seasons,
        season_free=frozenset(k for k in seasons if k not in context_only),
        decades=tuple(g("DECADES", ())),
        clock=tuple(g("CLOCK", ())),
        range_words=tuple(g("RANGE_WORDS", ())),
        range_pairs={key(k): tuple(v) for k, v in g("RANGE_PAIRS", {}).items()},
        of_year=tuple(g("OF_YEAR", ())),
        anaphors={str(k): (str(v[0]), int(v[1])) for k, v in g("ANAPHORS", {}).items()},
        same_periods={key(k): str(v) for k, v in g("SAME_PERIODS", {}).items()},
        same_joiners=tuple(g("SAME_JOINERS", ())),
    )
