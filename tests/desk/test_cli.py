"""`newsweave serve` from the command line: which database, which address, and a clear
error without one (uvicorn itself is not started here)."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from newsweave.cli import main
from tests.translation.builders import needs_argos, save_argos


@pytest.fixture
def served(monkeypatch):
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append((app, kw)))
    return calls


def test_serve_listens_on_localhost_by_default(served, desk_db):
    result = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    ((_, options),) = served
    assert options["host"] == "127.0.0.1" and options["port"] == 8123
    assert "http://127.0.0.1:8123/" in result.output


def test_after_the_demo_serve_needs_no_arguments(served, desk_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsweave-demo").mkdir()
    shutil.copy(desk_db, tmp_path / "newsweave-demo" / "newsweave.db")
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0, result.output
    assert "serving the demo database" in result.output and len(served) == 1


def test_another_address_is_allowed_with_a_warning(served, desk_db):
    result = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "anyone who can reach it can read the store" in result.output
    assert served[0][1]["host"] == "0.0.0.0"


def test_a_missing_database_is_an_error_and_nothing_is_served(served, tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database at" in result.stderr
    assert served == [] and not (tmp_path / "none.db").exists()


def test_allow_host_reaches_the_desk_s_allowlist(served, desk_db):
    from starlette.testclient import TestClient

    args = ["serve", "--db", str(desk_db), "--port", "8123", "--allow-host", "desk.example"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    client = TestClient(served[0][0], base_url="http://desk.example:8123")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"host": "127.0.0.1:8123"}).status_code == 200
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 400
    assert client.get("/", headers={"host": "rebound.example:8123"}).status_code == 400


def test_listening_on_every_address_says_how_to_name_the_machine(served, desk_db):
    result = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "--allow-host NAME" in result.output


def test_serve_in_the_readers_language_and_a_code_cldr_lacks_refused(served, desk_db):
    from starlette.testclient import TestClient

    from tests.desk.conftest import DESK

    result = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--ui-language", "DA"])
    assert result.exit_code == 0, result.output
    ((app, _),) = served
    page = TestClient(app, base_url=DESK).get("/")
    assert '<html lang="da">' in page.text and "Historier" in page.text
    bad = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--ui-language", "qq"])
    assert bad.exit_code == 2 and "no language code CLDR knows" in bad.output


@needs_argos
def test_a_translation_model_is_loaded_before_the_desk_is_served(served, desk_db, tmp_path):
    """A model that cannot be read stops `serve` with its path and reason, before a page
    could fail on it; one that can is offered on the story page."""
    from starlette.testclient import TestClient

    from tests.desk.conftest import DESK, story_of

    package = tmp_path / "translate-da_en"
    save_argos(package, "da", "en")
    ok = CliRunner().invoke(main, ["serve", "--db", str(desk_db), "--translate", f"argos:{package}"])
    assert ok.exit_code == 0, ok.output
    ((app, _),) = served
    sid = story_of(desk_db, "da_kim_putin.txt")
    page = TestClient(app, base_url=DESK).get(f"/story/{sid}")
    assert "(machine translation by argos:translate-da_en)" in page.text
    (package / "sentencepiece.model").write_bytes(b"\x00not a model")
    broken = CliRunner().invoke(
        main, ["serve", "--db", str(desk_db), "--translate", f"argos:{package}"]
    )
    assert broken.exit_code == 2 and len(served) == 1
    assert "cannot read" in broken.output and "sentencepiece.model" in broken.output


def test_report_in_danish(desk_db, tmp_path):
    result = CliRunner().invoke(
        main, ["report", "--db", str(desk_db), "--out", str(tmp_path / "r"), "--ui-language", "da"]
    )
    assert result.exit_code == 0, result.output
    assert "Hvem sagde hvad" in next((tmp_path / "r" / "story").glob("*.html")).read_text()
