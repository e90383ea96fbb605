"""Danish number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Danish
"milliard" is 10**9 and "billion" 10**12."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f")
SCALES = {
    "tusind": 3,
    "million": 6,
    "millioner": 6,
    "mio.": 6,
    "mio": 6,
    "milliard": 9,
    "milliarder": 9,
    "mia.": 9,
    "mia": 9,
    "mdr.": 9,
    "billion": 12,
    "billioner": 12,
}
UNITS = {
    "USD": ("dollar", "dollars", "amerikanske dollar"),
    "EUR": ("euro",),
    "GBP": ("pund",),
    "RUB": ("rubler", "rubel"),
    "DKK": ("kroner", "krone", "kr.", "kr", "danske kroner"),
    "%": ("procent", "pct.", "pct", "procentpoint"),
    "km": ("km", "kilometer"),
    "kg": ("kg", "kilo", "kilogram"),
    "t": ("ton",),
    "people": ("mennesker", "personer", "folk", "person"),
    "points": ("point",),
}
NOUNS = {
    "loss": ("underskud", "tab"),
    "profit": ("overskud", "fortjeneste"),
    "revenue": ("omsætning", "indtægter"),
    "sales": ("salg",),
    "debt": ("gæld",),
    "share": ("aktie", "aktier", "aktien"),
    "job": ("job", "arbejdspladser", "stillinger"),
    "worker": ("ansatte", "medarbejdere", "arbejdere", "ansat"),
    "death": ("døde", "dræbte", "dødsofre", "ofre"),
    "injured": ("sårede", "tilskadekomne", "kvæstede"),
    "vote": ("stemmer", "stemme"),
    "delegate": ("delegerede",),
    "seat": ("mandater", "pladser", "sæder"),
    "vehicle": ("biler", "bil", "køretøjer"),
    "dealer": ("forhandlere", "forhandler"),
    "plant": ("fabrikker", "fabrik", "værker"),
    "soldier": ("soldater", "soldat", "tropper"),
    "child": ("børn", "barn"),
    "home": ("huse", "boliger", "hjem"),
    "passenger": ("passagerer",),
    "case": ("tilfælde", "smittede"),
    "barrel": ("tønder", "td."),
}
LINKS = ("af", "på")
PER = ("pr.", "per", "om")
HEDGES = (
    "omkring",
    "cirka",
    "ca.",
    "næsten",
    "godt",
    "knap",
    "mindst",
    "over",
    "mere end",
    "op til",
    "under",
    "færre end",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("kl.", "klokken")
