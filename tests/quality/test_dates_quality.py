"""Time expressions on gold data (../shared/data/dates/meantime-en.jsonl, MEANTIME English
dev): relaxed and exact span F1 and value accuracy; the floors sit just below what was
measured (benchmarks/RESULTS.md, `newsweave eval dates`) so that they can only rise."""

import pytest

from newsweave.dates import find_dates
from newsweave.evaluation.dates import read_dates, score

pytestmark = pytest.mark.quality

# measured 2026-12-06 (i12-dates-2): relaxed P 0.983 R 0.847 F1 0.910, exact F1 0.798,
# value accuracy 0.949 (203 of 214); before it relaxed F1 0.903, exact F1 0.775, value
# accuracy 0.934 (197 of 211)
FLOORS = {
    "relaxed precision": 0.97,
    "relaxed recall": 0.83,
    "relaxed f1": 0.90,
    "exact f1": 0.78,
    "value accuracy": 0.94,
}


def test_date_floors(shared):
    path = shared / "data" / "dates" / "meantime-en.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    s = score(read_dates(path), lambda d: find_dates(d.text, d.language, d.published))
    measured = {
        "relaxed precision": s.precision,
        "relaxed recall": s.recall,
        "relaxed f1": s.f1,
        "exact f1": s.exact_f1,
        "value accuracy": s.value_accuracy,
    }
    low = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}\n{s.table()}"
