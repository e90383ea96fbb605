"""Swedish name data: genitive endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Genitive -s ("Rysslands") strips when confirmed; after an abbreviation the
genitive is written with a colon ("USA:s", "FN:s") and always strips.
"""

NAME_ENDINGS = (("s", ""),)
NAME_ENDINGS_ALWAYS = ((":s", ""), ("'s", ""), ("'", ""))

COUNTRY_ALIASES = {
    "Amerika": "US",
    "Förenta staterna": "US",
    "Vitryssland": "BY",
    "Holland": "NL",
    "Tjeckien": "CZ",
    "Burma": "MM",
}

DEMONYM_ENDINGS = ("", "a", "t")
DEMONYMS = {
    "RU": ("rysk", "ryss{,en,ar,arna}"),
    "UA": ("ukrainsk", "ukrainare{,n,na}"),
    "BY": ("belarusisk", "vitrysk"),
    "PL": ("polsk",),
    "DE": ("tysk", "tysk{ar,arna,en}"),
    "FR": ("fransk", "frans{man,mannen,män,männen}"),
    "GB": ("brittisk", "britt{,en,er,erna}"),
    "IT": ("italiensk", "italienare{,n,na}"),
    "ES": ("spansk",),
    "PT": ("portugisisk",),
    "NL": ("nederländsk", "holländsk"),
    "BE": ("belgisk",),
    "CH": ("schweizisk",),
    "AT": ("österrikisk",),
    "SE": ("svensk", "svensk{ar,arna,en}"),
    "NO": ("norsk",),
    "DK": ("dansk",),
    "FI": ("finsk", "finländsk"),
    "IS": ("isländsk",),
    "IE": ("irländsk",),
    "EE": ("estnisk",),
    "LV": ("lettisk",),
    "LT": ("litauisk",),
    "CZ": ("tjeckisk",),
    "HU": ("ungersk",),
    "RO": ("rumänsk",),
    "BG": ("bulgarisk",),
    "GR": ("grekisk",),
    "RS": ("serbisk",),
    "TR": ("turkisk",),
    "GE": ("georgisk",),
    "US": ("amerikansk", "amerikan{,en,er,erna}"),
    "CA": ("kanadensisk",),
    "MX": ("mexikansk",),
    "BR": ("brasiliansk",),
    "AR": ("argentinsk",),
    "VE": ("venezuelansk",),
    "CU": ("kubansk",),
    "CN": ("kinesisk", "kines{,en,er,erna}"),
    "KP": ("nordkoreansk", "nordkorean{,en,er,erna}"),
    "KR": ("sydkoreansk", "sydkorean{,en,er,erna}"),
    "JP": ("japansk",),
    "TW": ("taiwanesisk",),
    "IN": ("indisk",),
    "PK": ("pakistansk",),
    "AF": ("afghansk",),
    "IR": ("iransk",),
    "IQ": ("irakisk",),
    "SY": ("syrisk",),
    "IL": ("israelisk",),
    "PS": ("palestinsk",),
    "LB": ("libanesisk",),
    "SA": ("saudiarabisk", "saudisk"),
    "YE": ("jemenitisk",),
    "VN": ("vietnamesisk",),
    "ID": ("indonesisk",),
    "KZ": ("kazakisk",),
    "EG": ("egyptisk",),
    "LY": ("libysk",),
    "ZA": ("sydafrikansk",),
    "NG": ("nigeriansk",),
    "ET": ("etiopisk",),
    "SD": ("sudanesisk",),
    "AU": ("australisk",),
    "NZ": ("nyzeeländsk",),
}

# Words that state a name's type (newsweave.entities.typewords), separated by spaces.
ORG_WORDS = """
    institut universitet departement parti bank fond förbund förening akademi myndighet
    organisation bolag
"""
ORG_ENDINGS = """
    bladet posten tidningen partiet departementet institutet universitetet förbundet banken
    verket myndigheten
"""
PLACE_WORDS = """
    kosmodrom flygplats hamn station fjärd bukt älv berg slott torg gata väg kanal halvö
    provins
"""

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Bild Grafik Illustration"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Krig Kriget Världskrig Världskriget"
