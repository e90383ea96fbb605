"""A stage that fails on an article shows in the summary and the exit status (issue 13,
item 2), not only in the article's notes; the article is stored all the same."""

import json

import pytest
from click.testing import CliRunner

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.cli import main
from newsweave.entities.stage import EntityStage
from newsweave.store import Store

DA = "Folketinget vedtog i går en ny lov om forsvaret. »Det er en historisk dag,« sagde Mette Frederiksen."
DE = "Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen, sagte Olaf Scholz in Berlin."


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "da.txt").write_text(f"Date: 2023-09-14\n\n{DA}\n", encoding="utf-8")
    (folder / "de.txt").write_text(f"Date: 2023-09-15\n\n{DE}\n", encoding="utf-8")
    return folder


@pytest.fixture
def no_memory_for_entities(monkeypatch):
    """The entities stage fails as it did on a 10 MB article under a memory cap."""

    def boom(self, article):
        raise MemoryError("cannot allocate")

    monkeypatch.setattr(EntityStage, "__call__", boom)


def test_ingest_counts_the_articles_a_stage_failed_on(tmp_path, news, no_memory_for_entities):
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [news], default_pipeline())
        assert summary.added == 2 and not summary.problems
        assert sorted((o.rsplit("/", 1)[-1], s) for o, s, _ in summary.stage_failures) == [
            ("da.txt", "entities"),
            ("de.txt", "entities"),
        ]
        assert all(m == "failed: MemoryError: cannot allocate" for *_, m in summary.stage_failures)
        assert summary.exit_status == 1
        stored = list(store.iter_articles())
        assert len(stored) == 2 and all(not a.entities and a.dates for a in stored)


def test_ingest_without_failures_exits_0(tmp_path, news):
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [news], default_pipeline())
        assert summary.stage_failures == [] and summary.exit_status == 0


def test_analyze_says_which_stage_failed_and_exits_1(news, no_memory_for_entities):
    result = CliRunner().invoke(main, ["analyze", str(news)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2  # printed all the same, with the note
    assert {"stage": "entities", "message": "failed: MemoryError: cannot allocate"} in rows[0][
        "issues"
    ]
    assert "2 article(s) had a stage fail: entities 2 (MemoryError)" in result.stderr
    assert "da.txt" in result.stderr and "Traceback" not in result.stderr


def test_ingest_command_says_which_stage_failed_and_exits_1(tmp_path, news, no_memory_for_entities):
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 1
    assert "2 article(s) added" in result.stderr
    assert "2 article(s) had a stage fail: entities 2 (MemoryError)" in result.stderr


def test_cluster_command_says_which_stage_failed_and_exits_1(news, no_memory_for_entities):
    result = CliRunner().invoke(main, ["cluster", str(news)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert "had a stage fail: entities 2" in result.stderr


def test_a_language_without_a_model_is_a_note_not_a_failure(tmp_path):
    (tmp_path / "el.txt").write_text(
        "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για την οικονομία της χώρας.", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "el.txt")])
    assert result.exit_code == 0, result.stderr
    assert "had a stage fail" not in result.stderr


def test_max_chars_cuts_the_analysis_and_notes_it_without_failing(tmp_path, cases):
    (row,) = [c for c in cases if c["language"] == "de"]
    path = tmp_path / "de.txt"
    text = row["text"].strip()
    path.write_text("\n\n".join([text] * 3), encoding="utf-8")
    analysed = len(text) + 2  # the first copy and the blank line after it
    result = CliRunner().invoke(main, ["analyze", str(path), "--max-chars", "5000"])
    assert result.exit_code == 0, result.stderr
    (article,) = [json.loads(line) for line in result.stdout.splitlines()]
    (note,) = [i for i in article["issues"] if i["stage"] == "analysis"]
    assert f"only the first {analysed:,} of" in note["message"]
    assert "--max-chars" in note["message"]
    assert 0 < max(e["end"] for e in article["entities"]) <= analysed
    assert CliRunner().invoke(main, ["analyze", str(path), "--max-chars", "-1"]).exit_code == 2
