"""The article embedder: a folder whose embedder shares the NER encoder's word embeddings
(checked by hash), what it reads of an article, and the shipped one on real news."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsweave.article import Article, Span
from newsweave.encoder import embedder as embedder_module
from newsweave.encoder.embedder import (
    MAX_TOKENS,
    Embedder,
    EmbedderError,
    article_text,
    load_embedder,
    packaged_folder,
)
from newsweave.encoder.model import QUERY, Encoder
from newsweave.encoder.weights import read_weights
from newsweave.entities import encoder_backend
from newsweave.entities.backend import NerModelError
from newsweave.sentences import split_sentences

from .conftest import TEXTS, tiny_weights, write_embedder, write_tagger


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_embedder(tmp_path_factory.mktemp("embedder") / "model")


def test_the_folder_embedder_is_the_base_model_with_the_shared_word_embeddings(folder):
    meta = json.loads((folder / "meta.json").read_text())
    entry = meta["embedder"]
    assert (entry["file"], entry["shares"], entry["layers"]) == ("embedder.bin", "encoder.bin", 3)
    assert meta["tags"]  # the tagger's own entries stay
    shared = read_weights(folder / "encoder.bin")
    weights = read_weights(folder / "embedder.bin", shared=shared)
    assert weights.config.layers == 3 and shared.config.layers == 2
    assert weights.tensor("emb.word") is shared.tensor("emb.word")
    embedder = Embedder.load(folder)
    texts = list(TEXTS.values())
    expected = Encoder(tiny_weights(layers=3)).embed(texts, prefix=QUERY, max_tokens=MAX_TOKENS)
    np.testing.assert_array_equal(embedder.embed(texts), expected)


def test_vectors_are_float32_of_unit_length(folder):
    embedder = Embedder.load(folder)
    vectors = embedder.embed(list(TEXTS.values()))
    assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS), embedder.dimensions)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    article = Article(TEXTS["da"], title="Kim og Putin")
    one = embedder.embed(article)
    assert one.shape == (embedder.dimensions,)
    np.testing.assert_array_equal(one, embedder.embed([article_text(article)])[0])
    np.testing.assert_array_equal(embedder.embed([article])[0], one)
    assert embedder.embed([]).shape == (0, embedder.dimensions)
    with pytest.raises(TypeError):
        embedder.embed(TEXTS["da"])  # type: ignore[call-overload]


def test_an_encoder_whose_word_embeddings_are_not_the_base_s_fails_loudly(folder, tmp_path):
    other = tmp_path / "model"
    write_tagger(other, tiny_weights(seed=7))  # other word embeddings, the same vocabulary
    for name in ("embedder.bin", "meta.json"):
        (other / name).write_bytes((folder / name).read_bytes())
    with pytest.raises(EmbedderError, match=r"word embeddings are not those embedder.bin"):
        Embedder.load(other)


def test_a_folder_without_an_embedder_says_what_to_install(tiny_tagger, tmp_path):
    with pytest.raises(EmbedderError, match=r"no \"embedder\" entry.*newsweave-ner-e5-small 0.2.0"):
        load_embedder(str(tiny_tagger))
    with pytest.raises(EmbedderError, match=r"meta\.json missing"):
        load_embedder(str(tmp_path))


def test_a_missing_embedder_file_is_named(folder, tmp_path):
    copy = tmp_path / "model"
    copy.mkdir()
    for name in ("encoder.bin", "meta.json"):
        (copy / name).write_bytes((folder / name).read_bytes())
    with pytest.raises(NerModelError, match=r"embedder.bin is missing.*install"):
        load_embedder(str(copy))


def test_a_missing_model_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(encoder_backend, "MODEL_PACKAGE", "newsweave_no_such_model")
    with pytest.raises(EmbedderError, match=r"newsweave-ner-e5-small 0.2.0.*--ner fast"):
        packaged_folder()


def test_loading_is_cached_per_folder(folder):
    assert load_embedder(str(folder)) is load_embedder(str(folder))


def test_an_article_reads_as_its_title_and_its_first_three_sentences():
    text = "Erster Satz.  Zweiter\nSatz. Dritter Satz. Vierter Satz."
    article = Article(text, title=" Ein  Titel ")
    article.sentences = [Span(0, 12), Span(14, 27), Span(28, 41), Span(42, 55)]
    assert article_text(article) == "Ein Titel. Erster Satz. Zweiter Satz. Dritter Satz."
    article.title = None
    assert article_text(article) == "Erster Satz. Zweiter Satz. Dritter Satz."
    article.sentences = []  # not split: the opening of the text
    assert article_text(article) == " ".join(text.split())
    long = Article("Wort " * 5000)
    assert len(article_text(long)) <= embedder_module.MAX_CHARS


def test_only_the_first_window_of_max_tokens_is_read(folder):
    embedder = Embedder.load(folder)
    short = TEXTS["de"]
    longer = short + " " + " ".join([TEXTS["ru"]] * 40)
    assert len(embedder.encoder.encode(longer, prefix=QUERY)) > MAX_TOKENS
    cut = embedder.encoder.windows(embedder.encoder.encode(longer, prefix=QUERY), MAX_TOKENS)[0]
    states = embedder.encoder.token_states([cut])[0]
    expected = states.mean(axis=0, dtype=np.float64)
    np.testing.assert_allclose(embedder.embed([longer])[0],
                               expected / np.linalg.norm(expected), atol=1e-6)


# ------------------------------------------------------------------ the shipped embedder

@pytest.fixture(scope="module")
def shipped() -> Embedder:
    return load_embedder(str(packaged_folder()))


def test_the_shipped_embedder_is_the_base_s_twelve_layers(shipped):
    assert shipped.encoder.num_layers == 12 and shipped.dimensions == 384
    assert (shipped.prefix, shipped.max_tokens, shipped.sentences) == (QUERY, 128, 3)
    vectors = shipped.embed(list(TEXTS.values()))
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def first_sentence(path: Path, language: str) -> str:
    text = path.read_text(encoding="utf-8")
    first = split_sentences(text, language)[0]
    return text[first.start: first.end]


def test_two_languages_on_one_event_are_closer_than_unrelated_news(shipped, shared):
    """The case articles' first sentences (Kim Jong-un and Putin meet; Danish, German) are
    nearer each other than to sports news, in their own language or in Chinese."""
    da = first_sentence(shared / "cases" / "da_kim_putin.txt", "da")
    de = first_sentence(shared / "cases" / "de_kim_putin.txt", "de")
    unrelated = ["中国女排3比0横扫日本队，夺得亚运会冠军。",
                 "FC København vandt søndag 2-0 over Brøndby i Superligaen.",
                 "Bayern München gewinnt das Pokalfinale gegen Leipzig mit 3:1."]
    da_v, de_v, *others = shipped.embed([da, de, *unrelated])
    same_event = float(da_v @ de_v)
    for other in others:
        assert same_event > float(da_v @ other) + 0.02
        assert same_event > float(de_v @ other) + 0.02
