"""The schema version from the command line: every command that takes --db refuses a
database written by a newer newsweave with one line on stderr naming both versions (exit
status 2, no traceback); the read commands refuse one an older newsweave wrote and say
what to run, and `newsweave migrate` runs it."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsweave.cli import main
from newsweave.store import migrations as m
from tests.store.older import applied, older_copy, woven

FUTURE = "0099_from_the_future"


def commands_with_db(group: click.Group = main, prefix: tuple[str, ...] = ()):
    """(command words, command) for every command under `group` that takes --db."""
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from commands_with_db(command, (*prefix, name))
        elif any("--db" in getattr(p, "opts", ()) for p in command.params):
            yield (*prefix, name), command


def arguments(command: click.Command, existing: Path) -> list[str]:
    """A value for each required argument of `command`: `existing` (a file) for a path,
    1 for a number, a word otherwise."""
    values = []
    for param in command.params:
        if isinstance(param, click.Argument) and param.required:
            if isinstance(param.type, click.Path):
                values.append(str(existing))
            elif isinstance(param.type, click.types.IntParamType):
                values.append("1")
            else:
                values.append("Boeing")
    return values


COMMANDS = [words for words, _ in commands_with_db()]


def test_the_commands_with_db_are_found():
    assert {("ingest",), ("stories",), ("story",), ("serve",), ("migrate",)} <= set(COMMANDS)


@pytest.fixture(scope="module")
def source(tmp_path_factory, analysed):
    return woven(tmp_path_factory.mktemp("woven"), analysed, reports=2)


@pytest.fixture
def not_served(monkeypatch):
    """`serve` must stop before it listens."""
    monkeypatch.setattr("uvicorn.run", lambda *a, **kw: pytest.fail("the desk was served"))


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_refuses_a_newer_database_in_one_line(source, tmp_path, not_served, words):
    db = Path(shutil.copy(source, tmp_path / "newer.db"))
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("INSERT INTO migrations VALUES (?, '2030-01-01')", (FUTURE,))
    before = db.read_bytes()
    command = dict(commands_with_db())[words]
    text = tmp_path / "more.txt"
    text.write_text("Boeing protestó el contrato de aviones cisterna.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [*words, *arguments(command, text), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert f"{db} was written by a newer newsweave (schema {FUTURE})" in result.stderr
    assert f"knows up to {m.latest()}: upgrade newsweave" in result.stderr
    assert db.read_bytes() == before


def test_a_read_command_on_an_older_database_says_to_migrate_and_migrate_does(source, tmp_path):
    old = older_copy(source, tmp_path / "old.db", "0011_story_dates")
    runner = CliRunner()
    refused = runner.invoke(main, ["stories", "--db", str(old)])
    assert refused.exit_code == 2 and refused.stderr.count("\n") == 1
    assert f"run `newsweave migrate --db {old}`" in refused.stderr
    done = runner.invoke(main, ["migrate", "--db", str(old)])
    assert done.exit_code == 0, done.output
    applied_now = ", ".join(m.missing([n for n, _ in m.MIGRATIONS if n <= "0011_story_dates"]))
    assert f"applied {applied_now}; now at schema {m.latest()}" in done.stdout
    assert applied(old) == [name for name, _ in m.MIGRATIONS]
    assert runner.invoke(main, ["stories", "--db", str(old)]).exit_code == 0
    again = runner.invoke(main, ["migrate", "--db", str(old)])
    assert again.exit_code == 0 and f"is up to date (schema {m.latest()})" in again.stdout


def test_migrate_never_creates_a_database(tmp_path):
    result = CliRunner().invoke(main, ["migrate", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


# ---- a PostgreSQL URL (issue 15, step 3) ----


@pytest.mark.parametrize("given", ["--db", "NEWSWEAVE_DB"])
@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_takes_a_postgresql_url_and_refuses_a_newer_store_in_one_line(
    fresh_postgresql, tmp_path, not_served, words, given
):
    from newsweave.store import Store

    with Store(fresh_postgresql) as store:
        store.conn.execute("INSERT INTO migrations VALUES (?, '2030-01-01')", (FUTURE,))
    command = dict(commands_with_db())[words]
    text = tmp_path / "more.txt"
    text.write_text("Boeing protestó el contrato de aviones cisterna.\n", encoding="utf-8")
    args, env = [*words, *arguments(command, text)], {"NEWSWEAVE_DB": fresh_postgresql}
    if given == "--db":
        args, env = [*args, "--db", fresh_postgresql], {"NEWSWEAVE_DB": str(tmp_path / "x.db")}
    result = CliRunner(env=env).invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert f"{fresh_postgresql} was written by a newer newsweave (schema {FUTURE})" in (
        result.stderr
    )
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_says_in_one_line_which_server_it_cannot_reach(tmp_path, not_served, words):
    pytest.importorskip("psycopg")
    command = dict(commands_with_db())[words]
    text = tmp_path / "more.txt"
    text.write_text("Boeing protestó el contrato de aviones cisterna.\n", encoding="utf-8")
    url = "postgresql://nw:secret@127.0.0.1:1/news"  # nothing listens on port 1
    result = CliRunner().invoke(main, [*words, *arguments(command, text), "--db", url])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert "cannot connect to the PostgreSQL server at 127.0.0.1:1" in result.stderr
    assert "secret" not in result.output


def test_migrate_gives_an_empty_postgresql_database_a_store(fresh_postgresql):
    runner = CliRunner()
    done = runner.invoke(main, ["migrate", "--db", fresh_postgresql])
    assert done.exit_code == 0, done.output
    assert f"applied {m.MIGRATIONS[0][0]}" in done.stdout and m.latest() in done.stdout
    again = runner.invoke(main, ["migrate", "--db", fresh_postgresql])
    assert f"is up to date (schema {m.latest()})" in again.stdout
    assert runner.invoke(main, ["stories", "--db", fresh_postgresql]).exit_code == 0
