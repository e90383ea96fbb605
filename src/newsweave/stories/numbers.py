"""Numbers as an article writes them: the value, its scale word, its unit and the noun it
counts, read with the article language's separators and words.

`quantities(text, language)` finds every number in `text` and reads it with the data of
`newsweave.lang.<iso>.numbers`, whose constants are all required (a misspelt or missing
one fails loudly when the language is first read):

    DECIMAL  the decimal separator, "." or ","
    GROUP    the group (thousands) separators, e.g. (".", " ", "\\u00a0"); a group is
             exactly three digits, so "16.08" is no grouped number anywhere
    SCALES   {word: power of ten}: "million": 6, "Milliarden": 9, "mil millones": 9,
             "billón": 12 (multi-word forms allowed; matched case-insensitively)
    UNITS    {unit: (word, ...)}: the language's words for a unit ("dollars", "dólares",
             "procent", "people", "Menschen"); the unit keys are shared by every language
             (USD, EUR, %, km, people, points …) so that units compare across languages
    NOUNS    {concept: (word, ...)}: nouns a number counts, with a concept key shared by
             every language ("loss": "loss", "pérdida", "Verlust" …)
    LINKS    words between a number and its unit or noun ("of", "de", "di", "van")
    PER      words that make a rate of the noun after them ("per", "por", "pro")
    HEDGES   words before a number that make it approximate ("about", "mindestens")
    CLOCK    words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")

The neutral reading, for a language without that module (or none): "." is the decimal
point and "," groups thousands, except that a lone "," followed by other than three
digits is a decimal comma; no scale words, no unit words, no nouns. In every language the
currency symbols and codes and the percent sign below are units, and a lone separator
the language does not use as written ("$0.67" in a Dutch article) is read the neutral way.

What a number is counted as:
- `unit`: a unit word or symbol before or after it ("$10.2 billion", "10,2 miliardi di
  dollari", "3,76%"), with "per <noun>" after it making a rate ("USD/share");
- `noun`: the counted noun after the number and its unit (directly or after a LINK: "90%
  of GM's bondholders"), or before it when a LINK joins them ("a loss of $381 million");
  a listed noun gives its concept key (equal across languages), another content word a
  crude stem of it in its language (`<iso>:<first letters>`), equal within a language only;
- `approximate`: a HEDGE before it; `in_range`: one end of "60-80" or "60/80";
- `clock`: a time of day ("16:08", read as 16.08 like "16.08 uur"); `year`: four digits
  from 1900 to 2100 with no unit or scale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from newsweave.lang import data, stop_words

# Units written as symbols or ISO codes: the same in every language.
SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "₽": "RUB",
    "RUB": "RUB",
    "₴": "UAH",
    "UAH": "UAH",
    "CHF": "CHF",
    "R$": "BRL",
    "BRL": "BRL",
    "DKK": "DKK",
    "SEK": "SEK",
    "NOK": "NOK",
    "PLN": "PLN",
    "CZK": "CZK",
    "%": "%",
    "‰": "‰",
}
# The constants every `newsweave.lang.<iso>.numbers` module defines (see the module doc).
CONSTANTS = frozenset(
    {"DECIMAL", "GROUP", "SCALES", "UNITS", "NOUNS", "LINKS", "PER", "HEDGES", "CLOCK"}
)
STEM = 5  # letters of a content word kept as its noun key
MIN_NOUN = 3  # shorter words are no counted noun
YEARS = (1900, 2100)
_SEPARATORS = ".,'\u00a0\u202f "
_RUN = re.compile(r"(?<![\w.,])\d+(?:[.,'\u00a0\u202f ]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_CLOCK = re.compile(r":([0-5]\d)(?!\d)")
_RANGE_AFTER = re.compile(r"\s?[-–—/]\s?\d")
_RANGE_BEFORE = re.compile(r"\d\s?[-–—/]\s?$")
_SYMBOL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
    + r")\s?$"
)


@dataclass(frozen=True)
class NumberData:
    """One language's number data (the neutral reading where it has none)."""

    decimal: str
    group: frozenset[str]
    scales: re.Pattern[str] | None
    scale_of: dict[str, int]
    units: re.Pattern[str]
    unit_of: dict[str, str]
    nouns: re.Pattern[str] | None
    noun_of: dict[str, str]
    links: frozenset[str]
    per: frozenset[str]
    hedges: re.Pattern[str] | None
    clock_after: re.Pattern[str] | None
    clock_before: re.Pattern[str] | None
    stop: frozenset[str]
    capitalised_nouns: bool
    language: str
    neutral: bool  # no number data: the separators are read from each number's shape


