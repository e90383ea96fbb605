"""Bengali script: the anusvara before a consonant sounds as n, as in Devanagari."""

BEFORE = ((r"\u0982", "ন্"),)
AFTER = ()
