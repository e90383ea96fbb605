"""Hebrew script: vowels are mostly unwritten; ו and י are vowels inside a word and
consonants at its start (ו is v, י is y), א and ע are silent: "בנימין נתניהו" reads
"vnimin ntnihu", as "Benjamin Netanyahu" sounds once vowels are dropped."""

BEFORE = (
    (r"(?<!\w)ו", "v"),
    (r"(?<!\w)י", "y"),
    (r"ו", "u"),
    (r"י", "i"),
    (r"[אע]", ""),
)
AFTER = ()
