"""The desk keeps one read-only store per worker thread (`ThreadStores`): opened once by
the thread, kept across requests, seeing what an ingest beside it commits, and opened
again when the database file is replaced; a database at a schema this newsweave does not
serve (older, or migrated by a newer newsweave) is refused with what to do."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from newsweave.cli import main
from newsweave.desk import app as desk_app
from newsweave.desk.app import ThreadStores, create_app
from newsweave.store import SchemaTooOld, Store, StoreError
from newsweave.store.migrations import latest
from tests.desk.conftest import DESK
from tests.store.older import applied, older_copy


def test_a_thread_keeps_its_store_and_another_thread_has_its_own(desk_db):
    stores = ThreadStores(desk_db)
    first = stores.get()
    assert stores.get() is first and first.readonly
    other: list[Store] = []
    worker = threading.Thread(target=lambda: other.append(stores.get()))
    worker.start()
    worker.join()
    assert other and other[0] is not first


def test_a_replaced_database_is_opened_again(desk_db, tmp_path):
    db = tmp_path / "desk.db"
    shutil.copy(desk_db, db)
    stores = ThreadStores(db)
    before = stores.get()
    assert before.count() > 0
    Store(tmp_path / "new.db").close()  # an empty store, as a new demo starts
    os.replace(tmp_path / "new.db", db)
    after = stores.get()
    assert after is not before and after.count() == 0
    db.unlink()
    with pytest.raises(StoreError, match="no database"):
        stores.get()


def test_requests_reuse_the_thread_stores(desk_db, monkeypatch):
    opened: list[object] = []

    class Counted(Store):
        def __init__(self, *args, **kwargs) -> None:
            opened.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(desk_app, "Store", Counted)
    with TestClient(create_app(desk_db), base_url=DESK) as client:  # one event loop, as served
        for _ in range(12):
            assert client.get("/?format=json").status_code == 200
    # one to check the database at start, then one per worker thread that served a page
    # (anyio reuses its idle threads), never one per request
    assert 2 <= len(opened) <= 4


def test_a_kept_store_sees_what_an_ingest_beside_it_commits(desk_db, tmp_path):
    import json

    from newsweave.analysis import default_pipeline
    from newsweave.batch import ingest
    from tests.desk.conftest import story_of

    db = tmp_path / "grow.db"
    shutil.copy(desk_db, db)
    sid = story_of(db, "da_kim_putin.txt")
    feed = tmp_path / "more.jsonl"
    feed.write_text(json.dumps({
        "id": "en-more", "language": "en", "published": "2023-09-15",
        "text": "Kim Jong Un ended his visit to Russia after talks with Vladimir Putin at the "
                "Vostochny cosmodrome, and returned to Pyongyang from Vladivostok.",
    }), encoding="utf-8")  # fmt: skip
    with TestClient(create_app(db), base_url=DESK) as client:
        before = client.get("/?format=json").json()["articles"]
        story = client.get(f"/story/{sid}?format=json").json()["articles"]
        with Store(db) as store:
            ingest(store, [feed], default_pipeline())
        assert client.get("/?format=json").json()["articles"] == before + 1
        assert client.get(f"/story/{sid}?format=json").json()["articles"] == story + 1


# ---- the schema version (issue 15, step 2) ----


def test_a_database_migrated_by_a_newer_newsweave_beside_the_desk_is_refused(desk_db, tmp_path):
    db = Path(shutil.copy(desk_db, tmp_path / "desk.db"))
    with TestClient(create_app(db), base_url=DESK) as client:
        assert client.get("/").status_code == 200
        with closing(sqlite3.connect(db, isolation_level=None)) as conn:  # a newer ingest
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ALTER TABLE stories ADD COLUMN future TEXT")
            conn.execute("INSERT INTO migrations VALUES ('0099_from_the_future', 'now')")
            conn.execute("COMMIT")
        for _ in range(2):  # every thread's kept store notices, page after page
            page = client.get("/")
            assert page.status_code == 503 and "Traceback" not in page.text
            assert "written by a newer newsweave (schema 0099_from_the_future)" in page.text
            assert f"knows up to {latest()}: upgrade newsweave" in page.text
        twin = client.get("/story/1?format=json")
        assert twin.status_code == 503 and "upgrade newsweave" in twin.json()["error"]


def test_an_older_database_is_refused_at_start_and_the_desk_says_what_to_run(desk_db, tmp_path):
    old = older_copy(desk_db, tmp_path / "old.db", "0011_story_dates")
    with pytest.raises(SchemaTooOld, match=f"run `newsweave migrate --db {old}`"):
        create_app(old)
    result = CliRunner().invoke(main, ["serve", "--db", str(old)])
    assert result.exit_code == 2 and "newsweave migrate --db" in result.stderr
    assert applied(old)[-1] == "0011_story_dates"  # the desk never writes


def test_a_database_replaced_by_an_older_one_while_served_says_what_to_run(desk_db, tmp_path):
    db = Path(shutil.copy(desk_db, tmp_path / "desk.db"))
    older_copy(desk_db, tmp_path / "old.db", "0005_entity_names")
    with TestClient(create_app(db), base_url=DESK) as client:
        before = client.get("/?format=json").json()["articles"]
        os.replace(tmp_path / "old.db", db)  # a backup an older newsweave made, restored
        page = client.get("/")
        assert page.status_code == 503
        assert "older newsweave (schema 0005_entity_names)" in page.text
        assert "newsweave migrate --db" in page.text
        assert CliRunner().invoke(main, ["migrate", "--db", str(db)]).exit_code == 0
        assert client.get("/?format=json").json()["articles"] == before


# ---- PostgreSQL (issue 15, step 3) ----


def test_a_desk_over_postgresql_sees_new_articles_reconnects_and_checks_the_version(
    fresh_postgresql,
):
    import psycopg

    from newsweave.article import Article

    def add(text: str, aid: str) -> None:
        with Store(fresh_postgresql) as store:
            store.write_batch(store.start_run("t"), [Article(text, id=aid, language="de")])

    add("Kim traf Putin in Wladiwostok.", "a")
    with TestClient(create_app(fresh_postgresql), base_url=DESK) as client:
        assert client.get("/?format=json").json()["articles"] == 1
        add("Putin traf Kim am Kosmodrom.", "b")
        assert client.get("/?format=json").json()["articles"] == 2  # what an ingest commits
        with psycopg.connect(fresh_postgresql, autocommit=True) as admin:  # a server restart
            ended = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name = 'newsweave'"
            ).fetchone()[0]
            assert ended >= 1  # the desk's kept connections
            page = client.get("/?format=json")
            assert page.status_code == 200 and page.json()["articles"] == 2  # connected again
            admin.execute("INSERT INTO migrations VALUES ('0099_from_the_future', 'now')")
        page = client.get("/")
        assert page.status_code == 503 and "Traceback" not in page.text
        assert "written by a newer newsweave (schema 0099_from_the_future)" in page.text
