"""Polish number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Polish
"miliard" is 10**9 and "bilion" 10**12; nouns are listed in the cases a number takes
(nominative after 2-4, genitive plural after 5 and more)."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f", ".")
SCALES = {
    "tys.": 3,
    "tysięcy": 3,
    "tysiące": 3,
    "mln": 6,
    "mln.": 6,
    "milion": 6,
    "miliony": 6,
    "milionów": 6,
    "mld": 9,
    "mld.": 9,
    "miliard": 9,
    "miliardy": 9,
    "miliardów": 9,
    "bln": 12,
    "bilion": 12,
    "biliony": 12,
    "bilionów": 12,
}
UNITS = {
    "USD": ("dolar", "dolary", "dolarów", "USD"),
    "EUR": ("euro",),
    "GBP": ("funt", "funty", "funtów"),
    "RUB": ("rubel", "ruble", "rubli"),
    "PLN": ("zł", "złotych", "złote", "złoty"),
    "%": ("proc.", "procent", "procenty", "procentów", "punktów procentowych"),
    "km": ("km", "kilometrów", "kilometry"),
    "kg": ("kg", "kilogramów", "kilogramy"),
    "t": ("ton", "tony", "tonę"),
    "people": ("osób", "osoby", "ludzi", "mieszkańców"),
    "points": ("punktów", "punkty", "pkt", "pkt."),
}
NOUNS = {
    "loss": ("strata", "straty", "strat"),
    "profit": ("zysk", "zyski", "zysku"),
    "revenue": ("przychody", "przychodów", "obroty"),
    "sales": ("sprzedaż",),
    "debt": ("dług", "długi", "zadłużenie"),
    "share": ("akcji", "akcje", "akcja"),
    "job": ("miejsc pracy", "etatów", "etaty"),
    "worker": ("pracowników", "pracownicy", "robotników", "zatrudnionych"),
    "death": ("zabitych", "zmarłych", "ofiar", "ofiary", "zabici"),
    "injured": ("rannych", "ranni", "poszkodowanych"),
    "vote": ("głosów", "głosy"),
    "delegate": ("delegatów", "delegaci", "elektorów"),
    "seat": ("mandatów", "mandaty", "miejsc"),
    "vehicle": ("samochodów", "samochody", "pojazdów", "pojazdy", "aut"),
    "dealer": ("dealerów", "dealerzy", "salonów"),
    "plant": ("fabryk", "fabryki", "zakładów", "zakłady"),
    "soldier": ("żołnierzy", "żołnierze", "wojskowych"),
    "child": ("dzieci", "dziecko"),
    "home": ("domów", "domy", "mieszkań", "mieszkania"),
    "passenger": ("pasażerów", "pasażerowie"),
    "case": ("przypadków", "przypadki", "zakażeń"),
    "barrel": ("baryłek", "baryłki"),
}
LINKS = ()
PER = ("na", "za")
HEDGES = (
    "około",
    "ok.",
    "prawie",
    "niemal",
    "blisko",
    "co najmniej",
    "ponad",
    "przeszło",
    "do",
    "mniej niż",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("godz.", "godzinie")
