"""Writing-system data: how names written in one script are read aloud in Latin letters.

One module per script, named by the first word of its letters' Unicode names ("ARABIC
LETTER KAF" -> `arabic`). Each holds two constants of regular-expression rules, (pattern,
replacement) pairs applied in order (`newsweave.entities.phonetic` reads them by name):

- `BEFORE`: on the name as written, before it is transliterated letter by letter
  (anyascii): what a letter stands for depends on where it is (Arabic و is a consonant at
  the start of a word and a vowel inside it);
- `AFTER`: on the lower-case Latin transliteration, where the script's romanisation spells
  a sound differently from the way Latin-script news spells it (pinyin x is "s").
"""
