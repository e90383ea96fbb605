"""Databases as an older newsweave left them, for the migration tests: a store woven by
this newsweave, copied into a database that has only the migrations up to a given one
(the tables and columns of that schema, rowids kept), as newsweave wrote it when that
migration was its newest."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from unittest import mock

from newsweave.batch import ingest
from newsweave.pipeline import Pipeline
from newsweave.store import Store
from newsweave.store import migrations as m
from newsweave.store.search import index_all

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
FTS = "article_search"  # the full-text index and its shadow tables: rebuilt, not copied


def woven(folder: Path, pipeline: Pipeline, reports: int = 5) -> Path:
    """A store of the first `reports` MEANTIME reports of the sample corpus, each in
    English, Spanish, Italian and Dutch (four articles on one event: stories, linked
    names across languages), through `pipeline` (the default one) and ingest."""
    rows = (SAMPLE / "meantime.jsonl").read_text(encoding="utf-8").splitlines()[: 4 * reports]
    feed = folder / "meantime.jsonl"
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = folder / "woven.db"
    with Store(db) as store:
        ingest(store, [feed], pipeline)
    return db


def older_copy(source: Path, target: Path, upto: str) -> Path:
    """`source`'s rows in a new database at `target` that has had the migrations up to
    `upto` only: what newsweave wrote when `upto` was its newest migration (the data it
    had no column for is left out; its search index is built as it was)."""
    shipped = tuple(mig for mig in m.MIGRATIONS if mig[0] <= upto)
    assert shipped[-1][0] == upto, f"no migration {upto}"
    conn = sqlite3.connect(target, isolation_level=None)
    with mock.patch.object(m, "MIGRATIONS", shipped):
        m.migrate(conn)
    conn.execute("ATTACH DATABASE ? AS source", (f"{source.resolve().as_uri()}?mode=ro",))
    conn.execute("BEGIN")
    tables = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite%' AND name != 'migrations'"
    ).fetchall()
    for table, sql in tables:
        if table.startswith(FTS):
            continue
        columns = _columns(conn, "main", table)
        shared = [c for c in columns if c in _columns(conn, "source", table)]
        rowid = "WITHOUT ROWID" not in sql.upper() and not _rowid_alias(conn, table)
        names = ", ".join(["rowid", *shared] if rowid else shared)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM source.{table}")
    if any(table == FTS for table, _ in tables):
        index_all(conn)
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE source")
    conn.close()
    return target


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _rowid_alias(conn: sqlite3.Connection, table: str) -> bool:
    """Whether `table` has an INTEGER PRIMARY KEY (its rowid under another name)."""
    keys = [r for r in conn.execute(f"PRAGMA main.table_info({table})") if r[5]]
    return len(keys) == 1 and keys[0][2].upper() == "INTEGER"


def schema(db: Path) -> list[tuple[str, str, str | None]]:
    """Every table, index, view and trigger of `db` with its SQL, in a fixed order."""
    return rows(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def rows(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchall()


def applied(db: Path) -> list[str]:
    return [name for (name,) in rows(db, "SELECT name FROM migrations ORDER BY rowid")]
