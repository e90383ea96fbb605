"""The connection layer: one API over the two databases a store can live in, so that the
rest of `newsweave.store` and `newsweave.views` write their SQL once.

- SQLite (the embedded default): a file, opened with `sqlite3` in autocommit mode; a
  write transaction is `BEGIN IMMEDIATE` (SQLite's one write lock).
- PostgreSQL (`postgresql://user@host:port/dbname`, through psycopg 3, an optional
  dependency: `pip install 'newsweave[cluster]'`): autocommit too; a write transaction is
  `BEGIN` followed by a transaction-level advisory lock (`WRITE_LOCK`), so that writers
  take turns exactly as SQLite's do. A run (`Store.start_run`) is held with a
  session-level advisory lock (`RUN_LOCK`) that the server releases when the holder's
  connection ends, however the process died.

The SQL callers write is SQLite's, and it is what SQLite runs, character for character.
For PostgreSQL it is translated here, once per statement text (`to_postgresql`): `?`
placeholders become `%s` (and a literal `%` is doubled), `INSERT OR IGNORE` becomes
`ON CONFLICT DO NOTHING`, `INDEXED BY` hints go, `LIKE` becomes `ILIKE` (SQLite's LIKE
ignores the case of ASCII letters; PostgreSQL's does not, and its ILIKE over the schema's
"C" collation folds ASCII only, as SQLite does), and `lower(?)` folds its parameter in the
"C" collation too (else the server's locale would fold "Ä", which SQLite leaves). What
cannot be translated so is written once in a form both accept (a CASE instead of SQLite's
two-argument `min`).
A new row's key comes from `insert` (`lastrowid` on SQLite, `RETURNING` on PostgreSQL);
many rows of a plain INSERT (`executemany`) go to PostgreSQL by COPY.

Rows are plain tuples from both. The schema's PostgreSQL spelling
(`newsweave.store.postgresql`) gives every text column the "C" collation, so that text
sorts and compares by code point as in SQLite, and `lower`/`upper` fold ASCII letters
only, as SQLite's do; and tables whose SQLite rowid the code reads get a `rowid` column.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import Any, ClassVar

from newsweave.store.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
CACHE_KB = 65536  # SQLite page cache per connection
WRITE_LOCK = 0x6E77_7772  # "nwwr": held for a write transaction (PostgreSQL)
RUN_LOCK = 0x6E77_7275  # "nwru": held by the process that holds a running run (PostgreSQL)
CONNECT_TIMEOUT = 10  # seconds to reach a PostgreSQL server before giving up

Params = Sequence[Any]
_STREAMS = count()  # names of PostgreSQL's server-side cursors
# an INSERT of one row of values into named columns, nothing else (`executemany` copies)
_PLAIN_INSERT = re.compile(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \(\?(?: ?, ?\?)*\)")


def is_url(location: object) -> bool:
    """Whether `location` names a PostgreSQL database (else it is a SQLite file)."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def shown(url: str) -> str:
    """A PostgreSQL URL as messages show it: without its password."""
    return re.sub(r"^([a-z]+://[^:@/]*):[^@/]*@", r"\1@", url, flags=re.I)


