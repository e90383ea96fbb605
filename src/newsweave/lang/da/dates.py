"""Danish date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("sept", "sept.")}
# "i onsdags" (last Wednesday), "onsdagen", "onsdagens".
WEEKDAYS = {
    0: ("mandags", "mandagen"),
    1: ("tirsdags", "tirsdagen"),
    2: ("onsdags", "onsdagen"),
    3: ("torsdags", "torsdagen"),
    4: ("fredags", "fredagen"),
    5: ("lørdags", "lørdagen"),
    6: ("søndags", "søndagen"),
}
CONTEXT_ONLY = ("mandags", "tirsdags", "onsdags", "torsdags", "fredags", "lørdags", "søndags")
MONTH_PREPOSITIONS = (
    "i",
    "fra",
    "siden",
    "til",
    "først i",
    "sidst i",
    "midt i",
    "primo",
    "ultimo",
    "medio",
    "i løbet af",
    "mellem",
)
JOINERS = ("den",)
NUMBERS = {
    "en": 1,
    "et": 1,
    "én": 1,
    "ét": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "et par": 2,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("uge", "ugen"),
    "weekend": ("weekend", "weekenden"),
    "quarter": ("kvartal",),
    "month": ("måned", "måneden"),
    "year": ("år", "året"),
}
UNITS_PLURAL = {
    "day": ("dage", "dagene", "dag", "dagen"),
    "week": ("uger", "ugerne"),
    "month": ("måneder", "månederne"),
    "year": ("år", "årene"),
}
RELATIVE = {
    "i dag": ("day", 0),
    "i aften": ("day", 0),
    "i nat": ("day", 0),
    "i morges": ("day", 0),
    "i eftermiddag": ("day", 0),
    "i går": ("day", -1),
    "i går aftes": ("day", -1),
    "i aftes": ("day", -1),
    "i forgårs": ("day", -2),
    "i morgen": ("day", 1),
    "i overmorgen": ("day", 2),
    "i år": ("year", 0),
    "i fjor": ("year", -1),
    "sidste år": ("year", -1),
    "i weekenden": ("weekend", 0),
    "weekenden": ("weekend", 0),
}
SHIFTS = {
    "for {n} {units} siden": -1,
    "{n} {units} siden": -1,
    "om {n} {units}": 1,
    "sidste {unit}": -1,
    "i sidste {unit}": -1,
    "forrige {unit}": -1,
    "i forrige {unit}": -1,
    "denne {unit}": 0,
    "dette {unit}": 0,
    "i denne {unit}": 0,
    "næste {unit}": 1,
    "i næste {unit}": 1,
    "kommende {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "i {weekday}": -1,  # "i onsdags"
    "sidste {weekday}": -1,
    "forrige {weekday}": -1,
    "næste {weekday}": 1,
    "på {weekday}": 1,
    "nu på {weekday}": 1,
    "kommende {weekday}": 1,
}
YEAR_CONTEXT = (
    "i {year}",
    "i året {year}",
    "siden {year}",
    "fra {year}",
    "inden {year}",
    "før {year}",
    "efter {year}",
    "i løbet af {year}",
    "primo {year}",
    "ultimo {year}",
    "medio {year}",
    "året {year}",
    "til og med {year}",
)
QUARTERS = ("{quarter} kvartal", "{quarter}. kvartal", "i {quarter} kvartal", "Q{quarter}")
QUARTER_ORDINALS = {"første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4, "sidste": 4}
SEASONS = {
    "SP": ("forår", "foråret", "forårets"),
    "SU": ("sommer", "sommeren", "sommerens"),
    "FA": ("efterår", "efteråret", "efterårets"),
    "WI": ("vinter", "vinteren", "vinterens"),
}
# "sommer", "vinter" are also plain nouns in compounds' place ("en lang vinter"): they are
# seasons all the same; "1990'erne", "90'erne", "1990erne"
DECADES = (
    "{decade}'erne",
    "{decade}erne",
    "{decade}'ernes",
    "{decade}ernes",
    "{tens}'erne",
    "{tens}erne",
    "{tens}'ernes",
)
CLOCK = ("kl. {clock}", "klokken {clock}", "kl. {hour}", "klokken {hour}")
RANGE_WORDS = ("til",)
RANGE_PAIRS = {"mellem": ("og",)}
OF_YEAR = ("i",)
FUTURE_CUES = (
    "vil",
    "skal",
    "kommer til at",
    "bliver",
    "planlægger",
    "forventes",
    "ventes",
    "indtil",
    "frem til",
)
PAST_CUES = (
    "var",
    "havde",
    "blev",
    "sagde",
    "mødtes",
    "fortalte",
    "i går",
    "siden",
    "tidligere",
)

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them: "året før" after "sidste år" is the year before that.
ANAPHORS = {
    "dagen før{end}": ("day", -1),
    "dagen inden{end}": ("day", -1),
    "dagen efter{end}": ("day", 1),
    "den følgende dag": ("day", 1),
    "ugen før{end}": ("week", -1),
    "måneden før{end}": ("month", -1),
    "året før{end}": ("year", -1),
    "året forinden": ("year", -1),
    "det foregående år": ("year", -1),
    "året efter{end}": ("year", 1),
    "{n} {units} tidligere": ("", -1),
    "{n} {units} før{end}": ("", -1),
    "{n} {units} senere": ("", 1),
}
SAME_PERIODS = {
    "samme periode": "period",
    "samme måned": "month",
    "samme kvartal": "quarter",
    "samme dag": "day",
}
SAME_JOINERS = ("i",)
