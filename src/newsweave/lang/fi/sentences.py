"""Finnish sentence-splitting data (lower-case forms, trailing dot included)."""

# Never end a sentence: no split after them.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "esim.",
        "ks.",
        "mm.",
        "n.",
        "ns.",
        "s.",
        "v.",
        "vrt.",
        "ts.",
        "puh.",
        "os.",
        "prof.",
        "toim.",
        "em.",
        "ao.",
        "ko.",
        "yo.",
        "huom.",
        "kts.",
        "nk.",
        "nro.",
        "päiv.",
        "ed.",
        "kok.",
        "sd.",
        "kesk.",
        "vas.",
        "vihr.",
        "rkp.",
        "kd.",
        "ps.",
        "liik.",
        "tri.",
        "dos.",
        "vt.",
        "sis.",
        "ma.",
        "ti.",
        "ke.",
        "to.",
        "pe.",
        "la.",
        "su.",
        "tj.",
        "pj.",
        "pääsiht.",
        "lk.",
        "alk.",
        "ent.",
    }
)

# Abbreviations only before a number (none needed: see ABBREVIATIONS).
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset()

# Usually end the sentence when a capital letter follows (split as after a word).
END_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "ym.",
        "yms.",
        "jne.",
        "tms.",
        "ymv.",
        "eaa.",
        "jaa.",
        "ekr.",
        "jkr.",
    }
)

# May end a sentence or not: split only when the next word commonly starts one.
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "milj.",
        "mrd.",
        "eur.",
        "min.",
        "tun.",
        "t.",
    }
)

# "13. syyskuuta": a number with a dot is an ordinal.
ORDINAL_DOT: bool = True

# Only names and sentence starts are capitalised: after an ordinal a capital
# letter starts a new sentence.
CAPITALISED_NOUNS: bool = False

# Words that commonly start a sentence (function words, pronouns, sentence adverbs).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "se",
        "ne",
        "tämä",
        "nämä",
        "tuo",
        "nuo",
        "hän",
        "he",
        "me",
        "te",
        "minä",
        "sinä",
        "mutta",
        "ja",
        "sekä",
        "tai",
        "kun",
        "jos",
        "koska",
        "vaikka",
        "myös",
        "nyt",
        "sitten",
        "siksi",
        "lisäksi",
        "kuitenkin",
        "sen",
        "niin",
        "näin",
        "siellä",
        "täällä",
        "kaikki",
        "monet",
        "useat",
        "jo",
        "vielä",
        "ei",
        "en",
        "emme",
        "eivät",
        "hänen",
        "heidän",
        "sitä",
        "mitä",
        "mikä",
        "kuka",
        "miksi",
        "miten",
        "missä",
        "mihin",
        "mistä",
        "tällä",
        "tässä",
        "siinä",
        "tänään",
        "eilen",
        "huomenna",
        "toisaalta",
        "esimerkiksi",
        "lopulta",
        "aiemmin",
        "myöhemmin",
        "nykyään",
        "yhä",
        "eli",
    }
)
