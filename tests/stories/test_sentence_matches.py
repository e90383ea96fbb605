"""Sentence matches across a story's articles: a translation's sentences found in their
order-shuffled original, in another language; sentences of an unrelated report (on the
same company) matched to nothing; the story-level bound; the vectors kept by the store."""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.article import Article
from newsweave.meaning import MeaningStage
from newsweave.sentences import SentenceStage
from newsweave.store.stories import sentence_blob, sentence_vectors_of
from newsweave.stories import sentence_matches as sm
from newsweave.stories.sentence_matches import match, story_matches

# A short report and its Spanish translation (written for this test, MEANTIME-like), and
# an unrelated Dutch report on the same company.
EN = ("Boeing said on Tuesday that it will cut 4,000 jobs at its plant in Seattle. "
      "The company blamed falling orders for its wide-body jets. "
      "Union leaders called the decision a betrayal of loyal workers. "
      "Shares in Boeing rose 2 percent in New York after the announcement. "
      "The cuts will take effect by the end of the year.")
ES = ("Boeing anunció el martes que eliminará 4.000 empleos en su planta de Seattle. "
      "La empresa culpó a la caída de pedidos de sus aviones de fuselaje ancho. "
      "Los líderes sindicales calificaron la decisión de traición a los trabajadores leales. "
      "Las acciones de Boeing subieron un 2 por ciento en Nueva York tras el anuncio. "
      "Los recortes entrarán en vigor antes de fin de año.")
NL = ("Airbus heeft een nieuwe fabriek geopend in Alabama, de eerste in de Verenigde Staten. "
      "Daar worden vliegtuigen van het type A320 gebouwd voor Amerikaanse maatschappijen. "
      "De burgemeester sprak van een historische dag voor de regio. "
      "Het bedrijf verwacht er binnen vijf jaar duizend mensen in dienst te hebben.")


def vectors(text: str, language: str) -> tuple[Article, np.ndarray]:
    article = MeaningStage()(SentenceStage()(Article(text, language=language)))
    assert article.sentence_vectors is not None
    return article, article.sentence_vectors


@pytest.fixture(scope="module")
def texts():
    return {lang: vectors(text, lang) for lang, text in (("en", EN), ("es", ES), ("nl", NL))}


def test_each_sentence_has_a_unit_vector_of_float32(texts):
    article, v = texts["en"]
    assert v.dtype == np.float32 and v.shape == (len(article.sentences), 384) == (5, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    assert "sentence_vectors" not in article.to_json()


def test_a_translation_matches_sentence_for_sentence_even_shuffled(texts):
    _, en = texts["en"]
    _, es = texts["es"]
    order = np.array([3, 0, 4, 1, 2])
    found = match(en, es[order])
    assert [int(order[j]) for j in found.index] == [0, 1, 2, 3, 4]
    assert (found.margin >= sm.THRESHOLD).all() and (found.cosine > 0.85).all()


def test_an_unrelated_report_matches_nothing(texts):
    _, en = texts["en"]
    _, nl = texts["nl"]
    assert (match(en, nl).index == -1).all()
    assert (match(nl, en).index == -1).all()


def test_story_matches_pair_both_ways_and_skip_articles_without_vectors(texts):
    en, es, nl = (texts[k][1] for k in ("en", "es", "nl"))
    found = story_matches([en, None, es, nl])
    assert found[1] is None
    assert [[(e.article, e.sentence) for e in s] for s in found[0]] == [
        [(2, i)] for i in range(5)]
    assert [[(e.article, e.sentence) for e in s] for s in found[2]] == [
        [(0, i)] for i in range(5)]
    assert found[3] == [[] for _ in range(4)]


def test_a_large_story_compares_each_article_with_its_nearest_only(texts, monkeypatch):
    en, es, nl = (texts[k][1] for k in ("en", "es", "nl"))
    monkeypatch.setattr(sm, "ALL_PAIRS", 3)
    monkeypatch.setattr(sm, "NEIGHBOURS", 1)
    found = story_matches([en, nl, es, nl])
    assert [e.article for e in found[0][0]] == [2]  # its nearest, the translation
    # the two copies of the Dutch report: each sentence in the other copy, at cosine 1
    assert [[(e.article, e.sentence) for e in s] for s in found[1]] == [
        [(3, i)] for i in range(4)]
    assert all(s[0].cosine > 0.999 for s in found[1])


def test_stored_int8_vectors_keep_the_matches(texts):
    en, es = texts["en"][1], texts["es"][1]
    back = sentence_vectors_of(sentence_blob(es), *es.shape)
    assert back.dtype == np.float32 and np.abs(back - es).max() < 0.004
    assert np.abs(en @ back.T - en @ es.T).max() < 0.002
    assert (match(en, back).index == match(en, es).index).all()
    empty = np.zeros((0, 384), np.float32)
    assert sentence_vectors_of(sentence_blob(empty), 0, 384).shape == (0, 384)
