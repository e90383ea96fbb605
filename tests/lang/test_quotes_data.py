"""Quote data per language (`newsweave.lang.<iso>.quotes`): shape, types and real words."""

from __future__ import annotations

import re

import pytest

from newsweave.lang import SUPPORTED, data
from newsweave.quotemarks import QUOTATION_PAIRS

# The languages the issue requires in full; the rest need fewer speech verbs.
MAIN = ("da", "de", "en", "sv", "no", "fr", "es", "nl", "it", "pt", "pl", "ru")
MIN_SPEECH_VERBS = {language: 100 if language in MAIN else 30 for language in SUPPORTED}

WORD_LISTS = (  # strings the loader splits on whitespace
    "SPEECH_VERBS",
    "SPEECH_NOUNS",
    "COMPLEMENTIZERS",
    "TITLES",
    "REPORTED_SPEECH_MARKERS",
    "UNRESOLVED_PRONOUNS",
    "CLAUSE_VERBS",
    "BELIEF_CUES",
)
PHRASES = ("ACCORDING_TO", "ACCORDING_TO_AFTER", "ROLE_CLAUSES")  # tuples of str
PAIRS = ("QUOTE_MARKS", "SCARE_QUOTES")  # tuples of (opening, closing)
# German nouns keep their capital letter; everything else is lower-case.
CAPITALISED = {
    ("de", "SPEECH_NOUNS"),
    ("de", "TITLES"),
    ("de", "ACCORDING_TO"),
    ("de", "BELIEF_CUES"),
}
REFERENTS = re.compile(r"[mfpn]( [mfpn])*")


def quotes(language: str):
    module = data(language, "quotes")
    assert module is not None, f"no newsweave.lang.{language}.quotes"
    return module


def entries(language: str, name: str) -> list[str]:
    value = getattr(quotes(language), name)
    return value.split() if isinstance(value, str) else list(value)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_constant_with_its_type(language):
    module = quotes(language)
    for name in WORD_LISTS:
        assert isinstance(getattr(module, name), str), name
    for name in PHRASES:
        value = getattr(module, name)
        assert isinstance(value, tuple), name
        assert all(isinstance(entry, str) for entry in value), name
    for name in PAIRS:
        value = getattr(module, name)
        assert isinstance(value, tuple), name
        for pair in value:
            assert isinstance(pair, tuple), (name, pair)
            assert len(pair) == 2, (name, pair)
            assert all(isinstance(mark, str) and len(mark) == 1 for mark in pair), (name, pair)
    assert isinstance(module.DIALOGUE_DASH, bool)
    assert isinstance(module.PRONOUNS, dict)
    assert module.PRONOUNS
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in module.PRONOUNS.items())


@pytest.mark.parametrize("language", SUPPORTED)
def test_enough_speech_verbs(language):
    verbs = entries(language, "SPEECH_VERBS")
    assert len(verbs) >= MIN_SPEECH_VERBS[language], len(verbs)
    assert entries(language, "SPEECH_NOUNS")
    assert entries(language, "COMPLEMENTIZERS")
    assert entries(language, "TITLES")
    assert entries(language, "ROLE_CLAUSES")
    assert entries(language, "ACCORDING_TO") or entries(language, "ACCORDING_TO_AFTER")


@pytest.mark.parametrize("language", SUPPORTED)
def test_clause_verbs_are_not_speech_verbs(language):
    # Verbs of knowing and showing are cues only before a complementizer; a speech verb
    # is one everywhere, so no word may be both.
    clause_verbs = entries(language, "CLAUSE_VERBS")
    assert clause_verbs
    speech_verbs = {verb.casefold() for verb in entries(language, "SPEECH_VERBS")}
    assert sorted({verb.casefold() for verb in clause_verbs} & speech_verbs) == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_belief_cues_are_cues(language):
    # A belief cue marks a quote that a cue found ("act": "belief"); it finds nothing.
    cues = {
        word.casefold()
        for name in ("SPEECH_VERBS", "CLAUSE_VERBS", "SPEECH_NOUNS")
        for word in entries(language, name)
    }
    cues |= {
        word.casefold()
        for name in ("ACCORDING_TO", "ACCORDING_TO_AFTER")
        for phrase in entries(language, name)
        for word in phrase.split()
    }
    beliefs = entries(language, "BELIEF_CUES")
    assert len(beliefs) >= 10
    assert sorted(w for w in beliefs if w.casefold() not in cues) == []


