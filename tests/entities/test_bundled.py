"""The NER models newsweave ships: present, small, lazily loaded, and working."""

import json
import pickle

import pytest

from newsweave.entities import bundled
from newsweave.entities.bundled import MODELS_DIR, BundledBackend, manifest, model_for
from newsweave.entities.stage import EntityStage

TRAINED = ("da", "de", "en", "sv", "no", "es", "pt", "ru", "fr")


def test_every_listed_model_ships_with_its_card():
    spec = json.loads((MODELS_DIR / "models.json").read_text())
    assert spec["models"]
    for name in spec["models"]:
        assert (MODELS_DIR / name / "config.cfg").is_file()
        assert "## Dev scores" in (MODELS_DIR / name / "CARD.md").read_text()


def test_all_models_together_fit_the_size_budget():
    size = sum(p.stat().st_size for p in MODELS_DIR.rglob("*") if p.is_file())
    assert size <= 80 * 1024**2, f"{size / 1024**2:.1f} MB"


@pytest.mark.parametrize("language", TRAINED)
def test_each_required_language_has_a_trained_model(language):
    name = model_for(language)
    assert name is not None and name != manifest().get("fallback", {}).get("model")


@pytest.mark.parametrize("language", ["it", "nl", "pl", "cs", "fi", "ro"])
def test_other_latin_script_languages_get_the_fallback(language):
    assert model_for(language) == manifest()["fallback"]["model"]


@pytest.mark.parametrize("language", ["zh", "ar", "el", None])
def test_no_model_for_other_scripts_or_unknown_language(language):
    assert not BundledBackend().supports(language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Statsminister Mette Frederiksen rejste i går til Berlin for at mødes med Olaf Scholz.",
            {("Mette Frederiksen", "PER"), ("Berlin", "LOC"), ("Olaf Scholz", "PER")},
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz reiste am Mittwoch nach Paris, wo er Emmanuel Macron traf.",
            {("Olaf Scholz", "PER"), ("Paris", "LOC"), ("Emmanuel Macron", "PER")},
        ),
        (
            "no",
            "Statsminister Jonas Gahr Støre møtte i går representanter fra Equinor i Stavanger.",
            {("Jonas Gahr Støre", "PER"), ("Stavanger", "LOC")},
        ),
        (
            "en",
            "President Joe Biden met Chancellor Olaf Scholz in Washington on Friday.",
            {("Joe Biden", "PER"), ("Olaf Scholz", "PER"), ("Washington", "LOC")},
        ),
    ],
)
def test_finds_clear_names(language, text, expected):
    spans = EntityStage(BundledBackend()).spans(text, language)  # the model, then repairs
    found = {(text[s:e], label) for s, e, label in spans}
    assert expected <= found, found


def test_models_load_lazily_into_a_bounded_cache():
    bundled.load_model.cache_clear()
    backend = BundledBackend()
    assert bundled.load_model.cache_info().currsize == 0
    backend("Kim Jong-un besøgte Rusland.", "da")
    assert bundled.load_model.cache_info().currsize == 1
    assert bundled.load_model.cache_info().maxsize == bundled.MAX_LOADED


def test_backend_pickles_without_a_loaded_model():
    assert len(pickle.dumps(BundledBackend())) < 200
