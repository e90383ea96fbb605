"""Swedish date words (CLDR month and weekday names come from babel)."""

NUMERIC_ORDER = "DMY"
ABBREVIATIONS = {9: ("sept", "sept.")}
# "i måndags" (last Monday), "måndagen", "måndagens".
WEEKDAYS = {
    0: ("måndags", "måndagen"),
    1: ("tisdags", "tisdagen"),
    2: ("onsdags", "onsdagen"),
    3: ("torsdags", "torsdagen"),
    4: ("fredags", "fredagen"),
    5: ("lördags", "lördagen"),
    6: ("söndags", "söndagen"),
}
CONTEXT_ONLY = (
    "mars",  # also the planet
    "måndags",
    "tisdags",
    "onsdags",
    "torsdags",
    "fredags",
    "lördags",
    "söndags",
)
MONTH_PREPOSITIONS = (
    "i",
    "sedan",
    "från",
    "till",
    "under",
    "i början av",
    "i slutet av",
    "i mitten av",
    "fram till",
    "före",
    "efter",
)
JOINERS = ("den",)
NUMBERS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "ett par": 2,
}
# "day" has no singular {unit} form: "next day", "the previous day" count from the story, not
# from the publication date. "{n} {units}" still takes the singular ("a day ago").
UNITS = {
    "day": (),
    "week": ("vecka", "veckan"),
    "month": ("månad", "månaden"),
    "year": ("år", "året"),
}
UNITS_PLURAL = {
    "day": ("dagar", "dagarna", "dag", "dagen"),
    "week": ("veckor", "veckorna"),
    "month": ("månader", "månaderna"),
    "year": ("år", "åren"),
}
RELATIVE = {
    "i dag": ("day", 0),
    "idag": ("day", 0),
    "i kväll": ("day", 0),
    "ikväll": ("day", 0),
    "i natt": ("day", 0),
    "i morse": ("day", 0),
    "i går": ("day", -1),
    "igår": ("day", -1),
    "i förrgår": ("day", -2),
    "i morgon": ("day", 1),
    "imorgon": ("day", 1),
    "i övermorgon": ("day", 2),
    "i år": ("year", 0),
    "i fjol": ("year", -1),
}
SHIFTS = {
    "för {n} {units} sedan": -1,
    "{n} {units} sedan": -1,
    "om {n} {units}": 1,
    "förra {unit}": -1,
    "i förra {unit}": -1,
    "denna {unit}": 0,
    "den här {unit}": 0,
    "det här {unit}": 0,
    "nästa {unit}": 1,
    "kommande {unit}": 1,
}
WEEKDAY_SHIFTS = {
    "i {weekday}": -1,  # "i måndags"
    "förra {weekday}": -1,
    "nästa {weekday}": 1,
    "på {weekday}": 1,
    "nu på {weekday}": 1,
    "kommande {weekday}": 1,
}
YEAR_CONTEXT = (
    "år {year}",
    "året {year}",
    "under {year}",
    "sedan {year}",
    "från {year}",
    "i början av {year}",
    "i slutet av {year}",
    "i mitten av {year}",
    "fram till {year}",
    "före {year}",
    "efter {year}",
)

YEAR_CONTEXT = (*YEAR_CONTEXT, "i {year}", "mellan {year}")
RANGE_WORDS = ("till",)
RANGE_PAIRS = {"mellan": ("och",)}
DECADES = ("{decade}-talet", "{tens}-talet", "{decade}-talets", "{tens}-talets")
QUARTERS = ("{quarter} kvartalet", "{quarter} kvartal", "Q{quarter}")
QUARTER_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": 4}
SEASONS = {
    "SP": ("våren", "vår"),
    "SU": ("sommaren",),
    "FA": ("hösten", "höst"),
    "WI": ("vintern",),
}
CLOCK = ("kl. {clock}", "klockan {clock}", "kl. {hour}", "klockan {hour}")
FUTURE_CUES = (
    "ska",
    "skall",
    "kommer att",
    "planerar",
    "väntas",
    "förväntas",
    "fram till",
    "nästa",
)
PAST_CUES = ("var", "hade", "blev", "sa", "sade", "igår", "i går", "tidigare")
# "vår" is also "our": the spring only with its year ("våren 2009" needs none)
CONTEXT_ONLY = (*CONTEXT_ONLY, "vår")

# Counted from the story's reference time (the time last named, else the publication
# date), as TimeML anchors them.
ANAPHORS = {
    "dagen innan{end}": ("day", -1),
    "dagen före{end}": ("day", -1),
    "dagen efter{end}": ("day", 1),
    "månaden innan{end}": ("month", -1),
    "året innan{end}": ("year", -1),
    "året före{end}": ("year", -1),
    "året efter{end}": ("year", 1),
    "{n} {units} tidigare": ("", -1),
    "{n} {units} innan{end}": ("", -1),
    "{n} {units} senare": ("", 1),
}
SAME_PERIODS = {
    "samma period": "period",
    "samma månad": "month",
    "samma kvartal": "quarter",
    "samma dag": "day",
}
SAME_JOINERS = ("i",)
