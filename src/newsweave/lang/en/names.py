"""English name data: possessives, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. The possessive 's and the bare apostrophe ("Putin's", "Paris'") always strip;
a name ending in s ("Kansas") is never cut. Adjectives and demonyms are capitalised and
match only as written ("Russian", not "russian").
"""

NAME_ENDINGS_ALWAYS = (("'s", ""), ("'", ""))

COUNTRY_ALIASES = {
    "America": "US",
    "United States of America": "US",
    "the United States": "US",
    "Britain": "GB",
    "Great Britain": "GB",
    "Holland": "NL",
    "Burma": "MM",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "Macedonia": "MK",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Russian Federation": "RU",
    "Republic of Korea": "KR",
}

DEMONYM_ENDINGS = ("",)
DEMONYMS = {
    "RU": ("Russian{,s}",),
    "UA": ("Ukrainian{,s}",),
    "BY": ("Belarusian{,s}", "Belarusan{,s}"),
    "PL": ("Polish", "Poles"),
    "DE": ("German{,s}",),
    "FR": ("French", "Frenchm{an,en}"),
    "GB": ("British", "Briton{,s}", "Brit{,s}"),
    "IT": ("Italian{,s}",),
    "ES": ("Spanish", "Spaniard{,s}"),
    "PT": ("Portuguese",),
    "NL": ("Dutch",),
    "BE": ("Belgian{,s}",),
    "CH": ("Swiss",),
    "AT": ("Austrian{,s}",),
    "SE": ("Swedish", "Swede{,s}"),
    "NO": ("Norwegian{,s}",),
    "DK": ("Danish", "Danes"),
    "FI": ("Finnish", "Finns"),
    "IS": ("Icelandic", "Icelander{,s}"),
    "IE": ("Irish",),
    "EE": ("Estonian{,s}",),
    "LV": ("Latvian{,s}",),
    "LT": ("Lithuanian{,s}",),
    "CZ": ("Czech{,s}",),
    "HU": ("Hungarian{,s}",),
    "RO": ("Romanian{,s}",),
    "BG": ("Bulgarian{,s}",),
    "GR": ("Greek{,s}",),
    "RS": ("Serbian{,s}", "Serb{,s}"),
    "TR": ("Turkish", "Turk{,s}"),
    "GE": ("Georgian{,s}",),
    "US": ("American{,s}",),
    "CA": ("Canadian{,s}",),
    "MX": ("Mexican{,s}",),
    "BR": ("Brazilian{,s}",),
    "AR": ("Argentine{,s}", "Argentinian{,s}"),
    "VE": ("Venezuelan{,s}",),
    "CU": ("Cuban{,s}",),
    "CN": ("Chinese",),
    "KP": ("North Korean{,s}",),
    "KR": ("South Korean{,s}",),
    "JP": ("Japanese",),
    "TW": ("Taiwanese",),
    "IN": ("Indian{,s}",),
    "PK": ("Pakistani{,s}",),
    "AF": ("Afghan{,s}",),
    "IR": ("Iranian{,s}",),
    "IQ": ("Iraqi{,s}",),
    "SY": ("Syrian{,s}",),
    "IL": ("Israeli{,s}",),
    "PS": ("Palestinian{,s}",),
    "LB": ("Lebanese",),
    "SA": ("Saudi{,s}", "Saudi Arabian{,s}"),
    "YE": ("Yemeni{,s}",),
    "VN": ("Vietnamese",),
    "ID": ("Indonesian{,s}",),
    "KZ": ("Kazakh{,s}", "Kazakhstani{,s}"),
    "EG": ("Egyptian{,s}",),
    "LY": ("Libyan{,s}",),
    "ZA": ("South African{,s}",),
    "NG": ("Nigerian{,s}",),
    "ET": ("Ethiopian{,s}",),
    "SD": ("Sudanese",),
    "AU": ("Australian{,s}",),
    "NZ": ("New Zealander{,s}",),
}

# Words that state a name's type (newsweave.entities.typewords), separated by spaces.
ORG_WORDS = """
    Institute Institution University Ministry Party Bank Foundation Association Agency
    Corporation Company
"""
PLACE_WORDS = """
    Cosmodrome Airport Station Island River Lake Square Street Avenue Province
"""

# Lower-case words inside people's names (entities.repair.trim_people), separated by spaces:
# "Stephen I of Hungary", "Charles the Bald".
NAME_PARTICLES = "of the"

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Photo Photos Photograph Picture Image Images Credit Illustration"

# The West as a bloc (newsweave.entities.blocs): "the West", not before "of" ("the West
# of England") or a name ("the West Bank").
BLOC_NAMES = "West"
BLOC_ARTICLES = "the"
BLOC_DIRECTION_BEFORE = "of"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "War"
