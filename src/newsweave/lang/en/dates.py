"""English date words (CLDR month and weekday names come from babel)."""

CAPITALISED = True
NUMERIC_ORDER = "MDY"  # 9/13/2023; 13/9/2023 is read day-first since 13 is no month
MONTHS: dict[int, tuple[str, ...]] = {}
ABBREVIATIONS = {6: ("Jun",), 7: ("Jul",), 9: ("Sept", "Sept.", "Sep."), 10: ("Oct.",)}
WEEKDAYS: dict[int, tuple[str, ...]] = {}
# Names and verbs as well as months: a month only next to a day or year, or after
# a month preposition ("in May").
CONTEXT_ONLY = ("March", "May", "June", "April", "August")
MONTH_PREPOSITIONS = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "of",
    "early",
    "late",
    "mid",
    "mid-",
    "last",
    "next",
    "this",
    "before",
    "after",
    "during",
)
JOINERS = ("the", "of")
ORDINALS = ("st", "nd", "rd", "th")
YEAR_SUFFIXES: tuple[str, ...] = ()
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {"day": (), "week": ("week",), "month": ("month",), "year": ("year",)}
UNITS_PLURAL = {
    "day": ("days", "day"),
    "week": ("weeks",),
    "month": ("months",),
    "year": ("years",),
}
RELATIVE = {
    "today": ("day", 0),
    "tonight": ("day", 0),
    "this morning": ("day", 0),
    "this afternoon": ("day", 0),
    "this evening": ("day", 0),
    "yesterday": ("day", -1),
    "the day before yesterday": ("day", -2),
    "tomorrow": ("day", 1),
    "the day after tomorrow": ("day", 2),
    "last night": ("day", -1),
}
SHIFTS = {
    "{n} {units} ago": -1,
    "{n} {units} earlier": -1,
    "in {n} {units}": 1,
    "{n} {units} from now": 1,
    "last {unit}": -1,
    "this {unit}": 0,
    "current {unit}": 0,
    "next {unit}": 1,
    "coming {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "last {weekday}": -1,
    "next {weekday}": 1,
    "this coming {weekday}": 1,
    "coming {weekday}": 1,
}
YEAR_CONTEXT = (
    "in {year}",
    "since {year}",
    "until {year}",
    "by {year}",
    "from {year}",
    "before {year}",
    "after {year}",
    "early {year}",
    "late {year}",
    "mid-{year}",
    "in the year {year}",
    "during {year}",
)
EXACT_CASE: tuple[str, ...] = ()
