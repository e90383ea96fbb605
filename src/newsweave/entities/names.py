"""Names inside one article: raw NER spans become `Mention`s with the fullest form of the
name in the article ("Schuster" -> "Carl Schuster"), possessive and case endings stripped
("Ruslands" -> "Rusland", "Путина" -> "Путин"), and a canonical id (`keys.entity_id`);
country adjectives are added as demonym mentions (`demonyms.py`). `complete_mentions`
labels the other occurrences of names the NER found once.

Language data (`lang/<iso>/names.py`, every constant optional):

    NAME_ENDINGS         ((ending, replacement), ...): possessive and case endings that
                         strip only when the base form is confirmed: it is a mention or
                         a word of one, it occurs elsewhere in the article (not just
                         after a sentence break), (people) another word of the article
                         reduces to it too, or (places) it is a known country name (the
                         language's own first) or city name. A place that is a known
                         country or city as written is never cut ("Paris"). ("s", "") for
                         Danish "Ruslands", ("ы", "а") for Russian "Москвы" -> "Москва";
                         tried longest ending first, then in the order given.
    NAME_ENDINGS_ALWAYS  endings that always strip ("'s" in English, ":s" in Swedish).
    NAME_PREFIXES        elided articles that strip when confirmed ("d'Ukraine").
    INFLECT_EVERY_WORD   every word of a name takes the ending ("Владимира Путина"), not
                         only the last ("Kim Jong-uns").

Apostrophe and hyphen variants (’ ' ‑ -) are one character; write "'" and "-" in the data.
A language without data gets the language-independent rules: a trailing "'s" or "'" strips.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product

from newsweave.article import Mention
from newsweave.entities.demonyms import find_demonyms
from newsweave.entities.keys import city_id, country_code, entity_id, fold, normalise
from newsweave.lang import SUPPORTED, data

RawMention = tuple[int, int, str]

# Labels whose short forms take the fullest form found in the article. Only people: for
# places and organisations a contained name is usually another entity ("Sudan" in "South
# Sudan", "United Nations" in "United Nations Security Council").
MERGE_LABELS = frozenset({"PER"})
# Labels for which a known country or city name confirms a stripped ending.
PLACE_LABELS = frozenset({"LOC", "ORG", "GPE", "MISC"})
# Without language data: endings that are a possessive in any language that has them.
UNIVERSAL_ALWAYS: tuple[tuple[str, str], ...] = (("'s", ""), ("'", ""))
MIN_STEM = 2  # letters left after an ending is stripped
MIN_PLACE = 4  # a known place confirms a stripped ending only from this length
MAX_COMBINATIONS = 64  # base forms tried for a place name of several inflected words
MAX_STEPS = 3  # reductions of one name ("Rusku" -> "Ruska" -> "Rusko")

# After these (and spaces) a capital letter says nothing: a sentence or quotation begins.
_BREAKS = frozenset(".!?:;\"'«»„“”‹›()[]\n…")
_SUBTOKENS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class NameRules:
    """The name data of one language, normalised and sorted (longest ending first)."""

    endings: tuple[tuple[str, str], ...]
    always: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]
    every_word: bool


@lru_cache(maxsize=64)
def name_rules(language: str | None) -> NameRules:
    """The language's name rules; language-independent ones for a language without data."""
    names = data(language, "names")
    if names is None:
        return NameRules((), UNIVERSAL_ALWAYS, (), False)

    def pairs(constant: str) -> tuple[tuple[str, str], ...]:
        found = [(normalise(e), normalise(r)) for e, r in getattr(names, constant, ())]
        return tuple(sorted(found, key=lambda pair: -len(pair[0])))

    prefixes = sorted((normalise(p) for p in getattr(names, "NAME_PREFIXES", ())), key=len)
    return NameRules(
        pairs("NAME_ENDINGS"),
        pairs("NAME_ENDINGS_ALWAYS"),
        tuple(reversed(prefixes)),
        bool(getattr(names, "INFLECT_EVERY_WORD", False)),
    )