class Database:
    """One connection to a store's database. `execute` and `executemany` take SQLite's SQL
    (translated for PostgreSQL) and return the driver's cursor: `fetchone`, `fetchall`,
    iteration and `rowcount` work alike."""

    dialect: ClassVar[str]
    Error: type[Exception]  # the driver's base error
    unstorable: tuple[type[BaseException], ...]  # what a value the database refuses raises
    no_limit: ClassVar[int | None]  # a LIMIT parameter that means no limit

    def __init__(self, raw: Any, where: str) -> None:
        self.raw = raw
        self.where = where

    def execute(self, sql: str, params: Params = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        raise NotImplementedError

    def insert(self, sql: str, params: Params, key: str = "rowid") -> int | None:
        """Run one INSERT and return the new row's `key` (its rowid, or its INTEGER
        PRIMARY KEY column), or None when `INSERT OR IGNORE` inserted nothing."""
        raise NotImplementedError

    def stream(self, sql: str, params: Params = ()) -> Iterator[tuple]:
        """The rows of a query a few at a time, for a query over a whole table (SQLite's
        cursor streams; PostgreSQL's, inside a transaction, is a server-side cursor)."""
        return iter(self.execute(sql, params))

    def script(self, sql: str) -> None:
        """Run SQL with no parameters, in this database's own dialect (a migration's
        step): PostgreSQL's may hold several statements."""
        raise NotImplementedError

    def begin_write(self) -> None:
        """Start a write transaction, waiting for any other writer's to end."""
        raise NotImplementedError

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        self.begin_write()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def bounded(self, sql: str, params: Params, seconds: float) -> list[tuple] | None:
        """The rows of a query, or None when it ran longer than `seconds` (stopped)."""
        raise NotImplementedError

    def indexed(self, sql: str, params: Params = ()) -> list[tuple]:
        """The rows of a read-only query, planned to read through its indexes (no
        sequential scan where an index serves): for a query whose filter the planner
        thinks cheap but is not (PostgreSQL prices a full-text match on a tsvector kept
        out of line, which must be read and decompressed, like one on a small value)."""
        return self.execute(sql, params).fetchall()

    def hold_runs(self) -> bool | None:
        """Try to take the lock a running run holds (call inside a write transaction):
        True when taken (no live process holds a run: every `running` run is gone), False
        when another connection holds it, None where the database has no such lock
        (SQLite: who is alive is asked of the system, `newsweave.store.lock`)."""
        return None

    def release_runs(self) -> None:
        """Give back the lock `hold_runs` took."""

    @property
    def lost(self) -> bool:
        """Whether the connection is gone (a server that restarted or ended it)."""
        return False

    def close(self) -> None:
        self.raw.close()


class SqliteDatabase(Database):
    dialect = "sqlite"
    Error = sqlite3.Error
    # a string that is not valid Unicode (a lone surrogate), an integer over 64 bits, a
    # wrong type
    unstorable = (
        UnicodeError,
        ValueError,
        OverflowError,
        sqlite3.DataError,
        sqlite3.InterfaceError,
        sqlite3.ProgrammingError,
    )
    no_limit = -1

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self.raw.executemany(sql, rows)

    def insert(self, sql: str, params: Params, key: str = "rowid") -> int | None:
        cur = self.raw.execute(sql, params)
        return int(cur.lastrowid or 0) if cur.rowcount else None

    def script(self, sql: str) -> None:
        self.raw.execute(sql)

    def begin_write(self) -> None:
        self.raw.execute("BEGIN IMMEDIATE")

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.in_transaction)

    def bounded(self, sql: str, params: Params, seconds: float) -> list[tuple] | None:
        deadline = time.monotonic() + seconds
        self.raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            return self.raw.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            return None
        finally:
            self.raw.set_progress_handler(None, 0)


class PostgresDatabase(Database):
    dialect = "postgresql"
    no_limit = None

    def __init__(self, raw: Any, where: str) -> None:
        import psycopg

        super().__init__(raw, where)
        self.Error = psycopg.Error
        # a lone surrogate (not encodable), a NUL character or an integer over 64 bits
        # (refused by the server: DataError)
        self.unstorable = (UnicodeError, ValueError, OverflowError, psycopg.DataError)
        self._holds_runs = False

    def execute(self, sql: str, params: Params = ()) -> Any:
        return self.raw.execute(to_postgresql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        plain = _PLAIN_INSERT.fullmatch(" ".join(sql.split()))
        with self.raw.cursor() as cur:
            if plain is None:
                cur.executemany(to_postgresql(sql), rows)
                return
            # rows of a plain INSERT go in by COPY: one stream, not a statement per row
            # (a batch's story keys: ~180 an article; 4 ms an article as statements)
            table, columns = plain.groups()
            with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def insert(self, sql: str, params: Params, key: str = "rowid") -> int | None:
        row = self.raw.execute(f"{to_postgresql(sql)} RETURNING {key}", tuple(params)).fetchone()
        return None if row is None else int(row[0])

    def stream(self, sql: str, params: Params = ()) -> Iterator[tuple]:
        if not self.in_transaction:
            yield from self.execute(sql, params)
            return
        with self.raw.cursor(name=f"newsweave_stream_{next(_STREAMS)}") as cur:
            cur.itersize = 500
            cur.execute(to_postgresql(sql), tuple(params))
            yield from cur

    def script(self, sql: str) -> None:
        self.raw.execute(sql)

    def begin_write(self) -> None:
        self.raw.execute("BEGIN")
        try:
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise

    def bounded(self, sql: str, params: Params, seconds: float) -> list[tuple] | None:
        from psycopg import errors

        try:
            return self._set_locally(
                f"statement_timeout = {max(1, int(seconds * 1000))}", sql, params
            )
        except errors.QueryCanceled:
            return None

    def indexed(self, sql: str, params: Params = ()) -> list[tuple]:
        return self._set_locally("enable_seqscan = off", sql, params)

    def _set_locally(self, setting: str, sql: str, params: Params) -> list[tuple]:
        """The rows of a read-only query run with `setting` for it alone: in a transaction
        (or a savepoint of the caller's) that is rolled back, which undoes the setting."""
        inside = self.in_transaction
        self.raw.execute(
            f"SAVEPOINT nw_local; SET LOCAL {setting}" if inside else f"BEGIN; SET LOCAL {setting}"
        )
        try:
            return self.raw.execute(to_postgresql(sql), tuple(params)).fetchall()
        finally:
            self.raw.execute(
                "ROLLBACK TO SAVEPOINT nw_local; RELEASE SAVEPOINT nw_local"
                if inside
                else "ROLLBACK"
            )

    @property
    def lost(self) -> bool:
        return bool(self.raw.closed or self.raw.broken)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def hold_runs(self) -> bool | None:
        if self._holds_runs:
            return True
        row = self.raw.execute("SELECT pg_try_advisory_lock(%s)", (RUN_LOCK,)).fetchone()
        self._holds_runs = bool(row[0])
        return self._holds_runs

    def release_runs(self) -> None:
        if self._holds_runs:
            self.raw.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK,))
            self._holds_runs = False