@dataclass(frozen=True)
class Quantity:
    """One number as written, read."""

    start: int  # the number's first digit (or the unit symbol before it)
    end: int  # after its scale word and unit
    written: str  # text[start:end]: "$10.2 billion", "10,2 miliardi di dollari"
    number: Decimal  # the digits read: 10.2
    scale: int  # power of ten of the scale word: 9
    unit: str | None  # "USD", "%", "people", "USD/share" …
    noun: str | None  # "loss" (a concept), "en:bondh" (a stem), or None
    decimals: int  # digits written after the decimal separator
    approximate: bool = False
    in_range: bool = False
    clock: bool = False

    @property
    def value(self) -> Decimal:
        """The full value: 10.2 billion -> 10200000000."""
        return self.number.scaleb(self.scale)

    @property
    def year(self) -> bool:
        return (
            self.scale == 0
            and self.unit is None
            and self.decimals == 0
            and YEARS[0] <= self.number <= YEARS[1]
            and self.number == int(self.number)
            and len(self.written.strip()) == 4
        )

    @property
    def quantum(self) -> Decimal:
        """Half the step of the last written digit: "6 billion" stands for 5.5–6.5 billion
        at most, "5.98 billion" for 5.975–5.985 billion."""
        return Decimal(5).scaleb(self.scale - self.decimals - 1)

    def agrees(self, other: Quantity) -> bool:
        """The two values are one when written to the coarser precision of the two."""
        return abs(self.value - other.value) <= max(self.quantum, other.quantum)

    @property
    def magnitude(self) -> int:
        """Thousands class of the value: 0 below 1,000, 1 below a million, 2, 3 …"""
        v = abs(self.value)
        n = 0
        while v >= 1000:
            v /= 1000
            n += 1
        return n


def _alternation(forms: list[str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    body = "|".join(
        r"\s+".join(re.escape(part) for part in f.split())
        for f in sorted(set(forms), key=len, reverse=True)
    )
    return re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE)


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())


@lru_cache(maxsize=64)
def number_data(language: str | None) -> NumberData:
    """The number data of `language`; the neutral reading where it has none."""
    mod = data(language, "numbers")
    if mod is None:
        decimal, group = ".", (",",)
        scales: dict[str, int] = {}
        units: dict[str, tuple[str, ...]] = {}
        nouns: dict[str, tuple[str, ...]] = {}
        links: tuple[str, ...] = ()
        per: tuple[str, ...] = ()
        hedges: tuple[str, ...] = ()
        clock: tuple[str, ...] = ()
    else:
        decimal, group = mod.DECIMAL, mod.GROUP
        scales, units, nouns = mod.SCALES, mod.UNITS, mod.NOUNS
        links, per, hedges, clock = mod.LINKS, mod.PER, mod.HEDGES, mod.CLOCK
    unit_of = {_fold(form): unit for unit, forms in units.items() for form in forms}
    unit_of.update({_fold(s): u for s, u in SYMBOLS.items()})
    noun_of = {_fold(form): concept for concept, forms in nouns.items() for form in forms}
    return NumberData(
        decimal=decimal,
        group=frozenset(group),
        scales=_alternation(list(scales)),
        scale_of={_fold(k): v for k, v in scales.items()},
        units=_alternation([*(f for forms in units.values() for f in forms), *SYMBOLS])
        or re.compile(r"(?!)"),
        unit_of=unit_of,
        nouns=_alternation([f for forms in nouns.values() for f in forms]),
        noun_of=noun_of,
        links=frozenset(_fold(w) for w in links),
        per=frozenset(_fold(w) for w in per),
        hedges=_alternation(list(hedges)),
        clock_after=_alternation(list(clock)),
        clock_before=(
            re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, clock))})\s*$", re.IGNORECASE)
            if clock
            else None
        ),
        stop=stop_words(language),
        capitalised_nouns=bool(getattr(data(language, "sentences"), "CAPITALISED_NOUNS", False)),
        language=language or "und",
        neutral=mod is None,
    )


