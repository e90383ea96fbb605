"""Chinese characters (CJK unified ideographs), read in pinyin syllable by syllable.

Pinyin x, q and c are the sounds Latin-script news writes s, ch and ts ("习近平", Xi
Jinping; "普京"). The syllable "er" writes a foreign r ("埃尔多安", Erdoğan)."""

BEFORE = ()
AFTER = (
    (r"\ber\b", "r"),
    (r"\bx", "s"),
    (r"\bq", "ch"),
    (r"\bc(?!h)", "ts"),
)
