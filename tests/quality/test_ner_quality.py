"""NER quality of the entities stage, both tiers (the model and the stage's repairs), on
the dev sets in ../shared/data/ner: micro-F1, exact span and label, on raw text, as
newsweave runs them. The floors sit just below what was measured (benchmarks/RESULTS.md)
so that they can only rise.

Dev sets are cut to their first documents (10 sentences each) to keep the test quick:
`DOCS` for the fast tier, `ACCURATE_DOCS` for the accurate one (the encoder reads about a
sixth as many tokens a second); the floors are measured on the same cut (`python
benchmarks/ner.py --ner TIER --limit N` gives them, without `--limit` the full sets).
"""

import pytest

from benchmarks import ner as bench

pytestmark = pytest.mark.quality

DOCS = 120

# dev set -> F1 floor, just below what was measured on the first DOCS documents
# (2026-11-23; measured: da .749, nb .855, nn .701, sv-webbnyheter .762, sv-newseye .418,
# pt .723, de-germeval-b .555, de-wikiann .723, en-ewt .279, en-wikiann .656, es .764,
# ru .760, fr .393). sv-talbanken (23 gold entities in its dev split) is too small to pin.
FLOORS: dict[str, float] = {
    "da-ddt": 0.74,
    "nb-norne": 0.845,
    "nn-norne": 0.69,
    "sv-webbnyheter": 0.75,
    "sv-newseye": 0.40,
    "pt-bosque": 0.71,
    "de-germeval-b": 0.54,
    "de-wikiann": 0.71,
    "en-ewt": 0.27,
    "en-wikiann": 0.64,
    "es-wikiann": 0.75,
    "ru-wikiann": 0.75,
    "fr-newseye": 0.38,
}


ACCURATE_DOCS = 40

# dev set -> F1 floor of the accurate tier (its repairs: EncoderBackend.repairs), just
# below what was measured on the first ACCURATE_DOCS documents (2026-12-06; measured:
# cs-cnec 0.651, da-ddt 0.825, de-germeval-b 0.778, de-wikiann 0.695, en-ewt 0.664, en-gum 0.690, en-wikiann 0.541, es-wikiann 0.607, fi-turku 0.782, fr-newseye 0.499, fr-wikineural 0.842, it-kind 0.746, nb-norne 0.898, nl-conll2002 0.762, nl-wikiann 0.692, nn-norne 0.852, pl-bsnlp 0.728, pl-wikiann 0.709, pt-bosque 0.819, ru-factrueval 0.823, ru-nerel 0.800, ru-wikiann 0.517, sv-newseye 0.542, sv-webbnyheter 0.832, uk-neruk 0.751, zh-gsdsimp 0.739).
# sv-talbanken (18 gold entities in the cut) is too small to pin. en-gum's dev split has
# held GUM's names cut to the name since 2026-12-07 (training/encoder_ner_data.py
# read_gum_names; before, the whole mention: "Republican Kevin McCarthy, who held the
# seat"): the shipped model, trained on whole mentions, scores 0.558 on the new cut.
ACCURATE_FLOORS: dict[str, float] = {
    "cs-cnec": 0.645,
    "da-ddt": 0.815,
    "de-germeval-b": 0.765,
    "de-wikiann": 0.685,
    "en-ewt": 0.655,
    "en-gum": 0.55,
    "en-wikiann": 0.535,
    "es-wikiann": 0.595,
    "fi-turku": 0.775,
    "fr-newseye": 0.485,
    "fr-wikineural": 0.835,
    "it-kind": 0.735,
    "nb-norne": 0.885,
    "nl-conll2002": 0.755,
    "nl-wikiann": 0.685,
    "nn-norne": 0.845,
    "pl-bsnlp": 0.715,
    "pl-wikiann": 0.695,
    "pt-bosque": 0.805,
    "ru-factrueval": 0.815,
    "ru-nerel": 0.795,
    "ru-wikiann": 0.505,
    "sv-newseye": 0.535,
    "sv-webbnyheter": 0.825,
    "uk-neruk": 0.745,
    "zh-gsdsimp": 0.725,
}


@pytest.fixture(scope="module")
def sets(shared):
    return bench.all_dev_sets(shared)


@pytest.fixture(scope="module")
def predict():
    return bench.stage_predictor("fast")


@pytest.fixture(scope="module")
def predict_accurate():
    return bench.stage_predictor("accurate")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_floor(sets, predict, name):
    language, docs = sets[name]
    score, _, _ = bench.evaluate(predict, docs[:DOCS], language)
    assert score.f >= FLOORS[name], f"{name}: F1 {score.f:.3f} < floor {FLOORS[name]}"


@pytest.mark.parametrize("name", sorted(ACCURATE_FLOORS))
def test_accurate_f1_floor(sets, predict_accurate, name):
    language, docs = sets[name]
    score, _, _ = bench.evaluate(predict_accurate, docs[:ACCURATE_DOCS], language)
    floor = ACCURATE_FLOORS[name]
    assert score.f >= floor, f"{name}: F1 {score.f:.3f} < floor {floor} (accurate tier)"
