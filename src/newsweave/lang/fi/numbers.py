"""Finnish number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Finnish
"miljardi" is 10**9 and "biljoona" 10**12; nouns are listed in the partitive a number
takes (and the nominative)."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f")
SCALES = {
    "tuhatta": 3,
    "tuhat": 3,
    "milj.": 6,
    "miljoonaa": 6,
    "miljoona": 6,
    "mrd.": 9,
    "miljardia": 9,
    "miljardi": 9,
    "biljoonaa": 12,
    "biljoona": 12,
}
UNITS = {
    "USD": ("dollaria", "dollari", "Yhdysvaltain dollaria"),
    "EUR": ("euroa", "euro"),
    "GBP": ("puntaa",),
    "RUB": ("ruplaa",),
    "%": ("prosenttia", "prosentti", "prosenttiyksikköä"),
    "km": ("km", "kilometriä"),
    "kg": ("kg", "kiloa", "kilogrammaa"),
    "t": ("tonnia",),
    "people": ("ihmistä", "henkeä", "henkilöä", "asukasta"),
    "points": ("pistettä", "yksikköä"),
}
NOUNS = {
    "loss": ("tappio", "tappiota", "tappiot"),
    "profit": ("voitto", "voittoa", "tulos"),
    "revenue": ("liikevaihto", "liikevaihtoa", "tulot"),
    "sales": ("myynti", "myyntiä"),
    "debt": ("velka", "velkaa", "velat"),
    "share": ("osaketta", "osake", "osakkeet"),
    "job": ("työpaikkaa", "työpaikat"),
    "worker": ("työntekijää", "työntekijät", "työläistä"),
    "death": ("kuollutta", "kuolonuhria", "uhria", "kuoli"),
    "injured": ("loukkaantunutta", "haavoittunutta", "loukkaantui"),
    "vote": ("ääntä", "äänet"),
    "delegate": ("delegaattia", "valitsijamiestä"),
    "seat": ("paikkaa", "kansanedustajaa"),
    "vehicle": ("autoa", "ajoneuvoa"),
    "dealer": ("jälleenmyyjää",),
    "plant": ("tehdasta", "tehtaat"),
    "soldier": ("sotilasta", "sotilaat"),
    "child": ("lasta", "lapset"),
    "home": ("taloa", "asuntoa", "kotia"),
    "passenger": ("matkustajaa", "matkustajat"),
    "case": ("tapausta", "tartuntaa"),
    "barrel": ("tynnyriä",),
}
LINKS = ()
PER = ("per",)
HEDGES = (
    "noin",
    "lähes",
    "melkein",
    "vähintään",
    "ainakin",
    "yli",
    "runsaat",
    "jopa",
    "alle",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("klo", "kello")
