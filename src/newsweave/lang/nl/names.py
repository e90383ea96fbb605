"""Dutch name data: genitive endings, country aliases, country adjectives and demonyms.

See `newsweave.entities.names` and `newsweave.entities.demonyms` for what each constant
means. The genitive -s ("Ruslands") strips when confirmed; 's after a vowel or an
abbreviation ("Obama's", "VS's") always strips. Dutch writes adjectives of countries with
a capital ("Russische"), so every form matches only as written.
"""

NAME_ENDINGS = (("s", ""),)
NAME_ENDINGS_ALWAYS = (("'s", ""), ("'", ""))

COUNTRY_ALIASES = {
    "VS": "US",
    "Amerika": "US",
    "Wit-Rusland": "BY",
    "Holland": "NL",
    "Groot-Brittannië": "GB",
    "Engeland": "GB",
    "Tsjechische Republiek": "CZ",
    "Birma": "MM",
}

DEMONYM_ENDINGS = ("", "e")
DEMONYMS = {
    "RU": ("Russisch", "Rus{,sen}"),
    "UA": ("Oekraïens", "Oekraïner{,s}"),
    "BY": ("Wit-Russisch", "Belarussisch"),
    "PL": ("Pools",),
    "DE": ("Duits", "Duitser{,s}"),
    "FR": ("Frans{e,en,man}",),
    "GB": ("Brits", "Brit{,ten}"),
    "IT": ("Italiaans", "Italiaan{,en}"),
    "ES": ("Spaans", "Spanjaard{,en}"),
    "PT": ("Portuge{es,se,zen}",),
    "NL": ("Nederlands", "Nederlander{,s}", "Hollands"),
    "BE": ("Belgisch", "Belg{,en}"),
    "CH": ("Zwitsers", "Zwitser{,s}"),
    "AT": ("Oostenrijks", "Oostenrijker{,s}"),
    "SE": ("Zweeds", "Zweed"),
    "NO": ("Noors",),
    "DK": ("Deens",),
    "FI": ("Fins",),
    "IS": ("IJslands",),
    "IE": ("Iers",),
    "EE": ("Ests",),
    "LV": ("Lets",),
    "LT": ("Litouws",),
    "CZ": ("Tsjechisch",),
    "HU": ("Hongaars",),
    "RO": ("Roemeens",),
    "BG": ("Bulgaars",),
    "GR": ("Grieks", "Griek{,en}"),
    "RS": ("Servisch",),
    "TR": ("Turks", "Turk{,en}"),
    "GE": ("Georgisch",),
    "US": ("Amerikaans", "Amerikaan{,en}"),
    "CA": ("Canade{es,se,zen}",),
    "MX": ("Mexicaans",),
    "BR": ("Braziliaans",),
    "AR": ("Argentijns",),
    "VE": ("Venezolaans",),
    "CU": ("Cubaans",),
    "CN": ("Chine{es,se,zen}",),
    "KP": ("Noord-Koreaans",),
    "KR": ("Zuid-Koreaans",),
    "JP": ("Japans", "Japanner{,s}"),
    "TW": ("Taiwane{es,se}",),
    "IN": ("India{as,se}", "Indiër{,s}"),
    "PK": ("Pakistaans",),
    "AF": ("Afghaans",),
    "IR": ("Iraans", "Iraniër{,s}"),
    "IQ": ("Iraaks",),
    "SY": ("Syrisch",),
    "IL": ("Israëlisch", "Israëli{,'s}"),
    "PS": ("Palestijns", "Palestijn{,en}"),
    "LB": ("Libane{es,se,zen}",),
    "SA": ("Saoedisch", "Saoedi-Arabisch"),
    "YE": ("Jemenitisch",),
    "VN": ("Vietname{es,se,zen}",),
    "ID": ("Indonesisch",),
    "KZ": ("Kazachs",),
    "EG": ("Egyptisch",),
    "LY": ("Libisch",),
    "ZA": ("Zuid-Afrikaans",),
    "NG": ("Nigeriaans",),
    "ET": ("Ethiopisch",),
    "SD": ("Soedane{es,se,zen}",),
    "AU": ("Australisch",),
    "NZ": ("Nieuw-Zeelands",),
}

# Words that open a photo credit, before a colon ("Foto: KCNA/AFP/Ritzau Scanpix"), read by
# newsweave.entities.credits.
CREDIT_WORDS = "Foto Foto's Beeld Illustratie"

# Words that end the name of an event (newsweave.entities.typewords): no PER, ORG or LOC.
EVENT_WORDS = "Oorlog Wereldoorlog"
