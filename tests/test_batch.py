"""Ingest into the store: idempotent re-ingest, duplicates, and a run killed half-way."""

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.views.search import search
from newsweave.views.stories import list_stories


def store_stories(store):
    return list_stories(store)


def only_article(store):
    (article,) = store.iter_articles()
    return article


CITIES = ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Vejle"]


def write_corpus(path, n):
    """n distinct Danish news paragraphs, written for this test."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            city = CITIES[i % len(CITIES)]
            text = (
                f"Byrådet i {city} vedtog i går en plan for {i + 3} nye skoler. "
                f"»Vi har ventet længe på det,« sagde borgmesteren onsdag. Sag nr. {i}."
            )
            fh.write(
                json.dumps(
                    {
                        "id": f"dk-{i:03d}",
                        "text": text,
                        "published": "2023-09-15",
                        "title": f"Nye skoler i {city}",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


@pytest.fixture(scope="module")
def pipeline():
    # what is tested here is how batches are stored, not what the models find: the fast
    # tier, a sixth of the accurate tier's time
    return default_pipeline(ner="fast")


def test_ingest_stores_articles_with_annotations(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 12)
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [corpus], pipeline, batch_size=5)
        assert (summary.added, summary.exit_status) == (12, 0)
        article = store.get("dk-000")
        assert article.language == "da"
        assert len(article.sentences) == 3
        assert [(d.text, d.value) for d in article.dates] == [
            ("i går", "2023-09-14"),
            ("onsdag", "2023-09-13"),
        ]
        (run,) = store.runs()
        assert (run.status, run.added) == ("complete", 12)


def test_reingest_is_a_no_op(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 8)
    with Store(tmp_path / "n.db") as store:
        ingest(store, [corpus], pipeline)
        again = ingest(store, [corpus], pipeline)
        assert (again.added, again.already_stored, again.exit_status) == (0, 8, 0)
        assert store.count() == 8


def _txt(path, text, **header):
    head = "".join(f"{k.capitalize()}: {v}\n" for k, v in header.items())
    path.write_text(head + ("\n" if head else "") + text, encoding="utf-8")
    return path


DANISH = (
    "Byrådet i Odense vedtog onsdag en plan for tre nye skoler. "
    "»Vi har ventet længe på det,« sagde borgmester Peter Rahbæk Juel i går."
)


def test_a_corrected_date_updates_the_stored_article_and_what_follows_from_it(tmp_path, pipeline):
    with Store(tmp_path / "n.db") as store:
        first = ingest(store, [_txt(tmp_path / "a.txt", DANISH)], pipeline)
        (story,) = store_stories(store)
        assert (first.added, story.first) == (1, None)  # undated, never a made-up day
        assert [d.value for d in only_article(store).dates] == [None, None]
        corrected = _txt(tmp_path / "a.txt", DANISH, date="2023-09-15", title="Nye skoler")
        again = ingest(store, [corrected], pipeline)
        assert (again.added, again.already_stored, again.exit_status) == (0, 0, 0)
        ((origin, changes),) = again.updated
        assert origin.endswith("a.txt")
        assert changes == {"title": (None, "Nye skoler"), "published": (None, "2023-09-15")}
        article = only_article(store)
        assert (article.title, str(article.published)) == ("Nye skoler", "2023-09-15")
        assert [(d.text, d.value) for d in article.dates] == [
            ("onsdag", "2023-09-13"),
            ("i går", "2023-09-14"),
        ]
        (story,) = store_stories(store)
        assert (story.first, story.last, story.title) == ("2023-09-15", "2023-09-15", "Nye skoler")
        assert store.count() == 1 and store.runs()[0].updated == 1


def test_an_input_that_states_less_never_erases_what_is_stored(tmp_path, pipeline):
    with Store(tmp_path / "n.db") as store:
        ingest(store, [_txt(tmp_path / "a.txt", DANISH, date="2023-09-15")], pipeline)
        again = ingest(store, [_txt(tmp_path / "b.txt", DANISH)], pipeline)
        assert (again.updated, again.already_stored) == ([], 1)
        assert str(only_article(store).published) == "2023-09-15"


def test_a_date_given_for_the_run_fills_only_undated_inputs(tmp_path, pipeline):
    dated = _txt(tmp_path / "a.txt", DANISH, date="2023-09-15")
    undated = _txt(tmp_path / "b.txt", DANISH.replace("Odense", "Aarhus"))
    with Store(tmp_path / "n.db") as store:
        ingest(store, [dated, undated], pipeline, published=dt.date(2023, 9, 20))
        dates = sorted(str(a.published) for a in store.iter_articles())
        assert dates == ["2023-09-15", "2023-09-20"]


def test_a_corrected_title_is_what_search_finds(tmp_path, pipeline):
    with Store(tmp_path / "n.db") as store:
        ingest(store, [_txt(tmp_path / "a.txt", DANISH, title="Skolerne kommer")], pipeline)
        ingest(store, [_txt(tmp_path / "a.txt", DANISH, title="Byrådets beslutning")], pipeline)
        assert [h.title for h in search(store, "beslutning")] == ["Byrådets beslutning"]
        assert search(store, "skolerne") == []


def test_exact_duplicates_are_reported_not_stored(tmp_path, pipeline):
    text = "Die Regierung in Berlin hat am Mittwoch neue Sanktionen beschlossen."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace(" ", "  ") + "\n", encoding="utf-8")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"], pipeline)
        assert summary.added == 1
        assert [(o.rsplit("/", 1)[-1], f.rsplit("/", 1)[-1]) for o, f in summary.duplicates] == [
            ("b.txt", "a.txt")
        ]


def test_bad_inputs_are_skipped_and_the_rest_is_stored(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 3)
    (tmp_path / "empty.txt").write_text("")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(
            store, [corpus, tmp_path / "empty.txt", tmp_path / "missing.txt"], pipeline
        )
        assert summary.added == 3
        assert summary.exit_status == 1
        reasons = {p.path.rsplit("/", 1)[-1]: p.reason for p in summary.problems}
        assert set(reasons) == {"empty.txt", "missing.txt"}
        (run,) = store.runs()
        assert run.skipped == 2


def test_nothing_readable_is_exit_status_2(tmp_path, pipeline):
    with Store(tmp_path / "n.db") as store:
        assert ingest(store, [tmp_path / "nope.txt"], pipeline).exit_status == 2


KILLABLE = """
import sys, time
from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.views.search import search
from newsweave.views.stories import list_stories


