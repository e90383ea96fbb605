"""French date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {2: ("fév", "fev"), 7: ("juil",), 9: ("sep", "sept")}
CONTEXT_ONLY = ("mars",)  # also the planet
MONTH_PREPOSITIONS = (
    "en",
    "depuis",
    "début",
    "fin",
    "mi-",
    "courant",
    "dès",
    "jusqu'en",
    "jusqu’en",
    "au mois de",
    "le mois de",
    "à partir de",
)
ORDINALS = ("er", "ᵉʳ")
NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("semaine",),
    "month": ("mois",),
    "year": ("an", "année"),
}
UNITS_PLURAL = {
    "day": ("jours", "jour"),
    "week": ("semaines",),
    "month": ("mois",),
    "year": ("ans", "années"),
}
RELATIVE = {
    "aujourd'hui": ("day", 0),
    "aujourd’hui": ("day", 0),
    "ce matin": ("day", 0),
    "ce soir": ("day", 0),
    "cette nuit": ("day", 0),
    "hier": ("day", -1),
    "avant-hier": ("day", -2),
    "demain": ("day", 1),
    "après-demain": ("day", 2),
    "l'an dernier": ("year", -1),
    "l’an dernier": ("year", -1),
    "l'an passé": ("year", -1),
    "l’an passé": ("year", -1),
    "l'an prochain": ("year", 1),
    "l’an prochain": ("year", 1),
}
SHIFTS = {
    "il y a {n} {units}": -1,
    "dans {n} {units}": 1,
    "{unit} dernier": -1,
    "{unit} dernière": -1,
    "{unit} passé": -1,
    "{unit} passée": -1,
    "{unit} prochain": 1,
    "{unit} prochaine": 1,
    "ce {unit}": 0,
    "cette {unit}": 0,
    "cet {unit}": 0,
}
WEEKDAY_SHIFTS = {
    "{weekday} dernier": -1,
    "{weekday} passé": -1,
    "{weekday} prochain": 1,
}
YEAR_CONTEXT = (
    "en {year}",
    "depuis {year}",
    "dès {year}",
    "jusqu'en {year}",
    "jusqu’en {year}",
    "l'année {year}",
    "l’année {year}",
    "début {year}",
    "fin {year}",
    "courant {year}",
    "à partir de {year}",
    "d'ici {year}",
    "d’ici {year}",
    "mi-{year}",
)

YEAR_CONTEXT = (*YEAR_CONTEXT, "de {year}{end}", "entre {year}")
RANGE_WORDS = ("à", "au", "jusqu'au", "jusqu’au")
RANGE_PAIRS = {"entre": ("et",)}
OF_YEAR = ("de",)
DECADES = ("années {decade}", "les années {decade}", "années {tens}", "les années {tens}")
QUARTERS = (
    "{quarter} trimestre",
    "le {quarter} trimestre",
    "au {quarter} trimestre",
    "T{quarter}",
    "Q{quarter}",
)
QUARTER_ORDINALS = {
    "premier": 1,
    "deuxième": 2,
    "second": 2,
    "troisième": 3,
    "quatrième": 4,
    "dernier": 4,
}
SEASONS = {"SP": ("printemps",), "SU": ("été",), "FA": ("automne",), "WI": ("hiver",)}
CLOCK = ("{hour} h {minute}", "{hour}h{minute}", "{hour} heures", "{hour} h")
FUTURE_CUES = (
    "sera",
    "seront",
    "va",
    "vont",
    "aura lieu",
    "doit",
    "doivent",
    "prévu",
    "prévue",
    "jusqu'à",
    "jusqu’à",
    "prochain",
    "prochaine",
)
PAST_CUES = (
    "était",
    "étaient",
    "avait",
    "avaient",
    "a été",
    "ont été",
    "a dit",
    "a déclaré",
    "a annoncé",
    "hier",
)
# "été" is also "been": the summer only with its year ("l'été 2009")
CONTEXT_ONLY = (*CONTEXT_ONLY, "été")

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "la veille": ("day", -1),
    "le lendemain": ("day", 1),
    "la semaine précédente": ("week", -1),
    "le mois précédent": ("month", -1),
    "le trimestre précédent": ("quarter", -1),
    "l'année précédente": ("year", -1),
    "l'année d'avant": ("year", -1),
    "l'année suivante": ("year", 1),
    "{n} {units} plus tôt": ("", -1),
    "{n} {units} auparavant": ("", -1),
    "{n} {units} plus tard": ("", 1),
}
SAME_PERIODS = {
    "la même période": "period",
    "le même mois": "month",
    "le même trimestre": "quarter",
    "le même jour": "day",
}
SAME_JOINERS = ("de",)
