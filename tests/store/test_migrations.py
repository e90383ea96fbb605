import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import newsweave
from newsweave.store import (
    SchemaTooNew,
    SchemaTooOld,
    Store,
    StoreError,
    headlines,
    names,
    postgresql,
    search,
)
from newsweave.store import migrations as m
from newsweave.views.search import search as find
from tests.store.older import applied, older_copy, rows, schema, woven


def tables(store: Store) -> set[str]:
    """The names of the tables of the store's database (either dialect)."""
    if store.dialect == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    return {r[0] for r in store.conn.execute(sql)}


def columns(store: Store, table: str) -> list[str]:
    if store.dialect == "sqlite":
        return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            (table,),
        )
    ]


def with_migration(monkeypatch, name: str, sqlite_steps: tuple, postgresql_steps: tuple) -> None:
    """One more migration after the shipped ones, in both dialects."""
    monkeypatch.setattr(m, "MIGRATIONS", (*m.MIGRATIONS, (name, sqlite_steps)))
    monkeypatch.setitem(postgresql.STEPS, name, postgresql_steps)


def test_a_fresh_database_gets_every_migration_once(location):
    with Store(location) as store:
        assert store.migrated == m.applied(store.conn) == [name for name, _ in m.MIGRATIONS]
        assert m.migrate(store.conn) == []  # nothing left to apply
        assert {"articles", "sentences", "timerefs", "runs", "migrations"} <= tables(store)
    with Store(location) as again:
        assert again.migrated == [] and again.schema == m.latest()


def test_a_new_migration_is_applied_to_an_existing_database(location, monkeypatch):
    Store(location).close()
    step = "ALTER TABLE articles ADD COLUMN note TEXT"
    with_migration(monkeypatch, "9999_test_column", (step,), (step,))
    with Store(location) as store:
        assert store.migrated == ["9999_test_column"]
        assert "note" in columns(store, "articles")


def test_a_failing_migration_is_rolled_back_whole(location, monkeypatch):
    Store(location).close()
    broken = ("CREATE TABLE half (x TEXT)", "THIS IS NOT SQL")
    with_migration(monkeypatch, "9999_broken", broken, broken)
    with pytest.raises(Exception, match="syntax error") as failed:
        Store(location)
    assert not isinstance(failed.value, StoreError)
    monkeypatch.undo()
    with Store(location, readonly=True) as store:
        assert "9999_broken" not in m.recorded(store.conn)
        assert "half" not in tables(store)


def test_a_database_from_a_newer_version_is_refused(location):
    with Store(location) as store:
        store.conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', '2030-01-01')")
        with pytest.raises(SchemaTooNew, match="newer newsweave"):
            m.migrate(store.conn)


def test_each_migration_has_its_postgresql_spelling_step_for_step():
    assert list(postgresql.STEPS) == [name for name, _ in m.MIGRATIONS]
    for name, steps in m.MIGRATIONS:
        spelt = postgresql.STEPS[name]
        assert len(spelt) == len(steps), name
        for ours, theirs in zip(steps, spelt, strict=True):
            # the backfills are the very same functions, in the same places
            assert ours is theirs if callable(ours) else isinstance(theirs, str), name


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


# ---- shipped migrations, backfills in their transaction, versions (issue 15, step 2) ----

