"""Arabic script (Arabic, Persian, Urdu, Kurdish Sorani, Punjabi Shahmukhi).

Short vowels are not written; و and ي (ی) are long vowels inside a word and consonants at
its start, and alif, alif maqsura and ta marbuta are vowels: "كيم جونغ أون" reads
"kim jung aun", as "Kim Jong-un" sounds. غ writes a foreign g ("جونغ", Jong), ق a k.
"""

BEFORE = (
    (r"(?<!\w)[وو]", "w"),
    (r"(?<!\w)[يی]", "y"),
    (r"[و]", "u"),
    (r"[يیى]", "i"),
    (r"[اأإآٱىة]", "a"),
    (r"[ءئؤع]", ""),
    (r"غ", "g"),
    (r"[قک]", "k"),
    (r"[ثصس]", "s"),
    (r"[ذظض]", "z"),
    (r"ط", "t"),
    (r"[حه]", "h"),
)
AFTER = ()
