"""French number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). French
"milliard" is 10**9 and "billion" 10**12."""

DECIMAL = ","
GROUP = (" ", "\u00a0", "\u202f", ".")
SCALES = {
    "mille": 3,
    "million": 6,
    "millions": 6,
    "milliard": 9,
    "milliards": 9,
    "Md": 9,
    "Mds": 9,
    "billion": 12,
    "billions": 12,
}
UNITS = {
    "USD": ("dollar", "dollars", "dollars américains"),
    "EUR": ("euro", "euros"),
    "GBP": ("livre", "livres", "livres sterling"),
    "JPY": ("yen", "yens"),
    "RUB": ("rouble", "roubles"),
    "CHF": ("franc suisse", "francs suisses"),
    "%": ("pour cent", "points de pourcentage"),
    "km": ("km", "kilomètre", "kilomètres"),
    "kg": ("kg", "kilo", "kilos", "kilogramme", "kilogrammes"),
    "t": ("tonne", "tonnes"),
    "people": ("personnes", "personne", "habitants", "gens"),
    "points": ("point", "points"),
}
NOUNS = {
    "loss": ("perte", "pertes"),
    "profit": ("bénéfice", "bénéfices", "profit", "profits"),
    "revenue": ("chiffre d'affaires", "recettes", "revenus"),
    "sales": ("ventes",),
    "debt": ("dette", "dettes"),
    "share": ("action", "actions"),
    "job": ("emplois", "emploi", "postes"),
    "worker": ("salariés", "employés", "ouvriers", "travailleurs"),
    "death": ("morts", "victimes", "tués", "décès"),
    "injured": ("blessés", "blessé"),
    "vote": ("voix", "votes"),
    "delegate": ("délégués",),
    "seat": ("sièges", "siège"),
    "vehicle": ("voitures", "véhicules", "automobiles"),
    "dealer": ("concessionnaires", "concessions", "distributeurs"),
    "plant": ("usines", "usine", "sites"),
    "soldier": ("soldats", "militaires", "troupes"),
    "child": ("enfants", "enfant"),
    "home": ("maisons", "logements", "habitations"),
    "passenger": ("passagers",),
    "case": ("cas",),
    "barrel": ("barils", "baril"),
}
LINKS = ("de", "d'", "des", "du", "en")
PER = ("par",)
HEDGES = (
    "environ",
    "près de",
    "presque",
    "quelque",
    "quelques",
    "au moins",
    "plus de",
    "moins de",
    "jusqu'à",
    "autour de",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("h",)
