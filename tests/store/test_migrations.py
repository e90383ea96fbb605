import sqlite3

import pytest

from newsweave.store import Store
from newsweave.store import migrations as m


def test_a_fresh_database_gets_every_migration_once(tmp_path):
    db = tmp_path / "n.db"
    Store(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    assert m.applied(conn) == [name for name, _ in m.MIGRATIONS]
    assert m.migrate(conn) == []  # nothing left to apply
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "sentences", "timerefs", "runs", "migrations"} <= tables


def test_a_new_migration_is_applied_to_an_existing_database(tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    Store(db).close()
    extra = ("9999_test_column", ("ALTER TABLE articles ADD COLUMN note TEXT",))
    monkeypatch.setattr(m, "MIGRATIONS", (*m.MIGRATIONS, extra))
    conn = sqlite3.connect(db, isolation_level=None)
    assert m.migrate(conn) == ["9999_test_column"]
    assert "note" in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]


def test_a_failing_migration_is_rolled_back_whole(tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    Store(db).close()
    broken = ("9999_broken", ("CREATE TABLE half (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(m, "MIGRATIONS", (*m.MIGRATIONS, broken))
    conn = sqlite3.connect(db, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        m.migrate(conn)
    assert "9999_broken" not in m.applied(conn)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half'").fetchone() is None


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "n.db"
    Store(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', '2030-01-01')")
    with pytest.raises(RuntimeError, match="newer newsweave"):
        m.migrate(conn)


def test_stories_of_an_older_database_get_the_span_of_their_dates(tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    before = tuple(mig for mig in m.MIGRATIONS if mig[0] < "0011")
    monkeypatch.setattr(m, "MIGRATIONS", before)
    conn = sqlite3.connect(db, isolation_level=None)
    m.migrate(conn)
    conn.execute("INSERT INTO stories (id, first, last) VALUES (1, '2026-12-06', '2026-12-06')")
    for aid, published in (("a", "2023-09-13"), ("b", None), ("c", "2023-09-10")):
        conn.execute(
            "INSERT INTO articles (id, content_hash, published, text, added_at) "
            "VALUES (?, ?, ?, 'x', 'now')",
            (aid, aid, published),
        )
        conn.execute(
            "INSERT INTO story_articles (article_id, story_id, score) VALUES (?, 1, 0)", (aid,)
        )
    monkeypatch.undo()
    assert "0011_story_dates" in m.migrate(conn)
    row = conn.execute("SELECT published_first, published_last FROM stories").fetchone()
    assert row == ("2023-09-10", "2023-09-13")  # the stream times are never the story's dates