# sha256 (first 16 hex digits) of each shipped migration's SQL statements joined by "\n;\n":
# a database an older newsweave migrated must be at the same schema as one migrated now
SHIPPED = {
    "0001_articles_runs_annotations": "cc03c349b2972419",
    "0002_mentions": "98959b6083bb7999",
    "0003_quotes": "919409603bd8f08a",
    "0004_stories": "8eb45f498901c584",
    "0005_entity_names": "10fc5cf100795439",
    "0006_entity_links": "b2e535df6727c330",
    "0007_search": "947d7a266b56fd12",
    "0008_articles_meta": "03e35cf12ad90802",
    "0009_quote_evidence": "d3c2a037cfa471ee",
    "0010_timeref_end": "f3c3b7a53a1bffc4",
    "0011_story_dates": "b14ec071af70e34c",
    "0012_story_headlines": "b237188372c185af",
    "0013_story_replay_and_run_holders": "3382dee359144b74",
    "0014_reanalysis": "3ba1d0b07d5c6afc",
    "0015_article_embeddings": "f2f04dad01215867",
    "0016_sentence_embeddings": "070576f1a178c4a9",
    "0017_name_vectors": "3ac3bb3786c74a99",
}
LINKS = "SELECT * FROM entity_links ORDER BY story_id, entity"
HEADLINES = "SELECT * FROM story_headlines ORDER BY story_id, language"
STORIES = "SELECT article_id, story_id FROM story_articles ORDER BY rowid"


# the same for their PostgreSQL spelling (newsweave.store.postgresql), from issue 15 step 3
SHIPPED_POSTGRESQL = {
    "0001_articles_runs_annotations": "a0b3a7e975b1ee6e",
    "0002_mentions": "e4353a9e4dd0c22f",
    "0003_quotes": "3db5be43fc887951",
    "0004_stories": "f9ec1ebc0b4225dd",
    "0005_entity_names": "8cbe230d4e4fd29d",
    "0006_entity_links": "496a9e338f693479",
    "0007_search": "217d0dffd522be1a",
    "0008_articles_meta": "03e35cf12ad90802",
    "0009_quote_evidence": "c8bbeb3cefd1cd55",
    "0010_timeref_end": "daae001e41b9e832",
    "0011_story_dates": "6689830727fa6cb2",
    "0012_story_headlines": "1814816ad40c20db",
    "0013_story_replay_and_run_holders": "2764b64c7ccecd30",
    "0014_reanalysis": "faf114cbd1207818",
    "0015_article_embeddings": "c36139048f5e5a43",
    "0016_sentence_embeddings": "eaf2f6cce968179b",
    "0017_name_vectors": "4d3979485fa2571b",
}


def _digest(steps) -> str:
    sql = "\n;\n".join(step for step in steps if isinstance(step, str))
    return hashlib.sha256(sql.encode()).hexdigest()[:16]


def test_shipped_migrations_keep_their_names_order_and_sql():
    shipped = [mig for mig in m.MIGRATIONS if mig[0] in SHIPPED]
    assert [name for name, _ in m.MIGRATIONS[: len(SHIPPED)]] == list(SHIPPED)
    for name, steps in shipped:
        assert _digest(steps) == SHIPPED[name], name
    for name, digest in SHIPPED_POSTGRESQL.items():
        assert _digest(postgresql.STEPS[name]) == digest, name


@pytest.fixture(scope="module")
def source(tmp_path_factory, analysed):
    return woven(tmp_path_factory.mktemp("woven"), analysed)


@pytest.mark.parametrize("upto", ["0005_entity_names", "0011_story_dates"])
def test_an_older_database_is_migrated_to_the_schema_and_data_of_a_fresh_one(
    source, tmp_path, upto
):
    old = older_copy(source, tmp_path / "old.db", upto)
    with Store(old) as store:
        assert store.migrated == m.missing([n for n, _ in m.MIGRATIONS if n <= upto])
        assert store.schema == m.latest()
    assert found(old, "Boeing") == found(source, "Boeing") != []
    assert schema(old) == schema(source)
    assert rows(old, LINKS) == rows(source, LINKS) and rows(old, LINKS)
    assert rows(old, STORIES) == rows(source, STORIES)
    _headlines_hold(old)


