"""Spanish name data: country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Names take no endings. Adjectives are written in lower case ("rusos",
"norcoreana"); with a capital they match too (sentence starts).
"""

COUNTRY_ALIASES = {
    "EE. UU.": "US",
    "EEUU": "US",
    "EE.UU.": "US",
    "Norteamérica": "US",
    "Gran Bretaña": "GB",
    "Inglaterra": "GB",
    "Holanda": "NL",
    "Birmania": "MM",
    "República Checa": "CZ",
    "Bielorrusia": "BY",
}

DEMONYMS = {
    "RU": ("rus{o,a,os,as}",),
    "UA": ("ucranian{o,a,os,as}",),
    "BY": ("bielorrus{o,a,os,as}",),
    "PL": ("polac{o,a,os,as}",),
    "DE": ("alem{án,ana,anes,anas}",),
    "FR": ("franc{és,esa,eses,esas}",),
    "GB": ("británic{o,a,os,as}",),
    "IT": ("italian{o,a,os,as}",),
    "ES": ("español{,a,es,as}",),
    "PT": ("portugu{és,esa,eses,esas}",),
    "NL": ("holand{és,esa,eses,esas}", "neerland{és,esa,eses,esas}"),
    "BE": ("belga{,s}",),
    "CH": ("suiz{o,a,os,as}",),
    "AT": ("austriac{o,a,os,as}",),
    "SE": ("suec{o,a,os,as}",),
    "NO": ("norueg{o,a,os,as}",),
    "DK": ("dan{és,esa,eses,esas}",),
    "FI": ("finland{és,esa,eses,esas}",),
    "IS": ("island{és,esa,eses,esas}",),
    "IE": ("irland{és,esa,eses,esas}",),
    "EE": ("estoni{o,a,os,as}",),
    "LV": ("let{ón,ona,ones,onas}",),
    "LT": ("lituan{o,a,os,as}",),
    "CZ": ("chec{o,a,os,as}",),
    "HU": ("húngar{o,a,os,as}",),
    "RO": ("ruman{o,a,os,as}",),
    "BG": ("búlgar{o,a,os,as}",),
    "GR": ("grieg{o,a,os,as}",),
    "RS": ("serbi{o,a,os,as}",),
    "TR": ("turc{o,a,os,as}",),
    "GE": ("georgian{o,a,os,as}",),
    "US": ("estadounidense{,s}", "norteamerican{o,a,os,as}"),
    "CA": ("canadiense{,s}",),
    "MX": ("mexican{o,a,os,as}",),
    "BR": ("brasileñ{o,a,os,as}",),
    "AR": ("argentin{o,a,os,as}",),
    "VE": ("venezolan{o,a,os,as}",),
    "CU": ("cuban{o,a,os,as}",),
    "CN": ("chin{o,a,os,as}",),
    "KP": ("norcorean{o,a,os,as}",),
    "KR": ("surcorean{o,a,os,as}",),
    "JP": ("japon{és,esa,eses,esas}",),
    "TW": ("taiwan{és,esa,eses,esas}",),
    "IN": ("indi{o,a,os,as}",),
    "PK": ("paquistaní{,es}", "pakistaní{,es}"),
    "AF": ("afgan{o,a,os,as}",),
    "IR": ("iran{í,íes}",),
    "IQ": ("iraquí{,es}",),
    "SY": ("siri{o,a,os,as}",),
    "IL": ("israelí{,es}",),
    "PS": ("palestin{o,a,os,as}",),
    "LB": ("liban{és,esa,eses,esas}",),
    "SA": ("saud{í,íes}",),
    "YE": ("yemení{,es}",),
    "VN": ("vietnamita{,s}",),
    "ID": ("indonesi{o,a,os,as}",),
    "KZ": ("kazaj{o,a,os,as}",),
    "EG": ("egipci{o,a,os,as}",),
    "LY": ("libi{o,a,os,as}",),
    "ZA": ("sudafrican{o,a,os,as}",),
    "NG": ("nigerian{o,a,os,as}",),
    "ET": ("etíope{,s}",),
    "SD": ("sudan{és,esa,eses,esas}",),
    "AU": ("australian{o,a,os,as}",),
    "NZ": ("neozeland{és,esa,eses,esas}",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Fotos Fotografía Imagen Ilustración"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Guerra"
