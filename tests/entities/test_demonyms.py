"""Country adjectives and demonyms, from language data, in 15 languages."""

from __future__ import annotations

import pytest

from newsweave.entities.demonyms import demonym_table, expand, find_demonyms
from newsweave.entities.keys import country_name
from newsweave.lang import SUPPORTED, data

# The countries of the two case articles, and a floor for the rest of the news.
CASE_COUNTRIES = {"RU", "KP", "KR", "US", "UA", "CN", "NO"}
MIN_COUNTRIES = 60
NAME_CONSTANTS = {
    "CLDR_LOCALES",
    "CREDIT_WORDS",
    "BLOC_NAMES",
    "BLOC_ARTICLES",
    "BLOC_DIRECTION_BEFORE",
    "BLOC_NOT_NEAR",
    "EVENT_WORDS",
    "NAME_ENDINGS",
    "NAME_ENDINGS_ALWAYS",
    "NAME_PREFIXES",
    "INFLECT_EVERY_WORD",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DEMONYM_ENDINGS",
    "NAME_PARTICLES",  # entities.repair
    "ORG_WORDS",  # entities.typewords
    "ORG_ENDINGS",
    "PLACE_WORDS",
    "SPACY_LANGUAGE",  # lang.stop_words
}


@pytest.mark.parametrize(
    ("language", "text", "form", "code", "name"),
    [
        ("da", "Han så de russiske soldater.", "russiske", "RU", "Rusland"),
        ("da", "Russiske raketter blev vist frem.", "Russiske", "RU", "Rusland"),
        ("da", "Nordkoreanerne rejste hjem.", "Nordkoreanerne", "KP", "Nordkorea"),
        ("de", "Die russischen Truppen zogen ab.", "russischen", "RU", "Russland"),
        ("de", "Über dem US-amerikanischen Festland.", "US-amerikanischen", "US", None),
        ("de", "Der nordkoreanischen Führung fehlt Geld.", "nordkoreanischen", "KP", "Nordkorea"),
        ("de", "Genau das tun die Russen.", "Russen", "RU", "Russland"),
        ("en", "Russian troops crossed the border.", "Russian", "RU", "Russia"),
        ("en", "The North Korean leader arrived.", "North Korean", "KP", "North Korea"),
        ("en", "Ukrainians queued for bread.", "Ukrainians", "UA", "Ukraine"),
        ("sv", "De ryska soldaterna drog sig tillbaka.", "ryska", "RU", "Ryssland"),
        ("no", "De russiske styrkene trakk seg.", "russiske", "RU", "Russland"),
        ("fr", "Les soldats nord-coréens sont arrivés.", "nord-coréens", "KP", "Corée du Nord"),
        ("fr", "Les Russes ont répondu.", "Russes", "RU", "Russie"),
        ("es", "Los soldados norcoreanos llegaron.", "norcoreanos", "KP", "Corea del Norte"),
        ("it", "I soldati russi sono arrivati.", "russi", "RU", "Russia"),
        ("pt", "Os soldados norte-coreanos chegaram.", "norte-coreanos", "KP", "Coreia do Norte"),
        ("nl", "De Russische troepen trokken zich terug.", "Russische", "RU", "Rusland"),
        ("pl", "Rosyjskie wojska wycofały się.", "Rosyjskie", "RU", "Rosja"),
        ("ru", "Российские военные прибыли.", "Российские", "RU", "Россия"),
        ("ru", "Делегация северокорейских военных.", "северокорейских", "KP", None),
        ("uk", "Російські війська відступили.", "Російські", "RU", "Росія"),
        ("cs", "Ruská armáda ustoupila.", "Ruská", "RU", "Rusko"),
        ("fi", "Venäläiset sotilaat vetäytyivät.", "Venäläiset", "RU", "Venäjä"),
    ],
)
def test_demonyms_in_every_language(language, text, form, code, name):
    found = find_demonyms(text, language)
    assert [(m.text, m.entity, m.kind, m.label) for m in found] == [
        (form, f"country:{code}", "demonym", "LOC")
    ]
    assert found[0].name == (name or country_name(code, language))
    assert text[found[0].start : found[0].end] == form


def test_capitalised_forms_match_only_as_written():
    assert find_demonyms("the russian troops", "en") == []
    assert find_demonyms("DIE RUSSISCHEN TRUPPEN", "de") == []


def test_no_match_inside_a_word():
    assert find_demonyms("Transsibirische Eisenbahn und Koreakrieg", "de") == []
    assert find_demonyms("nordkoreanischen", "de")[0].entity == "country:KP"


def test_hyphenated_words_are_tried_part_by_part():
    found = find_demonyms("eine russisch-chinesische Übung und pro-russiske", "de")
    assert [(m.text, m.entity) for m in found] == [
        ("russisch", "country:RU"),
        ("chinesische", "country:CN"),
    ]


def test_no_demonyms_without_language_data():
    assert find_demonyms("Russian troops", None) == []
    assert find_demonyms("Russian troops", "xx") == []


def test_expand():
    assert expand("russer{,e,ne}", ("", "e")) == ["russer", "russere", "russerne"]
    assert expand("russisk", ("", "e")) == ["russisk", "russiske"]
    assert expand("alem{án,ana}", ()) == ["alemán", "alemana"]


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_language_has_name_data(language):
    names = data(language, "names")
    assert names is not None, f"lang/{language}/names.py is missing"
    constants = {name for name in vars(names) if name.isupper()}
    assert constants <= NAME_CONSTANTS, f"unknown constants {constants - NAME_CONSTANTS}"
    demonyms = names.DEMONYMS
    assert demonyms.keys() >= CASE_COUNTRIES
    assert len(demonyms) >= MIN_COUNTRIES
    for code in demonyms:
        assert country_name(code, language), f"{language}: {code} is no CLDR territory"
    for constant in ("NAME_ENDINGS", "NAME_ENDINGS_ALWAYS"):
        for pair in getattr(names, constant, ()):
            assert len(pair) == 2 and all(isinstance(part, str) for part in pair), pair


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_form_names_two_countries(language):
    seen: dict[str, str] = {}
    names = data(language, "names")
    endings = tuple(getattr(names, "DEMONYM_ENDINGS", ("",)))
    for code, patterns in names.DEMONYMS.items():
        for pattern in patterns:
            for form in expand(pattern, endings):
                assert seen.setdefault(form, code) == code, f"{language}: {form!r}"
    assert demonym_table(language).forms
