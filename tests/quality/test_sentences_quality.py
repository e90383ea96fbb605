"""Sentence-boundary quality on the dev sets in ../shared/data, pinned so it can only rise.

The measuring code is `benchmarks/sentences.py` (run it for the full table). Floors sit
just below the measured scores; raise them when the splitter improves.
"""

from __future__ import annotations

import pytest

from benchmarks import sentences as sentence_benchmark

# set -> (precision, F1, recall on the boundaries punctuation rules can find); measured
# P / F1 / R punct: da .996/.938/.998, sv .992/.980/1.0, en .988/.790/.982,
# pt .999/.895/.997, no-nb 1.0/.960/1.0, no-nn .999/.934/.999, news-en .998/.963/.997,
# news-es .993/.959/.993, news-it .992/.950/.995, news-nl .976/.975/.996
FLOORS: dict[str, tuple[float, float, float]] = {
    "da": (0.99, 0.935, 0.995),
    "sv": (0.985, 0.975, 0.995),
    "en": (0.98, 0.785, 0.975),
    "pt": (0.995, 0.89, 0.99),
    "no-nb": (0.995, 0.955, 0.995),
    "no-nn": (0.995, 0.93, 0.995),
    "news-en": (0.99, 0.955, 0.99),
    "news-es": (0.985, 0.955, 0.985),
    "news-it": (0.985, 0.945, 0.99),
    "news-nl": (0.97, 0.97, 0.99),
}


def _benchmark():
    return sentence_benchmark


@pytest.mark.quality
@pytest.mark.parametrize("name", list(FLOORS))
def test_sentence_boundaries_hold_their_floors(shared, name):
    scores = _benchmark().evaluate(name, shared)
    precision, f1, recall_punctuated = FLOORS[name]
    measured = (
        f"P {scores.precision:.3f}, F1 {scores.f1:.3f}, "
        f"R punct {scores.recall_punctuated:.3f}, baseline F1 {scores.baseline_f1:.3f}"
    )
    assert scores.precision >= precision, measured
    assert scores.f1 >= f1, measured
    assert scores.recall_punctuated >= recall_punctuated, measured
    assert scores.f1 > scores.baseline_f1, measured


def test_every_dev_set_has_a_floor():
    assert set(FLOORS) == set(_benchmark().DATASETS)