def read_digits(run: str, nd: NumberData) -> tuple[str, Decimal, int]:
    """The longest prefix of a digit run that is one number, its value and its decimals:
    with "," as the decimal separator "1.234,5" -> 1234.5; with "." -> "1,234.5" -> 1234.5;
    "16.08" (no valid group) -> 16.08 whatever the language."""
    if nd.neutral and "." in run and "," in run:  # "1.234,5" / "1,234.5": the last is decimal
        last = max(run.rfind("."), run.rfind(","))
        decimal = run[last]
        group = frozenset({"." if decimal == "," else ","})
        nd = NumberData(**{**nd.__dict__, "decimal": decimal, "group": group})
    parts = re.split(r"([.,'\u00a0\u202f ])", run)
    digits = [parts[0]]
    used = parts[0]
    decimals = ""
    grouped = False
    for i in range(1, len(parts) - 1, 2):
        sep, group = parts[i], parts[i + 1]
        if sep == nd.decimal and not (
            sep in nd.group and len(group) == 3 and len(digits[0]) <= 3  # neutral ","
        ):
            decimals = group
            used += sep + group
            break
        if sep in nd.group and len(group) == 3 and len(digits[0]) <= 3:
            digits.append(group)
            grouped = True
            used += sep + group
            continue
        if sep in ".," and not grouped and len(group) != 3:  # a foreign decimal point
            decimals = group
            used += sep + group
        break
    number = Decimal("".join(digits) + ("." + decimals if decimals else ""))
    return used, number, len(decimals)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\u202f":
        pos += 1
    return pos


def _match_at(pattern: re.Pattern[str] | None, text: str, pos: int) -> re.Match[str] | None:
    return pattern.match(text, pos) if pattern is not None else None


def _noun_at(text: str, pos: int, nd: NumberData, *, direct: bool) -> str | None:
    """The counted noun at `pos`: a listed noun, or a content word right there (`direct`)
    or after a LINK ("of GM's bondholders": function words and names after the LINK are
    passed over); None when there is none."""
    linked = False
    for _ in range(6):
        pos = _skip_space(text, pos)
        if m := _match_at(nd.nouns, text, pos):
            return nd.noun_of[_fold(m.group())]
        w = _WORD.match(text, pos)
        if w is None:
            return None
        word = w.group().rstrip(".")
        low = word.casefold()
        pos = w.end()
        if low in nd.links:
            linked = True
            continue
        name = word[:1].isupper() and not nd.capitalised_nouns
        if linked and (low in nd.stop or name or low.endswith(("'s", "’s"))):
            continue
        content = len(word) >= MIN_NOUN and low not in nd.stop and not name and not nd.neutral
        if (direct or linked) and content:
            return f"{nd.language}:{low[:STEM]}"
        return None
    return None


def _noun_before(text: str, start: int, nd: NumberData) -> str | None:
    """ "a loss of $381 million": the noun a LINK joins to the number from before."""
    words = list(_WORD.finditer(text[max(0, start - 60) : start]))
    if len(words) < 2 or text[max(0, start - 60) + words[-1].end() : start].strip(" $€£¥"):
        return None
    if words[-1].group().casefold() not in nd.links:
        return None
    before = words[-2].group()
    low = _fold(before)
    if low in nd.noun_of:
        return nd.noun_of[low]
    return None


