"""Ingest on a Dask LocalCluster of 2 worker processes gives the store a single-process
ingest of the same inputs in the same order gives, whatever happens to a worker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.cli import main
from newsweave.cli.ingest import sample_corpus
from newsweave.ingest import read
from newsweave.language import LanguageStage
from newsweave.pipeline import Pipeline
from newsweave.scale.analyzer import DaskAnalyzer
from newsweave.sentences import SentenceStage
from newsweave.store import Store, StoreError
from tests.scale.killer import KillsItsWorker
from tests.scale.stores import assert_same_store, contents

SAMPLE = 220


def _tasks_and_plugins(client) -> tuple[int, list[str]]:
    """Tasks the scheduler still holds, and newsweave's worker plugins it still has."""

    def look(dask_scheduler):
        ours = [p for p in dask_scheduler.worker_plugins if p.startswith("newsweave")]
        return len(dask_scheduler.tasks), ours

    return client.run_on_scheduler(look)


def _settled(client, deadline: float = 30) -> tuple[int, list[str]]:
    end = time.monotonic() + deadline
    while True:
        state = _tasks_and_plugins(client)
        if state[0] == 0 or time.monotonic() > end:
            return state
        time.sleep(0.1)


def test_the_command_on_a_cluster_stores_what_one_process_stores(client, single, tmp_path):
    db = tmp_path / "dask.db"
    address = client.scheduler.address
    args = ["ingest", *map(str, sample_corpus()), "--db", str(db), "--ner", "fast"]
    plugins = _tasks_and_plugins(client)[1]
    result = CliRunner().invoke(main, [*args, "--dask", address])
    assert result.exit_code == 0, result.output
    assert f"Analysing on the Dask scheduler at {address}: 2 worker(s), 2 thread(s)" in (
        result.output
    )
    assert f"{SAMPLE} article(s) added" in result.output
    assert_same_store(single, db)
    # a story across languages, so that the comparison covers more than singletons
    stories = contents(db)["stories"]
    assert any(len(row.languages) > 1 for row, _, _ in stories.values())
    assert _settled(client) == (0, plugins)  # nothing of this run left on the cluster


def test_a_worker_killed_mid_ingest_loses_nothing(client, fast, single, tmp_path):
    pids = client.run(os.getpid)  # worker address -> process id
    victim = sorted(pids.values())[0]
    seen = []

    def kill_once(article):
        seen.append(article.id)
        if len(seen) == 20:  # of 220: both workers have tasks, the next batch is queued
            os.kill(victim, signal.SIGKILL)

    db = tmp_path / "dask.db"
    with Store(db) as store:
        summary = ingest(
            store,
            sample_corpus(),
            fast,
            analyzer=partial(DaskAnalyzer, client),
            on_article=kill_once,
        )
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    assert (summary.added, summary.problems) == (SAMPLE, [])
    assert_same_store(single, db)
    client.wait_for_workers(2, timeout=60)  # the nanny has started another
    assert victim not in client.run(os.getpid).values()


FEW, BATCH = 40, 8  # a small input in several batches, for the tests that stop a run


@pytest.fixture(scope="module")
def few(fast, tmp_path_factory) -> tuple[Path, Path]:
    """The first `FEW` articles of the sample, and their single-process ingest in batches
    of `BATCH`."""
    tmp = tmp_path_factory.mktemp("few")
    corpus = _few(tmp, FEW)
    with Store(tmp / "one.db") as store:
        ingest(store, [corpus], fast, batch_size=BATCH)
    return corpus, tmp / "one.db"


def test_ctrl_c_mid_ingest_leaves_no_task_and_the_same_call_completes(client, fast, few, tmp_path):
    corpus, one = few
    seen = []

    def interrupt(article):
        seen.append(article)
        if len(seen) == 20:  # in the third batch: two are stored, more are queued
            raise KeyboardInterrupt

    db = tmp_path / "dask.db"
    on_cluster = partial(DaskAnalyzer, client)
    plugins = _tasks_and_plugins(client)[1]
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(
                store, [corpus], fast, batch_size=BATCH, analyzer=on_cluster, on_article=interrupt
            )
        assert store.count() == 2 * BATCH
        assert _settled(client) == (0, plugins)
        summary = ingest(store, [corpus], fast, batch_size=BATCH, analyzer=on_cluster)
        assert (summary.added, summary.already_stored) == (FEW - 2 * BATCH, 2 * BATCH)
        assert [r.status for r in store.runs()] == ["complete", "interrupted"]
    assert_same_store(one, db, runs=False)


