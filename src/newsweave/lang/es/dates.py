"""Spanish date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("sept", "set")}
WEEKDAYS = {2: ("miercoles",), 5: ("sabado",)}
MONTH_PREPOSITIONS = (
    "en",
    "desde",
    "hasta",
    "de",
    "a finales de",
    "a principios de",
    "a mediados de",
    "a partir de",
    "el mes de",
)
JOINERS = ("de", "del")
ORDINALS = ("º", "°", "o")
NUMBERS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {"day": (), "week": ("semana",), "month": ("mes",), "year": ("año",)}
UNITS_PLURAL = {
    "day": ("días", "día"),
    "week": ("semanas",),
    "month": ("meses",),
    "year": ("años",),
}
RELATIVE = {
    "hoy": ("day", 0),
    "esta mañana": ("day", 0),
    "esta tarde": ("day", 0),
    "esta noche": ("day", 0),
    "ayer": ("day", -1),
    "anoche": ("day", -1),
    "anteayer": ("day", -2),
    "antes de ayer": ("day", -2),
    "antier": ("day", -2),
    "mañana": ("day", 1),
    "pasado mañana": ("day", 2),
    "mañana por la mañana": ("day", 1),
}
SHIFTS = {
    "hace {n} {units}": -1,
    "dentro de {n} {units}": 1,
    "{unit} pasado": -1,
    "{unit} pasada": -1,
    "{unit} que viene": 1,
    "{unit} próximo": 1,
    "{unit} próxima": 1,
    "próximo {unit}": 1,
    "próxima {unit}": 1,
    "este {unit}": 0,
    "esta {unit}": 0,
}
WEEKDAY_SHIFTS = {
    "{weekday} pasado": -1,
    "el pasado {weekday}": -1,
    "{weekday} próximo": 1,
    "próximo {weekday}": 1,
    "el próximo {weekday}": 1,
}
YEAR_CONTEXT = (
    "en {year}",
    "desde {year}",
    "hasta {year}",
    "en el año {year}",
    "el año {year}",
    "a finales de {year}",
    "a principios de {year}",
    "a mediados de {year}",
    "a partir de {year}",
)
# "mañana" is also the morning.
NOT_DATES = ("la mañana", "las mañanas", "una mañana", "cada mañana", "de mañana")
# "Domingo" is also a name (Plácido Domingo): the weekday is written in lower case.
EXACT_CASE = ("domingo",)

# "de 1990" ends a phrase ("la crisis de 2008."); "más de 2000 personas" is no year
YEAR_CONTEXT = (*YEAR_CONTEXT, "de {year}{end}", "entre {year}", "post-{year}")
RANGE_WORDS = ("a", "al", "hasta")
RANGE_PAIRS = {"entre": ("y",)}
OF_YEAR = ("de", "del")
DECADES = ("años {tens}", "los años {tens}", "década de {decade}", "la década de {decade}")
QUARTERS = ("{quarter} trimestre", "el {quarter} trimestre", "Q{quarter}")
QUARTER_ORDINALS = {
    "primer": 1,
    "primero": 1,
    "segundo": 2,
    "tercer": 3,
    "tercero": 3,
    "cuarto": 4,
    "último": 4,
}
SEASONS = {"SP": ("primavera",), "SU": ("verano",), "FA": ("otoño",), "WI": ("invierno",)}
FUTURE_CUES = (
    "será",
    "serán",
    "va a",
    "van a",
    "prevé",
    "previsto",
    "prevista",
    "planea",
    "hasta",
    "próximo",
    "próxima",
)
PAST_CUES = ("fue", "fueron", "era", "eran", "había", "habían", "dijo", "afirmó", "anunció", "ayer")

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "el día anterior": ("day", -1),
    "el día siguiente": ("day", 1),
    "al día siguiente": ("day", 1),
    "la semana anterior": ("week", -1),
    "el mes anterior": ("month", -1),
    "del mes anterior": ("month", -1),
    "el trimestre anterior": ("quarter", -1),
    "el año anterior": ("year", -1),
    "del año anterior": ("year", -1),
    "al año siguiente": ("year", 1),
    "{n} {units} antes{end}": ("", -1),
    "{n} {units} después{end}": ("", 1),
}
# after any article or preposition ("el", "al", "del mismo periodo")
SAME_PERIODS = {
    "mismo período": "period",
    "mismo periodo": "period",
    "mismo mes": "month",
    "mismo trimestre": "quarter",
    "mismo día": "day",
}
