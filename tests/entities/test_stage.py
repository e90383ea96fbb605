"""EntityStage: routes an article to the NER backend, notes languages it has no model for,
and turns raw mentions into Mentions with newsweave.entities.names."""

from __future__ import annotations

import importlib.util
import pickle
import re

import pytest

from newsweave.article import Article, Issue, Mention
from newsweave.entities.spacy_backend import SpacyBackend
from newsweave.entities.stage import REPAIRS, EntityStage
from newsweave.pipeline import Pipeline, PipelineError

DA = (
    "Nordkoreas leder Kim Jong-un mødtes onsdag med Ruslands præsident Vladimir Putin på "
    "Kosmodrom Vostotsjnyj. »Mødet er vigtigt,« sagde Putin."
)
DE = 'Carl Schuster, ehemaliger Kapitän der US-Marine, sagte: "Nordkorea braucht Bargeld."'
NAMES = {
    "Nordkoreas": "LOC",
    "Kim Jong-un": "PER",
    "Ruslands": "LOC",
    "Vladimir Putin": "PER",
    "Putin": "PER",
    "Kosmodrom Vostotsjnyj": "LOC",
    "Carl Schuster": "PER",
    "US-Marine": "ORG",
    "Nordkorea": "LOC",
}


class ListBackend:
    """A backend that knows the names above, for Danish and German; picklable."""

    name = "list"

    def __init__(self, languages=("da", "de")) -> None:
        self.languages = set(languages)
        self.calls: list[tuple[str, str | None]] = []

    def supports(self, language):
        return language in self.languages

    def __call__(self, text, language):
        self.calls.append((text, language))
        raw = []
        for name, label in NAMES.items():
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                raw.append((*match.span(), label))
        return raw[::-1]  # unsorted, with "Putin" inside "Vladimir Putin": the stage cleans


class FailingBackend(ListBackend):
    def __call__(self, text, language):
        raise RuntimeError("model crashed")


class GiveLanguage:
    name = "language"
    needs = frozenset()
    provides = frozenset({"language"})

    def __call__(self, article):
        return article


def test_fills_entities_through_resolve_mentions():
    backend = ListBackend()
    article = EntityStage(backend)(Article(DA, language="da"))
    assert backend.calls == [(DA, "da")]
    assert article.issues == []
    assert all(isinstance(m, Mention) for m in article.entities)
    assert [(m.text, m.label) for m in article.entities if m.kind == "name"] == [
        ("Nordkoreas", "LOC"),
        ("Kim Jong-un", "PER"),
        ("Ruslands", "LOC"),
        ("Vladimir Putin", "PER"),
        ("Kosmodrom Vostotsjnyj", "LOC"),
        ("Putin", "PER"),
    ]
    for m in article.entities:
        assert DA[m.start : m.end] == m.text
        assert m.name and m.entity
    # resolve_mentions saw the whole article: the later "Putin" is Vladimir Putin
    putins = [m for m in article.entities if m.text.endswith("Putin")]
    assert [m.name for m in putins] == ["Vladimir Putin", "Vladimir Putin"]
    assert putins[0].entity == putins[1].entity


def test_a_german_article():
    article = EntityStage(ListBackend())(Article(DE, language="de"))
    found = {(m.text, m.label) for m in article.entities if m.kind == "name"}
    assert {("Carl Schuster", "PER"), ("US-Marine", "ORG"), ("Nordkorea", "LOC")} <= found


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "no NER model for language 'fi'; entities not found"),
        (None, "no NER model for an unidentified language; entities not found"),
    ],
)
def test_a_language_without_a_model_is_a_note(language, message):
    backend = ListBackend()
    article = EntityStage(backend)(
        Article("Sauli Niinistö tapasi Vladimir Putinin.", language=language)
    )
    assert article.entities == []
    assert article.issues == [Issue("entities", message)]
    assert backend.calls == []


def test_no_entities_is_an_empty_list():
    article = EntityStage(ListBackend())(Article("Vejret bliver godt i morgen.", language="da"))
    assert article.entities == []
    assert article.issues == []


def test_a_spec_string_loads_the_backend_lazily(tmp_path):
    stage = EntityStage(f"spacy:{tmp_path}")
    assert isinstance(stage.backend, SpacyBackend)
    assert stage.backend._nlp is None
    with pytest.raises(ValueError, match="unknown NER backend"):
        EntityStage("stanza:da")


@pytest.mark.skipif(
    importlib.util.find_spec("newsweave.entities.bundled") is None,
    reason="newsweave.entities.bundled is not there yet",
)
def test_the_default_backend_is_the_accurate_tier_with_its_own_repairs():
    stage = EntityStage()
    assert type(stage.backend).__name__ == "EncoderBackend"
    assert stage.repairs == {"drop_parts", "drop_adjectives", "credits", "type_words", "complete",
                             "blocs"}
    assert EntityStage("fast").repairs == set(REPAIRS)


def test_an_unknown_repair_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="trim_people"):
        EntityStage("fast", repairs=["trim_names"])


def test_pickles_with_its_backend():
    stage = pickle.loads(pickle.dumps(EntityStage(ListBackend())))
    article = stage(Article(DE, language="de"))
    assert any(m.text == "Carl Schuster" for m in article.entities)


def test_declares_what_it_needs_and_provides():
    stage = EntityStage(ListBackend())
    assert stage.name == "entities"
    pipeline = Pipeline([GiveLanguage(), stage])
    assert "entities" in pipeline.provides
    with pytest.raises(PipelineError, match="language"):
        Pipeline([stage])


def test_a_failing_backend_is_recorded_by_the_pipeline():
    pipeline = Pipeline([GiveLanguage(), EntityStage(FailingBackend())], on_error="record")
    article = pipeline(Article(DA, language="da"))
    assert article.entities == []
    assert article.issues == [Issue("entities", "failed: RuntimeError: model crashed")]
