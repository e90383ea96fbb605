"""Compiled patterns per language, built from CLDR names and `newsweave.lang.<iso>.dates`.

Built once per language and process (`functools.lru_cache`), never stored on a stage,
so stages stay small to pickle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsweave.dates.lexicon import Lexicon, lexicon
from newsweave.dates.regex import AFTER, BEFORE, words

# a year is not the start of a compound ("1990-talet" is a decade)
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9]|-[^\W\d_])"
DASH = r"[-‐‑‒–—]"
# Time zones after a clock time ("14:30 UTC"): the same in every language.
ZONES = ("UTC", "GMT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "BST", "EST",
         "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "KST", "AEST", "AEDT")  # fmt: skip
# Templates known in every language: a quarter written "Q3", a clock time with a zone
# ("14:30 UTC", "0800 GMT").
COMMON_QUARTERS = ("Q{quarter}",)
COMMON_CLOCK = ("{clock} {zone}", "{hhmm} {zone}")
SLOT_PATTERNS = {
    "year": YEAR,
    "decade": r"(?:1[0-9]{2}0|20[0-9]0)",
    "tens": r"[0-9]0",
    "clock": r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9])",
    "hhmm": r"(?:[01][0-9]|2[0-3])[0-5][0-9]",
    "hour": r"(?:[01]?[0-9]|2[0-3])(?![0-9])",
    "minute": r"[0-5][0-9](?![0-9])",
    "zone": words((), ZONES),
    # where a phrase ends: "the second-biggest loss of {year}{end}" takes "of 2007." but
    # not "of 2000 people"
    "end": r"(?=\s*(?:[.,;:!?)\]]|$))",
}
NUMERIC = re.compile(
    r"(?<![\w.,/-])(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?:\.\s?|/|-)(?P<b>\d{1,2})(?:\.\s?|/|-)(?P<c>\d{4}))"
    r"(?=T\d|(?!\w|[.,/-]\d))"  # "2023-09-13T10:00" keeps its date
)


def _optional(forms: tuple[str, ...], tail: str = r"\s+") -> str:
    return f"(?:{words(forms)}{tail})?" if forms else ""


def _literal(text: str) -> str:
    return r"\s+".join(re.escape(part) for part in text.split(" "))


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns of one language (built once per process, see `patterns`).

    Each kind of expression has a full pattern, tried only where one of its first words
    stands: `trigger` finds those words in one pass and `index` says which kinds start
    with each (a number of four digits under "#4", any other number under "#"). That
    keeps a 500-word article near a millisecond.
    """

    lex: Lexicon
    kinds: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, pattern tried at a trigger)
    index: dict[str, tuple[int, ...]]
    trigger: re.Pattern[str]
    shift_values: tuple[tuple[int, bool], ...]  # per template: (value, has {n})
    weekday_values: tuple[int, ...]
    tense: re.Pattern[str] | None  # future (group f) and past (group p) cues
    range_joiners: re.Pattern[str]  # the whole gap between two ends of a range
    of_year: re.Pattern[str]  # the whole gap between a period and its year
    year: re.Pattern[str]  # a bare year
    month: re.Pattern[str]  # any month name, also one that needs context ("June")
    anaphor_values: tuple[tuple[str, int, bool], ...] = ()  # per template: unit, value, {n}
    same_gap: re.Pattern[str] | None = None  # the whole gap between "the same period" and its year


_WORD = re.compile(r"\w+")


def _first_key(form: str) -> str:
    """The index key of the word a form or template starts with: its first run of word
    characters, lower case ("l'anno scorso" -> "l", "mid-{year}" -> "mid", "[in]
    {year}" -> "in"), "#" for a digit."""
    m = _WORD.match(form.strip().lstrip("["))
    if not m:
        raise ValueError(f"date form {form!r} must start with a letter, a digit or a slot")
    first = m.group().lower()
    return "#" if first[0].isdigit() else first


def _template_keys(template: str, slot_keys: dict[str, set[str]]) -> set[str]:
    body = _context(template)[1]
    m = re.match(r"\s*\{(\w+)\}", body)
    return slot_keys[m.group(1)] if m and m.group(1) in slot_keys else {_first_key(body)}


def _context(template: str) -> tuple[str, str]:
    """(context, body) of a template: "[in] {year}" -> ("in", "{year}")."""
    text = " ".join(template.split())
    if not text.startswith("["):
        return "", text
    context, bracket, body = text[1:].partition("]")
    if not bracket:
        raise ValueError(f"date template {template!r}: the context bracket is not closed")
    return context.strip(), body.strip()


