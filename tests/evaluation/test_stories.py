import json
from datetime import UTC, datetime

import pytest

from newsweave.evaluation.stories import bcubed, read_groups


def test_bcubed_of_a_perfect_a_singleton_and_a_lumped_clustering():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert bcubed(gold, gold).f1 == 1.0
    singletons = bcubed({k: k for k in gold}, gold)
    assert (singletons.precision, singletons.recall) == (1.0, 0.5)
    lumped = bcubed(dict.fromkeys(gold, 0), gold)
    assert (lumped.precision, lumped.recall) == (0.5, 1.0)


def test_bcubed_by_hand():
    # gold {a,b,c} {d}; predicted {a,b} {c,d}: precision (1+1+.5+.5)/4, recall (2/3+2/3+1/3+1)/4
    s = bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, {"a": "x", "b": "x", "c": "x", "d": "y"})
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert "BCubed P 0.750" in s.table()


def test_read_groups_reads_itn_blurbs_and_grouped_articles(tmp_path):
    itn = tmp_path / "itn.jsonl"
    itn.write_text(
        json.dumps({"event_qid": "Q1", "lang": "zh-yue", "timestamp": 1666569600,
                    "keyword": "never read", "text": "辛偉誠出任英國首相。"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (item,) = read_groups(itn)
    assert (item.group, item.article.language) == ("Q1", "zh")
    assert item.time == datetime(2022, 10, 24, tzinfo=UTC)
    assert "never read" not in json.dumps(item.article.to_json(), ensure_ascii=False)
    articles = tmp_path / "groups.jsonl"
    articles.write_text(
        json.dumps({"id": "m-es-1", "group": "enwn:1", "lang": "es", "date": "2008-03-01",
                    "title": "Boeing pierde", "text": "Airbus gana el contrato."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (item,) = read_groups(articles)
    assert (item.article.id, item.group, item.article.published.isoformat()) == (
        "m-es-1", "enwn:1", "2008-03-01")  # fmt: skip
