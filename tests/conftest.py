"""Shared test fixtures.

`shared` points at the project's `../shared` folder (dev data and the two case articles).
Tests that use it skip, with the reason, where it is absent (a user's machine); `.ci/run`
checks that it is present, so in CI they always run.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import pickle
import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data" / "DATA.md").is_file():
        pytest.skip(f"../shared is absent ({SHARED}); set NEWSWEAVE_SHARED to the shared folder")
    return SHARED


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def cases(shared: Path) -> list[dict]:
    """The two case articles (Danish, German) with their language and publication date."""
    rows = []
    for line in (shared / "cases" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["text"] = (shared / "cases" / row["file"]).read_text(encoding="utf-8")
            rows.append(row)
    return rows


# ---- PostgreSQL (issue 15) ---------------------------------------------------------------
#
# The store tests run against both databases a store can live in (`STORES`): SQLite always,
# PostgreSQL on the server NEWSWEAVE_TEST_POSTGRESQL names (a URL such as
# postgresql://nw@127.0.0.1:55432/postgres; `.ci/postgres` starts a throwaway one). Each
# test that asks gets a fresh, uniquely named database there, dropped afterwards. Without
# the variable those tests skip, saying so; with NEWSWEAVE_REQUIRE_POSTGRESQL=1 (CI) they
# fail instead.

POSTGRESQL = os.environ.get("NEWSWEAVE_TEST_POSTGRESQL", "")
REQUIRE_POSTGRESQL = os.environ.get("NEWSWEAVE_REQUIRE_POSTGRESQL") == "1"
STORES = ["sqlite", "postgresql"]


class Databases:
    """Fresh databases on the test server: `new()` makes one (its URL), `drop` removes it
    (connections still open to it are ended), `close` drops every one still there."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.made: list[str] = []

    def _admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True, connect_timeout=10)

    def new(self, copy_of: str | None = None) -> str:
        """A new database: empty, or a copy of the one at the URL `copy_of` (which no
        connection may be using)."""
        from psycopg import sql

        name = f"nwtest_{os.getpid()}_{len(self.made)}_{secrets.token_hex(3)}"
        template = urlsplit(copy_of).path.lstrip("/") if copy_of else "template0"
        with self._admin() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        self.made.append(name)
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path="/" + name))

    def drop(self, url: str) -> None:
        from psycopg import sql

        name = urlsplit(url).path.lstrip("/")
        with self._admin() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        if name in self.made:
            self.made.remove(name)

    def close(self) -> None:
        for name in list(self.made):
            self.drop(urlunsplit(urlsplit(self.url)._replace(path="/" + name)))


def _no_server(reason: str) -> None:
    if REQUIRE_POSTGRESQL:
        pytest.fail(f"NEWSWEAVE_REQUIRE_POSTGRESQL=1 and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgresql() -> Iterator[Databases]:
    """The PostgreSQL server of the tests (skipped, or failed in CI, without one)."""
    if not POSTGRESQL:
        _no_server(
            "no PostgreSQL server to test the PostgreSQL store against: set "
            "NEWSWEAVE_TEST_POSTGRESQL=postgresql://USER@HOST:PORT/postgres (.ci/postgres "
            "starts a throwaway server)"
        )
    try:
        import psycopg
    except ImportError:
        _no_server("psycopg is not installed (pip install -e '.[test]')")
    try:
        psycopg.connect(POSTGRESQL, connect_timeout=10).close()
    except psycopg.Error as exc:
        _no_server(f"cannot reach the PostgreSQL server at {POSTGRESQL}: {exc}")
    databases = Databases(POSTGRESQL)
    yield databases
    databases.close()


@pytest.fixture
def fresh_postgresql(postgresql: Databases) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = postgresql.new()
    yield url
    postgresql.drop(url)


def new_location(request: pytest.FixtureRequest, kind: str, folder: Path) -> Path | str:
    """Where a new, empty store of `kind` goes: a file in `folder`, or a new PostgreSQL
    database (dropped at the end of the session)."""
    if kind == "sqlite":
        return folder / "n.db"
    return request.getfixturevalue("postgresql").new()


@pytest.fixture(params=STORES)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a fresh, empty store goes, for each database a store can live in."""
    if request.param == "sqlite":
        yield tmp_path / "n.db"
    else:
        yield request.getfixturevalue("fresh_postgresql")


# ---- one analysis for several stores ------------------------------------------------------


class Remembered:
    """A pipeline that analyses each input once: the tests that ingest the same articles
    into a SQLite and a PostgreSQL store compare what the stores make of one analysis, so
    the second ingest gets a copy of the first's result instead of analysing again (the
    accurate tier costs most of those tests' time). In-process ingests only (jobs=1)."""

    def __init__(self, pipeline) -> None:
        self._pipeline = pipeline
        self._seen: dict[bytes, object] = {}

    def __getattr__(self, name: str):
        return getattr(self._pipeline, name)

    def __call__(self, article):
        # where it was read from (a file and line) is no input of the analysis
        key = pickle.dumps(dataclasses.replace(article, origin=None))
        if key not in self._seen:
            self._seen[key] = self._pipeline(article)
        return dataclasses.replace(copy.deepcopy(self._seen[key]), origin=article.origin)


@pytest.fixture(scope="session")
def analysed() -> Remembered:
    """The default pipeline (the accurate tier, sentence vectors included), each input
    analysed once in the session (`Remembered`)."""
    from newsweave.analysis import default_pipeline

    return Remembered(default_pipeline())
