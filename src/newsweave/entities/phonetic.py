"""How a name sounds, whatever its script: a key of consonant classes that the spellings of
one name in Latin, Cyrillic, Arabic, Hangul, Thai, Devanagari, Chinese … letters share.

"Kim Jong-un", "김정은", "كيم جونغ أون", "คิม จองอึน" and "किम जोंग-उन" all give
("KaN", "YaN", "aN"); "Trump", "트럼프" and "特朗普" give "TLaNP" with more or fewer vowels
("TaLaNPa", "TaLaNPa").

A name is first read in Latin letters (`romanise`): the script's own rules
(`newsweave.lang.scripts.<script>`: where a letter is a vowel, how a romanisation spells a
sound) and then anyascii, letter by letter. The key of each word (`sound_keys`) keeps the
consonants, each folded into its class — lips (p b f v w), teeth (t d), hissing (s z c ch
sh ts …), throat (k g q), nose (m n, ng at a syllable's end), tongue (l r), and j or y
starting a word (Joe, Jong, Yeo, Jürgen; Cyrillic дж, and цз for a Chinese j) — one letter
per run of a class, and "a" for each run of vowels. h, and j or y inside a word (a
consonant in some Latin spellings, a vowel glide in others), drop out, so that every script
can be compared with every other.

`sound_similarity` compares two names' keys by edit distance, a vowel costing little (1.0:
the same key), in the names' own word order and with the family name first or last;
`part_similarity` compares a name with a part of a longer one.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import unicodedata
from functools import lru_cache
from types import ModuleType

from anyascii import anyascii

# Unicode name words of letters that share one script module (HIRAGANA and KATAKANA are
# read by anyascii alone, as are the scripts without a module).
_SCRIPT_ALIASES = {"ARABIC-INDIC": "ARABIC"}
# Latin spellings of one sound, longest first; each becomes one class letter.
_DIGRAPHS = (
    ("tsch", "S"), ("dzh", "Y"), ("tsz", "Y"), ("sch", "S"), ("tch", "S"), ("tsj", "S"),
    ("ch", "S"), ("sh", "S"), ("zh", "S"), ("ts", "S"), ("tz", "S"), ("dz", "S"),
    ("cz", "S"), ("sz", "S"), ("dj", "Y"), ("kh", "K"), ("gh", "K"), ("ck", "K"),
    ("ph", "P"), ("th", "T"), ("qu", "K"),
)  # fmt: skip
_CLASSES = str.maketrans(
    {
        **dict.fromkeys("pbfvw", "P"),
        **dict.fromkeys("td", "T"),
        **dict.fromkeys("szx", "S"),
        **dict.fromkeys("kgq", "K"),
        **dict.fromkeys("mn", "N"),
        **dict.fromkeys("lr", "L"),
    }
)
_SOFT_C = re.compile(r"c(?=[eiy])")
# j or y starting a word: the English j of "Joe" and "Jong", the y of "Yeo" and of German
# and Slavic spellings ("Jürgen", "Юрген"); inside a word both drop out with the vowels
_INITIAL_GLIDE = re.compile(r"^(?:j|y(?=[aeiou]))")
_INITIAL_X = re.compile(r"\bx")
_X = re.compile(r"x")
# ng closing a syllable (before a consonant, a break or the end) is one nasal sound
_CLOSING_NG = re.compile(r"ng(?![aeiouy])")
# a capital inside a word starts a syllable of its own (anyascii's "JinZhengEn")
_SYLLABLE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+")
_VOWELS = frozenset("aeiouy")
_CLASS_LETTERS = "PTSKNLY"
VOWEL_COST = 0.2  # a vowel added or dropped, against 1 for a consonant


@lru_cache(maxsize=64)
def _rules(script: str) -> ModuleType | None:
    """The rule module of `script` (a Unicode name word, "ARABIC"), None when it has none."""
    name = f"newsweave.lang.scripts.{script.lower()}"
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def script_of(name: str) -> str | None:
    """The script most letters of `name` are in, as the first word of their Unicode names
    ("LATIN", "CYRILLIC", "ARABIC", "CJK", "HANGUL" …); None for a name without letters."""
    counts: dict[str, int] = {}
    for char in name:
        if char.isalpha():
            word = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
            word = _SCRIPT_ALIASES.get(word, word)
            counts[word] = counts.get(word, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


@lru_cache(maxsize=65536)
def romanise(name: str) -> str:
    """`name` in lower-case Latin letters, read with its script's rules: "김정은" ->
    "gim jeong eun", "كيم جونغ أون" -> "kim jung aun", "习近平" -> "si jin ping"."""
    script = script_of(name)
    rules = _rules(script) if script else None
    if rules is not None:
        for pattern, replacement in rules.BEFORE:
            name = re.sub(pattern, replacement, name)
    latin = _SYLLABLE.sub(" ", anyascii(name)).lower()
    if rules is not None:
        for pattern, replacement in rules.AFTER:
            latin = re.sub(pattern, replacement, latin)
    return latin


def _word_key(word: str) -> str:
    word = _X.sub("ks", _INITIAL_X.sub("s", _SOFT_C.sub("s", _CLOSING_NG.sub("n", word))))
    word = _INITIAL_GLIDE.sub("Y", word)
    for spelling, sound in _DIGRAPHS:
        word = word.replace(spelling, sound)
    return word.translate(_CLASSES)


@lru_cache(maxsize=65536)
def sound_keys(name: str) -> tuple[str, ...]:
    """The sound key of each word of `name` (see the module): consonant classes in capitals
    and "a" for each run of vowels, a class repeated in a row once: "Kim Jong-un" ->
    ("KaN", "aN", "aN")."""
    out = []
    for word in _WORD.findall(romanise(name)):
        key: list[str] = []
        for char in _word_key(word):
            sound = char if char.isupper() else "a" if char in _VOWELS else ""
            if sound and (not key or key[-1] != sound):
                key.append(sound)
        if any(c.isupper() for c in key):
            out.append("".join(key))
    return tuple(out)


def edit_distance(a: str, b: str, vowel: float = 1.0) -> float:
    """Levenshtein distance, where adding or dropping the letter "a" (a sound key's vowel)
    costs `vowel` and every other edit 1: sound keys are compared with `VOWEL_COST` (scripts
    that write no short vowels, and syllables that add one: "vnimin", "Benjamin"; "teu leom
    peu", "Trump")."""

    def cost(c: str) -> float:
        return vowel if c == "a" else 1.0

    row = [0.0]
    for cb in b:
        row.append(row[-1] + cost(cb))
    for ca in a:
        previous, row[0] = row[0], row[0] + cost(ca)
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(
                row[j] + cost(ca), row[j - 1] + cost(cb), previous + (0.0 if ca == cb else 1.0)
            )
    return row[-1]


def _consonants(key: str) -> int:
    return sum(c != "a" for c in key)


@lru_cache(maxsize=65536)
def consonants(name: str) -> tuple[int, ...]:
    """How many times each consonant class sounds in `name`, in the order of
    `_CLASS_LETTERS`: each one that one name has more of than another is at least one edit
    between their keys, a bound on `sound_similarity` that costs no edit distance."""
    key = "".join(sound_keys(name))
    return tuple(key.count(c) for c in _CLASS_LETTERS)


@lru_cache(maxsize=262144)
def sound_similarity(a: str, b: str) -> float:
    """How alike two names sound, 0 to 1: one minus the edit distance of their sound keys
    (`edit_distance`, a vowel costing `VOWEL_COST`) over the consonants of the longer key,
    the best of the names' own word order and of the first word moved last (a family name
    first in one spelling and last in the other: "Абэ Синдзо", "Shinzo Abe"). 0.0 when
    either name has no consonant."""
    ka, kb = sound_keys(a), sound_keys(b)
    if not ka or not kb:
        return 0.0
    whole = "".join(ka)
    orders = {"".join(kb), "".join(kb[1:] + kb[:1])}
    return max(_alike(whole, other) for other in orders)


def _alike(a: str, b: str) -> float:
    """One minus the edit distance of two keys over the consonants of the longer, at
    least 0."""
    return max(0.0, 1.0 - edit_distance(a, b, VOWEL_COST) / max(_consonants(a), _consonants(b)))


@lru_cache(maxsize=262144)
def part_similarity(short: str, long: str) -> float:
    """How alike `short` sounds to a part of `long` (a run of its words, fewer than all of
    them): "بوتين" and "Vladimir Putin", "Lula da Silva" and "Луис Инаси Лул да Силв". 0.0
    when `long` has a single word."""
    ks, kl = sound_keys(short), sound_keys(long)
    if not ks or len(kl) < 2:
        return 0.0
    whole = "".join(ks)
    best = 0.0
    for size in range(1, len(kl)):
        for start in range(len(kl) - size + 1):
            best = max(best, _alike(whole, "".join(kl[start : start + size])))
    return best
