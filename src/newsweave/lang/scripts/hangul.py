"""Hangul, read in the Revised Romanization (anyascii's), syllable by syllable: "김정은",
gim jeong eun. Its vowel spellings (eo, eu) drop out of a sound key with the other vowels,
and its g for an initial ㄱ folds with k there, so no rule is needed yet."""

BEFORE = ()
AFTER = ()
