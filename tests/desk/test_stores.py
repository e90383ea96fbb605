"""The desk keeps one read-only store per worker thread (`ThreadStores`): opened once by
the thread, kept across requests, seeing what an ingest beside it commits, and opened
again when the database file is replaced."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from starlette.testclient import TestClient

from newsweave.desk import app as desk_app
from newsweave.desk.app import ThreadStores, create_app
from newsweave.store import Store, StoreError
from tests.desk.conftest import DESK


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
