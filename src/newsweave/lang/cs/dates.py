"""Czech date words (CLDR month and weekday names come from babel).

"středu" is also "centre" ("ve středu města"), "září" also "shines".
"""

NUMERIC_ORDER = "DMY"
# Locative month forms ("v září", "v květnu").
MONTHS = {
    1: ("lednu",),
    2: ("únoru",),
    3: ("březnu",),
    4: ("dubnu",),
    5: ("květnu",),
    6: ("červnu",),
    7: ("červenci",),
    8: ("srpnu",),
    9: ("září",),
    10: ("říjnu",),
    11: ("listopadu",),
    12: ("prosinci",),
}
# Accusative/locative forms ("ve středu", "v sobotu", "v neděli").
WEEKDAYS = {2: ("středu", "ve středu"), 5: ("sobotu",), 6: ("neděli",)}
CONTEXT_ONLY = ("září", "středu")
MONTH_PREPOSITIONS = (
    "v",
    "ve",
    "od",
    "do",
    "na začátku",
    "koncem",
    "začátkem",
    "v polovině",
    "na konci",
    "během",
    "letos v",
    "loni v",
)
NUMBERS = {
    "jeden": 1,
    "jedna": 1,
    "jedno": 1,
    "jedním": 1,
    "jednou": 1,
    "dva": 2,
    "dvě": 2,
    "dvěma": 2,
    "tři": 3,
    "třemi": 3,
    "čtyři": 4,
    "čtyřmi": 4,
    "pět": 5,
    "pěti": 5,
    "šest": 6,
    "šesti": 6,
    "sedm": 7,
    "sedmi": 7,
    "osm": 8,
    "osmi": 8,
    "devět": 9,
    "devíti": 9,
    "deset": 10,
    "deseti": 10,
    "jedenáct": 11,
    "dvanáct": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("týden", "týdne", "týdnu", "týdnem"),
    "month": ("měsíc", "měsíce", "měsíci", "měsícem"),
    "year": ("rok", "roku", "roce", "rokem"),
}
UNITS_PLURAL = {
    "day": ("dny", "dní", "dnů", "den", "dne", "dnem"),
    "week": ("týdny", "týdnů"),
    "month": ("měsíce", "měsíců", "měsíci"),
    "year": ("roky", "roků", "let", "lety"),
}
RELATIVE = {
    "dnes": ("day", 0),
    "dnes ráno": ("day", 0),
    "včera": ("day", -1),
    "předevčírem": ("day", -2),
    "zítra": ("day", 1),
    "pozítří": ("day", 2),
    "letos": ("year", 0),
    "loni": ("year", -1),
    "vloni": ("year", -1),
}
SHIFTS = {
    "před {n} {units}": -1,
    "před {unit}": -1,
    "za {n} {units}": 1,
    "minulý {unit}": -1,
    "minulého {unit}": -1,
    "minulém {unit}": -1,
    "v minulém {unit}": -1,
    "tento {unit}": 0,
    "tohoto {unit}": 0,
    "v tomto {unit}": 0,
    "příští {unit}": 1,
    "příštího {unit}": 1,
    "v příštím {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "minulý {weekday}": -1,
    "minulou {weekday}": -1,
    "minulé {weekday}": -1,
    "v minulý {weekday}": -1,
    "příští {weekday}": 1,
    "v příští {weekday}": 1,
}
YEAR_CONTEXT = (
    "v roce {year}",
    "od roku {year}",
    "do roku {year}",
    "roku {year}",
    "z roku {year}",
    "během roku {year}",
    "na začátku roku {year}",
    "koncem roku {year}",
)
NOT_DATES = (
    "ve středu města",
    "ve středu obce",
    "ve středu pozornosti",
    "ve středu zájmu",
    "ve středu Evropy",
    "ve středu náměstí",
)