def _templates(templates: tuple[str, ...], slots: dict[str, str], exact: frozenset[str]) -> str:
    """One alternation of templates; group `t<i>` marks the template, `<slot><i>` a slot.

    A template may start with words in brackets, context that must stand right before
    it (one space apart) but stays out of the span ("[in] {year}": "in 1991" finds
    "1991"); the template is then tried where its span starts, so "in" triggers nothing.
    """
    alternatives = []
    for i, template in sorted(enumerate(templates), key=lambda it: -len(it[1])):
        parts = []
        context, text = _context(template)
        if context:
            words_before = r"\s".join(re.escape(w) for w in context.split(" "))
            space = "" if context[-1] in "'’" else r"\s"  # "[the '] {tens}s": "the '70s"
            parts.append(f"(?<=(?<!\\w){words_before}{space})")
        for piece in re.split(r"(\{\w+\})", text):
            if piece.startswith("{") and piece.endswith("}"):
                name = piece[1:-1]
                if name not in slots:
                    raise ValueError(
                        f"date template {template!r} uses {{{name}}}; known slots are "
                        + ", ".join("{" + s + "}" for s in slots)
                    )
                parts.append(f"(?P<{name}{i}>{slots[name]})")
            elif piece:
                parts.append(_literal(piece))
        body = "".join(parts)
        if template in exact:
            body = f"(?-i:{body})"
        alternatives.append(f"(?P<t{i}>{body})")
    return BEFORE + "(?:" + "|".join(alternatives) + ")" + AFTER


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=32)
def patterns(language: str) -> Patterns:
    """The compiled patterns of `language` ("" for language-independent ones only)."""
    lex = lexicon(language)
    all_months = words(*lex.forms(set(lex.months)))
    all_weekdays = words(*lex.forms(set(lex.weekdays)))
    full_weekdays = words(*lex.forms(set(lex.weekday_full)))
    join = _optional(lex.joiners)
    ordinal = f"(?:\\.|{words(lex.ordinals)})?" if lex.ordinals else r"\.?"
    suffix = f"(?:{words(lex.ordinals)})?" if lex.ordinals else ""
    ysuffix = f"(?:\\s*{words(lex.year_suffixes)})?" if lex.year_suffixes else ""
    lead = f"(?:(?P<w{{k}}>{all_weekdays})\\.?,?\\s+{join})?"
    composite = "|".join(
        [
            lead.format(k="a") + f"(?P<da>\\d{{1,2}}){ordinal}\\s*{join}(?P<ma>{all_months})"
            f"(?:\\.?,?\\s+{join}(?P<ya>{YEAR}){ysuffix})?",
            lead.format(k="b") + f"(?P<mb>{all_months})\\.?\\s+{join}(?P<db>\\d{{1,2}})"
            f"(?!\\d){suffix}(?:,?\\s+(?P<yb>{YEAR}){ysuffix})?",
            f"(?P<mc>{all_months})\\.?,?\\s+{join}(?P<yc>{YEAR}){ysuffix}",
        ]
    )
    prep = _optional(lex.month_prepositions, r"(?:\s+|(?<=-))")
    ordinals = lex.quarter_ordinals or {}
    slots = {
        **SLOT_PATTERNS,
        "n": r"\d{1,3}|" + words(lex.numbers) if lex.numbers else r"\d{1,3}",
        "unit": words(*lex.forms(set(lex.units_singular))),
        "units": words(*lex.forms(set(lex.units))),
        "weekday": full_weekdays,
        "quarter": "[1-4](?![0-9])" + (f"|{words(ordinals)}" if ordinals else ""),
    }
    shifts = tuple(lex.shifts)
    weekday_shifts = tuple(lex.weekday_shifts)
    number_keys = {_first_key(f) for f in lex.numbers} | {"#"}
    slot_keys = {
        "n": number_keys,
        "unit": {_first_key(f) for f in lex.units_singular},
        "units": {_first_key(f) for f in lex.units},
        "weekday": {_first_key(f) for f in lex.weekday_full},
        "quarter": {_first_key(f) for f in ordinals} | {"#"},
        **{name: {"#"} for name in SLOT_PATTERNS},
        # a number of four digits is looked up as "#4", any other as "#"
        **{name: {"#4"} for name in ("year", "decade", "hhmm")},
    }
    month_keys = {_first_key(f) for f in lex.months}
    anaphors = tuple(lex.anaphors or {})
    same = lex.same_periods or {}
    quarters = (*lex.quarters, *COMMON_QUARTERS)
    clock = (*lex.clock, *COMMON_CLOCK)
    seasons = lex.seasons or {}
    range_joiners = [*lex.range_words, *(j for v in (lex.range_pairs or {}).values() for j in v)]
    to = f"\\s*{DASH}\\s*"
    if range_joiners:
        to = f"(?:{to}|\\s+{words(range_joiners)}\\s+)"
    day_range = "|".join(
        [
            f"(?P<d1>\\d{{1,2}}){ordinal}{to}(?P<d2>\\d{{1,2}}){ordinal}\\s*{join}"
            f"(?P<m1>{all_months})(?:\\.?,?\\s+{join}(?P<y1>{YEAR}){ysuffix})?",
            f"(?P<m2>{all_months})\\.?\\s+{join}(?P<e1>\\d{{1,2}})(?!\\d){suffix}{to}"
            f"(?P<e2>\\d{{1,2}})(?!\\d){suffix}(?:,?\\s+(?P<y2>{YEAR}){ysuffix})?",
        ]
    )
    # (kind, pattern, first-word keys); `find` turns a match of each kind into a meaning
    kinds: list[tuple[str, str, set[str]]] = [
        (
            "composite",
            f"(?:{composite})" + AFTER,
            month_keys | {_first_key(f) for f in lex.weekdays} | {"#"},
        ),
        ("numeric", NUMERIC.pattern, {"#", "#4"}),
        (
            "month",
            prep.replace("(?:", "(?P<p>", 1) + f"(?P<m>{all_months})" + AFTER,
            month_keys | {_first_key(f) for f in lex.month_prepositions},
        ),
        ("weekday", words(*lex.forms(lex.weekday_free)) + AFTER, _keys(lex.weekday_free)),
        ("relative", words(*lex.forms(set(lex.relative))) + AFTER, _keys(lex.relative)),
        ("shift", _templates(shifts, slots, lex.exact), _tkeys(shifts, slot_keys)),
        (
            "weekday_shift",
            _templates(weekday_shifts, slots, lex.exact),
            _tkeys(weekday_shifts, slot_keys),
        ),
        (
            "year",
            _templates(lex.year_context, slots, lex.exact),
            _tkeys(lex.year_context, slot_keys),
        ),
        ("blocker", words(*lex.forms(set(lex.not_dates))) + AFTER, _keys(lex.not_dates)),
        ("quarter", _templates(quarters, slots, lex.exact), _tkeys(quarters, slot_keys)),
        ("season", words(*lex.forms(set(seasons))) + AFTER, _keys(seasons)),
        ("decade", _templates(lex.decades, slots, lex.exact), _tkeys(lex.decades, slot_keys)),
        ("clock", _templates(clock, slots, lex.exact), _tkeys(clock, slot_keys)),
        ("day_range", f"(?:{day_range})" + AFTER, month_keys | {"#"}),
        ("anaphor", _templates(anaphors, slots, lex.exact), _tkeys(anaphors, slot_keys)),
        ("same", words(*lex.forms(set(same))) + AFTER, _keys(same)),
    ]
    kinds = [k for k in kinds if k[2]]  # a kind without forms in this language
    index: dict[str, list[int]] = {}
    for i, (_, _, keys) in enumerate(kinds):
        for k in keys:
            index.setdefault(k, []).append(i)
    trigger_words = [k for k in index if not k.startswith("#")]
    # a word may run into a digit ("Q3"); the full patterns say where a date ends
    listed = rf"|{words(trigger_words)}(?![^\W\d_])" if trigger_words else ""
    trigger = BEFORE + r"(?:\d+" + listed + ")"
    return Patterns(
        lex=lex,
        kinds=tuple((kind, _compile(BEFORE + pattern)) for kind, pattern, _ in kinds),
        index={k: tuple(v) for k, v in index.items()},
        trigger=_compile(trigger),
        shift_values=tuple((lex.shifts[t], "{n}" in t) for t in shifts),
        weekday_values=tuple(lex.weekday_shifts[t] for t in weekday_shifts),
        tense=_tense_pattern(lex),
        range_joiners=_range_joiners(lex),
        of_year=_compile(r",?\s+" + _optional(lex.of_year)),
        year=_compile(BEFORE + YEAR),
        month=_compile(BEFORE + f"(?P<m>{all_months})" + AFTER),
        anaphor_values=tuple(
            ((lex.anaphors or {})[t][0], (lex.anaphors or {})[t][1], "{n}" in t) for t in anaphors
        ),
        same_gap=_compile(r"\s+" + _optional(lex.same_joiners)),
    )


