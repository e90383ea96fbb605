"""Story clustering on gold groups: BCubed F1 on the ITN dev blurbs (55 languages, one
sentence each) and on MEANTIME (120 news articles, each in en/es/it/nl). The floors sit
just below what was measured (benchmarks/RESULTS.md, `newsweave eval stories`) so that
they can only rise."""

from datetime import timedelta

import pytest

from newsweave.analysis import default_pipeline
from newsweave.evaluation.stories import evaluate, read_groups

pytestmark = pytest.mark.quality

# (file, tier) -> (window in days, floor); measured 2026-12-07 with the pair model of
# training/fit_story_pairs.py: ITN F1 0.845 with the accurate tier (keys and meaning) and
# 0.712 with the fast tier (its own names, keys only), with no window (its times are
# capture times); MEANTIME 0.992 and 0.987 with the default 30-day window. The model is fitted on these sets: held-out figures are
# lower (benchmarks/RESULTS.md, "Stories with meaning").
FLOORS = {
    ("stories/itn_dev.jsonl", "accurate"): (None, 0.84),
    ("stories/itn_dev.jsonl", "fast"): (None, 0.70),
    ("news/meantime/meantime.derived.jsonl", "accurate"): (30, 0.985),
    ("news/meantime/meantime.derived.jsonl", "fast"): (30, 0.98),
}


@pytest.fixture(scope="module")
def pipelines():
    # sentence vectors are for a story page; weaving does not read them
    return {
        tier: default_pipeline(ner=tier, sentence_vectors=False) for tier in ("accurate", "fast")
    }


@pytest.mark.parametrize(("name", "tier"), sorted(FLOORS))
def test_story_floors(shared, pipelines, name, tier):
    days, floor = FLOORS[name, tier]
    items = list(read_groups(shared / "data" / name))
    s = evaluate(items, pipelines[tier], timedelta(days=days) if days else None)
    assert s.f1 >= floor, f"{name} ({tier}): BCubed F1 {s.f1:.3f} below {floor} ({s.table()})"
