"""German number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). German
"Billion" is 10**12 (English "trillion")."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f", "'")
SCALES = {
    "tausend": 3,
    "Tsd.": 3,
    "Million": 6,
    "Millionen": 6,
    "Mio.": 6,
    "Mio": 6,
    "Milliarde": 9,
    "Milliarden": 9,
    "Mrd.": 9,
    "Mrd": 9,
    "Billion": 12,
    "Billionen": 12,
    "Bio.": 12,
}
UNITS = {
    "USD": ("Dollar", "US-Dollar"),
    "EUR": ("Euro",),
    "GBP": ("Pfund",),
    "JPY": ("Yen",),
    "RUB": ("Rubel",),
    "CHF": ("Franken",),
    "%": ("Prozent", "Prozentpunkte"),
    "km": ("km", "Kilometer"),
    "kg": ("kg", "Kilogramm", "Kilo"),
    "t": ("Tonne", "Tonnen"),
    "people": ("Menschen", "Personen", "Leute", "Person"),
    "points": ("Punkt", "Punkte", "Punkten", "Zähler"),
}
NOUNS = {
    "loss": ("Verlust", "Verluste", "Verlusten"),
    "profit": ("Gewinn", "Gewinne", "Reingewinn", "Überschuss"),
    "revenue": ("Umsatz", "Umsätze", "Einnahmen", "Erlöse"),
    "sales": ("Absatz", "Verkäufe"),
    "debt": ("Schulden", "Verbindlichkeiten"),
    "share": ("Aktie", "Aktien", "Anteile"),
    "job": ("Arbeitsplätze", "Stellen", "Jobs", "Arbeitsplatz"),
    "worker": ("Mitarbeiter", "Beschäftigte", "Beschäftigten", "Arbeiter", "Angestellte"),
    "death": ("Tote", "Toten", "Todesopfer", "Opfer"),
    "injured": ("Verletzte", "Verletzten", "Verwundete"),
    "vote": ("Stimmen", "Stimme"),
    "delegate": ("Delegierte", "Delegierten"),
    "seat": ("Sitze", "Mandate", "Sitz"),
    "vehicle": ("Autos", "Fahrzeuge", "Wagen", "Auto", "Fahrzeug"),
    "dealer": ("Händler", "Autohäuser", "Vertragshändler"),
    "plant": ("Werke", "Fabriken", "Werk", "Fabrik"),
    "soldier": ("Soldaten", "Soldat", "Truppen"),
    "child": ("Kinder", "Kind", "Kindern"),
    "home": ("Häuser", "Wohnungen", "Haus"),
    "passenger": ("Passagiere", "Fahrgäste", "Passagieren"),
    "case": ("Fälle", "Fall", "Fällen"),
    "barrel": ("Barrel", "Fass"),
}
LINKS = ("von",)
PER = ("pro", "je")
HEDGES = (
    "etwa",
    "rund",
    "fast",
    "knapp",
    "beinahe",
    "ungefähr",
    "circa",
    "ca.",
    "mindestens",
    "mehr als",
    "über",
    "bis zu",
    "weniger als",
    "unter",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("Uhr",)
