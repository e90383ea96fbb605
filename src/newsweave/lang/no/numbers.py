"""Norwegian (Bokmål) number data: how numbers are written, their scale words, units and
the nouns they count (see `newsweave.stories.numbers` for what each constant means).
Norwegian "milliard" is 10**9 and "billion" 10**12."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f", ".")
SCALES = {
    "tusen": 3,
    "million": 6,
    "millioner": 6,
    "mill.": 6,
    "mill": 6,
    "mnok": 6,
    "milliard": 9,
    "milliarder": 9,
    "mrd.": 9,
    "mrd": 9,
    "billion": 12,
    "billioner": 12,
}
UNITS = {
    "USD": ("dollar", "amerikanske dollar"),
    "EUR": ("euro",),
    "GBP": ("pund",),
    "RUB": ("rubler", "rubel"),
    "NOK": ("kroner", "krone", "kr.", "kr"),
    "%": ("prosent", "prosentpoeng"),
    "km": ("km", "kilometer"),
    "kg": ("kg", "kilo", "kilogram"),
    "t": ("tonn",),
    "people": ("mennesker", "personer", "folk", "person"),
    "points": ("poeng",),
}
NOUNS = {
    "loss": ("underskudd", "tap"),
    "profit": ("overskudd", "fortjeneste"),
    "revenue": ("omsetning", "inntekter"),
    "sales": ("salg",),
    "debt": ("gjeld",),
    "share": ("aksje", "aksjer", "aksjen"),
    "job": ("jobber", "arbeidsplasser", "stillinger"),
    "worker": ("ansatte", "medarbeidere", "arbeidere"),
    "death": ("døde", "drepte", "dødsofre", "ofre"),
    "injured": ("skadde", "sårede"),
    "vote": ("stemmer", "stemme"),
    "delegate": ("delegater",),
    "seat": ("mandater", "seter", "plasser"),
    "vehicle": ("biler", "bil", "kjøretøy"),
    "dealer": ("forhandlere", "forhandler"),
    "plant": ("fabrikker", "fabrikk"),
    "soldier": ("soldater", "soldat", "tropper"),
    "child": ("barn",),
    "home": ("hus", "boliger", "hjem"),
    "passenger": ("passasjerer",),
    "case": ("tilfeller", "smittede"),
    "barrel": ("fat",),
}
LINKS = ("av", "på")
PER = ("per", "pr.")
HEDGES = (
    "omkring",
    "cirka",
    "ca.",
    "nesten",
    "drøyt",
    "knapt",
    "minst",
    "over",
    "mer enn",
    "opptil",
    "under",
    "færre enn",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("kl.", "klokken")
