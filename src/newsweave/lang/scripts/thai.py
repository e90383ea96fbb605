"""Thai script. The Royal Thai General System writes จ as "ch" where names spell a j
("จอง", Jong); อ before a vowel sign only carries the vowel (it starts a syllable, "อึน",
un), elsewhere it is the vowel o."""

BEFORE = (
    (r"จ", "j"),
    (r"อ(?=[\u0e30-\u0e39\u0e47-\u0e4e])", "-"),
)
AFTER = ()
