"""French name data: elided articles, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Names take no endings; an elided article or preposition glued to a name
("d'Ukraine", "l'Iran") strips when the bare name is confirmed. Adjectives are written in
lower case ("russe", "nord-coréens"), the nouns with a capital ("les Russes") match too.
"""

NAME_PREFIXES = ("l'", "d'")

COUNTRY_ALIASES = {
    "Amérique": "US",
    "Grande-Bretagne": "GB",
    "Angleterre": "GB",
    "Hollande": "NL",
    "Birmanie": "MM",
    "République tchèque": "CZ",
    "Bélarus": "BY",
}

DEMONYMS = {
    "RU": ("russe{,s}",),
    "UA": ("ukrainien{,ne,s,nes}",),
    "BY": ("biélorusse{,s}", "bélarusse{,s}"),
    "PL": ("polonais{,e,es}",),
    "DE": ("allemand{,e,s,es}",),
    "FR": ("français{,e,es}",),
    "GB": ("britannique{,s}",),
    "IT": ("italien{,ne,s,nes}",),
    "ES": ("espagnol{,e,s,es}",),
    "PT": ("portugais{,e,es}",),
    "NL": ("néerlandais{,e,es}",),
    "BE": ("belge{,s}",),
    "CH": ("suisse{,s}",),
    "AT": ("autrichien{,ne,s,nes}",),
    "SE": ("suédois{,e,es}",),
    "NO": ("norvégien{,ne,s,nes}",),
    "DK": ("danois{,e,es}",),
    "FI": ("finlandais{,e,es}",),
    "IS": ("islandais{,e,es}",),
    "IE": ("irlandais{,e,es}",),
    "EE": ("estonien{,ne,s,nes}",),
    "LV": ("letton{,ne,s,nes}",),
    "LT": ("lituanien{,ne,s,nes}",),
    "CZ": ("tchèque{,s}",),
    "HU": ("hongrois{,e,es}",),
    "RO": ("roumain{,e,s,es}",),
    "BG": ("bulgare{,s}",),
    "GR": ("grec{,s}", "grecque{,s}"),
    "RS": ("serbe{,s}",),
    "TR": ("turc{,s}", "turque{,s}"),
    "GE": ("géorgien{,ne,s,nes}",),
    "US": ("américain{,e,s,es}",),
    "CA": ("canadien{,ne,s,nes}",),
    "MX": ("mexicain{,e,s,es}",),
    "BR": ("brésilien{,ne,s,nes}",),
    "AR": ("argentin{,e,s,es}",),
    "VE": ("vénézuélien{,ne,s,nes}",),
    "CU": ("cubain{,e,s,es}",),
    "CN": ("chinois{,e,es}",),
    "KP": ("nord-coréen{,ne,s,nes}",),
    "KR": ("sud-coréen{,ne,s,nes}",),
    "JP": ("japonais{,e,es}",),
    "TW": ("taïwanais{,e,es}",),
    "IN": ("indien{,ne,s,nes}",),
    "PK": ("pakistanais{,e,es}",),
    "AF": ("afghan{,e,s,es}",),
    "IR": ("iranien{,ne,s,nes}",),
    "IQ": ("irakien{,ne,s,nes}",),
    "SY": ("syrien{,ne,s,nes}",),
    "IL": ("israélien{,ne,s,nes}",),
    "PS": ("palestinien{,ne,s,nes}",),
    "LB": ("libanais{,e,es}",),
    "SA": ("saoudien{,ne,s,nes}",),
    "YE": ("yéménite{,s}",),
    "VN": ("vietnamien{,ne,s,nes}",),
    "ID": ("indonésien{,ne,s,nes}",),
    "KZ": ("kazakh{,e,s,es}",),
    "EG": ("égyptien{,ne,s,nes}",),
    "LY": ("libyen{,ne,s,nes}",),
    "ZA": ("sud-africain{,e,s,es}",),
    "NG": ("nigérian{,e,s,es}",),
    "ET": ("éthiopien{,ne,s,nes}",),
    "SD": ("soudanais{,e,es}",),
    "AU": ("australien{,ne,s,nes}",),
    "NZ": ("néo-zélandais{,e,es}",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Photo Photos Crédit Crédits Illustration"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Guerre"
