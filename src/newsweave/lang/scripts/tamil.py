"""Tamil script: one letter ச writes s, ch and j (anyascii reads it c): in names from other
languages it is mostly s ("இரிசி சுனக்கு", Rishi Sunak)."""

BEFORE = ((r"ச", "ஸ"),)
AFTER = ()
