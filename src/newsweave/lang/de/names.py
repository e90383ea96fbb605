"""German name data: genitive endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Genitive -s ("Russlands", "Kims", "Moskaus") strips when confirmed; the apostrophe
of names ending in s ("Hans'") always strips. Adjectives are written in lower case
("russischen", "Russische" at a sentence start); nouns with their capital ("Russen").
"""

NAME_ENDINGS = (("s", ""),)
NAME_ENDINGS_ALWAYS = (("'", ""),)

COUNTRY_ALIASES = {
    "Amerika": "US",
    "Weißrussland": "BY",
    "Holland": "NL",
    "Großbritannien": "GB",
    "Tschechische Republik": "CZ",
    "Birma": "MM",
}

DEMONYM_ENDINGS = ("", "e", "en", "er", "es", "em")
DEMONYMS = {
    "RU": ("russisch", "Russe{,n}", "Russin{,nen}"),
    "UA": ("ukrainisch", "Ukrainer{,n,in,innen}"),
    "BY": ("belarussisch", "weißrussisch"),
    "PL": ("polnisch", "Polin{,nen}"),
    "DE": ("deutsch",),
    "FR": ("französisch", "Franzose{,n}", "Französin{,nen}"),
    "GB": ("britisch", "Brite{,n}", "Britin{,nen}"),
    "IT": ("italienisch", "Italiener{,n,in,innen}"),
    "ES": ("spanisch", "Spanier{,n,in,innen}"),
    "PT": ("portugiesisch",),
    "NL": ("niederländisch", "holländisch"),
    "BE": ("belgisch",),
    "CH": ("schweizerisch", "Schweizer{,n,in,innen}"),
    "AT": ("österreichisch", "Österreicher{,n,in,innen}"),
    "SE": ("schwedisch", "Schwede{,n}"),
    "NO": ("norwegisch", "Norweger{,n,in,innen}"),
    "DK": ("dänisch", "Däne{,n}"),
    "FI": ("finnisch",),
    "IS": ("isländisch",),
    "IE": ("irisch",),
    "EE": ("estnisch",),
    "LV": ("lettisch",),
    "LT": ("litauisch",),
    "CZ": ("tschechisch", "Tscheche{,n}"),
    "HU": ("ungarisch",),
    "RO": ("rumänisch",),
    "BG": ("bulgarisch",),
    "GR": ("griechisch", "Grieche{,n}"),
    "RS": ("serbisch",),
    "TR": ("türkisch", "Türke{,n}", "Türkin{,nen}"),
    "GE": ("georgisch",),
    "US": ("amerikanisch", "US-amerikanisch", "Amerikaner{,n,in,innen}"),
    "CA": ("kanadisch",),
    "MX": ("mexikanisch",),
    "BR": ("brasilianisch",),
    "AR": ("argentinisch",),
    "VE": ("venezolanisch",),
    "CU": ("kubanisch",),
    "CN": ("chinesisch", "Chinese{,n}", "Chinesin{,nen}"),
    "KP": ("nordkoreanisch", "Nordkoreaner{,n,in,innen}"),
    "KR": ("südkoreanisch", "Südkoreaner{,n,in,innen}"),
    "JP": ("japanisch", "Japaner{,n,in,innen}"),
    "TW": ("taiwanisch",),
    "IN": ("indisch", "Inder{,n,in,innen}"),
    "PK": ("pakistanisch",),
    "AF": ("afghanisch",),
    "IR": ("iranisch",),
    "IQ": ("irakisch",),
    "SY": ("syrisch",),
    "IL": ("israelisch", "Israeli{,s}"),
    "PS": ("palästinensisch", "Palästinenser{,n,in,innen}"),
    "LB": ("libanesisch",),
    "SA": ("saudi-arabisch", "saudisch"),
    "YE": ("jemenitisch",),
    "VN": ("vietnamesisch",),
    "ID": ("indonesisch",),
    "KZ": ("kasachisch",),
    "EG": ("ägyptisch",),
    "LY": ("libysch",),
    "ZA": ("südafrikanisch",),
    "NG": ("nigerianisch",),
    "ET": ("äthiopisch",),
    "SD": ("sudanesisch",),
    "AU": ("australisch",),
    "NZ": ("neuseeländisch",),
}

# Words that state a name's type (newsweave.entities.typewords), separated by spaces.
ORG_WORDS = """
    Institut Universität Ministerium Partei Bank Stiftung Verband Konzern Agentur Akademie
    Zeitung Allgemeine
"""
ORG_ENDINGS = """
    ministerium institut stiftung verband
"""
PLACE_WORDS = """
    Kosmodrom Flughafen Bahnhof Hafen Insel Platz Straße Fluss Berg Kanal Provinz
"""

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Fotos Bild Bilder Grafik Illustration"

# The West as a bloc (newsweave.entities.blocs): with its article ("im Westen", "der
# Westen"), and not before a genitive, "von" or "an" ("im Westen des Landes", "grenzt im
# Westen an": a direction), nor near another direction ("im Süden und im Westen").
BLOC_NAMES = "Westen Westens"
BLOC_ARTICLES = "der den dem des im vom"
BLOC_DIRECTION_BEFORE = "der des von vom an"
BLOC_NOT_NEAR = "Norden Süden Nordwesten Nordosten Südwesten Südosten"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Krieg Krieges Kriegs Weltkrieg Weltkrieges Weltkriegs"
