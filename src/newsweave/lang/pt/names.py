"""Portuguese name data: country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. Names take no endings. Adjectives are written in lower case ("russos",
"norte-coreana"); with a capital they match too (sentence starts).
"""

COUNTRY_ALIASES = {
    "EUA": "US",
    "América": "US",
    "Grã-Bretanha": "GB",
    "Inglaterra": "GB",
    "Holanda": "NL",
    "Birmânia": "MM",
    "República Checa": "CZ",
    "República Tcheca": "CZ",
    "Bielorrússia": "BY",
}

DEMONYMS = {
    "RU": ("russ{o,a,os,as}",),
    "UA": ("ucranian{o,a,os,as}",),
    "BY": ("bielorruss{o,a,os,as}",),
    "PL": ("polac{o,a,os,as}", "polonês", "polones{a,es,as}"),
    "DE": ("alem{ão,ã,ães,ãs}",),
    "FR": ("franc{ês,esa,eses,esas}",),
    "GB": ("britânic{o,a,os,as}",),
    "IT": ("italian{o,a,os,as}",),
    "ES": ("espanhol{,a,as}", "espanhóis"),
    "PT": ("portugu{ês,esa,eses,esas}",),
    "NL": ("holand{ês,esa,eses,esas}", "neerland{ês,esa,eses,esas}"),
    "BE": ("belga{,s}",),
    "CH": ("suíç{o,a,os,as}",),
    "AT": ("austríac{o,a,os,as}",),
    "SE": ("suec{o,a,os,as}",),
    "NO": ("norueg{uês,uesa,ueses,uesas}",),
    "DK": ("dinamarqu{ês,esa,eses,esas}",),
    "FI": ("finland{ês,esa,eses,esas}",),
    "IS": ("island{ês,esa,eses,esas}",),
    "IE": ("irland{ês,esa,eses,esas}",),
    "EE": ("estonian{o,a,os,as}",),
    "LV": ("let{ão,ã,ões,ãs}",),
    "LT": ("lituan{o,a,os,as}",),
    "CZ": ("chec{o,a,os,as}", "tchec{o,a,os,as}"),
    "HU": ("húngar{o,a,os,as}",),
    "RO": ("romen{o,a,os,as}",),
    "BG": ("búlgar{o,a,os,as}",),
    "GR": ("greg{o,a,os,as}",),
    "RS": ("sérvi{o,a,os,as}",),
    "TR": ("turc{o,a,os,as}",),
    "GE": ("georgian{o,a,os,as}",),
    "US": ("norte-american{o,a,os,as}", "american{o,a,os,as}", "estadunidense{,s}"),
    "CA": ("canadens{e,es}",),
    "MX": ("mexican{o,a,os,as}",),
    "BR": ("brasileir{o,a,os,as}",),
    "AR": ("argentin{o,a,os,as}",),
    "VE": ("venezuelan{o,a,os,as}",),
    "CU": ("cuban{o,a,os,as}",),
    "CN": ("chin{ês,esa,eses,esas}",),
    "KP": ("norte-corean{o,a,os,as}",),
    "KR": ("sul-corean{o,a,os,as}",),
    "JP": ("japon{ês,esa,eses,esas}",),
    "TW": ("taiwan{ês,esa,eses,esas}",),
    "IN": ("indian{o,a,os,as}",),
    "PK": ("paquistan{ês,esa,eses,esas}",),
    "AF": ("afeg{ão,ã,ãos,ãs}",),
    "IR": ("iranian{o,a,os,as}",),
    "IQ": ("iraquian{o,a,os,as}",),
    "SY": ("síri{o,a,os,as}",),
    "IL": ("israelense{,s}",),
    "PS": ("palestin{o,a,os,as}",),
    "LB": ("liban{ês,esa,eses,esas}",),
    "SA": ("saudit{a,as}",),
    "YE": ("iemenit{a,as}",),
    "VN": ("vietnamita{,s}",),
    "ID": ("indonési{o,a,os,as}",),
    "KZ": ("cazaqu{e,es}",),
    "EG": ("egípci{o,a,os,as}",),
    "LY": ("líbi{o,a,os,as}",),
    "ZA": ("sul-african{o,a,os,as}",),
    "NG": ("nigerian{o,a,os,as}",),
    "ET": ("etíope{,s}",),
    "SD": ("sudan{ês,esa,eses,esas}",),
    "AU": ("australian{o,a,os,as}",),
    "NZ": ("neozeland{ês,esa,eses,esas}",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Fotos Imagem Ilustração"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Guerra"
