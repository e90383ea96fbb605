"""Czech number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Czech
"miliarda" is 10**9 and "bilion" 10**12; nouns are listed in the cases a number takes."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f", ".")
SCALES = {
    "tis.": 3,
    "tisíc": 3,
    "tisíce": 3,
    "mil.": 6,
    "milion": 6,
    "miliony": 6,
    "milionů": 6,
    "mld.": 9,
    "miliarda": 9,
    "miliardy": 9,
    "miliard": 9,
    "bilion": 12,
    "biliony": 12,
    "bilionů": 12,
}
UNITS = {
    "USD": ("dolar", "dolary", "dolarů", "USD"),
    "EUR": ("euro", "eur"),
    "GBP": ("liber", "libry"),
    "RUB": ("rublů", "rubly"),
    "CZK": ("Kč", "korun", "koruny", "korun českých"),
    "%": ("procent", "procenta", "procentní body", "procentních bodů"),
    "km": ("km", "kilometrů", "kilometry"),
    "kg": ("kg", "kilogramů", "kilo"),
    "t": ("tun", "tuny", "tunu"),
    "people": ("lidí", "osob", "osoby", "obyvatel"),
    "points": ("bodů", "body"),
}
NOUNS = {
    "loss": ("ztráta", "ztráty", "ztrátu"),
    "profit": ("zisk", "zisku", "zisky"),
    "revenue": ("tržby", "příjmy", "obrat"),
    "sales": ("prodej", "prodeje"),
    "debt": ("dluh", "dluhy", "dluhů"),
    "share": ("akcií", "akcie"),
    "job": ("pracovních míst", "míst"),
    "worker": ("zaměstnanců", "zaměstnanci", "pracovníků", "dělníků"),
    "death": ("mrtvých", "obětí", "zemřelých", "zabitých"),
    "injured": ("zraněných", "raněných"),
    "vote": ("hlasů", "hlasy"),
    "delegate": ("delegátů", "delegáti", "volitelů"),
    "seat": ("mandátů", "mandáty", "křesel"),
    "vehicle": ("aut", "automobilů", "vozidel", "vozů"),
    "dealer": ("prodejců", "dealerů"),
    "plant": ("továren", "závodů", "továrny"),
    "soldier": ("vojáků", "vojáci"),
    "child": ("dětí", "děti"),
    "home": ("domů", "domy", "bytů"),
    "passenger": ("cestujících", "pasažérů"),
    "case": ("případů", "případy", "nakažených"),
    "barrel": ("barelů", "barely"),
}
LINKS = ()
PER = ("na", "za")
HEDGES = (
    "asi",
    "přibližně",
    "zhruba",
    "téměř",
    "skoro",
    "nejméně",
    "alespoň",
    "přes",
    "více než",
    "až",
    "méně než",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("hod.", "hodin")
