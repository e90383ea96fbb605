"""The backend protocol's helpers: label schemes, raw-mention cleaning, `--ner` specs."""

from __future__ import annotations

import pytest

from newsweave.entities.backend import (
    DEFAULT_LABELS,
    LABELS,
    NerBackend,
    clean_mentions,
    load_backend,
    map_label,
    normalise_labels,
    same_language,
    split_tag,
)
from newsweave.entities.hf_backend import TransformersBackend
from newsweave.entities.spacy_backend import SpacyBackend


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PER", ("B", "PER")),
        ("I-ORG", ("I", "ORG")),
        ("E-LOC", ("E", "LOC")),
        ("S-MISC", ("S", "MISC")),
        ("L-PER", ("L", "PER")),
        ("U-GPE", ("U", "GPE")),
        ("b_per", ("B", "per")),
        ("O", ("O", None)),
        ("", ("O", None)),
        ("PER", ("I", "PER")),  # IO scheme
        ("persName", ("I", "persName")),
        ("LOCderiv", ("I", "LOCderiv")),
    ],
)
def test_split_tag(tag, expected):
    assert split_tag(tag) == expected


@pytest.mark.parametrize(
    ("label", "ours"),
    [
        # OntoNotes (spaCy en/zh/fi..., many HF models)
        ("PERSON", "PER"),
        ("ORG", "ORG"),
        ("GPE", "LOC"),
        ("LOC", "LOC"),
        ("FAC", "LOC"),
        ("EVENT", "MISC"),
        ("WORK_OF_ART", "MISC"),
        ("NORP", None),
        ("LANGUAGE", None),
        ("DATE", None),
        ("CARDINAL", None),
        ("MONEY", None),
        # CoNLL, WikiNER, DaNE, with token prefixes
        ("B-PER", "PER"),
        ("I-MISC", "MISC"),
        ("S-LOC", "LOC"),
        ("U-ORG", "ORG"),
        # NorNE (spaCy nb), NKJP (spaCy pl), Swedish SUC/KB
        ("GPE_LOC", "LOC"),
        ("GPE_ORG", "ORG"),
        ("DRV", None),
        ("PROD", "MISC"),
        ("persName", "PER"),
        ("orgName", "ORG"),
        ("placeName", "LOC"),
        ("geogName", "LOC"),
        ("PRS", "PER"),
        ("B-PRS", "PER"),
        # GermEval derived/part labels, and lower case
        ("B-LOCderiv", None),
        ("ORGpart", None),
        ("per", "PER"),
        ("O", None),
    ],
)
def test_default_label_map(label, ours):
    assert map_label(label) == ours


def test_default_labels_are_ours():
    assert set(DEFAULT_LABELS.values()) <= LABELS
    assert all(key == key.upper() for key in DEFAULT_LABELS)


def test_a_custom_label_map_is_upper_cased_and_checked():
    labels = normalise_labels({"Person": "PER", "Firma": "ORG"})
    assert map_label("B-person", labels) == "PER"
    assert map_label("FIRMA", labels) == "ORG"
    assert map_label("LOC", labels) is None
    with pytest.raises(ValueError, match="LOC, MISC, ORG, PER"):
        normalise_labels({"PERSON": "person"})
    assert normalise_labels(None) == DEFAULT_LABELS


def test_same_language():
    assert same_language("nb", "no")
    assert same_language("no", "nn")
    assert same_language("DA", "da")
    assert not same_language("da", "de")
    assert not same_language(None, "da")


def test_clean_mentions_sorts_trims_and_drops_bad_spans():
    text = "Mødet mellem  Kim Jong-un og Putin i Vostotsjnyj\u00a0varede to timer."
    kim = text.index("Kim")
    putin = text.index("Putin")
    raw = [
        (putin, putin + 5, "PER"),
        (kim - 1, kim + 11, "PER"),  # a space included: trimmed
        (kim + 4, kim + 11, "PER"),  # inside Kim Jong-un: overlaps, dropped
        (text.index("Vostotsjnyj"), text.index("varede"), "LOC"),  # trailing no-break space
        (10, 10, "PER"),  # empty
        (60, 100, "ORG"),  # out of bounds
        (0, 5, "DATE"),  # not our label
    ]
    cleaned = clean_mentions(text, raw)
    assert [(text[s:e], label) for s, e, label in cleaned] == [
        ("Kim Jong-un", "PER"),
        ("Putin", "PER"),
        ("Vostotsjnyj", "LOC"),
    ]


def test_clean_mentions_drops_spans_without_a_letter_or_digit():
    text = "Kim Jong-un ____ skrev $$ til Putin."
    raw = [(0, 11, "PER"), (12, 16, "ORG"), (23, 25, "LOC"), (30, 35, "PER")]
    assert clean_mentions(text, raw) == [(0, 11, "PER"), (30, 35, "PER")]


def test_clean_mentions_keeps_the_longer_of_two_starting_together():
    text = "Carl Schuster sagte"
    assert clean_mentions(text, [(0, 4, "PER"), (0, 13, "PER")]) == [(0, 13, "PER")]


def test_load_backend_spacy_by_name_or_folder(tmp_path):
    backend = load_backend("spacy:de_core_news_md")
    assert isinstance(backend, SpacyBackend)
    assert backend.name_or_path == "de_core_news_md"
    assert backend._nlp is None  # nothing loaded yet
    folder = load_backend(f"spacy:{tmp_path}")
    assert folder.name_or_path == str(tmp_path.resolve())
    assert isinstance(backend, NerBackend)


def test_load_backend_hf_path(tmp_path):
    backend = load_backend(f"hf:{tmp_path}")
    assert isinstance(backend, TransformersBackend)
    assert backend.path == str(tmp_path.resolve())
    assert backend.name == f"hf:{tmp_path}"
    assert isinstance(backend, NerBackend)


def test_load_backend_keeps_colons_in_the_target():
    assert load_backend("spacy:C:/models/ner").name_or_path == "C:/models/ner"
    assert load_backend(" SPACY : xx_ent_wiki_sm ").name_or_path == "xx_ent_wiki_sm"


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "spacy",
        "spacy:",
        "hf",
        "hf:  ",
        "stanza:de",
        "bundled:da",
        "fast:da",
        "accurate:",
        "flair:ner",
        "de_core_news_md",
    ],
)
def test_load_backend_refuses_other_specs_and_lists_the_forms(spec):
    with pytest.raises(ValueError) as info:
        load_backend(spec)
    message = str(info.value)
    assert repr(spec) in message
    for form in ("'accurate'", "'fast'", "'spacy:NAME_OR_PATH'", "'hf:PATH'"):
        assert form in message


@pytest.mark.parametrize("spec", ["fast", "bundled", " FAST "])
def test_the_fast_tier_is_the_bundled_cnn_models(spec):
    backend = load_backend(spec)
    assert type(backend).__name__ == "BundledBackend"
    assert isinstance(backend, NerBackend)


def test_the_accurate_tier_is_the_encoder_from_its_package_or_a_folder(tmp_path):
    packaged = load_backend("accurate")
    assert type(packaged).__name__ == "EncoderBackend" and packaged.path is None
    assert isinstance(packaged, NerBackend)
    assert load_backend(f"accurate:{tmp_path}").path == str(tmp_path.resolve())
