"""English number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means)."""

DECIMAL = "."
GROUP = (",",)
SCALES = {
    "thousand": 3,
    "million": 6,
    "millions": 6,
    "mln": 6,
    "billion": 9,
    "billions": 9,
    "bn": 9,
    "trillion": 12,
    "trillions": 12,
}
UNITS = {
    "USD": ("dollar", "dollars", "US dollars", "U.S. dollars"),
    "EUR": ("euro", "euros"),
    "GBP": ("pound", "pounds", "pounds sterling"),
    "JPY": ("yen",),
    "RUB": ("rouble", "roubles", "ruble", "rubles"),
    "%": ("percent", "per cent", "percentage points"),
    "km": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    "kg": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "t": ("tonne", "tonnes", "ton", "tons"),
    "people": ("people", "persons", "person"),
    "points": ("point", "points"),
}
NOUNS = {
    "loss": ("loss", "losses"),
    "profit": ("profit", "profits", "net income"),
    "revenue": ("revenue", "revenues", "turnover"),
    "sales": ("sales",),
    "debt": ("debt", "debts"),
    "share": ("share", "shares"),
    "job": ("job", "jobs"),
    "worker": ("worker", "workers", "employee", "employees", "staff"),
    "death": ("dead", "deaths", "fatalities", "victims", "killed"),
    "injured": ("injured", "wounded", "injuries"),
    "vote": ("vote", "votes"),
    "delegate": ("delegate", "delegates"),
    "seat": ("seat", "seats"),
    "vehicle": ("car", "cars", "vehicle", "vehicles"),
    "dealer": ("dealer", "dealers", "dealership", "dealerships"),
    "plant": ("plant", "plants", "factory", "factories"),
    "soldier": ("soldier", "soldiers", "troops"),
    "child": ("child", "children"),
    "home": ("home", "homes", "house", "houses"),
    "passenger": ("passenger", "passengers"),
    "case": ("case", "cases"),
    "barrel": ("barrel", "barrels"),
}
LINKS = ("of", "in")
PER = ("per", "a")
HEDGES = (
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "an estimated",
    "at least",
    "more than",
    "over",
    "up to",
    "less than",
    "under",
    "close to",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("a.m.", "p.m.", "am", "pm", "GMT", "UTC")