def _headlines_hold(db):
    """Every story not merged away has a headline per language of its articles, each an
    article of the story in that language."""
    wanted = rows(
        db,
        "SELECT DISTINCT sa.story_id, coalesce(a.language, ''), NULL FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id ORDER BY 1, 2",
    )
    kept = rows(
        db,
        "SELECT h.story_id, h.language, a.language FROM story_headlines h "
        "JOIN story_articles sa ON sa.article_id = h.article_id AND sa.story_id = h.story_id "
        "JOIN articles a ON a.id = h.article_id ORDER BY 1, 2",
    )
    assert [(s, lang) for s, lang, _ in kept] == [(s, lang) for s, lang, _ in wanted]
    assert all(lang == language for _, lang, language in kept)


def _fail_on(module, name, call):
    """`module.name` replaced by one that raises on its `call`-th call (after the calls
    before it did their work: the backfill is half done when it fails)."""
    real = getattr(module, name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise RuntimeError(f"the backfill broke in {name}")
        return real(*args, **kwargs)

    return failing


# each backfill, broken half-way: (its migration, where it breaks)
BACKFILLS = [
    ("0006_entity_links", names, "link"),  # after the first story's links
    ("0007_search", search, "index_article"),  # after two articles were indexed
    ("0012_story_headlines", headlines, "_keep"),  # after the first story's headlines
]
# what each migration's own effect is, absent while it is not applied
MADE = {
    "0006_entity_links": "entity_links",
    "0007_search": "article_search",
    "0012_story_headlines": "story_headlines",
}


@pytest.mark.parametrize(("failing", "module", "name"), BACKFILLS)
def test_a_backfill_that_fails_leaves_the_version_before_and_the_next_open_migrates(
    source, tmp_path, monkeypatch, failing, module, name
):
    old = older_copy(source, tmp_path / "old.db", "0005_entity_names")
    whole = Path(shutil.copy(old, tmp_path / "whole.db"))
    Store(whole).close()  # the same database migrated without a failure
    monkeypatch.setattr(module, name, _fail_on(module, name, 3 if name == "index_article" else 2))
    with pytest.raises(RuntimeError, match="the backfill broke"):
        Store(old)
    before = [n for n, _ in m.MIGRATIONS if n < failing]
    assert applied(old) == before  # the migrations before it are whole, it is not there
    tables = {name for _, name, _ in schema(old)}
    assert MADE[failing] not in tables  # neither its SQL nor any of its backfill
    if "entity_links" in tables:  # an earlier backfill of this open is complete
        assert rows(old, LINKS) == rows(whole, LINKS)
    monkeypatch.undo()
    with Store(old) as store:
        assert store.migrated == m.missing(before)
    assert schema(old) == schema(whole)
    for sql in (LINKS, HEADLINES, STORIES):
        assert rows(old, sql) == rows(whole, sql)
    assert found(old, "Boeing") == found(whole, "Boeing") != []


KILLED = """
import os, signal, sys
from newsweave.store import search, Store
real, calls = search.index_article, []
def dying(*args):
    calls.append(1)
    if len(calls) == 3:  # two articles indexed, in the open transaction
        os.kill(os.getpid(), signal.SIGKILL)
    real(*args)
search.index_article = dying
Store(sys.argv[1])
"""


def test_a_process_killed_inside_a_backfill_leaves_the_version_before(source, tmp_path):
    old = older_copy(source, tmp_path / "old.db", "0005_entity_names")
    src = Path(newsweave.__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(old)],
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert applied(old)[-1] == "0006_entity_links"  # committed before the kill
    assert "article_search" not in {name for _, name, _ in schema(old)}
    assert rows(old, LINKS) == rows(source, LINKS)
    with Store(old) as store:
        assert store.migrated[0] == "0007_search" and store.schema == m.latest()
    assert found(old, "Boeing") == found(source, "Boeing") != []


FUTURE = "0099_from_the_future"


def _newer(source, tmp_path):
    db = Path(shutil.copy(source, tmp_path / "newer.db"))
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("ALTER TABLE articles ADD COLUMN future TEXT")
        conn.execute("INSERT INTO migrations VALUES (?, '2030-01-01')", (FUTURE,))
    return db


@pytest.mark.parametrize("readonly", [False, True])
def test_a_database_from_a_newer_newsweave_names_both_versions(source, tmp_path, readonly):
    db = _newer(source, tmp_path)
    before = db.read_bytes()
    with pytest.raises(SchemaTooNew) as refused:
        Store(db, readonly=readonly)
    message = str(refused.value)
    assert "\n" not in message
    assert f"{db} was written by a newer newsweave (schema {FUTURE})" in message
    assert f"knows up to {m.latest()}: upgrade newsweave" in message
    assert db.read_bytes() == before  # refused before anything was written


def test_an_older_database_read_only_says_what_to_run_and_is_left_as_it_is(source, tmp_path):
    old = older_copy(source, tmp_path / "old.db", "0011_story_dates")
    with pytest.raises(SchemaTooOld) as refused:
        Store(old, readonly=True)
    message = str(refused.value)
    assert "\n" not in message and "older newsweave (schema 0011_story_dates)" in message
    assert f"needs {m.latest()}: run `newsweave migrate --db {old}`" in message
    assert applied(old)[-1] == "0011_story_dates"


def found(db, query):
    """The ids of the articles a search for `query` finds in `db`."""
    with Store(db, readonly=True) as store:
        return sorted(hit.article_id for hit in find(store, query))


# ---- the same on PostgreSQL ---------------------------------------------------------------


def pg_schema(url) -> list[tuple]:
    """Every column (with its type and collation), index and view of a PostgreSQL store."""
    with Store(url, readonly=True) as store:
        columns = store.conn.execute(
            "SELECT table_name, column_name, data_type, collation_name, is_nullable, "
            "column_default FROM information_schema.columns WHERE table_schema = 'public' "
            "ORDER BY table_name, column_name"
        ).fetchall()
        indexes = store.conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
        views = store.conn.execute(
            "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [*columns, *indexes, *views]


@pytest.mark.parametrize("readonly", [False, True])
def test_a_postgresql_store_from_a_newer_newsweave_names_both_versions(fresh_postgresql, readonly):
    with Store(fresh_postgresql) as store:
        store.conn.execute("ALTER TABLE articles ADD COLUMN future TEXT")
        store.conn.execute("INSERT INTO migrations VALUES (?, '2030-01-01')", (FUTURE,))
        where = store.where
    before = pg_schema_and_versions(fresh_postgresql)
    with pytest.raises(SchemaTooNew) as refused:
        Store(fresh_postgresql, readonly=readonly)
    message = str(refused.value)
    assert "\n" not in message
    assert f"{where} was written by a newer newsweave (schema {FUTURE})" in message
    assert f"knows up to {m.latest()}: upgrade newsweave" in message
    assert pg_schema_and_versions(fresh_postgresql) == before  # refused before any write


def pg_schema_and_versions(url):
    import psycopg

    with psycopg.connect(url) as conn:  # a reader that checks no version
        names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
        runs = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
    return names, runs


def test_an_older_postgresql_store_is_refused_read_only_and_migrated_to_a_fresh_ones_schema(
    postgresql, monkeypatch
):
    old, fresh = postgresql.new(), postgresql.new()
    Store(fresh).close()
    monkeypatch.setattr(
        m, "MIGRATIONS", tuple(g for g in m.MIGRATIONS if g[0] <= "0011_story_dates")
    )
    Store(old).close()
    monkeypatch.undo()
    with pytest.raises(SchemaTooOld) as refused:
        Store(old, readonly=True)
    message = str(refused.value)
    assert "\n" not in message and "older newsweave (schema 0011_story_dates)" in message
    assert f"run `newsweave migrate --db {old}`" in message
    with Store(old) as store:
        assert store.migrated == m.missing([n for n, _ in m.MIGRATIONS if n <= "0011_story_dates"])
    assert pg_schema(old) == pg_schema(fresh)
