"""Polish date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
# Locative month forms ("w maju", "we wrześniu").
MONTHS = {
    1: ("styczniu",),
    2: ("lutym",),
    3: ("marcu",),
    4: ("kwietniu",),
    5: ("maju",),
    6: ("czerwcu",),
    7: ("lipcu",),
    8: ("sierpniu",),
    9: ("wrześniu",),
    10: ("październiku",),
    11: ("listopadzie",),
    12: ("grudniu",),
}
# Accusative ("w środę") and genitive ("od środy") forms.
WEEKDAYS = {
    0: ("poniedziałku",),
    1: ("wtorku",),
    2: ("środę", "środy"),
    3: ("czwartku",),
    4: ("piątku",),
    5: ("sobotę", "soboty"),
    6: ("niedzielę", "niedzieli"),
}
CONTEXT_ONLY = ("maja",)  # also the name Maja
MONTH_PREPOSITIONS = (
    "w",
    "we",
    "od",
    "do",
    "z",
    "na początku",
    "pod koniec",
    "w połowie",
    "na przełomie",
    "od początku",
)
YEAR_SUFFIXES = ("r.", "roku", "rok")
NUMBERS = {
    "jeden": 1,
    "jedna": 1,
    "jedno": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "trzy": 3,
    "trzech": 3,
    "cztery": 4,
    "czterech": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "sześciu": 6,
    "siedem": 7,
    "siedmiu": 7,
    "osiem": 8,
    "ośmiu": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "jedenaście": 11,
    "dwanaście": 12,
    "kilka": 3,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("tydzień", "tygodnia", "tygodniu"),
    "month": ("miesiąc", "miesiąca", "miesiącu"),
    "year": ("rok", "roku"),
}
UNITS_PLURAL = {
    "day": ("dni", "dzień", "dnia"),
    "week": ("tygodnie", "tygodni"),
    "month": ("miesiące", "miesięcy"),
    "year": ("lata", "lat"),
}
RELATIVE = {
    "dziś": ("day", 0),
    "dzisiaj": ("day", 0),
    "wczoraj": ("day", -1),
    "przedwczoraj": ("day", -2),
    "jutro": ("day", 1),
    "pojutrze": ("day", 2),
}
SHIFTS = {
    "{n} {units} temu": -1,
    "{unit} temu": -1,
    "za {n} {units}": 1,
    "w zeszłym {unit}": -1,
    "w ubiegłym {unit}": -1,
    "w poprzednim {unit}": -1,
    "zeszłego {unit}": -1,
    "ubiegłego {unit}": -1,
    "w tym {unit}": 0,
    "tego {unit}": 0,
    "w bieżącym {unit}": 0,
    "w przyszłym {unit}": 1,
    "przyszłego {unit}": 1,
    "w przyszły {unit}": 1,
    "w zeszły {unit}": -1,
}
WEEKDAY_SHIFTS = {
    "w zeszły {weekday}": -1,
    "w zeszłą {weekday}": -1,
    "w ubiegły {weekday}": -1,
    "w ubiegłą {weekday}": -1,
    "w ostatni {weekday}": -1,
    "w ostatnią {weekday}": -1,
    "w przyszły {weekday}": 1,
    "w przyszłą {weekday}": 1,
    "w najbliższy {weekday}": 1,
    "w najbliższą {weekday}": 1,
}
YEAR_CONTEXT = (
    "w {year} r.",
    "w {year} roku",
    "w roku {year}",
    "od {year} r.",
    "od {year} roku",
    "do {year} r.",
    "do {year} roku",
    "z {year} r.",
    "z {year} roku",
    "{year} roku",
    "{year} r.",
)
