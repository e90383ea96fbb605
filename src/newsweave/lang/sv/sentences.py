"""Swedish sentence-splitting data (lower-case forms, trailing dot included)."""

# Never end a sentence: no split after them.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "bl.a.",
        "t.ex.",
        "d.v.s.",
        "dvs.",
        "ca.",
        "c:a.",
        "f.d.",
        "fr.o.m.",
        "t.o.m.",
        "s.k.",
        "kl.",
        "nr.",
        "resp.",
        "p.g.a.",
        "pga.",
        "jfr.",
        "f.ö.",
        "dr.",
        "prof.",
        "tf.",
        "ang.",
        "inkl.",
        "exkl.",
        "ev.",
        "f.",
        "s.",
        "ff.",
        "forts.",
        "gm.",
        "ordf.",
        "vd.",
        "v.d.",
        "doc.",
        "fil.dr.",
        "fil.kand.",
        "jur.",
        "kand.",
        "leg.",
        "bitr.",
        "fr.",
        "hr.",
        "fru.",
        "sekr.",
        "t.f.",
        "u.p.a.",
        "o.dyl.",
    }
)

# Abbreviations only before a number ("kap. 3", "art. 5").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "art.",
        "tel.",
        "kap.",
    }
)

# Usually end the sentence when a capital letter follows (split as after a word).
END_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "m.m.",
        "mm.",
        "osv.",
        "o.s.v.",
        "etc.",
        "o.d.",
        "m.fl.",
        "e.kr.",
        "f.kr.",
    }
)

# May end a sentence or not: split only when the next word commonly starts one.
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "kr.",
        "milj.",
        "mdr.",
        "mkr.",
        "tkr.",
        "st.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "aug.",
        "sep.",
        "sept.",
        "okt.",
        "nov.",
        "dec.",
        "min.",
        "sek.",
        "tim.",
    }
)

# Swedish writes "den 13 september" and "13:e": a number with a dot ends a sentence.
ORDINAL_DOT: bool = False

# Only names and sentence starts are capitalised.
CAPITALISED_NOUNS: bool = False

# Words that commonly start a sentence (function words, pronouns, sentence adverbs).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "den",
        "det",
        "de",
        "detta",
        "denna",
        "dessa",
        "jag",
        "du",
        "han",
        "hon",
        "vi",
        "ni",
        "man",
        "en",
        "ett",
        "och",
        "men",
        "så",
        "då",
        "när",
        "om",
        "var",
        "vad",
        "vem",
        "varför",
        "hur",
        "som",
        "för",
        "till",
        "i",
        "på",
        "med",
        "efter",
        "nu",
        "här",
        "även",
        "också",
        "inte",
        "därför",
        "dessutom",
        "samtidigt",
        "enligt",
        "medan",
        "sedan",
        "dock",
        "alla",
        "flera",
        "många",
        "några",
        "ingen",
        "hans",
        "hennes",
        "deras",
        "vår",
        "min",
        "mitt",
        "sin",
        "sitt",
        "ja",
        "nej",
        "både",
        "först",
        "senare",
        "redan",
        "särskilt",
        "alltså",
    }
)
