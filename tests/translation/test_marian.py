"""`hf:PATH` (`newsweave.translation.marian`): a tiny Marian model with random weights,
built here and read from its folder as a user's OPUS-MT model would be (no network), and
what every translator shares (`load_translator`, `Cached`). The desk's use of it:
tests/desk/test_translation_page.py."""

from __future__ import annotations

import pytest

from newsweave.translation import (
    Cached,
    MarianTranslator,
    TranslationError,
    languages_of,
    load_translator,
)
from tests.translation.builders import (
    INSTALLED,
    WORDS,
    needs_transformers,
    save_marian,
    save_opus_mt,
)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    if not INSTALLED:
        pytest.fail("transformers and torch are required here (NEWSWEAVE_REQUIRE_TRANSFORMERS=1)")
    folder = tmp_path_factory.mktemp("mt") / "tiny-marian"
    save_marian(folder)
    return folder


def test_the_languages_a_model_translates_come_from_its_folder(tmp_path):
    opus = tmp_path / "opus-mt-da-en"
    opus.mkdir()
    assert languages_of(opus) == (frozenset({"da"}), frozenset({"en"}))
    many = tmp_path / "opus-mt-mul-en"
    many.mkdir()
    assert MarianTranslator(many).supports("de", "en")
    assert not MarianTranslator(many).supports("en", "de")
    unknown = tmp_path / "my-model"
    unknown.mkdir()
    with pytest.raises(TranslationError, match=r"newsweave\.json"):
        MarianTranslator(unknown)
    with pytest.raises(TranslationError, match="hf:PATH"):
        load_translator("deepl:" + str(unknown))
    with pytest.raises(TranslationError, match="no model folder"):
        load_translator("hf:" + str(tmp_path / "missing"))


def test_repeated_texts_are_translated_once():
    class Counting:
        name = "counting"

        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def supports(self, source, target):
            return True

        def translate(self, texts, source, target):
            self.calls.append(list(texts))
            return [t.upper() for t in texts]

    inner = Counting()
    cached = Cached(inner)
    assert cached.translate(["sagde Putin", "sagde Putin"], "da", "en") == ["SAGDE PUTIN"] * 2
    again = cached.translate(["sagde Putin", "Nordkorea"], "da", "en")
    assert again == ["SAGDE PUTIN", "NORDKOREA"]
    assert inner.calls == [["sagde Putin"], ["Nordkorea"]]


@needs_transformers
def test_a_local_marian_model_translates_without_the_network(model_dir, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    translator = load_translator(f"hf:{model_dir}")
    assert translator.name == "hf:tiny-marian"
    danish = "Nordkoreas leder viser stor interesse for raketbygning"
    out = translator.translate([danish], "da", "en")
    assert len(out) == 1 and out[0] and set(out[0].split()) <= set(WORDS)
    with pytest.raises(TranslationError, match="does not translate en into da"):
        translator.translate(["North Korea needs cash"], "en", "da")


@needs_transformers
@pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")
def test_an_opus_mt_folder_loads_with_its_sentencepiece_tokenizer(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = tmp_path / "opus-mt-da-en"
    save_opus_mt(folder)
    assert {"source.spm", "target.spm", "vocab.json"} <= {p.name for p in folder.iterdir()}
    translator = load_translator(f"hf:{folder}")
    assert translator.supports("da", "en") and not translator.supports("de", "en")
    (out,) = translator.translate(["Nordkoreas leder viser stor interesse"], "da", "en")
    assert out and type(translator.inner._tokenizer).__name__ == "MarianTokenizer"


@needs_transformers
def test_a_folder_without_a_model_fails_when_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    empty = tmp_path / "opus-mt-da-en"
    empty.mkdir()
    translator = load_translator(f"hf:{empty}")  # the folder and its languages: fine so far
    with pytest.raises(TranslationError, match=r"cannot load the model in .*opus-mt-da-en"):
        translator.load()
