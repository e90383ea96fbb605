"""Swedish number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Swedish
"miljard" is 10**9 and "biljon" 10**12."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f", ".")
SCALES = {
    "tusen": 3,
    "miljon": 6,
    "miljoner": 6,
    "milj.": 6,
    "mkr": 6,
    "miljard": 9,
    "miljarder": 9,
    "mdr": 9,
    "mdkr": 9,
    "biljon": 12,
    "biljoner": 12,
}
UNITS = {
    "USD": ("dollar", "amerikanska dollar"),
    "EUR": ("euro",),
    "GBP": ("pund",),
    "RUB": ("rubel",),
    "SEK": ("kronor", "krona", "kr", "kr."),
    "%": ("procent", "procentenheter"),
    "km": ("km", "kilometer"),
    "kg": ("kg", "kilo", "kilogram"),
    "t": ("ton",),
    "people": ("personer", "människor", "person"),
    "points": ("punkter", "enheter"),
}
NOUNS = {
    "loss": ("förlust", "förluster", "underskott"),
    "profit": ("vinst", "vinster", "överskott"),
    "revenue": ("omsättning", "intäkter"),
    "sales": ("försäljning",),
    "debt": ("skulder", "skuld"),
    "share": ("aktie", "aktier", "aktien"),
    "job": ("jobb", "arbetstillfällen", "tjänster"),
    "worker": ("anställda", "medarbetare", "arbetare"),
    "death": ("döda", "dödade", "dödsoffer", "offer"),
    "injured": ("skadade", "sårade"),
    "vote": ("röster", "röst"),
    "delegate": ("delegater",),
    "seat": ("mandat", "platser"),
    "vehicle": ("bilar", "bil", "fordon"),
    "dealer": ("återförsäljare",),
    "plant": ("fabriker", "fabrik"),
    "soldier": ("soldater", "soldat", "trupper"),
    "child": ("barn",),
    "home": ("hus", "bostäder", "hem"),
    "passenger": ("passagerare",),
    "case": ("fall",),
    "barrel": ("fat",),
}
LINKS = ("av", "på")
PER = ("per",)
HEDGES = (
    "omkring",
    "cirka",
    "ca",
    "nästan",
    "drygt",
    "knappt",
    "minst",
    "över",
    "mer än",
    "upp till",
    "under",
    "färre än",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("kl.", "klockan")
