"""Re-analysis (`newsweave reanalyze`): stored articles analysed again and their stories
woven again, in both databases — MEANTIME news of the sample in four languages. The same
analysis gives the same stories; a better one changes the annotations and the stories,
and every story of before leads to its successor; stopped in either phase, the same call
carries on to the very store an unstopped one gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.cli import main, sample_corpus
from newsweave.dates import DateStage
from newsweave.language import LanguageStage
from newsweave.pipeline import Pipeline
from newsweave.reanalysis import OtherOptions, Progress, options_of, reanalyse
from newsweave.sentences import SentenceStage
from newsweave.store import Store, StoreBusy
from newsweave.views.stories import count_stories, list_stories, story_of, story_of_article
from newsweave.windows import DEFAULT_MAX_CHARS
from tests.conftest import new_location
from tests.scale.stores import assert_same_store, contents

BATCH = 8  # articles per batch, in ingest and in the rebuild, so that both have several
ARTICLES = 40


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr("newsweave.store.store.BATCH_SIZE", BATCH)


@pytest.fixture(scope="module")
def fast():
    return default_pipeline(ner="fast")


@pytest.fixture(scope="module")
def blind():
    """An analysis that finds no names (and so no quotes): the model before the better one."""
    return Pipeline([LanguageStage(), SentenceStage(), DateStage()])


FAST = options_of("fast", None, DEFAULT_MAX_CHARS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The first articles of the sample's MEANTIME news (English, Spanish, Italian,
    Dutch reports of the same events), out of date order."""
    source = next(p for p in sample_corpus() if p.name == "meantime.jsonl")
    lines = source.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert {r["id"].split("-")[1] for r in rows[:ARTICLES]} == {"en", "es", "it", "nl"}
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    path.write_text("\n".join(lines[:ARTICLES]) + "\n", encoding="utf-8")
    return path


def stored(location, corpus, pipeline) -> None:
    with Store(location) as store:
        summary = ingest(store, [corpus], pipeline, batch_size=BATCH)
        assert summary.added == ARTICLES and not summary.problems


def partition(location) -> set[frozenset[str]]:
    """The stories as sets of article ids (whatever their ids)."""
    groups: dict[int, set[str]] = {}
    for aid, story in contents(location)["membership"].items():
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_the_same_analysis_again_gives_the_same_annotations_and_stories(location, corpus, fast):
    stored(location, corpus, fast)
    before = contents(location)
    with Store(location) as store:
        last = max(before["stories"])
        summary = again(store, fast, FAST)
        assert (summary.analysed, summary.woven, summary.problems) == (ARTICLES, ARTICLES, [])
        assert store.reanalysis() is None
        assert store.runs()[0].updated == ARTICLES
    after = contents(location)
    assert after["articles"] == before["articles"]
    assert partition(location) == {
        frozenset(a for a, s in before["membership"].items() if s == story)
        for story in before["stories"]
    }
    # the new stories have new ids; each one of before leads to the one with its articles
    assert min(after["stories"]) > last
    assert set(summary.successors) == set(before["stories"])
    with Store(location, readonly=True) as store:
        for old, new in summary.successors.items():
            assert story_of(store, old) == new
            assert {a for a, s in before["membership"].items() if s == old} == {
                a for a, s in after["membership"].items() if s == new
            }
        assert count_stories(store) == len(before["stories"])


def test_a_better_analysis_changes_the_annotations_and_the_stories_lead_on(
    location, corpus, fast, blind
):
    stored(location, corpus, blind)
    before = contents(location)
    assert not any(a.entities or a.quotes for a in before["articles"].values())
    with Store(location) as store:
        summary = again(store, fast, FAST)
    after = contents(location)
    assert summary.analysed == ARTICLES
    # what the names model finds is there now, and the rest of each article is as it was
    found = after["articles"]
    assert sum(len(a.entities) for a in found.values()) > 10 * ARTICLES
    assert sum(len(a.quotes) for a in found.values()) > 0
    airbus = found["meantime-en-100911"]
    assert {"Northrop Grumman", "Boeing"} <= {m.text for m in airbus.entities}
    for aid, article in before["articles"].items():
        assert (found[aid].text, found[aid].dates) == (article.text, article.dates)
    # each story is one event's four reports, before and after, woven from other keys
    # (the names found now)
    assert partition(location) == {
        frozenset(a for a, s in before["membership"].items() if s == story)
        for story in before["stories"]
    }
    assert {len(group) for group in partition(location)} == {4}
    assert after["clusterer"] != before["clusterer"]
    with Store(location, readonly=True) as store:
        for old in before["stories"]:
            new = story_of(store, old)
            assert new == summary.successors[old] and new in after["stories"]
            moved = [a for a, s in before["membership"].items() if s == old]
            there = sum(story_of_article(store, a) == new for a in moved)
            assert there >= max(
                sum(story_of_article(store, a) == s for a in moved) for s in after["stories"]
            )
        assert {row.id for row in list_stories(store, limit=1000)} == set(after["stories"])


