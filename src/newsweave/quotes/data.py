"""The quote data of one language, from `lang/<iso>/quotes.py`, ready to match tokens.

A language without that module gets empty data: its direct quotes are still found (the
quotation marks are language-independent), but no cue, pronoun or role is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsweave.lang import data


@dataclass(frozen=True)
class QuoteData:
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    clause_verbs: frozenset[str]
    complementizers: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    according_to_after: tuple[tuple[str, ...], ...]
    quote_marks: tuple[tuple[str, str], ...]
    scare_quotes: frozenset[tuple[str, str]]
    dialogue_dash: bool
    pronouns: dict[str, frozenset[str]]
    unresolved_pronouns: frozenset[str]
    titles: frozenset[str]
    role_clauses: tuple[tuple[str, ...], ...]
    reported_markers: frozenset[str]
    bare_clauses: bool
    capitalised_nouns: bool  # a capitalised word is a noun, not a verb ("Frage", "frage")
    belief_cues: frozenset[str] = frozenset()  # cues of a belief or an intention, not speech
    participle_endings: tuple[str, ...] = ()  # "saying": a participle, not a finite verb

    def is_participle(self, word: str) -> bool:
        """A present participle ("saying"), by the language's `PARTICIPLE_ENDINGS`."""
        low = word.casefold()
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.participle_endings)

    def is_cue(self, word: str) -> bool:
        return self.is_verb(word) or word.casefold() in self.speech_nouns

    def is_pronoun(self, word: str) -> bool:
        """A pronoun that can name a speaker: a third-person one, resolved to a name, or
        one for the writer, the reader or people in general, kept as it is."""
        low = word.casefold()
        return low in self.pronouns or low in self.unresolved_pronouns

    def marks_reported_speech(self, word: str) -> bool:
        """A verb form of reported speech (German "sei", "stamme"), not its noun twin
        ("Frage" is no "frage")."""
        if self.capitalised_nouns and word[:1].isupper():
            return False
        return word.casefold() in self.reported_markers

    def is_verb(self, word: str) -> bool:
        if self.capitalised_nouns and word[:1].isupper():
            return False
        return word.casefold() in self.speech_verbs

    def is_title(self, word: str) -> bool:
        """A title noun, alone or at the end of a compound ("US-Präsident", "udenrigsminister")."""
        low = word.casefold()
        if low in self.titles:
            return True
        return any(low.endswith(t) and len(low) > len(t) + 2 for t in self.long_titles)

    def marks_belief(self, cue: str) -> bool:
        """Whether the words of a cue ("glauben", "hopes", "nach Ansicht") attribute a
        belief, a hope, a fear, a plan or an intention rather than something said."""
        return any(word in self.belief_cues for word in cue.casefold().split())

    @property
    def long_titles(self) -> tuple[str, ...]:
        return _long_titles(self.titles)


@lru_cache(maxsize=64)
def _long_titles(titles: frozenset[str]) -> tuple[str, ...]:
    # Compounds end in a title of some length ("minister" in "udenrigsminister"); short
    # ones ("dr", "mp") would match the ends of ordinary words.
    return tuple(sorted(t for t in titles if len(t) >= 5))


def _words(module: object, name: str) -> frozenset[str]:
    return frozenset(str(getattr(module, name, "")).casefold().split())


def _phrases(module: object, name: str) -> tuple[tuple[str, ...], ...]:
    found = (tuple(p.casefold().split()) for p in getattr(module, name, ()))
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@lru_cache(maxsize=64)
def quote_data(language: str | None) -> QuoteData:
    """The language's quote data; empty where it has none."""
    module = data(language, "quotes")
    pronouns = getattr(module, "PRONOUNS", {})
    return QuoteData(
        speech_verbs=_words(module, "SPEECH_VERBS"),
        speech_nouns=_words(module, "SPEECH_NOUNS"),
        clause_verbs=_words(module, "CLAUSE_VERBS"),
        complementizers=_words(module, "COMPLEMENTIZERS"),
        according_to=_phrases(module, "ACCORDING_TO"),
        according_to_after=_phrases(module, "ACCORDING_TO_AFTER"),
        quote_marks=tuple(tuple(p) for p in getattr(module, "QUOTE_MARKS", ())),
        scare_quotes=frozenset(tuple(p) for p in getattr(module, "SCARE_QUOTES", ())),
        dialogue_dash=bool(getattr(module, "DIALOGUE_DASH", False)),
        pronouns={w.casefold(): frozenset(v.split()) for w, v in pronouns.items()},
        unresolved_pronouns=_words(module, "UNRESOLVED_PRONOUNS"),
        titles=_words(module, "TITLES"),
        role_clauses=_phrases(module, "ROLE_CLAUSES"),
        reported_markers=_words(module, "REPORTED_SPEECH_MARKERS"),
        bare_clauses=bool(getattr(module, "BARE_CLAUSES", False)),
        capitalised_nouns=bool(getattr(data(language, "sentences"), "CAPITALISED_NOUNS", False)),
        belief_cues=_words(module, "BELIEF_CUES"),
        participle_endings=tuple(getattr(module, "PARTICIPLE_ENDINGS", ())),
    )