def store_stories(store):
    return list_stories(store)


def only_article(store):
    (article,) = store.iter_articles()
    return article
ingest(Store(sys.argv[1]), [sys.argv[2]], default_pipeline(), batch_size=10,
       on_article=lambda a: time.sleep(0.03))
"""


def stored(db):
    """Articles stored so far (0 while the database is still being created)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.OperationalError:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_an_ingest_killed_half_way_is_consistent_and_a_rerun_completes_it(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 60)
    db = tmp_path / "n.db"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(db), str(corpus)])
    try:
        deadline = time.monotonic() + 60
        while stored(db) < 20 and time.monotonic() < deadline:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    done = stored(db)
    assert 20 <= done < 60 and done % 10 == 0  # whole batches only

    with Store(db) as store:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        bare = conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert bare == 0  # no article without its annotations
        assert store.runs()[0].status == "running"  # killed: never marked complete

        summary = ingest(store, [corpus], pipeline)
        assert (summary.added, summary.already_stored) == (60 - done, done)
        assert store.count() == 60


def test_ctrl_c_marks_the_run_interrupted_and_says_how_to_finish(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 1000)
    db = tmp_path / "n.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsweave.cli", "ingest", str(corpus), "--db", str(db),
         "--ner", "fast"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while stored(db) == 0 and time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest ended before it could be interrupted"
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "run the same command again" in stderr and "Traceback" not in stderr
    with Store(db) as store:
        assert store.runs()[0].status == "interrupted"
        done = store.count()
        assert 0 < done < 1000
        assert ingest(store, [corpus], pipeline).added == 1000 - done


def test_two_jobs_store_what_one_job_stores(tmp_path, pipeline):
    from newsweave.views.stories import list_stories

    corpus = write_corpus(tmp_path / "news.jsonl", 30)
    stores = {}
    for jobs in (1, 2):
        with Store(tmp_path / f"jobs{jobs}.db") as store:
            summary = ingest(store, [corpus], pipeline, jobs=jobs, batch_size=7)
            assert (summary.added, summary.exit_status) == (30, 0)
            articles = [store.get(f"dk-{i:03d}").to_json() for i in range(30)]
            stories = [(s.id, s.articles, s.title) for s in list_stories(store, limit=100)]
            stores[jobs] = (articles, stories)
    assert stores[2] == stores[1]


def test_files_that_are_not_articles_are_reported_but_no_failure(tmp_path, pipeline):
    folder = tmp_path / "news"
    folder.mkdir()
    write_corpus(folder / "news.jsonl", 3)
    (folder / "README.md").write_text("# Nyheder fra byrådene\n", encoding="utf-8")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [folder], pipeline)
        assert (summary.added, summary.exit_status, summary.problems) == (3, 0, [])
        assert [p.path for p in summary.not_articles] == [str(folder / "README.md")]
        again = ingest(store, [folder / "README.md", folder], pipeline, skip=())
        assert again.added == 1  # named, or with skip=(), it is read
