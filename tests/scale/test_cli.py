"""`newsweave ingest --dask` (and `reanalyze --dask`): its errors in one line, and a local cluster that is shut
down when the command ends, on Ctrl-C too (real processes, a real SIGINT)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.cli import main
from newsweave.cli.ingest import sample_corpus
from newsweave.scale import cluster

pytest.importorskip("distributed", reason="Dask is not installed (newsweave[cluster])")

NEWSWEAVE = [sys.executable, "-m", "newsweave.cli"]


@pytest.mark.parametrize("value", ["local:0", "local:x", "scheduler:8786", "http://h:8786"])
def test_a_malformed_dask_value_is_a_usage_error(tmp_path, value):
    db = tmp_path / "n.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db), "--dask", value])
    assert result.exit_code == 2
    assert "Invalid value for '--dask'" in result.output
    assert "Traceback" not in result.output and not db.exists()


def test_jobs_and_dask_together_are_refused(tmp_path):
    db = tmp_path / "n.db"
    args = ["ingest", str(tmp_path), "--db", str(db), "--dask", "local:2", "--jobs", "2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "--jobs and --dask do not go together" in result.output and not db.exists()


def test_an_unreachable_scheduler_is_one_line_and_no_database(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2.0)
    db = tmp_path / "n.db"
    args = ["ingest", *map(str, sample_corpus()), "--db", str(db), "--dask", "tcp://nowhere:8786"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith("error: cannot reach the Dask scheduler at tcp://nowhere:8786 (")
    assert "dask scheduler" in line and "--dask local:N" in line
    assert not db.exists()


def _live(group: int) -> list[str]:
    """The processes of a process group that are still running (not zombies)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, pgid = fields[0], int(fields[2])
        if pgid == group and state != "Z":
            found.append(entry.name)
    return found


def _gone(group: int, within: float = 15) -> bool:
    end = time.monotonic() + within
    while _live(group):
        if time.monotonic() > end:
            return False
        time.sleep(0.2)
    return True


def _start(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [*NEWSWEAVE, *args], env=env, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process groups from /proc")
def test_a_local_cluster_ends_with_the_command(tmp_path):
    few = tmp_path / "few.jsonl"
    lines = sample_corpus()[0].read_text(encoding="utf-8").splitlines()[:6]
    few.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _start(["ingest", str(few), "--db", str(tmp_path / "n.db"), "--ner", "fast",
                   "--dask", "local:1"])  # fmt: skip
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "Analysing on a local Dask cluster: 1 worker(s), 1 thread(s)" in stderr
    assert "6 article(s) added" in stderr
    assert _gone(proc.pid)
    # and so does one of `reanalyze`
    proc = _start(["reanalyze", "--db", str(tmp_path / "n.db"), "--ner", "fast",
                   "--dask", "local:1"])  # fmt: skip
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "Analysing on a local Dask cluster: 1 worker(s), 1 thread(s)" in stderr
    assert "6 articles analysed again" in stderr
    assert _gone(proc.pid)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process groups from /proc")
def test_ctrl_c_shuts_a_local_cluster_down(tmp_path):
    """Ctrl-C in a terminal sends SIGINT to the whole foreground process group: the
    command and the cluster's processes."""
    proc = _start(["ingest", *map(str, sample_corpus()), "--db", str(tmp_path / "n.db"),
                   "--ner", "fast", "--dask", "local:2"])  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if "Analysing on" in line:
            break
    time.sleep(2)  # the workers are analysing
    os.killpg(proc.pid, signal.SIGINT)
    _, rest = proc.communicate(timeout=120)
    assert proc.returncode == 130, rest
    assert "interrupted" in rest and "Traceback" not in rest
    assert _gone(proc.pid)
