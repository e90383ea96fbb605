"""Norwegian (Bokmål and Nynorsk) name data: genitive endings, country aliases, country
adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Genitive -s ("Russlands") strips when confirmed; "USA's" and "Paris'" always strip.
"""

CLDR_LOCALES = ("nb", "nn")

NAME_ENDINGS = (("s", ""),)
NAME_ENDINGS_ALWAYS = (("'s", ""), ("'", ""))

COUNTRY_ALIASES = {
    "Amerika": "US",
    "Hviterussland": "BY",
    "Kviterussland": "BY",
    "Holland": "NL",
    "Tsjekkia": "CZ",
    "Burma": "MM",
}

DEMONYM_ENDINGS = ("", "e")
DEMONYMS = {
    "RU": ("russisk", "russer{,e,ne}"),
    "UA": ("ukrainsk", "ukrainer{,e,ne}"),
    "BY": ("hviterussisk", "belarusisk"),
    "PL": ("polsk",),
    "DE": ("tysk", "tysker{,e,ne}"),
    "FR": ("fransk",),
    "GB": ("britisk",),
    "IT": ("italiensk",),
    "ES": ("spansk",),
    "PT": ("portugisisk",),
    "NL": ("nederlandsk", "hollandsk"),
    "BE": ("belgisk",),
    "CH": ("sveitsisk",),
    "AT": ("østerriksk",),
    "SE": ("svensk",),
    "NO": ("norsk", "nordm{ann,enn,ennene}"),
    "DK": ("dansk",),
    "FI": ("finsk",),
    "IS": ("islandsk",),
    "IE": ("irsk",),
    "EE": ("estisk",),
    "LV": ("latvisk",),
    "LT": ("litauisk",),
    "CZ": ("tsjekkisk",),
    "HU": ("ungarsk",),
    "RO": ("rumensk",),
    "BG": ("bulgarsk",),
    "GR": ("gresk",),
    "RS": ("serbisk",),
    "TR": ("tyrkisk",),
    "GE": ("georgisk",),
    "US": ("amerikansk", "amerikaner{,e,ne}"),
    "CA": ("kanadisk",),
    "MX": ("meksikansk",),
    "BR": ("brasiliansk",),
    "AR": ("argentinsk",),
    "VE": ("venezuelansk",),
    "CU": ("cubansk",),
    "CN": ("kinesisk", "kineser{,e,ne}"),
    "KP": ("nordkoreansk", "nordkoreaner{,e,ne}"),
    "KR": ("sørkoreansk", "sørkoreaner{,e,ne}"),
    "JP": ("japansk",),
    "TW": ("taiwansk",),
    "IN": ("indisk",),
    "PK": ("pakistansk",),
    "AF": ("afghansk",),
    "IR": ("iransk",),
    "IQ": ("irakisk",),
    "SY": ("syrisk",),
    "IL": ("israelsk",),
    "PS": ("palestinsk",),
    "LB": ("libanesisk",),
    "SA": ("saudiarabisk", "saudisk"),
    "YE": ("jemenittisk",),
    "VN": ("vietnamesisk",),
    "ID": ("indonesisk",),
    "KZ": ("kasakhisk",),
    "EG": ("egyptisk",),
    "LY": ("libysk",),
    "ZA": ("sørafrikansk",),
    "NG": ("nigeriansk",),
    "ET": ("etiopisk",),
    "SD": ("sudansk",),
    "AU": ("australsk",),
    "NZ": ("newzealandsk",),
}

# Words that state a name's type (newsweave.entities.typewords), separated by spaces.
SPACY_LANGUAGE = "nb"
ORG_WORDS = """
    institutt universitet departement parti bank fond forbund forening akademi direktorat
    organisasjon selskap
"""
ORG_ENDINGS = """
    bladet posten avisen tidende partiet departementet direktoratet instituttet universitetet
    forbundet banken fondet
"""
PLACE_WORDS = """
    kosmodrom lufthavn havn stasjon fjord bukt elv fjell slott plass torg gate vei kanal
    halvøy provins
"""

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Arkivfoto Grafikk Illustrasjon Tegning"

# The West as a bloc (newsweave.entities.blocs), as in Danish.
BLOC_NAMES = "Vesten Vestens"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Krig Krigen Verdenskrig Verdenskrigen"
