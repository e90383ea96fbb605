"""The accurate tier's backend: finding its model, errors that say what to do, pickling,
and mentions that are spans of the text (on the tests' tiny tagger)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsweave.entities import encoder_backend
from newsweave.entities.backend import NerModelError
from newsweave.entities.encoder_backend import EncoderBackend
from newsweave.entities.stage import EntityStage

from ..encoder.conftest import TEXTS, write_tagger


@pytest.fixture(scope="module")
def tagger_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tagger(tmp_path_factory.mktemp("tagger") / "model")


def test_a_missing_model_package_says_how_to_install_it_or_use_the_fast_tier(monkeypatch):
    monkeypatch.setattr(encoder_backend, "MODEL_PACKAGE", "newsweave_no_such_model")
    with pytest.raises(NerModelError, match=r"newsweave-ner-e5-small.*--ner fast"):
        EncoderBackend().load()


def test_a_folder_that_is_not_a_model_is_reported_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "encoder.bin").write_bytes(b"not weights")
    with pytest.raises(NerModelError, match=str(tmp_path)):
        EncoderBackend(tmp_path).load()


def test_every_language_and_script_is_supported() -> None:
    backend = EncoderBackend()
    assert all(backend.supports(lang) for lang in ("da", "zh", "ar", "th", "ko", None))


def test_mentions_are_clean_spans_of_the_text_sentence_by_sentence(tagger_folder: Path) -> None:
    backend = EncoderBackend(tagger_folder)
    text = TEXTS["de"] + "\n\n" + TEXTS["ru"]
    mentions = backend(text, "de")
    assert mentions == sorted(mentions)
    for start, end, label in mentions:
        assert label in ("PER", "ORG", "LOC")
        assert text[start:end].strip() == text[start:end] != ""
        assert "\n" not in text[start:end]  # never across two sentences
    assert backend("   ", "de") == []


def test_the_backend_pickles_without_its_model(tagger_folder: Path) -> None:
    backend = EncoderBackend(tagger_folder)
    backend.load()
    copy = pickle.loads(pickle.dumps(backend))
    assert copy._tagger is None and copy.path == backend.path
    assert copy(TEXTS["da"], "da") == backend(TEXTS["da"], "da")


def test_an_article_in_a_language_without_a_fast_model_gets_entities(tmp_path: Path) -> None:
    """Chinese: the fast tier notes "no NER model"; the accurate tier reads it."""
    from newsweave.article import Article

    folder = write_tagger(tmp_path / "m", seed=3)
    article = Article(id="zh1", text=TEXTS["zh"])
    article.language = "zh"
    EntityStage(EncoderBackend(folder))(article)
    assert not [n for n in article.issues if n.stage == "entities"]
    fast = Article(id="zh2", text=TEXTS["zh"])
    fast.language = "zh"
    EntityStage("fast")(fast)
    assert [n for n in fast.issues if "no NER model" in n.message]