def again(store, pipeline, options, **kw):
    """`reanalyse` in batches of `BATCH`."""
    return reanalyse(store, pipeline, options, batch_size=BATCH, **kw)


class Stop(Exception):
    """Stands for a kill: raised after so many articles of one phase."""


def stopping(phase: str, after: int) -> Progress:
    seen = {"phase": None, "done": 0}

    def start(name: str, total: int) -> None:
        seen["phase"], seen["done"] = name, 0

    def advance(n: int) -> None:
        seen["done"] += n
        if seen["phase"] == phase and seen["done"] >= after:
            raise Stop

    return Progress(start, advance)


@pytest.mark.parametrize("phase", ["analyse", "stories"])
def test_a_reanalysis_stopped_in_either_phase_carries_on_to_the_same_store(
    location, corpus, fast, blind, phase, tmp_path, request
):
    # an unstopped one in the same kind of database (PostgreSQL numbers a table's rows
    # on from those deleted, SQLite from the highest left)
    kind = "sqlite" if isinstance(location, Path) else "postgresql"
    whole = new_location(request, kind, tmp_path / "whole")
    stored(whole, corpus, blind)
    with Store(whole) as store:
        again(store, fast, FAST)

    stored(location, corpus, blind)
    with Store(location) as store:
        with pytest.raises(Stop):
            again(store, fast, FAST, progress=stopping(phase, 2 * BATCH + 3))
        state = store.reanalysis()
        assert state is not None and state.phase == phase and state.upto > 0
        if phase == "stories":  # readers see the new stories so far, none of before
            assert {r.id for r in list_stories(store, limit=1000)} == {
                story_of_article(store, a.id) for a in store.iter_articles()
            } - {None}
            assert min(r.id for r in list_stories(store, limit=1000)) > state.last_story
            assert all(story_of(store, old) is None for old in range(1, state.last_story + 1))
        # what was done is kept, the rest is left: an ingest now would weave into stories
        # half rebuilt, and refuses
        with pytest.raises(StoreBusy, match=r"re-analysis .* is unfinished"):
            ingest(store, [corpus], fast)
        # so does a re-analysis with other options, unless told to start over
        with pytest.raises(OtherOptions, match="ner 'fast' \\(now 'accurate'\\)"):
            again(store, fast, {**FAST, "ner": "accurate"})
        summary = again(store, fast, FAST)
        # the batches done are not done again: 2 of the analysis, or 3 of the rebuild
        if phase == "analyse":
            assert (summary.analysed, summary.woven) == (ARTICLES - 2 * BATCH, ARTICLES)
        else:
            assert (summary.analysed, summary.woven) == (0, ARTICLES - 3 * BATCH)
        assert [r.status for r in store.runs()][:5] == [
            "complete", "failed", "failed", "interrupted", "complete"
        ]  # fmt: skip
    assert_same_store(whole, location, runs=False)


def test_starting_over_analyses_everything_again(location, corpus, fast, blind):
    stored(location, corpus, blind)
    before = contents(location)
    with Store(location) as store:
        with pytest.raises(Stop):
            again(store, blind, {**FAST, "ner": "none"}, progress=stopping("stories", 9))
        summary = again(store, fast, FAST, over=True)
        assert (summary.analysed, summary.woven) == (ARTICLES, ARTICLES)
        assert store.reanalysis() is None
    after = contents(location)
    assert sum(len(a.entities) for a in after["articles"].values()) > 10 * ARTICLES
    # the stories the stopped rebuild had made are gone; those of before lead on
    assert min(after["stories"]) == max(before["stories"]) + 1
    assert set(summary.successors) == set(before["stories"])


def test_the_command_reanalyses_and_says_what_changed(tmp_path, corpus, blind):
    db = tmp_path / "n.db"
    stored(db, corpus, blind)
    result = CliRunner().invoke(main, ["reanalyze", "--db", str(db), "--ner", "fast"])
    assert result.exit_code == 0, result.output
    assert f"{ARTICLES} articles analysed again in {db} ({ARTICLES} in all)" in result.output
    assert "Stories woven again: " in result.output and " before; " in result.output
    with Store(db, readonly=True) as store:
        assert store.reanalysis() is None
        assert store.runs()[0].updated == ARTICLES


def test_the_command_refuses_a_database_that_is_not_there(tmp_path):
    result = CliRunner().invoke(main, ["reanalyze", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert f"no database at {tmp_path / 'none.db'}: nothing to re-analyse" in result.output
    assert not (tmp_path / "none.db").exists()