DRIVER = """
import sys, time
from functools import partial
from distributed import Client
from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.scale.analyzer import DaskAnalyzer
from newsweave.store import Store, StoreError
db, corpus, address, batch = sys.argv[1:]
with Client(address) as client:
    ingest(Store(db), [corpus], default_pipeline(ner="fast"), batch_size=int(batch),
           analyzer=partial(DaskAnalyzer, client), on_article=lambda a: time.sleep(0.05))
"""


def test_a_driver_killed_mid_ingest_is_completed_by_running_it_again(client, fast, few, tmp_path):
    """The driver SIGKILLed (no chance to cancel its tasks or remove its plugin) once two
    batches are stored; the same ingest again completes the store, and the cluster has
    forgotten the dead driver's tasks (its plugin stays registered: see the README)."""
    corpus, one = few
    db = tmp_path / "dask.db"
    args = [str(db), str(corpus), client.scheduler.address, str(BATCH)]
    driver = subprocess.Popen([sys.executable, "-c", DRIVER, *args])
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 2 * BATCH and time.monotonic() < deadline:
            assert driver.poll() is None, "the ingest ended before it could be killed"
            time.sleep(0.02)
        os.kill(driver.pid, signal.SIGKILL)
    finally:
        driver.wait()
    first = _stored(db)
    assert 2 * BATCH <= first < FEW
    with Store(db) as store:
        summary = ingest(
            store, [corpus], fast, batch_size=BATCH, analyzer=partial(DaskAnalyzer, client)
        )
        assert (summary.added, summary.already_stored) == (FEW - first, first)
        assert [r.status for r in store.runs()] == ["complete", "interrupted"]
    assert_same_store(one, db, runs=False)
    assert _settled(client)[0] == 0


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store(db, readonly=True) as store:
            return store.count()
    except StoreError:  # not created, or not migrated yet
        return 0


def _few(tmp_path: Path, n: int) -> Path:
    """The first `n` MEANTIME articles of the sample (English, Spanish, Italian, Dutch)."""
    lines = (sample_corpus()[0]).read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "few.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_article_that_kills_every_worker_is_a_problem_and_the_rest_are_stored(client, tmp_path):
    corpus = _few(tmp_path, 10)
    articles = [a for a in read([corpus])]
    victim = articles[5]
    pipeline = Pipeline([LanguageStage(), SentenceStage(), KillsItsWorker(victim.id)])
    db = tmp_path / "dask.db"
    with Store(db) as store:
        summary = ingest(store, [corpus], pipeline, analyzer=partial(DaskAnalyzer, client))
        assert summary.added == len(articles) - 1
        assert summary.exit_status == 1
        (problem,) = summary.problems
        assert problem.path == victim.origin
        assert "KilledWorker" in problem.reason and "run the same command again" in problem.reason
        assert victim.id not in {a.id for a in store.iter_articles()}
        # a run again (say with the model fixed) analyses and stores it
        fixed = Pipeline([LanguageStage(), SentenceStage()])
        again = ingest(store, [corpus], fixed, analyzer=partial(DaskAnalyzer, client))
        assert (again.added, again.already_stored, again.problems) == (1, len(articles) - 1, [])
    client.wait_for_workers(2, timeout=60)


def test_the_accurate_tier_on_a_cluster_gives_what_it_gives_in_one_process(client, cases, tmp_path):
    """The default (accurate) NER tier: the encoder loads once per worker (the plugin's
    setup) and gives the same mentions there; the two case articles weave one story."""
    corpus = _few(tmp_path, 4)
    with corpus.open("a", encoding="utf-8") as out:
        for case in cases:
            row = {k: case[k] for k in ("text", "language", "published") if k in case}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    pipeline = default_pipeline()
    stores = {}
    for name, analyzer in (("one", None), ("dask", partial(DaskAnalyzer, client))):
        stores[name] = tmp_path / f"{name}.db"
        with Store(stores[name]) as store:
            assert ingest(store, [corpus], pipeline, analyzer=analyzer).added == 6
    assert_same_store(stores["one"], stores["dask"])
    held = contents(stores["dask"])
    languages = {row.languages for row, _, _ in held["stories"].values()}
    assert ("da", "de") in languages
    assert sum(len(a.entities) for a in held["articles"].values()) > 20