def resolve_mentions(text: str, raw: Sequence[RawMention], language: str | None) -> list[Mention]:
    """Raw NER mentions `(start, end, label)` as `Mention`s with their fullest name and
    canonical id, plus the country adjectives and demonyms no raw mention overlaps;
    sorted by position."""
    spans = _spans(text, raw)
    article = _Article(text, spans, language)
    bases = article.bases()
    names = _fullest(bases, [label for _, _, label in spans])
    mentions = [
        Mention(start, end, text[start:end], label, name, entity_id(name, label, language))
        for (start, end, label), name in zip(spans, names, strict=True)
    ]
    starts = [start for start, _, _ in spans]
    reach = _reach(spans)
    for demonym in find_demonyms(text, language, article.text):
        if not _overlaps(demonym.start, demonym.end, starts, reach):
            mentions.append(demonym)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def complete_mentions(
    text: str, raw: Sequence[RawMention], language: str | None = None
) -> list[RawMention]:
    """`raw` plus the other occurrences of the names in it, with the same label.

    A name qualifies when it is capitalised and has two letters or more; its
    occurrences must stand on word boundaries (a hyphen is no boundary: "Ruslands-ekspert"
    stays whole) and overlap no mention. Forms with the language's endings count too
    ("Schusters" when "Schuster" is a mention), and so does the surname (last word) of a
    person named in full. A one-word name after a sentence break is skipped when the
    text also has it in lower case (a common word). A name found with different labels
    takes the most frequent one; a tie leaves it out.
    """
    spans = _spans(text, raw)
    forms = _completion_forms(text, spans, name_rules(language))
    if not forms:
        return spans
    norm = normalise(text)
    starts = [start for start, _, _ in spans]
    reach = _reach(spans)
    common: dict[str, bool] = {}  # one-word form -> whether the text has it in lower case
    added: list[RawMention] = []
    # the occurrences overlap no other occurrence, so only the model's spans can be in the way
    for start, end, form in _occurrences(norm, forms):
        if _overlaps(start, end, starts, reach):
            continue
        if " " not in form and _after_break(norm, start):
            low = form.lower()
            if low not in common:
                common[low] = _has_word(norm, low)
            if common[low]:
                continue
        added.append((start, end, forms[form]))
    return sorted(spans + added)


# A run of letters and digits (str.isalnum): where a name may start.
_RUN = re.compile(r"[^\W_]+")


def _occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the forms stand in `text` on word boundaries (a hyphen is no boundary),
    leftmost first and the longest at one place, not overlapping each other — what a
    regex alternation of the forms finds, without compiling one per article.

    One pass over the text: a form stands where a run of letters and digits starts that
    is the form's own first run ("Jong" of "Jong-un"), so the forms are looked up by it;
    a form that starts otherwise is searched for on its own."""
    by_run: defaultdict[str, list[str]] = defaultdict(list)
    searched: list[str] = []
    for form in forms:
        m = _RUN.match(form)
        if m is None:
            searched.append(form)
        else:
            by_run[m.group()].append(form)
    found: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        candidates = by_run.get(m.group())
        if candidates is None or _joins(text, m.start() - 1):
            continue
        i = m.start()
        for form in candidates:
            end = i + len(form)
            if text.startswith(form, i) and not _joins(text, end):
                found.append((i, end, form))
    for form in searched:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if not _joins(text, i - 1) and not _joins(text, end):
                found.append((i, end, form))
            i = text.find(form, i + 1)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str]] = []
    for hit in found:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def _joins(text: str, i: int) -> bool:
    """Whether the character at `i` would join a word to its neighbour."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


# --- spans -------------------------------------------------------------------------------


