"""Danish name data: possessive endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Genitive -s ("Ruslands", "Kims") strips when confirmed; an apostrophe after an
abbreviation or an s ("USA's", "Paris'") always strips.
"""

NAME_ENDINGS = (("s", ""),)
NAME_ENDINGS_ALWAYS = (("'s", ""), ("'", ""))

COUNTRY_ALIASES = {
    "Amerika": "US",
    "Hviderusland": "BY",
    "Holland": "NL",
    "Tjekkiet": "CZ",
    "Burma": "MM",
}

DEMONYM_ENDINGS = ("", "e")
DEMONYMS = {
    "RU": ("russisk", "russer{,e,ne}"),
    "UA": ("ukrainsk", "ukrainer{,e,ne}"),
    "BY": ("hviderussisk", "belarusisk"),
    "PL": ("polsk", "polak{,ker,kerne}"),
    "DE": ("tysk", "tysker{,e,ne}"),
    "FR": ("fransk", "franskm{and,ænd,ændene}"),
    "GB": ("britisk", "brite{,r,rne}"),
    "IT": ("italiensk", "italiener{,e,ne}"),
    "ES": ("spansk", "spanier{,e,ne}"),
    "PT": ("portugisisk",),
    "NL": ("hollandsk", "nederlandsk"),
    "BE": ("belgisk",),
    "CH": ("schweizisk",),
    "AT": ("østrigsk",),
    "SE": ("svensk", "svensker{,e,ne}"),
    "NO": ("norsk", "nordm{and,ænd,ændene}"),
    "DK": ("dansk", "dansker{,e,ne}"),
    "FI": ("finsk",),
    "IS": ("islandsk",),
    "IE": ("irsk",),
    "EE": ("estisk",),
    "LV": ("lettisk",),
    "LT": ("litauisk",),
    "CZ": ("tjekkisk",),
    "HU": ("ungarsk",),
    "RO": ("rumænsk",),
    "BG": ("bulgarsk",),
    "GR": ("græsk",),
    "RS": ("serbisk",),
    "TR": ("tyrkisk", "tyrker{,e,ne}"),
    "GE": ("georgisk",),
    "US": ("amerikansk", "amerikaner{,e,ne}"),
    "CA": ("canadisk",),
    "MX": ("mexicansk",),
    "BR": ("brasiliansk",),
    "AR": ("argentinsk",),
    "VE": ("venezuelansk",),
    "CU": ("cubansk",),
    "CN": ("kinesisk", "kineser{,e,ne}"),
    "KP": ("nordkoreansk", "nordkoreaner{,e,ne}"),
    "KR": ("sydkoreansk", "sydkoreaner{,e,ne}"),
    "JP": ("japansk", "japaner{,e,ne}"),
    "TW": ("taiwansk",),
    "IN": ("indisk",),
    "PK": ("pakistansk",),
    "AF": ("afghansk",),
    "IR": ("iransk",),
    "IQ": ("irakisk",),
    "SY": ("syrisk",),
    "IL": ("israelsk", "israeler{,e,ne}"),
    "PS": ("palæstinensisk", "palæstinenser{,e,ne}"),
    "LB": ("libanesisk",),
    "SA": ("saudiarabisk", "saudisk"),
    "YE": ("yemenitisk",),
    "VN": ("vietnamesisk",),
    "ID": ("indonesisk",),
    "KZ": ("kasakhisk",),
    "EG": ("egyptisk",),
    "LY": ("libysk",),
    "ZA": ("sydafrikansk",),
    "NG": ("nigeriansk",),
    "ET": ("etiopisk",),
    "SD": ("sudanesisk",),
    "AU": ("australsk",),
    "NZ": ("newzealandsk",),
}

# Words that state a name's type (newsweave.entities.typewords), separated by spaces.
ORG_WORDS = """
    institut universitet ministerium parti bank fond forbund forening akademi styrelse agentur
    organisation selskab
"""
ORG_ENDINGS = """
    bladet posten avisen tidende partiet ministeriet styrelsen instituttet universitet
    forbundet banken fonden
"""
PLACE_WORDS = """
    kosmodrom lufthavn havn station banegård fjord bugt flod bjerg slot plads torv gade vej
    kanal halvø provins
"""

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Fotos Arkivfoto Grafik Illustration Tegning"

# The West as a bloc (newsweave.entities.blocs): "Vesten", the definite form with a capital,
# is never a direction (that is "mod vest").
BLOC_NAMES = "Vesten Vestens"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Krig Krigen Verdenskrig Verdenskrigen"
