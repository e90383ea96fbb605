"""Polish name data: case endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Every word of a name is declined ("Władimira Putina", "Korei Północnej"); an
ending strips only when the base form is confirmed ("Rosji" -> "Rosja", "Moskwie" ->
"Moskwa", "Putina" -> "Putin" when "Putin" occurs). Consonant stems are tried first.
"""

INFLECT_EVERY_WORD = True

NAME_ENDINGS = (
    # masculine consonant stems: Putina, Putinowi, Putinem, Putinie -> Putin
    ("owi", ""),
    ("em", ""),
    ("ie", ""),
    ("a", ""),
    ("u", ""),
    # nouns in -ja: Rosji, Rosję, Rosją -> Rosja
    ("ji", "ja"),
    ("ję", "ja"),
    ("ją", "ja"),
    # nouns in -ea: Korei, Koreę, Koreą -> Korea
    ("ei", "ea"),
    ("eę", "ea"),
    ("eą", "ea"),
    # adjectives and surnames in -i, -y: Zełenskiego, Zełenskiemu, Zełenskim -> Zełenski
    ("iego", "i"),
    ("iemu", "i"),
    ("im", "i"),
    ("ego", "y"),
    ("emu", "y"),
    ("ym", "y"),
    # feminine adjectives: Północnej, Północną -> Północna
    ("ej", "a"),
    ("ą", "a"),
    # feminine in -a: Moskwy, Moskwie, Moskwę, Moskwą -> Moskwa; Polski -> Polska
    ("y", "a"),
    ("ie", "a"),
    ("ę", "a"),
    ("i", "a"),
)

COUNTRY_ALIASES = {
    "USA": "US",
    "Ameryka": "US",
    "Federacja Rosyjska": "RU",
    "Korea Płn.": "KP",
    "Korea Pd.": "KR",
    "Anglia": "GB",
    "Holandia": "NL",
    "Czechy": "CZ",
}

DEMONYM_ENDINGS = ("i", "a", "ie", "iego", "iej", "iemu", "im", "ich", "imi", "ą")
DEMONYMS = {
    "RU": ("rosyjsk", "Rosjan{in,ie,ina,inowi,,om,ami}", "Rosjank{a,i}"),
    "UA": ("ukraińsk", "Ukrai{niec,ńcy,ńców,ńcom,ńcami}"),
    "BY": ("białorusk",),
    "PL": ("polsk", "Pola{k,cy,ków}"),
    "DE": ("niemieck", "Niem{iec,cy,ców}"),
    "FR": ("francusk", "Francuz{,i,ów}"),
    "GB": ("brytyjsk", "Brytyjczy{k,cy,ków}"),
    "IT": ("włosk", "Wło{ch,si,chów}"),
    "ES": ("hiszpańsk",),
    "PT": ("portugalsk",),
    "NL": ("holendersk", "niderlandzk"),
    "BE": ("belgijsk",),
    "CH": ("szwajcarsk",),
    "AT": ("austriack",),
    "SE": ("szwedzk",),
    "NO": ("norwesk",),
    "DK": ("duńsk",),
    "FI": ("fińsk",),
    "IS": ("islandzk",),
    "IE": ("irlandzk",),
    "EE": ("estońsk",),
    "LV": ("łotewsk",),
    "LT": ("litewsk",),
    "CZ": ("czesk",),
    "HU": ("węgiersk",),
    "RO": ("rumuńsk",),
    "BG": ("bułgarsk",),
    "GR": ("greck",),
    "RS": ("serbsk",),
    "TR": ("tureck",),
    "GE": ("gruzińsk",),
    "US": ("amerykańsk", "Amerykan{in,ie,ów,ami}"),
    "CA": ("kanadyjsk",),
    "MX": ("meksykańsk",),
    "BR": ("brazylijsk",),
    "AR": ("argentyńsk",),
    "VE": ("wenezuelsk",),
    "CU": ("kubańsk",),
    "CN": ("chińsk", "Chińczy{k,cy,ków}"),
    "KP": ("północnokoreańsk",),
    "KR": ("południowokoreańsk",),
    "JP": ("japońsk",),
    "TW": ("tajwańsk",),
    "IN": ("indyjsk",),
    "PK": ("pakistańsk",),
    "AF": ("afgańsk",),
    "IR": ("irańsk",),
    "IQ": ("irack",),
    "SY": ("syryjsk",),
    "IL": ("izraelsk",),
    "PS": ("palestyńsk",),
    "LB": ("libańsk",),
    "SA": ("saudyjsk",),
    "YE": ("jemeńsk",),
    "VN": ("wietnamsk",),
    "ID": ("indonezyjsk",),
    "KZ": ("kazachsk",),
    "EG": ("egipsk",),
    "LY": ("libijsk",),
    "ZA": ("południowoafrykańsk",),
    "NG": ("nigeryjsk",),
    "ET": ("etiopsk",),
    "SD": ("sudańsk",),
    "AU": ("australijsk",),
    "NZ": ("nowozelandzk",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Fot Zdjęcie"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Wojna Wojny Wojnie Wojnę"
