"""English date words (CLDR month and weekday names come from babel)."""

CAPITALISED = True
NUMERIC_ORDER = "MDY"  # 9/13/2023; 13/9/2023 is read day-first since 13 is no month
MONTHS: dict[int, tuple[str, ...]] = {}
ABBREVIATIONS = {6: ("Jun",), 7: ("Jul",), 9: ("Sept", "Sept.", "Sep."), 10: ("Oct.",)}
WEEKDAYS: dict[int, tuple[str, ...]] = {}
# Names and verbs as well as months: a month only next to a day or year, or after
# a month preposition ("in May").
CONTEXT_ONLY = ("March", "May", "June", "April", "August", "fall")
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
    "between",
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
UNITS = {
    "day": (),
    "week": ("week",),
    "weekend": ("weekend",),
    "month": ("month",),
    "quarter": ("quarter",),
    "year": ("year",),
    "decade": ("decade",),
}
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
    "the weekend": ("weekend", 0),
}
SHIFTS = {
    "{n} {units} ago": -1,
    "in {n} {units}": 1,
    "{n} {units} from now": 1,
    "last {unit}": -1,
    "this {unit}": 0,
    "current {unit}": 0,
    "next {unit}": 1,
    "coming {unit}": 1,
}
# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them: "cut costs last year, more than the year previous".
ANAPHORS = {
    "the previous day": ("day", -1),
    "the day before{end}": ("day", -1),
    "the following day": ("day", 1),
    "the next day": ("day", 1),
    "the day after{end}": ("day", 1),
    "the previous week": ("week", -1),
    "the week before{end}": ("week", -1),
    "the following week": ("week", 1),
    "the previous month": ("month", -1),
    "the month before{end}": ("month", -1),
    "the following month": ("month", 1),
    "the previous quarter": ("quarter", -1),
    "the prior quarter": ("quarter", -1),
    "the previous year": ("year", -1),
    "the prior year": ("year", -1),
    "the year before{end}": ("year", -1),
    "the year previous{end}": ("year", -1),
    "the year earlier{end}": ("year", -1),
    "the following year": ("year", 1),
    "{n} {units} earlier": ("", -1),
    "{n} {units} before{end}": ("", -1),
    "{n} {units} later{end}": ("", 1),
}
SAME_PERIODS = {
    "the same period": "period",
    "the corresponding period": "period",
    "the same month": "month",
    "the same quarter": "quarter",
    "the same week": "week",
    "the same day": "day",
    "that same day": "day",
}
SAME_JOINERS = ("of", "of the", "in", "from")
WEEKDAY_SHIFTS = {
    "last {weekday}": -1,
    "next {weekday}": 1,
    "this coming {weekday}": 1,
    "coming {weekday}": 1,
}
# Prepositions and determiners before a year stay out of its span, as TimeML annotates
# English ("in 2009" -> "2009"); "early", "late", "mid-" are part of it.
YEAR_CONTEXT = (
    "[in] {year}",
    "[since] {year}",
    "[until] {year}",
    "[till] {year}",
    "[by] {year}",
    "[from] {year}",
    "[before] {year}",
    "[after] {year}",
    "[between] {year}",
    "[through] {year}",
    "[during] {year}",
    "[throughout] {year}",
    "[in] the year {year}",
    "[of] {year}{end}",
    "early {year}",
    "late {year}",
    "mid-{year}",
    "post-{year}",
    "pre-{year}",
    # a year before its noun: "the 1991 agreement", "its 2009 budget"
    "[the] {year}",
    "[its] {year}",
    "[their] {year}",
    "[his] {year}",
    "[her] {year}",
    "[this] {year}",
    "[that] {year}",
)
QUARTERS = ("the {quarter} quarter", "{quarter} quarter", "{quarter}-quarter")
QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}
# "fall" is a verb too: a season only with its year ("fall 2009")
SEASONS = {
    "SP": ("spring", "springtime"),
    "SU": ("summer", "summertime"),
    "FA": ("autumn", "fall"),
    "WI": ("winter", "wintertime"),
}
DECADES = ("{decade}s", "{decade}'s", "[the] {tens}s", "[the '] {tens}s", "[the ’] {tens}s")
CLOCK = (
    "{clock} a.m.",
    "{clock} p.m.",
    "{clock} am",
    "{clock} pm",
    "{hour} a.m.",
    "{hour} p.m.",
    "{hour} am",
    "{hour} pm",
)
RANGE_WORDS = ("to", "until", "till", "through")
RANGE_PAIRS = {"between": ("and",)}
OF_YEAR = ("of",)
# The nearest of these in a sentence sets its tense ("will begin on Wednesday": the
# coming Wednesday; "said on Wednesday ... will": the past one).
FUTURE_CUES = (
    "will",
    "will be",
    "should be",
    "shall be",
    "'ll",
    "’ll",
    "shall",
    "won't",
    "won’t",
    "is to",
    "are to",
    "going to",
    "is expected to",
    "are expected to",
    "is scheduled to",
    "are scheduled to",
    "scheduled for",
    "is set to",
    "are set to",
    "is due to",
    "are due to",
    "plans to",
    "plan to",
    "planned for",
    "until",
    "upcoming",
    "should",
)
PAST_CUES = (
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "announced",
    "reported",
    "ago",
    "earlier",
    "yesterday",
    "met",
    "rose",
    "fell",
    "began",
    "came",
    "went",
    "made",
    "took",
    "gave",
    "held",
    "saw",
    "won",
    "lost",
    "left",
    "sent",
    "paid",
    "sold",
    "hit",
)
PAST_SUFFIXES = ("ed",)
EXACT_CASE: tuple[str, ...] = ()
