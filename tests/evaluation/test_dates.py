"""The date scorer: matching, the unscored gold, value precision and ranges, on a gold
document written for this test (the format of ../shared/data/dates)."""

import datetime as dt
import json

import pytest

from newsweave.article import TimeRef
from newsweave.evaluation.dates import at_precision, read_dates, same_value, score

TEXT = "On Monday the firm said sales fell 5% in 2009, the weekend after a long week."
GOLD = [
    {"start": 3, "end": 9, "text": "Monday", "type": "DATE", "timex_value": "2010-03-01",
     "value": "2010-03-01", "scored": True},
    {"start": 41, "end": 45, "text": "2009", "type": "DATE", "timex_value": "2009",
     "value": "2009", "scored": True},
    {"start": 47, "end": 58, "text": "the weekend", "type": "DATE",
     "timex_value": "2010-W09-WE", "value": "2010-W09", "scored": True},
    {"start": 72, "end": 76, "text": "week", "type": "DURATION", "timex_value": "P1W",
     "value": None, "scored": False},
]  # fmt: skip


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    row = {"id": "d1", "language": "en", "published": "2010-03-02", "text": TEXT, "gold": GOLD}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return list(read_dates(path))


def test_reads_documents(gold):
    (doc,) = gold
    assert doc.published == dt.date(2010, 3, 2)
    assert [g.text for g in doc.timexes] == ["Monday", "2009", "the weekend", "week"]


def test_relaxed_exact_and_values(gold):
    predicted = [
        TimeRef(0, 9, "On Monday", "2010-03-01"),  # relaxed only, right value
        TimeRef(41, 45, "2009", "2009-06"),  # exact, finer value cut to the year: right
        TimeRef(51, 58, "weekend", "2010-W08"),  # relaxed, wrong week
        TimeRef(72, 76, "week", "2010-W09"),  # unscored gold: counts neither way
        TimeRef(13, 17, "firm", "2010"),  # spurious
    ]
    misses: list = []
    s = score(gold, lambda d: predicted, misses)
    assert (s.gold, s.predicted, s.predicted_right, s.gold_found, s.exact) == (3, 4, 3, 3, 1)
    assert (s.value_total, s.value_right) == (3, 2)
    assert s.precision == 0.75 and s.recall == 1.0
    assert round(s.f1, 3) == 0.857
    assert s.exact_recall == pytest.approx(1 / 3)
    assert {m[1] for m in misses} == {"spurious", "value"}
    assert "relaxed" in s.table()


def test_a_range_is_compared_by_the_end_each_gold_span_overlaps(tmp_path):
    text = "from 1991 to 1997"
    gold = [
        {"start": 5, "end": 9, "text": "1991", "type": "DATE", "value": "1991", "scored": True},
        {"start": 13, "end": 17, "text": "1997", "type": "DATE", "value": "1997", "scored": True},
    ]
    path = tmp_path / "g.jsonl"
    row = {"id": "r", "published": None, "text": text, "gold": gold}
    path.write_text(json.dumps(row), encoding="utf-8")
    s = score(read_dates(path), lambda d: [TimeRef(5, 17, "1991 to 1997", "1991", "1997")])
    assert (s.gold_found, s.predicted, s.predicted_right, s.value_right) == (2, 1, 1, 2)


def test_values_at_the_gold_precision():
    assert at_precision("2010-03-02", "2010-W09") == "2010-W09"
    assert same_value("2010-03", "2010-03-02")
    assert not same_value("2010-03-02", "2010-03")  # coarser than the gold is wrong
    assert same_value("2009", "2009-Q3")  # a quarter cut to the year
    assert not same_value("2010", None)


def test_a_span_that_does_not_hold_its_text_is_refused(tmp_path):
    path = tmp_path / "bad.jsonl"
    bad = {"start": 0, "end": 3, "text": "xyz", "type": "DATE", "value": None, "scored": True}
    row = {"id": "b", "text": "abc", "gold": [bad]}
    path.write_text(json.dumps(row), encoding="utf-8")
    with pytest.raises(ValueError, match="is not 'xyz'"):
        list(read_dates(path))


def test_eval_dates_command(gold, tmp_path):
    from click.testing import CliRunner

    from newsweave.cli import main

    path = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(main, ["eval", "dates", "--data", str(path), "--misses"])
    assert result.exit_code == 0, result.output
    assert "relaxed" in result.output and "value accuracy" in result.output
    # "On Monday" (found as "Monday"), "in 2009" and "the weekend" are all found
    assert "3 of 3 scored spans found" in result.output
