"""French sentence-splitting data (lower-case forms, trailing dot included)."""

# Never end a sentence: no split after them.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "m.",
        "mm.",
        "mme.",
        "mmes.",
        "mlle.",
        "mlles.",
        "me.",
        "mgr.",
        "dr.",
        "pr.",
        "prof.",
        "st.",
        "ste.",
        "av.",
        "bd.",
        "env.",
        "cf.",
        "ex.",
        "p.ex.",
        "éd.",
        "vol.",
        "chap.",
        "fig.",
        "tél.",
        "max.",
        "sq.",
        "vs.",
        "gén.",
        "col.",
        "cdt.",
        "lt.",
        "cpt.",
        "capt.",
        "adj.",
        "sgt.",
        "ass.",
        "dép.",
        "arr.",
        "boul.",
        "fg.",
        "s.",
        "t.",
        "vve.",
        "vx.",
        "éts.",
        "sté.",
        "min.",
        "pdt.",
        "vice-prés.",
        "prés.",
    }
)

# Abbreviations only before a number ("p. 12", "n. 5").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "p.",
        "pp.",
        "art.",
        "n.",
        "no.",
    }
)

# Usually end the sentence when a capital letter follows (split as after a word).
END_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "etc.",
        "j.-c.",
    }
)

# May end a sentence or not: split only when the next word commonly starts one.
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "cie.",
        "s.a.",
        "s.a.r.l.",
        "hab.",
        "janv.",
        "févr.",
        "avr.",
        "juil.",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
        "km.",
    }
)

# French writes ordinals as "13e", "1er": a number with a dot ends a sentence.
ORDINAL_DOT: bool = False

# Only names and sentence starts are capitalised.
CAPITALISED_NOUNS: bool = False

# Words that commonly start a sentence (function words, pronouns, sentence adverbs).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "ce",
        "cet",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "cela",
        "ça",
        "et",
        "mais",
        "ou",
        "donc",
        "or",
        "ni",
        "car",
        "puis",
        "alors",
        "ensuite",
        "enfin",
        "pourtant",
        "cependant",
        "toutefois",
        "aussi",
        "en",
        "dans",
        "au",
        "aux",
        "sur",
        "sous",
        "pour",
        "par",
        "avec",
        "sans",
        "selon",
        "depuis",
        "pendant",
        "après",
        "avant",
        "lors",
        "quand",
        "si",
        "comme",
        "où",
        "qui",
        "que",
        "quoi",
        "pourquoi",
        "comment",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "mon",
        "ma",
        "mes",
        "tout",
        "tous",
        "toutes",
        "plusieurs",
        "certains",
        "aujourd",
        "hier",
        "demain",
        "ainsi",
    }
)
