"""Italian date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("sett",)}
WEEKDAYS = {0: ("lunedi",), 1: ("martedi",), 2: ("mercoledi",), 3: ("giovedi",), 4: ("venerdi",)}
MONTH_PREPOSITIONS = (
    "a",
    "ad",
    "in",
    "di",
    "da",
    "dal",
    "entro",
    "fino a",
    "a fine",
    "a metà",
    "a inizio",
    "nel mese di",
    "all'inizio di",
    "alla fine di",
    "dall'inizio di",
)
ORDINALS = ("º", "°")
NUMBERS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {"day": (), "week": ("settimana",), "month": ("mese",), "year": ("anno",)}
UNITS_PLURAL = {
    "day": ("giorni", "giorno"),
    "week": ("settimane",),
    "month": ("mesi",),
    "year": ("anni",),
}
RELATIVE = {
    "oggi": ("day", 0),
    "stamattina": ("day", 0),
    "stamani": ("day", 0),
    "stasera": ("day", 0),
    "stanotte": ("day", 0),
    "ieri": ("day", -1),
    "l'altro ieri": ("day", -2),
    "l’altro ieri": ("day", -2),
    "l'altroieri": ("day", -2),
    "altroieri": ("day", -2),
    "domani": ("day", 1),
    "dopodomani": ("day", 2),
    "quest'anno": ("year", 0),
    "quest’anno": ("year", 0),
    "l'anno scorso": ("year", -1),
    "l’anno scorso": ("year", -1),
}
SHIFTS = {
    "{n} {units} fa": -1,
    "tra {n} {units}": 1,
    "fra {n} {units}": 1,
    "{unit} scorso": -1,
    "{unit} scorsa": -1,
    "scorso {unit}": -1,
    "scorsa {unit}": -1,
    "{unit} prossimo": 1,
    "{unit} prossima": 1,
    "prossimo {unit}": 1,
    "prossima {unit}": 1,
    "questo {unit}": 0,
    "questa {unit}": 0,
}
WEEKDAY_SHIFTS = {
    "{weekday} scorso": -1,
    "scorso {weekday}": -1,
    "{weekday} prossimo": 1,
    "prossimo {weekday}": 1,
}
YEAR_CONTEXT = (
    "nel {year}",
    "dal {year}",
    "fino al {year}",
    "entro il {year}",
    "nell'anno {year}",
    "nell’anno {year}",
    "a partire dal {year}",
    "del {year}",
    "alla fine del {year}",
    "all'inizio del {year}",
    "all’inizio del {year}",
)

YEAR_CONTEXT = (*YEAR_CONTEXT, "tra il {year}", "fra il {year}")
RANGE_WORDS = ("al", "a")
RANGE_PAIRS = {"tra": ("e",), "fra": ("e",)}
OF_YEAR = ("del",)
DECADES = ("anni {tens}", "gli anni {tens}", "anni '{tens}", "anni ’{tens}")
QUARTERS = (
    "{quarter} trimestre",
    "il {quarter} trimestre",
    "nel {quarter} trimestre",
    "Q{quarter}",
)
QUARTER_ORDINALS = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "ultimo": 4}
SEASONS = {"SP": ("primavera",), "SU": ("estate",), "FA": ("autunno",), "WI": ("inverno",)}
FUTURE_CUES = (
    "sarà",
    "saranno",
    "si terrà",
    "dovrà",
    "dovranno",
    "previsto",
    "prevista",
    "fino a",
    "prossimo",
    "prossima",
)
PAST_CUES = (
    "era",
    "erano",
    "è stato",
    "è stata",
    "sono stati",
    "aveva",
    "avevano",
    "ha detto",
    "ha annunciato",
    "ieri",
)

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "il giorno prima": ("day", -1),
    "il giorno precedente": ("day", -1),
    "il giorno dopo": ("day", 1),
    "il giorno seguente": ("day", 1),
    "la settimana precedente": ("week", -1),
    "il mese precedente": ("month", -1),
    "del mese precedente": ("month", -1),
    "l'anno precedente": ("year", -1),
    "dell'anno precedente": ("year", -1),
    "l'anno prima": ("year", -1),
    "l'anno dopo": ("year", 1),
    "{n} {units} prima{end}": ("", -1),
    "{n} {units} dopo{end}": ("", 1),
}
# after any article or preposition ("lo", "allo", "nello stesso periodo")
SAME_PERIODS = {
    "stesso periodo": "period",
    "stesso mese": "month",
    "stesso trimestre": "quarter",
    "stesso giorno": "day",
}
