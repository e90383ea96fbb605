"""Shared test fixtures.

`shared` points at the project's `../shared` folder (dev data and the two case articles).
Tests that use it skip, with the reason, where it is absent (a user's machine); `.ci/run`
checks that it is present, so in CI they always run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

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
