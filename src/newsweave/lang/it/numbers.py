"""Italian number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Italian
"miliardo" is 10**9."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f")
SCALES = {
    "mila": 3,
    "mille": 3,
    "milione": 6,
    "milioni": 6,
    "mln": 6,
    "miliardo": 9,
    "miliardi": 9,
    "mld": 9,
    "mld.": 9,
    "bilione": 12,
    "bilioni": 12,
}
UNITS = {
    "USD": ("dollaro", "dollari", "dollari statunitensi", "dollari americani"),
    "EUR": ("euro",),
    "GBP": ("sterlina", "sterline"),
    "JPY": ("yen",),
    "RUB": ("rublo", "rubli"),
    "%": ("per cento", "percento", "punti percentuali"),
    "km": ("km", "chilometro", "chilometri"),
    "kg": ("kg", "chilo", "chili", "chilogrammo", "chilogrammi"),
    "t": ("tonnellata", "tonnellate"),
    "people": ("persone", "persona", "abitanti"),
    "points": ("punto", "punti"),
}
NOUNS = {
    "loss": ("perdita", "perdite"),
    "profit": ("utile", "utili", "profitto", "profitti", "guadagni"),
    "revenue": ("ricavi", "fatturato", "entrate"),
    "sales": ("vendite",),
    "debt": ("debito", "debiti"),
    "share": ("azione", "azioni"),
    "job": ("posti di lavoro", "posti", "impieghi"),
    "worker": ("lavoratori", "dipendenti", "operai", "impiegati"),
    "death": ("morti", "vittime", "deceduti", "decessi"),
    "injured": ("feriti", "ferito"),
    "vote": ("voti", "voto"),
    "delegate": ("delegati",),
    "seat": ("seggi", "seggio"),
    "vehicle": ("auto", "automobili", "veicoli", "vetture"),
    "dealer": ("concessionari", "rivenditori", "concessionarie"),
    "plant": ("stabilimenti", "fabbriche", "impianti", "stabilimento"),
    "soldier": ("soldati", "militari", "truppe"),
    "child": ("bambini", "bambino", "minori"),
    "home": ("case", "abitazioni"),
    "passenger": ("passeggeri",),
    "case": ("casi", "caso"),
    "barrel": ("barili", "barile"),
}
LINKS = ("di", "del", "dei", "degli", "delle", "della", "in")
PER = ("per", "ad", "a")
HEDGES = (
    "circa",
    "quasi",
    "oltre",
    "almeno",
    "più di",
    "meno di",
    "fino a",
    "intorno a",
    "attorno a",
    "poco più di",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("ore",)
