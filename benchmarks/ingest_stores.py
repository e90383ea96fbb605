"""Ingest of the sample corpus into a SQLite store and into a PostgreSQL one, back to back.

    python benchmarks/ingest_stores.py --postgresql postgresql://USER@HOST:PORT/postgres
        [--repeat 3] [--ner fast]

Each round runs the command line as a user does, into a fresh store each time — a new
SQLite file, then a new database on the PostgreSQL server (made from template0 through
the URL's database, dropped afterwards):

    newsweave ingest src/newsweave/sample --db STORE --ner fast

and prints its wall time, the CPU time of the command (not the server's), and articles
per second. Then, in this process, the same ingest once more into each store with
`Store.write_batch` timed (what the two stores differ in: writing, story assignment,
links, headlines and the search index; the analysis is the same), reported as ms per
article written.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "newsweave" / "sample"
NEWSWEAVE = Path(sys.executable).with_name("newsweave")


class Server:
    """New, empty databases on a PostgreSQL server, dropped when done."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _run(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql)

    def new(self) -> str:
        name = f"nwbench_{os.getpid()}_{secrets.token_hex(3)}"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return urlunsplit(urlsplit(self.url)._replace(path="/" + name))

    def drop(self, url: str) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{urlsplit(url).path.strip("/")}" WITH (FORCE)')


def command(db: str, ner: str) -> tuple[float, float, int]:
    """(wall s, CPU s of the command and its children, articles added)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(NEWSWEAVE), "ingest", str(SAMPLE), "--db", db, "--ner", ner],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"ingest into {db} failed ({done.returncode}): {done.stderr[-2000:]}")
    found = re.search(r"(\d+) article\(s\) added", done.stderr)
    return wall, cpu, int(found.group(1)) if found else 0


def in_process(db: str | Path, ner: str) -> tuple[float, int, int]:
    """(s spent in Store.write_batch, batches, articles added) for one ingest in-process."""
    from newsweave.analysis import default_pipeline
    from newsweave.batch import ingest
    from newsweave.entities.backend import load_backend
    from newsweave.store import Store

    spent = [0.0, 0]
    real: Callable[..., int] = Store.write_batch

    def timed(self: Store, *args: Any, **kwargs: Any) -> int:
        t0 = time.perf_counter()
        try:
            return real(self, *args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0
            spent[1] += 1

    Store.write_batch = timed  # type: ignore[method-assign]
    try:
        with Store(db) as store:
            summary = ingest(store, [SAMPLE], default_pipeline(ner=load_backend(ner)))
    finally:
        Store.write_batch = real  # type: ignore[method-assign]
    return spent[0], int(spent[1]), summary.added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--postgresql", required=True, help="URL of a database on the server")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ner", default="fast")
    args = ap.parse_args()
    server = Server(args.postgresql)
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print("| round | store | wall s | CPU s (command) | articles | articles/s |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="ingest-stores-") as tmp:
        for n in range(1, args.repeat + 1):
            for kind in ("sqlite", "postgresql"):
                db = str(Path(tmp) / f"{n}.db") if kind == "sqlite" else server.new()
                try:
                    wall, cpu, added = command(db, args.ner)
                finally:
                    if kind == "postgresql":
                        server.drop(db)
                print(f"| {n} | {kind} | {wall:.1f} | {cpu:.1f} | {added} | {added / wall:.1f} |")
        print()
        print("In-process, `Store.write_batch` timed (one ingest each):")
        for kind in ("sqlite", "postgresql"):
            db = Path(tmp) / "inproc.db" if kind == "sqlite" else server.new()
            try:
                spent, batches, added = in_process(db, args.ner)
            finally:
                if kind == "postgresql":
                    server.drop(str(db))
            print(
                f"- {kind}: {spent:.2f} s writing {added} articles in {batches} batches "
                f"({spent / max(added, 1) * 1000:.1f} ms per article)"
            )


if __name__ == "__main__":
    main()
