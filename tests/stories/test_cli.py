"""`newsweave cluster`, `stories`, `story` and `eval stories` from the command line."""

import json

import pytest
from click.testing import CliRunner

from newsweave.cli import main

REPORTS = [  # two reports of one event in two languages, and one of another event
    {"id": "da-1", "language": "da", "published": "2023-09-13",
     "text": "Nordkoreas leder Kim Jong-un mødtes onsdag med Vladimir Putin på "
             "Kosmodrom Vostotsjnyj i Rusland. Kim rejste med tog fra Pyongyang til "
             "Vladivostok."},
    {"id": "de-1", "language": "de", "published": "2023-09-13",
     "text": "Kim Jong-un traf am Mittwoch Wladimir Putin in Russland. Kim war mit dem "
             "Zug aus Pjöngjang nach Wladiwostok gereist."},
    {"id": "en-1", "language": "en", "published": "2023-09-14",
     "text": "A magnitude 6.8 earthquake struck Morocco near Marrakesh, killing more than "
             "2,900 people in the Atlas Mountains."},
]  # fmt: skip


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS), "utf-8")
    return path


def test_cluster_gives_every_article_a_story_without_a_database(feed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["cluster", str(feed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["da-1"]["story"] == rows["de-1"]["story"] != rows["en-1"]["story"]
    assert rows["de-1"]["entities"] and rows["de-1"]["schema"] == 1  # the contract, plus
    assert not list(tmp_path.iterdir())  # no database was written


def test_stories_and_story_read_the_store(feed, tmp_path):
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(feed), "--db", db]).exit_code == 0
    listed = [
        json.loads(x)
        for x in runner.invoke(main, ["stories", "--db", db, "--json"]).stdout.splitlines()
    ]
    kim = [s for s in listed if s["languages"] == ["da", "de"]]
    assert len(listed) == 2 and len(kim) == 1 and kim[0]["articles"] == 2
    shown = runner.invoke(main, ["story", str(kim[0]["id"]), "--db", db, "--json"])
    story = json.loads(shown.stdout)
    assert {a["id"] for a in story["timeline"]} == {"da-1", "de-1"}
    text = runner.invoke(main, ["story", str(kim[0]["id"]), "--db", db]).stdout
    assert "What each article adds" in text and "Pjöngjang" in text
    missing = runner.invoke(main, ["story", "999", "--db", db])
    assert missing.exit_code == 1 and "no story 999" in missing.output


def test_stories_on_an_empty_store_says_what_to_do(tmp_path):
    from newsweave.store import Store

    db = str(tmp_path / "n.db")
    Store(db).close()  # a failed ingest no longer leaves one behind
    result = CliRunner().invoke(main, ["stories", "--db", db])
    assert "No stories yet" in result.output


def test_eval_stories_scores_a_gold_file(feed, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps({"id": r["id"], "lang": r["language"], "date": r["published"],
                        "group": "kim" if r["id"] != "en-1" else "quake", "text": r["text"]},
                       ensure_ascii=False)
            for r in REPORTS
        ),
        encoding="utf-8",
    )  # fmt: skip
    result = CliRunner().invoke(main, ["eval", "stories", "--data", str(gold)])
    assert result.exit_code == 0, result.output
    assert "BCubed P 1.000  R 1.000  F1 1.000" in result.output
