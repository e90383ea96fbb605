"""The meaning stage: an article's embedding, with the accurate tier only; it pickles
without its model and its failures go the pipeline's usual way."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.entities import encoder_backend
from newsweave.entities.encoder_backend import EncoderBackend
from newsweave.meaning import MeaningStage, NameVectorStage, meaning_stage
from newsweave.pipeline import Pipeline, StageFailed, failures
from newsweave.sentences import SentenceStage

from .encoder.conftest import write_embedder, write_tagger
from .test_cli import DA, DE


def analysed(text: str, language: str, title: str | None = None) -> Article:
    article = Article(text, title=title, language=language)
    return SentenceStage()(article)


def test_the_stage_sets_a_unit_vector_of_float32():
    article = MeaningStage()(analysed(DA, "da", title="Kim Jong-un besøger Rusland"))
    assert article.embedding is not None
    assert article.embedding.dtype == np.float32 and article.embedding.shape == (384,)
    assert abs(float(np.linalg.norm(article.embedding)) - 1) < 1e-5
    assert "embedding" not in article.to_json()
    assert "embedding" not in repr(article)


def test_an_article_without_text_gets_no_embedding():
    article = MeaningStage()(analysed(" \n ", "de", title="Nur ein Titel"))
    assert article.embedding is None and not article.issues


def test_the_stage_pickles_without_its_model_and_loads_it_where_it_runs():
    stage = MeaningStage()
    warm = stage(analysed(DE, "de")).embedding
    assert stage._embedder is not None
    copy = pickle.loads(pickle.dumps(stage))
    assert copy._embedder is None and copy.folder is None
    again = copy(analysed(DE, "de")).embedding
    assert copy._embedder is not None
    np.testing.assert_array_equal(again, warm)


def test_the_embedding_does_not_make_articles_unequal():
    one, two = analysed(DA, "da"), analysed(DA, "da")
    MeaningStage()(one)
    assert one.embedding is not None and two.embedding is None
    assert one == two


def test_only_the_accurate_tier_gets_a_meaning_stage():
    assert {"meaning", "name_vectors"}.isdisjoint(default_pipeline(ner="fast").names)
    names = default_pipeline(ner="accurate").names
    assert names[: names.index("entities") + 2] == ["language", "sentences", "meaning",
                                                    "entities", "name_vectors"]


def test_each_person_an_article_names_gets_the_vector_of_its_name():
    pipeline = default_pipeline(ner="accurate")
    text = "Nordkoreas leder Kim Jong-un mødtes onsdag med Vladimir Putin i Rusland."
    article = pipeline(Article(text, language="da"))
    people = {m.entity for m in article.entities if m.label == "PER" and m.entity}
    assert article.name_vectors is not None and set(article.name_vectors) == people
    assert {"per:kim-jong-un", "per:vladimir-putin"} <= people
    assert "name_vectors" not in article.to_json()
    stage = NameVectorStage()
    alone = stage.load().embed_texts(["Kim Jong-un"])[0]
    np.testing.assert_allclose(article.name_vectors["per:kim-jong-un"], alone, atol=1e-6)
    copy = pickle.loads(pickle.dumps(stage))
    assert copy._embedder is None  # pickles without its model, as the meaning stage does


def test_a_tagger_folder_of_one_s_own_brings_its_embedder_where_it_has_one(tmp_path):
    with_embedder = write_embedder(tmp_path / "with")
    without = write_tagger(tmp_path / "without")
    stage = meaning_stage(EncoderBackend(with_embedder))
    assert stage is not None and stage.folder == str(with_embedder.resolve())
    stage = meaning_stage(EncoderBackend(without))
    assert stage is not None and stage.folder is None  # the installed package's
    article = meaning_stage(EncoderBackend(with_embedder))(analysed(DE, "de"))  # type: ignore[misc]
    assert article.embedding is not None and article.embedding.shape == (64,)


def test_a_missing_embedder_is_a_note_on_the_article_or_raises(monkeypatch):
    monkeypatch.setattr(encoder_backend, "MODEL_PACKAGE", "newsweave_no_such_model")
    stages = [*default_pipeline(ner="fast").stages[:2], MeaningStage()]
    article = Pipeline(stages, on_error="record")(Article(DE, language="de"))
    (failure,) = failures(article)
    assert failure.stage == "meaning" and "newsweave-ner-e5-small 0.2.0" in failure.message
    assert article.embedding is None and article.sentences
    with pytest.raises(StageFailed, match="meaning"):
        Pipeline(stages, on_error="raise")(Article(DE, language="de"))


def test_an_article_longer_than_the_analysis_limit_keeps_its_embedding():
    text = DE + "\n\n" + "Weitere Absätze folgen hier. " * 40
    pipeline = default_pipeline(on_error="raise", max_chars=len(DE) + 20)
    article = pipeline(Article(text, language="de"))
    assert any("only the first" in i.message for i in article.issues)
    whole = default_pipeline(on_error="raise")(Article(DE, language="de"))
    assert article.embedding is not None
    np.testing.assert_allclose(article.embedding, whole.embedding, atol=1e-6)
