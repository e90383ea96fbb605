"""Norwegian date words, Bokmål and Nynorsk (CLDR names of both come from babel)."""

CLDR_LOCALES = ("nb", "nn")
NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("sept", "sept.")}
WEEKDAYS = {
    0: ("mandagen", "måndagen", "mandags"),
    1: ("tirsdagen", "tysdagen", "tirsdags"),
    2: ("onsdagen", "onsdags"),
    3: ("torsdagen", "torsdags"),
    4: ("fredagen", "fredags"),
    5: ("lørdagen", "laurdagen", "lørdags"),
    6: ("søndagen", "søndags"),
}
CONTEXT_ONLY = (
    "mars",  # also the planet
    "mandags",
    "tirsdags",
    "onsdags",
    "torsdags",
    "fredags",
    "lørdags",
    "søndags",
)
MONTH_PREPOSITIONS = (
    "i",
    "fra",
    "frå",
    "siden",
    "sidan",
    "til",
    "innen",
    "i løpet av",
    "i starten av",
    "i slutten av",
    "i midten av",
)
JOINERS = ("den",)
NUMBERS = {
    "en": 1,
    "ei": 1,
    "ett": 1,
    "eitt": 1,
    "ein": 1,
    "én": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "et par": 2,
    "eit par": 2,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("uke", "uka", "uken", "veke", "veka"),
    "month": ("måned", "måneden", "månad", "månaden"),
    "year": ("år", "året"),
}
UNITS_PLURAL = {
    "day": ("dager", "dagar", "dagene", "dagane", "dag", "dagen"),
    "week": ("uker", "ukene", "veker", "vekene"),
    "month": ("måneder", "månedene", "månader", "månadene"),
    "year": ("år", "årene", "åra"),
}
RELATIVE = {
    "i dag": ("day", 0),
    "i kveld": ("day", 0),
    "i natt": ("day", 0),
    "i morges": ("day", 0),
    "i går": ("day", -1),
    "i går kveld": ("day", -1),
    "i forgårs": ("day", -2),
    "i førgår": ("day", -2),
    "i morgen": ("day", 1),
    "i morgon": ("day", 1),
    "i overmorgen": ("day", 2),
    "i overmorgon": ("day", 2),
    "i år": ("year", 0),
    "i fjor": ("year", -1),
}
SHIFTS = {
    "for {n} {units} siden": -1,
    "for {n} {units} sidan": -1,
    "om {n} {units}": 1,
    "forrige {unit}": -1,
    "førre {unit}": -1,
    "i forrige {unit}": -1,
    "sist {unit}": -1,
    "denne {unit}": 0,
    "dette {unit}": 0,
    "neste {unit}": 1,
    "kommende {unit}": 1,
    "komande {unit}": 1,
}
# "på mandag" is past or future in Norwegian, so it takes the default (on or before).
WEEKDAY_SHIFTS = {
    "forrige {weekday}": -1,
    "førre {weekday}": -1,
    "sist {weekday}": -1,
    "neste {weekday}": 1,
    "kommende {weekday}": 1,
    "komande {weekday}": 1,
}
YEAR_CONTEXT = (
    "i {year}",
    "i året {year}",
    "året {year}",
    "siden {year}",
    "sidan {year}",
    "fra {year}",
    "frå {year}",
    "innen {year}",
    "før {year}",
    "etter {year}",
    "i løpet av {year}",
)

YEAR_CONTEXT = (*YEAR_CONTEXT, "mellom {year}")
RANGE_WORDS = ("til",)
RANGE_PAIRS = {"mellom": ("og",)}
DECADES = ("{decade}-tallet", "{tens}-tallet", "{decade}-tallets", "{tens}-tallets")
QUARTERS = ("{quarter} kvartal", "{quarter}. kvartal", "Q{quarter}")
QUARTER_ORDINALS = {"første": 1, "fyrste": 1, "andre": 2, "tredje": 3, "fjerde": 4, "siste": 4}
SEASONS = {
    "SP": ("våren", "vår"),
    "SU": ("sommeren",),
    "FA": ("høsten", "høst"),
    "WI": ("vinteren",),
}
CLOCK = ("kl. {clock}", "klokka {clock}", "klokken {clock}", "kl. {hour}")
FUTURE_CUES = (
    "vil",
    "skal",
    "kommer til å",
    "planlegger",
    "ventes",
    "forventes",
    "fram til",
    "frem til",
    "neste",
)
PAST_CUES = ("var", "hadde", "ble", "vart", "sa", "sade", "i går", "tidligere")
# "vår" is also "our": the spring only with its year ("våren 2009" needs none)
CONTEXT_ONLY = (*CONTEXT_ONLY, "vår")

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "dagen før{end}": ("day", -1),
    "dagen etter{end}": ("day", 1),
    "måneden før{end}": ("month", -1),
    "året før{end}": ("year", -1),
    "året etter{end}": ("year", 1),
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