@pytest.mark.parametrize(
    ("language", "belief", "speech"),
    [
        ("de", "glauben", "sagte"),
        ("da", "tror", "sagde"),
        ("en", "believes", "said"),
        ("en", "hopes", "told"),
        ("sv", "tror", "sade"),
        ("fr", "pense", "a déclaré"),
        ("ru", "считает", "сказал"),
    ],
)
def test_beliefs_apart_from_speech(language, belief, speech):
    from newsweave.quotes.data import quote_data

    q = quote_data(language)
    assert q.marks_belief(belief)
    assert not q.marks_belief(speech)


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", WORD_LISTS + PHRASES + PAIRS)
def test_no_duplicates(language, name):
    values = entries(language, name)
    duplicates = sorted({value for value in values if values.count(value) > 1}, key=str)
    assert not duplicates


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", WORD_LISTS + PHRASES)
def test_lower_case_except_german_nouns(language, name):
    values = entries(language, name)
    if (language, name) in CAPITALISED:
        return
    assert [value for value in values if value != value.lower()] == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_pronouns_lower_case(language):
    pronouns = quotes(language).PRONOUNS
    assert [word for word in pronouns if word != word.lower() or " " in word] == []


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", PHRASES)
def test_phrases_single_spaced(language, name):
    for phrase in entries(language, name):
        assert phrase, name
        assert phrase == " ".join(phrase.split()), repr(phrase)


@pytest.mark.parametrize("language", SUPPORTED)
def test_quote_marks(language):
    module = quotes(language)
    assert module.QUOTE_MARKS
    assert ('"', '"') in module.QUOTE_MARKS
    # The quotes stage pairs marks from the same table as `newsweave.quotemarks`.
    for pair in module.QUOTE_MARKS + module.SCARE_QUOTES:
        assert pair in QUOTATION_PAIRS, pair
    assert not set(module.QUOTE_MARKS) & set(module.SCARE_QUOTES)


@pytest.mark.parametrize("language", SUPPORTED)
def test_pronoun_referents(language):
    for word, referents in quotes(language).PRONOUNS.items():
        assert REFERENTS.fullmatch(referents), (word, referents)
        assert len(set(referents.split())) == len(referents.split()), (word, referents)


@pytest.mark.parametrize("language", ["de", "en", "nl"])
def test_no_dialogue_dash(language):
    assert quotes(language).DIALOGUE_DASH is False


@pytest.mark.parametrize("language", ["no", "sv", "da", "fi", "ru", "pl"])
def test_dialogue_dash(language):
    assert quotes(language).DIALOGUE_DASH is True


def test_german_konjunktiv():
    markers = entries("de", "REPORTED_SPEECH_MARKERS")
    assert len(markers) >= 100
    assert {"sei", "seien", "habe", "könne", "müsse", "werde", "gebe"} <= set(markers)
    # 3sg forms differ from the indicative: no "hat", "ist", "sagt", no 3pl "haben".
    assert [m for m in markers if not m.endswith("e") and m not in ("sei", "seien")] == []
    assert not {"haben", "ist", "hat", "sagt", "meine"} & set(markers)


@pytest.mark.parametrize("language", [x for x in SUPPORTED if x != "de"])
def test_reported_speech_markers_only_german(language):
    assert quotes(language).REPORTED_SPEECH_MARKERS == ""


@pytest.mark.parametrize("language", [x for x in SUPPORTED if x not in ("de", "fi")])
def test_no_postposed_markers(language):
    assert quotes(language).ACCORDING_TO_AFTER == ()