def _tense_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """Future (group f) and past (group p) cue words, or None for a language without."""
    alternatives = []
    if lex.future_cues:
        alternatives.append(f"(?P<f>{words(lex.future_cues)})")
    past = [words(lex.past_cues)] if lex.past_cues else []
    past += [rf"\w{{3,}}{re.escape(suffix)}" for suffix in lex.past_suffixes]
    if past:
        alternatives.append(f"(?P<p>{'|'.join(past)})")
    if not alternatives:
        return None
    return _compile(BEFORE + "(?:" + "|".join(alternatives) + ")" + AFTER)


def _range_joiners(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between the two ends of a range: a dash, a RANGE_WORDS word, or
    a RANGE_PAIRS joiner (group `pair`, allowed only after its opener)."""
    alternatives = [rf"\s*{DASH}\s*"]
    if lex.range_words:
        alternatives.append(rf"\s+{words(lex.range_words)}\s+")
    pairs = [j for joiners in (lex.range_pairs or {}).values() for j in joiners]
    if pairs:
        alternatives.append(rf"\s+(?P<pair>{words(pairs)})\s+")
    return _compile("(?:" + "|".join(alternatives) + ")")


def _keys(forms: Iterable[str]) -> set[str]:
    return {_first_key(f) for f in forms}


def _tkeys(templates: Iterable[str], slot_keys: dict[str, set[str]]) -> set[str]:
    return {k for t in templates for k in _template_keys(t, slot_keys)}
