"""Czech name data: case endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Every word of a name is declined ("Vladimira Putina", "Severní Koreje"); an ending
strips only when the base form is confirmed ("Ruska" -> "Rusko", "Moskvy" -> "Moskva",
"Putina" -> "Putin" when "Putin" occurs). Consonant stems are tried first.
"""

INFLECT_EVERY_WORD = True

NAME_ENDINGS = (
    # masculine consonant stems: Putina, Putinovi, Putinem -> Putin
    ("ovi", ""),
    ("em", ""),
    ("a", ""),
    ("u", ""),
    ("e", ""),
    # adjectives and surnames in -ý: Zelenského, Zelenskému, Zelenským -> Zelenský
    ("ého", "ý"),
    ("ému", "ý"),
    ("ým", "ý"),
    ("ém", "ý"),
    # nouns in -ea: Koreje, Koreji, Koreu, Koreou -> Korea
    ("eje", "ea"),
    ("eji", "ea"),
    ("eou", "ea"),
    ("eu", "ea"),
    # feminine in -a: Moskvy, Moskvě, Moskvu, Moskvou -> Moskva
    ("ou", "a"),
    ("y", "a"),
    ("ě", "a"),
    ("u", "a"),
    ("e", "a"),
    ("i", "a"),
    # neuter in -o: Ruska, Rusku, Ruskem -> Rusko
    ("em", "o"),
    ("a", "o"),
    ("u", "o"),
)

COUNTRY_ALIASES = {
    "USA": "US",
    "Amerika": "US",
    "Ruská federace": "RU",
    "KLDR": "KP",
    "Velká Británie": "GB",
    "Anglie": "GB",
    "Holandsko": "NL",
    "Česká republika": "CZ",
    "Bělorusko": "BY",
}

DEMONYM_ENDINGS = ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými", "í")
DEMONYMS = {
    "RU": ("rusk", "Rus{,ové,ů,y,a,ovi}"),
    "UA": ("ukrajinsk", "Ukrajin{ec,ci,ců}"),
    "BY": ("bělorusk",),
    "PL": ("polsk",),
    "DE": ("německ", "Něm{ec,ci,ců}"),
    "FR": ("francouzsk",),
    "GB": ("britsk",),
    "IT": ("italsk",),
    "ES": ("španělsk",),
    "PT": ("portugalsk",),
    "NL": ("nizozemsk", "holandsk"),
    "BE": ("belgick",),
    "CH": ("švýcarsk",),
    "AT": ("rakousk",),
    "SE": ("švédsk",),
    "NO": ("norsk",),
    "DK": ("dánsk",),
    "FI": ("finsk",),
    "IS": ("islandsk",),
    "IE": ("irsk",),
    "EE": ("estonsk",),
    "LV": ("lotyšsk",),
    "LT": ("litevsk",),
    "CZ": ("česk",),
    "HU": ("maďarsk",),
    "RO": ("rumunsk",),
    "BG": ("bulharsk",),
    "GR": ("řeck",),
    "RS": ("srbsk",),
    "TR": ("tureck",),
    "GE": ("gruzínsk",),
    "US": ("americk", "Američan{,é,ů}"),
    "CA": ("kanadsk",),
    "MX": ("mexick",),
    "BR": ("brazilsk",),
    "AR": ("argentinsk",),
    "VE": ("venezuelsk",),
    "CU": ("kubánsk",),
    "CN": ("čínsk", "Číňan{,é,ů}"),
    "KP": ("severokorejsk",),
    "KR": ("jihokorejsk",),
    "JP": ("japonsk",),
    "TW": ("tchajwansk",),
    "IN": ("indick",),
    "PK": ("pákistánsk",),
    "AF": ("afghánsk",),
    "IR": ("íránsk",),
    "IQ": ("iráck",),
    "SY": ("syrsk",),
    "IL": ("izraelsk",),
    "PS": ("palestinsk",),
    "LB": ("libanonsk",),
    "SA": ("saúdskoarabsk", "saúdsk"),
    "YE": ("jemensk",),
    "VN": ("vietnamsk",),
    "ID": ("indonésk",),
    "KZ": ("kazašsk",),
    "EG": ("egyptsk",),
    "LY": ("libyjsk",),
    "ZA": ("jihoafrick",),
    "NG": ("nigerijsk",),
    "ET": ("etiopsk",),
    "SD": ("súdánsk",),
    "AU": ("australsk",),
    "NZ": ("novozélandsk",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Snímek"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Válka Války Válce Válku"
