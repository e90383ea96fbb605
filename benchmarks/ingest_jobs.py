"""`newsweave ingest --jobs 1` against `--jobs 2` on the sample corpus, back to back.

    python benchmarks/ingest_jobs.py [--repeat 3] [--src DIR ...] [--breakdown]

Runs the command line as a user does (a fresh process and a fresh database each time)
over `src/newsweave/sample`, alternating --jobs 1 and --jobs 2 so that both see the same
load from whatever else runs on the machine, and prints for each run the wall time, the
CPU time of the command and its workers, and the load average before it. Each `--src`
(a `src` folder of a newsweave checkout) is measured in turn inside each round, so an
old and a new version can be compared under the same load.

`--breakdown` measures, in this process, where one job's time goes: importing spaCy, the
first article (models and lookup tables), the stages, story keys and writing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "newsweave" / "sample"
NEWSWEAVE = Path(sys.executable).with_name("newsweave")


def run(src: Path, jobs: int, db: Path) -> tuple[float, float, int, str]:
    """(wall s, CPU s of the command and its children, exit status, last stderr line)."""
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(NEWSWEAVE), "ingest", str(SAMPLE), "--db", str(db), "--jobs", str(jobs)],
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    added = next((ln for ln in done.stderr.splitlines() if "added" in ln), "")
    return wall, cpu, done.returncode, added.strip()


def breakdown() -> None:
    t0 = time.perf_counter()
    import spacy  # noqa: F401

    spacy_s = time.perf_counter() - t0
    from newsweave.analysis import default_pipeline
    from newsweave.article import Article
    from newsweave.ingest import read
    from newsweave.store import Store
    from newsweave.stories.features import features

    articles = [a for a in read([SAMPLE]) if isinstance(a, Article)]
    pipeline = default_pipeline()
    t0 = time.perf_counter()
    pipeline(articles[0])
    first_s = time.perf_counter() - t0
    pipeline.times.seconds.clear()
    t0 = time.perf_counter()
    analysed = [pipeline(a) for a in articles[1:]]
    stages_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    keys = {a.id: features(a) for a in analysed}
    keys_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "b.db")
        run_id = store.start_run("breakdown")
        t0 = time.perf_counter()
        store.write_batch(run_id, analysed, clusterer=store.clusterer(), keys=keys)
        write_s = time.perf_counter() - t0
        store.close()
    print(f"import spaCy {spacy_s:.2f} s; first article (models, tables) {first_s:.2f} s")
    print(f"the other {len(analysed)} articles: {stages_s:.2f} s")
    for name, s in pipeline.times.seconds.items():
        print(f"  {name:<10} {s:6.2f} s")
    print(f"story keys {keys_s:.2f} s; write and cluster {write_s:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--src", type=Path, action="append", help="a checkout's src folder")
    ap.add_argument("--breakdown", action="store_true")
    args = ap.parse_args()
    if args.breakdown:
        breakdown()
        return
    sources = args.src or [ROOT / "src"]
    walls: dict[tuple[str, int], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeat):
            for src in sources:
                for jobs in (1, 2):
                    load = os.getloadavg()[0]
                    wall, cpu, status, added = run(src, jobs, Path(tmp) / "x.db")
                    walls.setdefault((str(src), jobs), []).append(wall)
                    print(
                        f"round {r + 1} {src} --jobs {jobs}: {wall:5.1f} s wall, {cpu:5.1f} s "
                        f"CPU, load before {load:.1f}, exit {status}: {added}",
                        flush=True,
                    )
    for (src, jobs), times in walls.items():
        print(f"{src} --jobs {jobs}: {min(times):.1f}–{max(times):.1f} s wall ({len(times)} runs)")


if __name__ == "__main__":
    main()
