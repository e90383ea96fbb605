"""The stream policy (`newsweave.stories.stream`): one order, one time for undated
articles and one notion of a batch, shared by ingest, `newsweave cluster` and `newsweave
eval stories` — so that the three give the same stories for the same articles."""

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.batch import ingest
from newsweave.cli import main
from newsweave.evaluation.stories import cluster_items, read_groups
from newsweave.store import Store
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.stream import assign, batches, stream_order

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
MEANTIME = 12  # the sample's first three events, each in en, es, it and nl
UNDATED = "meantime-en-145930"  # a later sample article, its date left out


def test_dated_articles_go_by_day_then_id_and_undated_ones_last():
    pairs = [
        (Article("x", id="b", published=date(2023, 9, 13)), Counter()),
        (Article("x", id="z"), Counter()),
        (Article("x", id="c", published=date(2023, 9, 12)), Counter()),
        (Article("x", id="a"), Counter()),
        (Article("x", id="a2", published=date(2023, 9, 13)), Counter()),
    ]
    assert [a.id for a, _ in stream_order(pairs)] == ["c", "a2", "b", "a", "z"]


def test_an_undated_article_joins_at_the_newest_time_the_stream_has_seen():
    clusterer = StoryClusterer(window=timedelta(days=30))
    now = datetime(2030, 1, 1, tzinfo=UTC)
    undated = (Article("x", id="u"), Counter({"per:kim": 2}))
    alone = list(assign(StoryClusterer(), [undated], now))
    assert alone[0][2] == now  # an empty stream: the time given as now
    dated = (Article("y", id="d", published=date(2023, 9, 13)), Counter({"per:kim": 2}))
    times = {a.id: when for a, _, when, _ in assign(clusterer, [undated, dated], now)}
    assert times == {"d": datetime(2023, 9, 13, tzinfo=UTC), "u": datetime(2023, 9, 13, tzinfo=UTC)}


def test_batches_count_only_what_is_an_article():
    items = ["a", "p", "b", "c", "p", "d", "e"]
    cut = list(batches(items, 2, counts=lambda x: x != "p"))
    assert cut == [["a", "p", "b"], ["c", "p", "d"], ["e"]]
    assert list(batches([], 2)) == []


@pytest.fixture(scope="module")
def rows(cases):
    """The two case articles, the sample's first twelve MEANTIME articles and one more
    without its date: the same input for the three paths, in an order that is neither
    the stream's nor the ids' (each day's articles come in reverse)."""
    lines = (SAMPLE / "meantime.jsonl").read_text(encoding="utf-8").splitlines()
    sample = [json.loads(line) for line in lines]
    found = [
        {"id": c["file"], "text": c["text"], "language": c["language"],
         "published": c["published"] or "2023-09-05"}
        for c in cases
    ]  # fmt: skip
    for row in [*sample[:MEANTIME], next(r for r in sample if r["id"] == UNDATED)]:
        found.append({
            "id": row["id"], "title": row["title"], "text": row["text"],
            "language": row["id"].split("-")[1],
            "published": None if row["id"] == UNDATED else row["published"],
        })  # fmt: skip
    return found[::-1]


@pytest.fixture(scope="module")
def ingested(rows, tmp_path_factory):
    """(article, story joined, similarity) in the order ingest made them, and each
    article's story at the end (merges followed)."""
    folder = tmp_path_factory.mktemp("stream")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with Store(folder / "s.db") as store:
        ingest(store, [feed], default_pipeline())
        made = store.conn.execute(
            "SELECT article_id, joined, score, story_id FROM story_articles ORDER BY rowid"
        ).fetchall()
    return feed, made


def test_ingest_and_cluster_make_the_same_assignments(ingested):
    feed, made = ingested
    result = CliRunner().invoke(main, ["cluster", str(feed)])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["story"], r["story_similarity"]) for r in printed] == [
        (article, joined, score) for article, joined, score, _ in made
    ]
    assert len(made) == MEANTIME + 3 and made[-1][0] == UNDATED  # undated last


def test_ingest_and_eval_give_the_same_stories(ingested, rows, tmp_path):
    _, made = ingested
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps({"id": r["id"], "lang": r["language"], "date": r["published"],
                        "title": r.get("title"), "group": "any", "text": r["text"]},
                       ensure_ascii=False)
            for r in rows
        ),
        encoding="utf-8",
    )  # fmt: skip
    pipeline = default_pipeline(sentence_vectors=False)  # as `newsweave eval stories` builds it
    stories = cluster_items(list(read_groups(gold)), pipeline, timedelta(days=30))
    assert stories == {article: story for article, _, _, story in made}
    assert len(set(stories.values())) < len(stories)  # some articles share a story