@pytest.mark.parametrize(
    ("language", "name", "word"),
    [
        ("da", "SPEECH_VERBS", "sagde"),
        ("da", "SPEECH_VERBS", "siger"),
        ("da", "SPEECH_VERBS", "siges"),
        ("da", "SPEECH_VERBS", "udtaler"),
        ("da", "SPEECH_NOUNS", "udtalelsen"),
        ("da", "TITLES", "statsministeren"),
        ("da", "ACCORDING_TO", "ifølge"),
        ("da", "COMPLEMENTIZERS", "at"),
        ("de", "SPEECH_VERBS", "sagte"),
        ("de", "SPEECH_VERBS", "betonte"),
        ("de", "SPEECH_VERBS", "fügte"),
        ("de", "SPEECH_VERBS", "wies"),
        ("de", "SPEECH_NOUNS", "Angaben"),
        ("de", "TITLES", "Bundeskanzler"),
        ("de", "ACCORDING_TO", "laut"),
        ("de", "ACCORDING_TO", "nach Angaben"),
        ("de", "ACCORDING_TO_AFTER", "zufolge"),
        ("de", "COMPLEMENTIZERS", "dass"),
        ("en", "SPEECH_VERBS", "said"),
        ("en", "SPEECH_VERBS", "told"),
        ("en", "SPEECH_NOUNS", "statement"),
        ("en", "TITLES", "president"),
        ("en", "ACCORDING_TO", "according to"),
        ("en", "ROLE_CLAUSES", "who is"),
        ("sv", "SPEECH_VERBS", "sa"),
        ("sv", "SPEECH_VERBS", "sade"),
        ("sv", "SPEECH_VERBS", "uppger"),
        ("sv", "ACCORDING_TO", "enligt"),
        ("sv", "COMPLEMENTIZERS", "att"),
        ("no", "SPEECH_VERBS", "sier"),
        ("no", "SPEECH_VERBS", "sa"),
        ("no", "SPEECH_VERBS", "seier"),  # Nynorsk
        ("no", "SPEECH_NOUNS", "uttalelse"),
        ("no", "ACCORDING_TO", "ifølge"),
        ("fr", "SPEECH_VERBS", "déclaré"),
        ("fr", "SPEECH_VERBS", "dit"),
        ("fr", "COMPLEMENTIZERS", "qu'"),
        ("fr", "ACCORDING_TO", "selon"),
        ("fr", "ACCORDING_TO", "d'après"),
        ("es", "SPEECH_VERBS", "dijo"),
        ("es", "SPEECH_VERBS", "afirmó"),
        ("es", "ACCORDING_TO", "según"),
        ("nl", "SPEECH_VERBS", "zei"),
        ("nl", "SPEECH_VERBS", "zegt"),
        ("nl", "ACCORDING_TO", "volgens"),
        ("it", "SPEECH_VERBS", "detto"),
        ("it", "SPEECH_VERBS", "dichiarato"),
        ("it", "ACCORDING_TO", "secondo"),
        ("pt", "SPEECH_VERBS", "disse"),
        ("pt", "SPEECH_VERBS", "afirmou"),
        ("pt", "ACCORDING_TO", "segundo"),
        ("pl", "SPEECH_VERBS", "powiedział"),
        ("pl", "SPEECH_VERBS", "powiedziała"),
        ("pl", "COMPLEMENTIZERS", "że"),
        ("pl", "ACCORDING_TO", "według"),
        ("ru", "SPEECH_VERBS", "сказал"),
        ("ru", "SPEECH_VERBS", "заявила"),
        ("ru", "ACCORDING_TO", "по словам"),
        ("ru", "COMPLEMENTIZERS", "что"),
        ("fi", "SPEECH_VERBS", "sanoi"),
        ("fi", "SPEECH_VERBS", "kertoo"),
        ("fi", "ACCORDING_TO_AFTER", "mukaan"),
        ("uk", "SPEECH_VERBS", "сказав"),
        ("uk", "ACCORDING_TO", "за словами"),
        ("cs", "SPEECH_VERBS", "řekl"),
        ("cs", "SPEECH_VERBS", "uvedl"),
        ("cs", "ACCORDING_TO", "podle"),
    ],
)
def test_real_words(language, name, word):
    assert word in entries(language, name)


@pytest.mark.parametrize(
    ("language", "pronoun", "referents"),
    [
        ("da", "han", "m"),
        ("da", "hun", "f"),
        ("de", "er", "m"),
        ("de", "sie", "f p"),
        ("en", "she", "f"),
        ("no", "ho", "f"),  # Nynorsk
        ("fr", "elle", "f"),
        ("ru", "она", "f"),
        ("fi", "hän", "m f"),
    ],
)
def test_pronouns(language, pronoun, referents):
    assert quotes(language).PRONOUNS[pronoun] == referents


@pytest.mark.parametrize("language", SUPPORTED)
def test_unresolved_pronouns_are_not_resolved_ones(language):
    module = quotes(language)
    assert set(module.UNRESOLVED_PRONOUNS.split()).isdisjoint(module.PRONOUNS)
    assert module.UNRESOLVED_PRONOUNS.split(), "first-person pronouns at least"
