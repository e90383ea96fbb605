"""Italian name data: elided articles, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Names take no endings; an elided article or preposition glued to a name
("dell'Ucraina", "l'Iran") strips when the bare name is confirmed.
"""

NAME_PREFIXES = ("l'", "d'", "dell'", "all'", "nell'", "dall'", "sull'")

COUNTRY_ALIASES = {
    "America": "US",
    "Gran Bretagna": "GB",
    "Inghilterra": "GB",
    "Olanda": "NL",
    "Birmania": "MM",
    "Repubblica Ceca": "CZ",
    "Bielorussia": "BY",
}

DEMONYMS = {
    "RU": ("russ{o,a,i,e}",),
    "UA": ("ucrain{o,a,i,e}",),
    "BY": ("bieloruss{o,a,i,e}",),
    "PL": ("polacc{o,a,hi,he}",),
    "DE": ("tedesc{o,a,hi,he}",),
    "FR": ("frances{e,i}",),
    "GB": ("britannic{o,a,i,he}",),
    "IT": ("italian{o,a,i,e}",),
    "ES": ("spagnol{o,a,i,e}",),
    "PT": ("portoghes{e,i}",),
    "NL": ("oland{ese,esi}",),
    "BE": ("belg{a,i,he}",),
    "CH": ("svizzer{o,a,i,e}",),
    "AT": ("austriac{o,a,i,he}",),
    "SE": ("sved{ese,esi}",),
    "NO": ("norveges{e,i}",),
    "DK": ("danes{e,i}",),
    "FI": ("finland{ese,esi}",),
    "IS": ("island{ese,esi}",),
    "IE": ("irland{ese,esi}",),
    "EE": ("eston{e,i}",),
    "LV": ("letton{e,i}",),
    "LT": ("lituan{o,a,i,e}",),
    "CZ": ("cec{o,a,hi,he}",),
    "HU": ("ungheres{e,i}",),
    "RO": ("romen{o,a,i,e}",),
    "BG": ("bulgar{o,a,i,e}",),
    "GR": ("grec{o,a,i,he}",),
    "RS": ("serb{o,a,i,e}",),
    "TR": ("turc{o,a,hi,he}",),
    "GE": ("georgian{o,a,i,e}",),
    "US": ("statunitens{e,i}", "american{o,a,i,e}"),
    "CA": ("canades{e,i}",),
    "MX": ("messican{o,a,i,e}",),
    "BR": ("brasilian{o,a,i,e}",),
    "AR": ("argentin{o,a,i,e}",),
    "VE": ("venezuelan{o,a,i,e}",),
    "CU": ("cuban{o,a,i,e}",),
    "CN": ("cines{e,i}",),
    "KP": ("nordcorean{o,a,i,e}",),
    "KR": ("sudcorean{o,a,i,e}",),
    "JP": ("giappones{e,i}",),
    "TW": ("taiwanes{e,i}",),
    "IN": ("indian{o,a,i,e}",),
    "PK": ("pakistan{o,a,i,e}",),
    "AF": ("afghan{o,a,i,e}",),
    "IR": ("iranian{o,a,i,e}",),
    "IQ": ("irachen{o,a,i,e}",),
    "SY": ("sirian{o,a,i,e}",),
    "IL": ("israelian{o,a,i,e}",),
    "PS": ("palestines{e,i}",),
    "LB": ("libanes{e,i}",),
    "SA": ("saudit{a,i,e}",),
    "YE": ("yemenit{a,i,e}",),
    "VN": ("vietnamit{a,i,e}",),
    "ID": ("indonesian{o,a,i,e}",),
    "KZ": ("kazak{o,a,i,e}",),
    "EG": ("egizian{o,a,i,e}",),
    "LY": ("libic{o,a,i,he}",),
    "ZA": ("sudafrican{o,a,i,e}",),
    "NG": ("nigerian{o,a,i,e}",),
    "ET": ("etiop{e,i}",),
    "SD": ("sudanes{e,i}",),
    "AU": ("australian{o,a,i,e}",),
    "NZ": ("neozeland{ese,esi}",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Immagine Illustrazione"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Guerra"
