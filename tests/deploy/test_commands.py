"""The commands the docker-compose file runs, run here: the schema migrated, then ingest
with the analysis on a Dask cluster (a local one in place of the compose file's scheduler),
into a PostgreSQL store named by NEWSWEAVE_DB, as in the compose file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.cli import sample_corpus

from .test_files import compose

pytest.importorskip("distributed", reason="Dask comes with the cluster extra")
NEWSWEAVE = str(Path(sys.executable).with_name("newsweave"))


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NEWSWEAVE, *argv[1:]], env=env, capture_output=True, text=True,
                          timeout=600, check=False)


def test_the_compose_flow_runs_on_postgresql_and_dask(fresh_postgresql, tmp_path):
    services = compose()["services"]
    env = {**os.environ, "NEWSWEAVE_DB": fresh_postgresql}
    news = tmp_path / "news"
    news.mkdir()
    (wikinews,) = [p for p in sample_corpus() if p.name == "wikinews"]
    for path in sorted(wikinews.glob("*.txt"))[:3]:
        shutil.copy(path, news)

    migrate = run(services["migrate"]["command"], env)
    assert migrate.returncode == 0, migrate.stderr
    ingest = [str(news) if a == "/news" else "local:2" if a.startswith("tcp://") else a
              for a in services["ingest"]["command"]]
    done = run([*ingest, "--ner", "fast"], env)
    assert done.returncode == 0, done.stderr
    assert "3 article(s) added" in done.stdout + done.stderr
    stories = run(["newsweave", "stories", "--json"], env)
    assert stories.returncode == 0, stories.stderr
    rows = [json.loads(line) for line in stories.stdout.splitlines()]
    assert sum(row["articles"] for row in rows) == 3
