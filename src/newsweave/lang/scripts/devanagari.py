"""Devanagari (Hindi, Marathi, Nepali): the anusvara and candrabindu nasalise the vowel
before them; before a consonant they sound as n ("जोंग", Jong; "नरेंद्र", Narendra)."""

BEFORE = ((r"[\u0901\u0902]", "न्"),)
AFTER = ()
