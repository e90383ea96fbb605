"""Dutch date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {3: ("mrt", "maa"), 9: ("sept",)}
MONTH_PREPOSITIONS = (
    "in",
    "sinds",
    "tot",
    "vanaf",
    "eind",
    "begin",
    "half",
    "medio",
    "midden",
    "eind",
    "per",
)
ORDINALS = ("e", "ste", "de")
NUMBERS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {"day": (), "week": ("week",), "month": ("maand",), "year": ("jaar",)}
UNITS_PLURAL = {
    "day": ("dagen", "dag"),
    "week": ("weken",),
    "month": ("maanden",),
    "year": ("jaar", "jaren"),
}
RELATIVE = {
    "vandaag": ("day", 0),
    "vanochtend": ("day", 0),
    "vanmorgen": ("day", 0),
    "vanmiddag": ("day", 0),
    "vanavond": ("day", 0),
    "vannacht": ("day", 0),
    "gisteren": ("day", -1),
    "gisteravond": ("day", -1),
    "gistermiddag": ("day", -1),
    "gisterochtend": ("day", -1),
    "eergisteren": ("day", -2),
    "morgen": ("day", 1),
    "overmorgen": ("day", 2),
    "vorig jaar": ("year", -1),
    "dit jaar": ("year", 0),
}
SHIFTS = {
    "{n} {units} geleden": -1,
    "over {n} {units}": 1,
    "vorige {unit}": -1,
    "vorig {unit}": -1,
    "afgelopen {unit}": -1,
    "deze {unit}": 0,
    "dit {unit}": 0,
    "volgende {unit}": 1,
    "volgend {unit}": 1,
    "komende {unit}": 1,
    "komend {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "afgelopen {weekday}": -1,
    "vorige {weekday}": -1,
    "komende {weekday}": 1,
    "volgende {weekday}": 1,
}
YEAR_CONTEXT = (
    "in {year}",
    "sinds {year}",
    "tot {year}",
    "vanaf {year}",
    "in het jaar {year}",
    "begin {year}",
    "eind {year}",
    "medio {year}",
    "half {year}",
    "midden {year}",
)
# "morgen" is also the morning.
NOT_DATES = (
    "de morgen",
    "die morgen",
    "deze morgen",
    "elke morgen",
    "iedere morgen",
    "goedemorgen",
    "een morgen",
)

YEAR_CONTEXT = (*YEAR_CONTEXT, "van {year}{end}", "tussen {year}", "na {year}", "voor {year}")
RANGE_WORDS = ("tot", "t/m", "tot en met")
RANGE_PAIRS = {"tussen": ("en",)}
OF_YEAR = ("van",)
DECADES = ("jaren {tens}", "de jaren {tens}", "jaren '{tens}", "jaren ’{tens}", "{decade}s")
QUARTERS = ("{quarter} kwartaal", "het {quarter} kwartaal", "Q{quarter}")
QUARTER_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}
SEASONS = {
    "SP": ("voorjaar", "lente"),
    "SU": ("zomer",),
    "FA": ("najaar", "herfst"),
    "WI": ("winter",),
}
CLOCK = ("{clock} uur", "{hour} uur")
FUTURE_CUES = (
    "zal",
    "zullen",
    "gaat",
    "gaan",
    "wordt verwacht",
    "gepland",
    "tot",
    "volgende",
    "komende",
)
PAST_CUES = (
    "was",
    "waren",
    "had",
    "hadden",
    "werd",
    "werden",
    "zei",
    "heeft",
    "hebben",
    "gisteren",
)

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "de dag ervoor": ("day", -1),
    "de dag daarvoor": ("day", -1),
    "de volgende dag": ("day", 1),
    "de dag erna": ("day", 1),
    "de maand ervoor": ("month", -1),
    "het jaar ervoor": ("year", -1),
    "het jaar daarvoor": ("year", -1),
    "het jaar erna": ("year", 1),
    "{n} {units} eerder": ("", -1),
    "{n} {units} daarvoor": ("", -1),
    "{n} {units} later{end}": ("", 1),
}
SAME_PERIODS = {
    "dezelfde periode": "period",
    "dezelfde maand": "month",
    "hetzelfde kwartaal": "quarter",
    "dezelfde dag": "day",
}
SAME_JOINERS = ("van", "in")
