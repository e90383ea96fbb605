"""What an article is about, as keys that mean the same in every language.

`features(article)` gives a bag of keys with counts. Most are language-independent, so
that a Danish and a German article about one event share them:

- `country:RU`, `city:2013348`, `per:kim-jong-un` … — canonical entity ids from the
  entities stage, and the places a gazetteer scan finds in any script (`gazetteer.py`);
- `pt:putin`, `pt:kim` — each part of a person's name, so that "Putin" in one article
  meets "Vladimir Putin" in another (and "Владимиром Путиным" too: a declined name gives
  the parts of its guessed base form);
- `n:135` — numbers above 31 (smaller ones are mostly days), in any digits (١٣٥ and 135
  are one key);
- `d:2023-09-13` — dates resolved against the publication date (day precision only), and
  `md:09-13` for the day of the year, also where only a month name in any language and a
  day number say it ("13. september", "13 сентября", "9月13日"; `calendar.py`);
- `s:snk` — the consonant skeleton of a transliterated name (the entity mentions, or every
  capitalised word where the language has no model), which links
  names across scripts and spellings where no table does (Sunak, Сунак; Vostotsjnyj,
  Wostotschny);

and one kind belongs to the language:

- `w:da:raket` — a content word, cut to its first letters as a crude stem (or, in a script
  written without spaces, a pair of characters).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from anyascii import anyascii

from newsweave.article import Article
from newsweave.entities.keys import ascii_key
from newsweave.entities.names import guess_base
from newsweave.lang import stop_words
from newsweave.stories.calendar import days_of_year
from newsweave.stories.gazetteer import _WORDS, places, unspaced

STEM = 6  # letters of a word kept as its term key
MIN_TERM = 4  # shorter words are left out of the terms
MIN_SKELETON = 3  # consonants in a name skeleton
MIN_NAME_TOKEN = 3  # letters of a part of a person's name that is a key of its own
MIN_NUMBER = 2  # digits in a number key (a single digit is no evidence)
DAY = 10  # characters of a day-precision date value, "2023-09-13"
MAX_DAY = 31

# Spellings of one sound across transliterations folded together in a skeleton
# (Wostotschny / Vostotsjnyj / Vostochny; Pjöngjang / Pyongyang), longest first.
_DIGRAPHS = (("tsch", "c"), ("tsj", "c"), ("sch", "s"), ("ch", "c"), ("tch", "c"),
             ("sh", "s"), ("zh", "s"), ("kh", "k"), ("ph", "v"), ("th", "t"))  # fmt: skip
_SOUNDS = str.maketrans({"w": "v", "q": "k", "g": "k", "z": "s", "x": "s"})
_SILENT = frozenset("aeiouyhj")
# a run of digits in any script, with "," or "." between digits (a thousands separator or
# a decimal point) taken as part of it
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # vowels, and letters that only mark a sound


def features(article: Article) -> Counter[str]:
    """The keys of `article` with how often each occurs."""
    keys: Counter[str] = Counter()
    keys.update(m.entity for m in article.entities if m.entity)
    for place, n in Counter(places(article.text)).items():  # found by both: counted once
        keys[place] = max(keys[place], n)
    keys.update(f"d:{t.value}" for t in article.dates if t.value and len(t.value) == DAY)
    days = {t.value[5:] for t in article.dates if t.value and len(t.value) == DAY}
    days.update(f"{m:02d}-{d:02d}" for m, d in days_of_year(article.text, article.language))
    keys.update(f"md:{day}" for day in days)
    keys.update(numbers(article.text))
    people = [m for m in article.entities if m.label == "PER" and m.entity]
    keys.update(f"pt:{token}" for m in people for token in _name_parts(m.name, article.language))
    words = _WORDS.findall(article.text)
    # names to sound out: the entity mentions where a model found them, else every
    # capitalised word (and never German's capitalised nouns where names are known)
    names = [
        guess_base(w, article.language) for m in article.entities for w in _WORDS.findall(m.text)
    ] or [w for w in words if w[:1].isupper()]
    keys.update(f"s:{s}" for w in names if (s := skeleton(w)))
    keys.update(
        f"w:{article.language or 'und'}:{t}" for t in terms(article.text, words, article.language)
    )
    return keys


def _name_parts(name: str, language: str | None) -> list[str]:
    """The parts of a person's name, transliterated, of at least `MIN_NAME_TOKEN` letters:
    "Kim Jong-un" -> ["kim", "jong"]; in a language that declines every word of a name,
    without the case ending the entities stage could not confirm ("Владимиром Путиным" ->
    ["vladimir", "putin"])."""
    out = []
    for word in name.split():
        for part in ascii_key(guess_base(word, language)).split("-"):
            if len(part) >= MIN_NAME_TOKEN:
                out.append(part)
    return out


def numbers(text: str) -> list[str]:
    """Runs of digits in any script as ASCII keys ("1,000" and "1000" are one), with
    `n:` before them."""
    return [f"n:{value}" for _, value in number_spans(text)]


def number_spans(text: str) -> list[tuple[int, int]]:
    """(where, value) of each number above `MAX_DAY` of at least `MIN_NUMBER` digits in
    `text`, in any digits; "," and "." between digits are separators ("1,000" is 1000)."""
    out: list[tuple[int, int]] = []
    for match in _NUMBER.finditer(text):
        run = match.group()
        digits = run if run.isascii() else "".join(str(unicodedata.digit(c, c)) for c in run)
        plain = digits.replace(",", "").replace(".", "")
        if len(plain) >= MIN_NUMBER and (value := int(plain)) > MAX_DAY:
            out.append((match.start(), value))
    return out


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str | None:
    """The consonants of a transliterated word, with similar sounds folded and doubled
    letters single: "Vostotsjnyj", "Wostotschny" and "Восточный" -> "vstcn"; None when fewer than
    `MIN_SKELETON` remain."""
    letters = anyascii(word).lower()
    for spelling, sound in _DIGRAPHS:
        letters = letters.replace(spelling, sound)
    letters = letters.translate(_SOUNDS)
    out: list[str] = []
    for char in letters:
        if char.isalpha() and char not in _SILENT and (not out or out[-1] != char):
            out.append(char)
    return "".join(out) if len(out) >= MIN_SKELETON else None


def terms(text: str, words: list[str], language: str | None) -> list[str]:
    """Content words cut to `STEM` letters; character pairs in a text without spaces."""
    if unspaced(text):
        return [w[i : i + 2] for w in words for i in range(len(w) - 1)]
    stop = stop_words(language)
    return [
        low[:STEM]
        for w in words
        if len(w) >= MIN_TERM and (low := w.casefold()) not in stop and not low.isdigit()
    ]