def _spans(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """Valid spans, whitespace trimmed, labels upper case, duplicates dropped, sorted."""
    out: set[RawMention] = set()
    for start, end, label in raw:
        if not 0 <= start < end <= len(text):
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.add((start, end, label.upper()))
    return sorted(out)


def _reach(spans: list[RawMention]) -> list[int]:
    """reach[i]: the furthest end among spans[0..i] (spans sorted by start)."""
    reach, furthest = [], 0
    for _, end, _ in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return reach


def _overlaps(start: int, end: int, starts: list[int], reach: list[int]) -> bool:
    i = bisect_left(starts, end) - 1  # the last span starting before `end`
    return i >= 0 and reach[i] > start


def _after_break(text: str, pos: int) -> bool:
    """Whether `pos` starts a sentence, a paragraph or a quotation."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    if j < 0:
        return True
    return text[j] in _BREAKS or (text[j] == "-" and j < pos - 1)


def _has_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as a whole word (exact case)."""
    return _find_word(text, word, anywhere=True)


def _find_word(text: str, word: str, *, anywhere: bool) -> bool:
    """Whether `word` stands in `text` between non-alphanumerics; unless `anywhere`, only
    where its capital says something (not after a sentence break)."""
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        if (
            (pos == 0 or not text[pos - 1].isalnum())
            and (end == len(text) or not text[end].isalnum())
            and (anywhere or not _after_break(text, pos))
        ):
            return True
        pos = text.find(word, pos + 1)
    return False


# --- base forms --------------------------------------------------------------------------


class _Article:
    """What confirms a stripped ending in one article."""

    def __init__(self, text: str, spans: list[RawMention], language: str | None) -> None:
        self.text = normalise(text)
        self.language = language
        self.rules = name_rules(language)
        self.spans = spans
        self.surfaces = [" ".join(self.text[s:e].split()) for s, e, _ in spans]
        self.words = set(self.surfaces)
        for surface in self.surfaces:
            self.words.update(surface.split(" "))
        self._seen: dict[str, bool] = {}
        # candidate base -> the distinct words of the article that reduce to it
        self.sources: defaultdict[str, set[str]] = defaultdict(set)
        for surface in set(self.surfaces):
            for word in self._inflected(surface.split(" ")):
                for candidate in self._candidates(word):
                    self.sources[candidate].add(word)

    def bases(self) -> list[str]:
        """Every mention's name without possessive and case endings."""
        done: dict[tuple[str, str], str] = {}
        out = []
        for surface, (_, _, label) in zip(self.surfaces, self.spans, strict=True):
            base = done.get((surface, label))
            if base is None:
                base = done[surface, label] = self.lemma(surface, label)
            out.append(base)
        return out

    def lemma(self, surface: str, label: str) -> str:
        """`base` until it holds still: a base form attested only in another case is
        reduced again ("Rusku" -> "Ruska" -> "Rusko", "Путине" -> "Путина" -> "Путин")."""
        for _ in range(MAX_STEPS):
            base = self.base(surface, label)
            if base == surface:
                break
            surface = base
        return surface

    def base(self, surface: str, label: str) -> str:
        """A name without possessive and case endings. A place name that is a known
        country or city as written keeps its letters ("Paris", "Rusko", "Росія")."""
        words = surface.split(" ")
        words[0] = self._unprefix(words, label)
        for j in self._positions(words):
            words[j] = self._always(words[j])
        place = label in PLACE_LABELS
        if place and self._known_place(" ".join(words), anywhere=False):
            return " ".join(words)
        inflected = list(words)
        for j in self._positions(words):
            words[j] = self._strip(words, j, place)
        if place and self.rules.every_word and len(words) > 1:
            return self._place_words(inflected, words)
        return " ".join(words)

    def _place_words(self, inflected: list[str], stripped: list[str]) -> str:
        """A place name of several inflected words ("Северной Кореи") whose base form is
        a known place ("Северная Корея") though no single word is confirmed on its own."""
        name = " ".join(stripped)
        if self._known_place(name):
            return name
        options = [[word, *self._candidates(word)] for word in inflected]
        for combination in islice(product(*options), MAX_COMBINATIONS):
            if self._known_place(" ".join(combination)):
                return " ".join(combination)
        return name

    def _unprefix(self, words: list[str], label: str) -> str:
        word = words[0]
        for prefix in self.rules.prefixes:
            rest = word[len(prefix) :]
            if word.lower().startswith(prefix) and rest[:1].isupper():
                attested = self._attested(rest, agreement=label not in PLACE_LABELS)
                if attested or (label in PLACE_LABELS and self._known_place(rest)):
                    return rest
                return word
        return word

    def _positions(self, words: list[str]) -> range:
        return range(len(words)) if self.rules.every_word else range(len(words) - 1, len(words))

    def _inflected(self, words: list[str]) -> list[str]:
        return [words[j] for j in self._positions(words)]

    def _always(self, word: str) -> str:
        for ending, replacement in self.rules.always:
            if _strippable(word, ending):
                return word[: -len(ending)] + replacement
        return word

    def _candidates(self, word: str) -> list[str]:
        if word.isupper():  # acronyms keep their letters unless an "always" ending
            return []
        return [
            word[: -len(ending)] + replacement
            for ending, replacement in self.rules.endings
            if _strippable(word, ending)
        ]

    def _strip(self, words: list[str], j: int, place: bool) -> str:
        """Word `j` of a name without its ending, when a base form is confirmed: by the
        article first, then (places) as a country name, then as a city name."""
        word = words[j]
        candidates = self._candidates(word)
        for candidate in candidates:
            if self._attested(candidate, agreement=not place):
                return candidate
        if not place:
            return word
        names = [
            (candidate, " ".join([*words[:j], candidate, *words[j + 1 :]]))
            for candidate in candidates
            if len(candidate) >= MIN_PLACE
        ]
        for anywhere in (False, True):
            for candidate, name in names:
                if country_code(name, self.language, anywhere=anywhere):
                    return candidate
        for candidate, name in names:
            if city_id(name) is not None:
                return candidate
        return word

    def _attested(self, candidate: str, *, agreement: bool = False) -> bool:
        """Whether the article confirms a base form: a mention or a word of one, an
        occurrence where its capital means a name, or (with `agreement`, for people:
        "Путина", "Путину" -> "Путин") two words of the article reducing to it. Places
        are confirmed by the country and city tables instead: "Ruska" and "Rusku" agree
        on "Rusk", but the name is "Rusko"."""
        if candidate in self.words:
            return True
        if agreement and len(self.sources.get(candidate, ())) > 1:
            return True
        seen = self._seen.get(candidate)
        if seen is None:
            seen = self._seen[candidate] = _find_word(self.text, candidate, anywhere=False)
        return seen

    def _known_place(self, name: str, *, anywhere: bool = True) -> bool:
        """A country name (in the language only, unless `anywhere`) or a city name."""
        code = country_code(name, self.language, anywhere=anywhere)
        return code is not None or city_id(name) is not None


def declined_forms(name: str) -> set[str]:
    """The forms `name` takes with a case ending of any language newsweave has name data
    for ("Stalin" -> "Stalins", "Stalin's", "Stalina" …): what a search for the name also
    looks for, since an article that names someone only in the genitive ("Stalins") keeps
    that form as the name (stripping an unconfirmed ending cuts names such as "Jones")."""
    forms: set[str] = set()
    for language in SUPPORTED:
        rules = name_rules(language)
        for ending, replacement in (*rules.endings, *rules.always):
            if ending and name.endswith(replacement) and _same_script(name, ending):
                forms.add(name[: len(name) - len(replacement)] + ending)
    forms.discard(name)
    return forms


def _same_script(name: str, ending: str) -> bool:
    """Whether the letters of `ending` are of the script of `name`'s last letter."""
    letters = [ch for ch in name if ch.isalpha()]
    script = unicodedata.name(letters[-1], "").split(" ")[0] if letters else ""
    return all(unicodedata.name(ch, "").split(" ")[0] == script
               for ch in ending if ch.isalpha())


def guess_base(word: str, language: str | None) -> str:
    """`word` with the language's first matching case ending stripped, unconfirmed
    ("Путиным" -> "Путин", "Пхеньяна" -> "Пхеньян"): a key to match names by, never a
    name to show. Only in a language that declines every word of a name: where an ending
    is only a genitive ("Ruslands"), stripping it unconfirmed cuts names ("Jones")."""
    rules = name_rules(language)
    if word.isupper() or not rules.every_word:
        return word
    for ending, replacement in rules.endings:
        if _strippable(word, ending):
            return word[: -len(ending)] + replacement
    return word


def _strippable(word: str, ending: str) -> bool:
    if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
        return False
    return word[len(word) - len(ending) - 1].isalnum()


# --- fullest forms -----------------------------------------------------------------------


def _fullest(bases: list[str], labels: list[str]) -> list[str]:
    """Each base's fullest form in the article: the one longer name of the same label that
    contains it ("Putin" -> "Vladimir Putin"); unchanged when there are two ("Clinton"
    with "Bill Clinton" and "Hillary Clinton")."""
    names = list(bases)
    groups: defaultdict[str, defaultdict[tuple[str, ...], list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for i, (base, label) in enumerate(zip(bases, labels, strict=True)):
        if label in MERGE_LABELS:
            key = _subtokens(base)
            if key:
                groups[label][key].append(i)
    for forms in groups.values():
        spelling = {key: _most_common([bases[i] for i in at]) for key, at in forms.items()}
        for key, at in forms.items():
            containers = [other for other in forms if len(other) > len(key) and _part(key, other)]
            widest = [
                wide
                for wide in containers
                if not any(len(d) > len(wide) and _part(wide, d) for d in containers)
            ]
            target = widest[0] if len(widest) == 1 else key
            for i in at:
                names[i] = spelling[target]
    return names


@lru_cache(maxsize=16384)
def _subtokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, hyphenated parts apart: "Kim Jong-un" -> (kim, jong,
    un); () for a name of single letters."""
    tokens = tuple(t for t in _SUBTOKENS.split(fold(name)) if t)
    return tokens if any(len(t) > 1 for t in tokens) else ()


def _part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` names the same as `long`: a contiguous part of it ("Putin" of
    "Vladimir Putin", "Jong un" of "Kim Jong un"), or, from two words, the same first and
    last word with words left out ("Hillary Clinton" of "Hillary Rodham Clinton")."""
    n = len(short)
    if any(long[i : i + n] == short for i in range(len(long) - n + 1)):
        return True
    if n < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(token in rest for token in short)


def _most_common(spellings: list[str]) -> str:
    """The most frequent spelling; the first of equally frequent ones."""
    counts = Counter(spellings)
    return max(spellings, key=lambda s: counts[s])


# --- completion --------------------------------------------------------------------------


def _completion_forms(text: str, spans: list[RawMention], rules: NameRules) -> dict[str, str]:
    """{form to look for: label} for `complete_mentions`."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        form = " ".join(normalise(text[start:end]).split())
        if _completable(form):
            votes[form][label] += 1
        words = form.split(" ")
        if label == "PER" and len(words) > 1 and len(words[-1]) > 2 and _completable(words[-1]):
            votes[words[-1]][label] += 1  # the surname
    forms: dict[str, str] = {}
    for form, counts in votes.items():
        (label, n), *rest = counts.most_common(2)
        if not rest or rest[0][1] < n:
            forms[form] = label
    for form, label in list(forms.items()):
        for ending, replacement in (*rules.endings, *rules.always):
            if replacement and not form.endswith(replacement):
                continue
            stem = form[: len(form) - len(replacement)] if replacement else form
            forms.setdefault(stem + ending, label)
    return forms


def _completable(form: str) -> bool:
    return form[:1].isupper() and sum(c.isalpha() for c in form) > 1