def quantities(text: str, language: str | None) -> list[Quantity]:
    """Every number in `text`, read (see the module doc)."""
    nd = number_data(language)
    out: list[Quantity] = []
    at = 0
    while match := _RUN.search(text, at):
        run = match.group()
        if not run.isascii():
            run = "".join(c if not c.isdigit() else str(int(c)) for c in run)
        used, number, decimals = read_digits(run, nd)
        start, end = match.start(), match.start() + len(used)
        at = end
        if end < len(text) and (text[end].isalpha() and not _attached_scale(text, end, nd)):
            continue  # "4G", "1st", "B52" are names, not quantities
        before = text[max(0, start - 6) : start]
        clock = bool(m := _CLOCK.match(text, end)) and decimals == 0 and number < 24
        if clock and m:  # "16:08" reads as 16.08, as "16.08 uur" does
            number, decimals = number + Decimal(m.group(1)) / 100, 2
            end = at = m.end()
        elif number < 24 and decimals in (0, 2):  # "16.08 uur", "kl. 16.08"
            clock = bool(
                _match_at(nd.clock_after, text, _skip_space(text, end))
                or (nd.clock_before and nd.clock_before.search(text, max(0, start - 12), start))
            )
        in_range = bool(_RANGE_AFTER.match(text, end)) or bool(_RANGE_BEFORE.search(before))
        unit = None
        if sym := _SYMBOL_BEFORE.search(before):
            unit = SYMBOLS[sym.group().strip()]
            start = start - len(sym.group())
        pos = end
        scale = 0
        if m := _match_at(nd.scales, text, _skip_space(text, pos)):
            scale = nd.scale_of[_fold(m.group())]
            pos = m.end()
        after = _skip_space(text, pos)
        link = _WORD.match(text, after)
        probe = after
        if link and link.group().casefold() in nd.links:  # "10,2 miliardi di dollari"
            probe = _skip_space(text, link.end())
        if m := _match_at(nd.units, text, after) or _match_at(nd.units, text, probe):
            if unit is None:
                unit = nd.unit_of[_fold(m.group())]
            pos = m.end()
        noun = None
        p = _skip_space(text, pos)
        per = _WORD.match(text, p)
        if unit is not None and per and per.group().casefold() in nd.per:  # "$0.67 per share"
            rate = _noun_at(text, per.end(), nd, direct=True)
            if rate is not None:
                unit = f"{unit}/{rate}"
                word = _WORD.match(text, _skip_space(text, per.end()))
                if word is not None:
                    pos = word.end() - word.group().endswith(".")
        else:  # "a loss of $6 billion in the first quarter": the listed noun before wins
            noun = _noun_before(text, start, nd) if unit is not None else None
            noun = noun or _noun_at(text, pos, nd, direct=unit is None)
        hedge = _hedged(text, start, nd)
        out.append(
            Quantity(
                start=start,
                end=pos,
                written=text[start:pos],
                number=number,
                scale=scale,
                unit=unit,
                noun=noun,
                decimals=decimals,
                approximate=hedge,
                in_range=in_range,
                clock=clock,
            )
        )
    return out


def _attached_scale(text: str, pos: int, nd: NumberData) -> bool:
    """ "$5bn", "3%": a scale or unit written against the digits."""
    return bool(_match_at(nd.scales, text, pos) or _match_at(nd.units, text, pos))


def _hedged(text: str, start: int, nd: NumberData) -> bool:
    if nd.hedges is None:
        return False
    window = text[max(0, start - 30) : start].rstrip()
    for m in nd.hedges.finditer(window):
        if m.end() == len(window) and (m.start() == 0 or not window[m.start() - 1].isalnum()):
            return True
    return False
