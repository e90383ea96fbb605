"""Finnish date words (CLDR month and weekday names come from babel).

Finnish marks time with case endings, not prepositions: "syyskuussa" (in September),
"keskiviikkona" (on Wednesday), "viime vuonna" (last year).
"""

NUMERIC_ORDER = "DMY"
# Inessive and elative month forms ("syyskuussa", "syyskuusta").
MONTHS = {
    1: ("tammikuussa", "tammikuusta"),
    2: ("helmikuussa", "helmikuusta"),
    3: ("maaliskuussa", "maaliskuusta"),
    4: ("huhtikuussa", "huhtikuusta"),
    5: ("toukokuussa", "toukokuusta"),
    6: ("kesäkuussa", "kesäkuusta"),
    7: ("heinäkuussa", "heinäkuusta"),
    8: ("elokuussa", "elokuusta"),
    9: ("syyskuussa", "syyskuusta"),
    10: ("lokakuussa", "lokakuusta"),
    11: ("marraskuussa", "marraskuusta"),
    12: ("joulukuussa", "joulukuusta"),
}
WEEKDAY_COMPOUNDS = ("iltana", "aamuna", "iltapäivänä", "yönä")
NUMBERS = {
    "yksi": 1,
    "yhden": 1,
    "kaksi": 2,
    "kahden": 2,
    "kolme": 3,
    "kolmen": 3,
    "neljä": 4,
    "neljän": 4,
    "viisi": 5,
    "viiden": 5,
    "kuusi": 6,
    "kuuden": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kymmenen": 10,
    "yksitoista": 11,
    "kaksitoista": 12,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("viikko", "viikkoa", "viikon", "viikolla"),
    "month": ("kuukausi", "kuukautta", "kuukauden", "kuussa", "kuun"),
    "year": ("vuosi", "vuotta", "vuoden", "vuonna"),
}
UNITS_PLURAL = {
    "day": ("päivää", "päivän", "päivä"),
    "week": ("viikkoa", "viikon"),
    "month": ("kuukautta", "kuukauden"),
    "year": ("vuotta", "vuoden"),
}
RELATIVE = {
    "tänään": ("day", 0),
    "tänä aamuna": ("day", 0),
    "tänä iltana": ("day", 0),
    "eilen": ("day", -1),
    "toissapäivänä": ("day", -2),
    "huomenna": ("day", 1),
    "ylihuomenna": ("day", 2),
}
SHIFTS = {
    "{n} {units} sitten": -1,
    "{unit} sitten": -1,
    "{n} {units} päästä": 1,
    "{n} {units} kuluttua": 1,
    "viime {unit}": -1,
    "viime {unit} aikana": -1,
    "ensi {unit}": 1,
    "tänä {unit}": 0,
    "tällä {unit}": 0,
    "tässä {unit}": 0,
    "kuluvana {unit}": 0,
}
WEEKDAY_SHIFTS = {
    "viime {weekday}": -1,
    "ensi {weekday}": 1,
    "tulevana {weekday}": 1,
}
YEAR_CONTEXT = ("vuonna {year}", "vuodesta {year}", "vuoteen {year}", "vuoden {year}")
