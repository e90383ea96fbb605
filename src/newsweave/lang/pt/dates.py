"""Portuguese date words (CLDR month and weekday names come from babel).

The short weekday forms ("segunda", "quarta", "sexta") are also ordinals ("na segunda
vez"), so they count only after "nesta"/"nessa" ("nesta sexta").
"""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("set",)}
WEEKDAYS = {
    0: ("segunda feira", "nesta segunda", "nessa segunda"),
    1: ("terça feira", "terca-feira", "nesta terça", "nessa terça"),
    2: ("quarta feira", "nesta quarta", "nessa quarta"),
    3: ("quinta feira", "nesta quinta", "nessa quinta"),
    4: ("sexta feira", "nesta sexta", "nessa sexta"),
    5: ("sabado", "neste sábado", "nesse sábado"),
    6: ("neste domingo", "nesse domingo"),
}
MONTH_PREPOSITIONS = (
    "em",
    "desde",
    "até",
    "de",
    "no início de",
    "no fim de",
    "no final de",
    "em meados de",
    "a partir de",
    "o mês de",
)
JOINERS = ("de",)
ORDINALS = ("º", "°", "o")
NUMBERS = {
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {"day": (), "week": ("semana",), "month": ("mês",), "year": ("ano",)}
UNITS_PLURAL = {
    "day": ("dias", "dia"),
    "week": ("semanas",),
    "month": ("meses",),
    "year": ("anos",),
}
RELATIVE = {
    "hoje": ("day", 0),
    "esta manhã": ("day", 0),
    "esta noite": ("day", 0),
    "ontem": ("day", -1),
    "anteontem": ("day", -2),
    "amanhã": ("day", 1),
    "depois de amanhã": ("day", 2),
}
SHIFTS = {
    "há {n} {units}": -1,
    "{n} {units} atrás": -1,
    "daqui a {n} {units}": 1,
    "dentro de {n} {units}": 1,
    "{unit} passado": -1,
    "{unit} passada": -1,
    "{unit} que vem": 1,
    "próximo {unit}": 1,
    "próxima {unit}": 1,
    "este {unit}": 0,
    "esta {unit}": 0,
    "neste {unit}": 0,
    "nesta {unit}": 0,
}
WEEKDAY_SHIFTS = {
    "{weekday} passado": -1,
    "{weekday} passada": -1,
    "na última {weekday}": -1,
    "no último {weekday}": -1,
    "próxima {weekday}": 1,
    "próximo {weekday}": 1,
    "na próxima {weekday}": 1,
    "no próximo {weekday}": 1,
}
YEAR_CONTEXT = (
    "em {year}",
    "desde {year}",
    "até {year}",
    "no ano de {year}",
    "no ano {year}",
    "no início de {year}",
    "no fim de {year}",
    "no final de {year}",
    "em meados de {year}",
    "a partir de {year}",
)
# "Domingo" is also a name (Plácido Domingo): the weekday is written in lower case.
EXACT_CASE = ("domingo",)

YEAR_CONTEXT = (*YEAR_CONTEXT, "de {year}{end}", "entre {year}")
RANGE_WORDS = ("a", "até")
RANGE_PAIRS = {"entre": ("e",)}
OF_YEAR = ("de",)
DECADES = ("anos {tens}", "os anos {tens}", "década de {decade}", "a década de {decade}")
QUARTERS = ("{quarter} trimestre", "o {quarter} trimestre", "Q{quarter}")
QUARTER_ORDINALS = {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "último": 4}
SEASONS = {"SP": ("primavera",), "SU": ("verão",), "FA": ("outono",), "WI": ("inverno",)}
FUTURE_CUES = (
    "será",
    "serão",
    "vai",
    "vão",
    "irá",
    "irão",
    "prevê",
    "previsto",
    "prevista",
    "até",
    "próximo",
    "próxima",
)
PAST_CUES = (
    "foi",
    "foram",
    "era",
    "eram",
    "tinha",
    "tinham",
    "disse",
    "afirmou",
    "anunciou",
    "ontem",
)
