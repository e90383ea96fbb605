"""Number data per language (`newsweave.lang.<iso>.numbers`): every constant, with its
type, and concept and unit keys shared by the languages."""

from __future__ import annotations

import pytest

from newsweave.lang import SUPPORTED, data
from newsweave.stories.numbers import CONSTANTS, SYMBOLS, number_data

ENGLISH_NOUNS = set(data("en", "numbers").NOUNS)
UNITS = set(SYMBOLS.values()) | {"km", "kg", "t", "people", "points"}


def numbers(language: str):
    module = data(language, "numbers")
    assert module is not None, f"no newsweave.lang.{language}.numbers"
    return module


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_constant_and_nothing_else(language):
    module = numbers(language)
    names = {n for n in vars(module) if n.isupper()}
    assert names == CONSTANTS, f"missing {CONSTANTS - names}, unknown {names - CONSTANTS}"


@pytest.mark.parametrize("language", SUPPORTED)
def test_separators_and_scales(language):
    module = numbers(language)
    assert module.DECIMAL in (".", ",")
    assert module.DECIMAL not in module.GROUP
    assert all(isinstance(g, str) and len(g) == 1 for g in module.GROUP)
    assert set(module.SCALES.values()) <= {3, 6, 9, 12}
    assert {6, 9} <= set(module.SCALES.values()), "million and milliard/billion"


@pytest.mark.parametrize("language", SUPPORTED)
def test_units_and_nouns_use_keys_every_language_shares(language):
    module = numbers(language)
    assert set(module.UNITS) <= UNITS
    assert {"%", "USD", "people"} <= set(module.UNITS)
    assert set(module.NOUNS) <= ENGLISH_NOUNS, "a concept English does not name"
    for table in (module.UNITS, module.NOUNS):
        for forms in table.values():
            assert isinstance(forms, tuple) and all(isinstance(f, str) and f for f in forms)
    for name in ("LINKS", "PER", "HEDGES", "CLOCK"):
        assert isinstance(getattr(module, name), tuple), name
    assert number_data(language).language == language


def test_a_language_without_number_data_reads_numbers_the_neutral_way():
    nd = number_data("tlh")
    assert nd.neutral and nd.decimal == "." and nd.scales is None
