"""Dutch number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Dutch
"miljard" is 10**9 and "biljoen" 10**12."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f")
SCALES = {
    "duizend": 3,
    "miljoen": 6,
    "miljoenen": 6,
    "mln": 6,
    "mln.": 6,
    "miljard": 9,
    "miljarden": 9,
    "mld": 9,
    "mld.": 9,
    "biljoen": 12,
}
UNITS = {
    "USD": ("dollar", "dollars", "Amerikaanse dollar"),
    "EUR": ("euro", "euro's"),
    "GBP": ("pond", "Britse pond"),
    "JPY": ("yen",),
    "RUB": ("roebel", "roebels"),
    "%": ("procent", "procentpunt", "procentpunten"),
    "km": ("km", "kilometer"),
    "kg": ("kg", "kilo", "kilogram"),
    "t": ("ton",),
    "people": ("mensen", "personen", "persoon", "inwoners"),
    "points": ("punt", "punten"),
}
NOUNS = {
    "loss": ("verlies", "verliezen"),
    "profit": ("winst", "winsten", "nettowinst"),
    "revenue": ("omzet", "inkomsten"),
    "sales": ("verkopen", "verkoop"),
    "debt": ("schuld", "schulden"),
    "share": ("aandeel", "aandelen"),
    "job": ("banen", "arbeidsplaatsen", "jobs"),
    "worker": ("werknemers", "medewerkers", "arbeiders", "personeelsleden"),
    "death": ("doden", "slachtoffers", "dodelijke slachtoffers"),
    "injured": ("gewonden", "gewonde"),
    "vote": ("stemmen", "stem"),
    "delegate": ("gedelegeerden", "afgevaardigden", "delegees"),
    "seat": ("zetels", "zetel"),
    "vehicle": ("auto's", "voertuigen", "wagens"),
    "dealer": ("dealers", "autodealers", "verdelers"),
    "plant": ("fabrieken", "fabriek", "vestigingen"),
    "soldier": ("soldaten", "militairen", "troepen"),
    "child": ("kinderen", "kind"),
    "home": ("huizen", "woningen", "huis"),
    "passenger": ("passagiers",),
    "case": ("gevallen", "geval"),
    "barrel": ("vaten", "vat"),
}
LINKS = ("van", "aan")
PER = ("per",)
HEDGES = (
    "ongeveer",
    "circa",
    "zo'n",
    "bijna",
    "ruim",
    "nagenoeg",
    "minstens",
    "ten minste",
    "meer dan",
    "tot",
    "minder dan",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("uur",)
