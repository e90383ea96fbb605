"""`newsweave reanalyze` against `newsweave ingest` of the same articles, in the same run.

    python benchmarks/reanalyze.py [--copies 1] [--rounds 2] [--ner fast] [--db-url URL]

Each round ingests the sample corpus (×`copies`, a distinct text per copy: the corpus of
`benchmarks/ingest_dask.py`) into a fresh store, then re-analyses that store with the
same analysis, in this process (the library calls the commands make). Printed per round:
wall and CPU time of the ingest and of each phase of the re-analysis (the analysis again;
the stories woven again), articles per second, and the peak RSS of the process. The
analysis is the same in both, so the difference is what re-analysis adds: reading stored
articles back instead of the inputs, replacing annotations, and rebuilding every story.
With `--db-url` (a PostgreSQL server's `postgresql://USER@HOST:PORT/postgres`) the stores
are new databases there.
"""

from __future__ import annotations

import argparse
import resource
import secrets
import sys
import tempfile
import time
from pathlib import Path

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.reanalysis import Progress, options_of, reanalyse
from newsweave.store import Store
from newsweave.windows import DEFAULT_MAX_CHARS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.*, as a script
from benchmarks.ingest_dask import corpus


def new_store(folder: Path, url: str | None, n: int) -> str:
    if url is None:
        return str(folder / f"r{n}.db")
    import psycopg

    name = f"nwbench_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    return url.rsplit("/", 1)[0] + "/" + name


class Clock:
    """Wall and CPU time of each phase a re-analysis tells."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float, float]] = []

    def start(self, phase: str, total: int) -> None:
        self.marks.append((phase, time.perf_counter(), time.process_time()))

    def phases(self, end_wall: float, end_cpu: float) -> dict[str, tuple[float, float]]:
        out = {}
        for i, (phase, wall, cpu) in enumerate(self.marks):
            nxt = self.marks[i + 1][1:] if i + 1 < len(self.marks) else (end_wall, end_cpu)
            out[phase] = (nxt[0] - wall, nxt[1] - cpu)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--ner", default="fast")
    parser.add_argument("--db-url", default=None)
    args = parser.parse_args()
    pipeline = default_pipeline(ner=args.ner)
    options = options_of(args.ner, None, DEFAULT_MAX_CHARS)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "corpus.jsonl"
        corpus(path, args.copies)
        for n in range(1, args.rounds + 1):
            db = new_store(folder, args.db_url, n)
            wall, cpu = time.perf_counter(), time.process_time()
            with Store(db) as store:
                added = ingest(store, [path], pipeline).added
            ingest_wall, ingest_cpu = time.perf_counter() - wall, time.process_time() - cpu
            clock = Clock()
            with Store(db) as store:
                summary = reanalyse(store, pipeline, options, progress=Progress(clock.start))
                phases = clock.phases(time.perf_counter(), time.process_time())
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            (a_wall, a_cpu), (s_wall, s_cpu) = phases["analyse"], phases["stories"]
            print(
                f"round {n}: {added} articles; ingest {ingest_wall:.1f} s ({ingest_cpu:.1f} CPU, "
                f"{added / ingest_wall:.1f}/s); reanalyze: analysis {a_wall:.1f} s "
                f"({a_cpu:.1f} CPU, {summary.analysed / a_wall:.1f}/s), stories {s_wall:.2f} s "
                f"({s_cpu:.2f} CPU, {summary.woven / s_wall:.0f}/s); peak RSS {rss:.0f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