@lru_cache(maxsize=1024)
def to_postgresql(sql: str) -> str:
    """SQLite's SQL as PostgreSQL (with psycopg's placeholders) takes it (see the
    module's doc)."""
    out = []
    quote = None
    for ch in sql:
        if quote is not None:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    text = "".join(out)
    text, ignored = re.subn(r"\bINSERT OR IGNORE INTO\b", "INSERT INTO", text)
    if ignored:
        text += " ON CONFLICT DO NOTHING"
    text = re.sub(r"\s+INDEXED BY \w+", "", text)
    # a parameter folded as the columns are (ASCII only), not by the server's locale
    text = re.sub(r"\b(lower|upper)\(%s\)", r'\1(%s COLLATE "C")', text)
    return re.sub(r"\bLIKE\b", "ILIKE", text)


def as_database(conn: Database | sqlite3.Connection) -> Database:
    """`conn` as a `Database` (a bare sqlite3 connection is wrapped: tests and tools that
    open a SQLite file themselves)."""
    if isinstance(conn, Database):
        return conn
    return SqliteDatabase(conn, "this database")


def connect(location: str | Path, *, readonly: bool) -> Database:
    """Open the database at `location`: a PostgreSQL URL, else a SQLite file (created
    when writing). Raises `StoreError` with a one-line message that says what is wrong."""
    if is_url(location):
        return _postgresql(str(location), readonly)
    return _sqlite(Path(location), readonly)


def _sqlite(path: Path, readonly: bool) -> SqliteDatabase:
    if readonly:
        if not path.is_file():
            raise StoreError(
                f"no database at {path}; run `newsweave ingest PATH --db {path}` first, "
                "or pass --db"
            )
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            raw = sqlite3.connect(path, isolation_level=None, timeout=30)
            raw.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise StoreError(f"{path} is not a SQLite database ({exc})") from exc
            raise StoreError(f"cannot open or create a database at {path} ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"cannot create a database at {path} ({exc.strerror or exc})") from exc
        raw.execute("PRAGMA synchronous=NORMAL")
    return SqliteDatabase(raw, str(path))


def sqlite_settings(db: Database) -> None:
    """What every SQLite connection of a store runs once opened (and migrated):
    foreign keys enforced, and a page cache big enough for a store of 50,000 articles
    (over 1 GB, its indexes read at random by every batch and page; the default is 2 MB)."""
    if db.dialect == "sqlite":
        db.raw.execute("PRAGMA foreign_keys=ON")
        db.raw.execute(f"PRAGMA cache_size=-{CACHE_KB}")


def _postgresql(url: str, readonly: bool) -> PostgresDatabase:
    where = shown(url)
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
    except ImportError as exc:
        raise StoreError(
            f"{where} is a PostgreSQL database, which needs psycopg: "
            "pip install 'newsweave[cluster]'"
        ) from exc
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(f"{where} is not a PostgreSQL URL ({_first_line(exc)})") from exc
    server = f"{info.get('host') or 'localhost'}:{info.get('port') or 5432}"
    options = "-c default_transaction_read_only=on" if readonly else None
    try:
        raw = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=int(info.get("connect_timeout") or CONNECT_TIMEOUT),
            application_name="newsweave",
            **({"options": options} if options else {}),
        )
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot connect to the PostgreSQL server at {server} for {where} ({_first_line(exc)})"
        ) from exc
    return PostgresDatabase(raw, where)


def unreadable(db: Database, exc: BaseException) -> str:
    """What to say of a database whose schema version cannot be read (`exc`)."""
    if db.dialect == "postgresql":
        from psycopg import OperationalError, errors

        if isinstance(exc, errors.UndefinedTable):
            return (
                f"no newsweave store in {db.where} (it has no migrations table); run "
                f"`newsweave ingest PATH --db {db.where}` first, or pass another --db"
            )
        if isinstance(exc, OperationalError) or db.lost:
            return f"lost the connection to {db.where} ({_first_line(exc)})"
    return f"{db.where} is not a newsweave database ({_first_line(exc)})"


def _first_line(exc: BaseException) -> str:
    """A driver's message on one line (psycopg's run over several)."""
    return " ".join(str(exc).split()) or type(exc).__name__
