"""One weaver at a time: a second ingest into a store waits or stops with a message, two
at once never share a story id, and a killed run's `running` marker is cleared — in a
SQLite file (the system says whether the holder lives) and in PostgreSQL (the holder's
session lock, which the server frees when its connection ends)."""

import json
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from newsweave.article import Article
from newsweave.store import Store, StoreBusy
from newsweave.store.lock import Holder, _started


def holder_row(store, pid, started=None, host=None):
    """A run left `running` by process `pid` (of this host unless `host`)."""
    me = Holder.current()
    return store.conn.insert(
        "INSERT INTO runs (command, started_at, pid, host, holder) VALUES (?, ?, ?, ?, ?)",
        ("ingest x", "2023-09-15T10:00:00+00:00", pid, host or me.host, started),
        key="id",
    )


def gone_pid():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_runs_whose_process_is_gone_are_marked_interrupted_on_the_next_start(location):
    with Store(location) as store:
        killed = holder_row(store, gone_pid())
        unknown = holder_row(store, None)  # from before holders were recorded
        run = store.start_run("ingest y")
        status = dict(store.conn.execute("SELECT id, status FROM runs"))
        assert status == {killed: "interrupted", unknown: "interrupted", run: "running"}


HOLD = """
import sys, time
from newsweave.store import Store
store = Store(sys.argv[1])
print(store.start_run("ingest x"), flush=True)
time.sleep(60)
"""


def test_a_second_ingest_stops_with_a_clear_message_or_waits(location):
    Store(location).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(location)], stdout=subprocess.PIPE, text=True
    )
    try:
        busy = int(holder.stdout.readline())
        with Store(location) as store:
            with pytest.raises(StoreBusy) as caught:
                store.start_run("ingest y")
            message = str(caught.value)
            assert f"run {busy}" in message and f"process {holder.pid}" in message
            assert "--wait" in message and "\n" not in message
            assert store.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
            threading.Timer(0.5, holder.kill).start()
            t0 = time.monotonic()
            run = store.start_run("ingest y", wait=30)
            assert 0.4 < time.monotonic() - t0 < 30
            status = dict(store.conn.execute("SELECT id, status FROM runs"))
            assert status == {busy: "interrupted", run: "running"}
    finally:
        holder.kill()
        holder.wait()


def test_a_reused_process_id_is_not_taken_for_the_holder(tmp_path):
    with Store(tmp_path / "n.db") as store:
        mine = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            if _started(mine.pid) is None:
                pytest.skip("the system does not tell a process's start time")
            old = holder_row(store, mine.pid, "1")  # the same pid, started long before
            store.start_run("ingest y")
            status = store.conn.execute("SELECT status FROM runs WHERE id = ?", (old,))
            assert status.fetchone()[0] == "interrupted"
        finally:
            mine.kill()
            mine.wait()


def test_a_run_on_another_host_is_taken_as_alive_unless_the_database_knows(location):
    with Store(location) as store:
        other = holder_row(store, gone_pid(), host="elsewhere.example")
        if store.dialect == "sqlite":  # its process cannot be looked at from here
            with pytest.raises(StoreBusy, match=r"on elsewhere\.example"):
                store.start_run("ingest y")
        else:  # no connection holds the run lock: its holder is gone, wherever it ran
            store.start_run("ingest y")
            status = store.conn.execute("SELECT status FROM runs WHERE id = ?", (other,))
            assert status.fetchone()[0] == "interrupted"


def test_a_clusterer_another_writer_overtook_is_refused_and_nothing_is_stored(location):
    a = Article("Der Bundestag hat am Mittwoch das Gesetz beschlossen.", id="de-1")
    b = Article("Folketinget vedtog onsdag loven om nye skoler.", id="da-1")
    with Store(location) as one, Store(location) as two:
        stale = one.clusterer()
        keys = {"de-1": Counter({"org:bundestag": 1}), "da-1": Counter({"org:folketinget": 1})}
        two.write_batch(two.start_run("t"), [a], clusterer=two.clusterer(), keys=keys)
        with pytest.raises(StoreBusy, match="another writer"):
            one.write_batch(one.start_run("t"), [b], clusterer=stale, keys=keys)
        assert one.get("da-1") is None
        assert dict(one.conn.execute("SELECT article_id, story_id FROM story_articles")) == {
            "de-1": 1
        }


def corpus(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_two_ingests_at_once_never_share_a_story_id(shared, tmp_path, location):
    rows = [
        json.loads(line)
        for line in (shared / "data" / "news" / "meantime" / "meantime.derived.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    rows = [
        {"id": r["id"], "title": r["title"], "text": r["text"], "published": r["date"][:10]}
        for r in rows
    ]
    # unrelated news in each file: Spanish reports of 2007, English ones of 2008
    spanish = [r for r in rows if "-es-" in r["id"] and r["published"][:4] == "2007"][:8]
    english = [r for r in rows if "-en-" in r["id"] and r["published"][:4] == "2008"][:8]
    files = [corpus(tmp_path / "es.jsonl", spanish), corpus(tmp_path / "en.jsonl", english)]
    db = location
    Store(db).close()  # both find the store made
    # the fast tier: what is tested is who writes when, not what the models find
    command = [sys.executable, "-m", "newsweave.cli", "ingest", "--ner", "fast", "--wait", "300",
               "--db", str(db)]
    procs = [
        subprocess.Popen(
            [*command, str(f)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    with Store(db) as store:
        second, first = store.runs()
        assert (first.status, second.status) == ("complete", "complete")
        assert second.started_at >= first.finished_at  # one waited for the other
        assert store.count() == 16
        by_story: dict[int, set[str]] = {}
        for article, story in store.conn.execute("SELECT article_id, story_id FROM story_articles"):
            by_story.setdefault(story, set()).add(article.split("-")[1])
        assert all(len(languages) == 1 for languages in by_story.values()), by_story
        runs_of_story = store.conn.execute(
            "SELECT count(*) FROM (SELECT sa.story_id FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id GROUP BY sa.story_id "
            "HAVING count(DISTINCT a.run_id) > 1) AS mixed"
        ).fetchone()[0]
        assert runs_of_story == 0
