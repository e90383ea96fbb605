"""German date words (CLDR month and weekday names come from babel).

Month and weekday names are nouns, written with a capital: "Mai" is a month, "mai"
is not; "morgen" is tomorrow, "Morgen" the morning (EXACT_CASE).
"""

CAPITALISED = True
NUMERIC_ORDER = "DMY"
MONTHS = {1: ("Jänner",), 2: ("Feber",)}
ABBREVIATIONS = {
    1: ("Jan", "Jän"),
    2: ("Feb",),
    3: ("Mär", "Mrz"),
    4: ("Apr",),
    6: ("Jun",),
    7: ("Jul",),
    8: ("Aug",),
    9: ("Sep", "Sept"),
    10: ("Okt",),
    11: ("Nov",),
    12: ("Dez",),
}
WEEKDAYS = {5: ("Sonnabend",)}
WEEKDAY_COMPOUNDS = ("abend", "morgen", "vormittag", "mittag", "nachmittag", "nacht")
CONTEXT_ONLY = ("August",)  # also a first name
MONTH_PREPOSITIONS = (
    "im",
    "vom",
    "seit",
    "bis",
    "ab",
    "Anfang",
    "Ende",
    "Mitte",
    "zum",
    "bis zum",
    "Monat",
    "letzten",
    "vergangenen",
    "nächsten",
    "zwischen",
)
JOINERS = ("den",)
NUMBERS = {
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einer": 1,
    "einen": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("Woche",),
    "weekend": ("Wochenende",),
    "quarter": ("Quartal",),
    "month": ("Monat",),
    "year": ("Jahr",),
}
UNITS_PLURAL = {
    "day": ("Tage", "Tagen", "Tag"),
    "week": ("Wochen",),
    "month": ("Monate", "Monaten"),
    "year": ("Jahre", "Jahren"),
}
RELATIVE = {
    "heute": ("day", 0),
    "heute Morgen": ("day", 0),
    "heute morgen": ("day", 0),
    "gestern": ("day", -1),
    "gestern Morgen": ("day", -1),
    "gestern morgen": ("day", -1),
    "vorgestern": ("day", -2),
    "morgen": ("day", 1),
    "übermorgen": ("day", 2),
    "heuer": ("year", 0),
    "vergangene Nacht": ("day", 0),
    "letzte Nacht": ("day", 0),
    "am Wochenende": ("weekend", 0),
    "übers Wochenende": ("weekend", 0),
}
SHIFTS = {
    "vor {n} {units}": -1,
    "in {n} {units}": 1,
    "letzte {unit}": -1,
    "letzten {unit}": -1,
    "letztes {unit}": -1,
    "vergangene {unit}": -1,
    "vergangenen {unit}": -1,
    "vergangenes {unit}": -1,
    "vorige {unit}": -1,
    "vorigen {unit}": -1,
    "voriges {unit}": -1,
    "diese {unit}": 0,
    "diesen {unit}": 0,
    "dieses {unit}": 0,
    "in dieser {unit}": 0,
    "laufenden {unit}": 0,
    "nächste {unit}": 1,
    "nächsten {unit}": 1,
    "nächstes {unit}": 1,
    "kommende {unit}": 1,
    "kommenden {unit}": 1,
    "kommendes {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "letzten {weekday}": -1,
    "vergangenen {weekday}": -1,
    "vorigen {weekday}": -1,
    "nächsten {weekday}": 1,
    "kommenden {weekday}": 1,
    "kommende {weekday}": 1,
}
YEAR_CONTEXT = (
    "im Jahr {year}",
    "im Jahre {year}",
    "seit {year}",
    "Anfang {year}",
    "Ende {year}",
    "Mitte {year}",
    "des Jahres {year}",
    "bis zum Jahr {year}",
    "ab dem Jahr {year}",
    "aus dem Jahr {year}",
    "bis Ende {year}",
    "seit dem Jahr {year}",
    "von {year}",
    "vom Jahr {year}",
    "zwischen {year}",
    "bis {year}",
    "nach {year}",
    "vor {year}",
    "um {year}",
)
EXACT_CASE = ("morgen",)
QUARTERS = ("{quarter} Quartal", "im {quarter} Quartal", "{quarter}. Quartal", "Q{quarter}")
QUARTER_ORDINALS = {
    "ersten": 1,
    "erste": 1,
    "erstes": 1,
    "zweiten": 2,
    "zweite": 2,
    "zweites": 2,
    "dritten": 3,
    "dritte": 3,
    "drittes": 3,
    "vierten": 4,
    "vierte": 4,
    "viertes": 4,
    "letzten": 4,
}
SEASONS = {
    "SP": ("Frühling", "Frühjahr", "Frühlings", "Frühjahrs"),
    "SU": ("Sommer", "Sommers"),
    "FA": ("Herbst", "Herbstes"),
    "WI": ("Winter", "Winters"),
}
DECADES = (
    "{decade}er",
    "{decade}er Jahre",
    "{decade}er Jahren",
    "{decade}er-Jahre",
    "{decade}er-Jahren",
    "{tens}er Jahre",
    "{tens}er Jahren",
    "{tens}er-Jahre",
    "{tens}er-Jahren",
)
CLOCK = ("{clock} Uhr", "{hour} Uhr")
RANGE_WORDS = ("bis", "bis zum", "bis Ende")
RANGE_PAIRS = {"zwischen": ("und",)}
OF_YEAR = ("des Jahres",)
FUTURE_CUES = (
    "wird",
    "werden",
    "wirst",
    "werde",
    "soll",
    "sollen",
    "sollte",
    "plant",
    "planen",
    "geplant",
    "bis",
    "künftig",
    "voraussichtlich",
)
PAST_CUES = (
    "war",
    "waren",
    "hatte",
    "hatten",
    "wurde",
    "wurden",
    "hat",
    "haben",
    "sagte",
    "sagten",
    "erklärte",
    "teilte",
    "gestern",
    "damals",
    "zuvor",
    "vergangenen",
)

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them: "Im Vorjahr" after "2009" is 2008.
ANAPHORS = {
    "am Vortag": ("day", -1),
    "am Tag davor": ("day", -1),
    "am Tag zuvor": ("day", -1),
    "am folgenden Tag": ("day", 1),
    "am nächsten Tag": ("day", 1),
    "tags darauf": ("day", 1),
    "in der Vorwoche": ("week", -1),
    "der Vorwoche": ("week", -1),
    "im Vormonat": ("month", -1),
    "des Vormonats": ("month", -1),
    "im Vorquartal": ("quarter", -1),
    "des Vorquartals": ("quarter", -1),
    "im Vorjahr": ("year", -1),
    "des Vorjahres": ("year", -1),
    "des Vorjahrs": ("year", -1),
    "im Jahr davor": ("year", -1),
    "im Jahr zuvor": ("year", -1),
    "im folgenden Jahr": ("year", 1),
    "{n} {units} zuvor": ("", -1),
    "{n} {units} davor": ("", -1),
    "{n} {units} früher": ("", -1),
    "{n} {units} später": ("", 1),
}
# after any article or preposition ("im", "dem", "zum gleichen Zeitraum")
SAME_PERIODS = {
    "selben Zeitraum": "period",
    "gleichen Zeitraum": "period",
    "selben Monat": "month",
    "gleichen Monat": "month",
    "selben Quartal": "quarter",
    "gleichen Quartal": "quarter",
    "selben Tag": "day",
    "gleichen Tag": "day",
}
