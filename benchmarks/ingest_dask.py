"""Ingest throughput on a Dask cluster against one process and `--jobs 2` (issue 15).

    python benchmarks/ingest_dask.py [--copies 10] [--accurate-copies 1] [--rounds 2]
                              [--tiers fast,accurate] [--configs single,jobs2,dask1,dask2]

Builds the bundled sample corpus (220 articles) replicated `--copies` times as JSONL, a
distinct closing line per copy so that every article is new, then runs the command line
as a user does — `newsweave ingest CORPUS --db FRESH --ner TIER [OPTION]`, a fresh
process and database each time — with each configuration:

    single   no option (one process)
    single1t no option, numpy's BLAS on one thread as in a Dask worker (not by default)
    jobs2    --jobs 2 (a local process pool)
    dask1    --dask local:1 (a local Dask cluster of 1 worker process)
    dask2    --dask local:2

interleaved inside each round (the order turned by one each round) so that all see the
same load from whatever else runs on the machine. Prints for each run the wall time,
articles/s, the CPU time of the command and its workers, and the load average before
it; then per tier and configuration the best and median articles/s, and the ratios the
issue sets targets for (dask2 / single >= 1.7; single / dask1 - 1 <= 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from newsweave.article import Article  # noqa: E402
from newsweave.cli.ingest import sample_corpus  # noqa: E402
from newsweave.ingest import read  # noqa: E402

CONFIGS = {
    "single": [],
    "single1t": [],
    "jobs2": ["--jobs", "2"],
    "dask1": ["--dask", "local:1"],
    "dask2": ["--dask", "local:2"],
}
# Dask's nanny starts each worker with one thread for numpy's BLAS (OMP_NUM_THREADS,
# OPENBLAS_NUM_THREADS, MKL_NUM_THREADS = 1); "single1t" is one process with the same,
# to tell that apart from what the cluster itself does.
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def corpus(path: Path, copies: int) -> int:
    """The sample `copies` times over as JSONL; returns the number of articles."""
    base = [a for a in read(sample_corpus()) if isinstance(a, Article)]
    with path.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for a in base:
                row = {
                    "text": f"{a.text}\n\nCopy {copy}.",
                    "title": a.title,
                    "published": a.published.isoformat() if a.published else None,
                    "source": a.source,
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return copies * len(base)


def run(corpus_path: Path, db: Path, tier: str, name: str) -> tuple[float, float, str]:
    """(wall s, CPU s of the command and its worker processes, the summary's first line)."""
    option = CONFIGS[name]
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(SRC), **(ONE_THREAD if name == "single1t" else {})}
    command = [sys.executable, "-m", "newsweave.cli", "ingest", str(corpus_path), "--db", str(db)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [*command, "--ner", tier, *option], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        said = f"{' '.join(command)} --ner {tier} {' '.join(option)}: exit {done.returncode}"
        raise SystemExit(f"{said}\n{done.stderr}")
    added = next((ln for ln in done.stderr.splitlines() if "added" in ln), "")
    return wall, cpu, added.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=10, help="copies of the sample, fast tier")
    ap.add_argument("--accurate-copies", type=int, default=1, help="copies, accurate tier")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--tiers", default="fast,accurate")
    ap.add_argument("--configs", default="single,jobs2,dask1,dask2")
    args = ap.parse_args()
    tiers = args.tiers.split(",")
    configs = args.configs.split(",")
    rates: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tier in tiers:
            copies = args.copies if tier == "fast" else args.accurate_copies
            path = Path(tmp) / f"sample-x{copies}.jsonl"
            n = corpus(path, copies)
            print(f"== --ner {tier}: {n} articles (the sample x{copies})", flush=True)
            for r in range(args.rounds):
                turned = configs[r % len(configs) :] + configs[: r % len(configs)]
                for name in turned:
                    load = os.getloadavg()[0]
                    wall, cpu, added = run(path, Path(tmp) / "b.db", tier, name)
                    rates.setdefault((tier, name), []).append(n / wall)
                    print(
                        f"round {r + 1} {tier:<8} {name:<6}: {wall:6.1f} s wall, "
                        f"{n / wall:5.1f} articles/s, {cpu:6.1f} s CPU, load before {load:.1f}"
                        f" | {added}",
                        flush=True,
                    )
    print("\ntier      config  articles/s best  median")
    for (tier, name), got in rates.items():
        print(f"{tier:<9} {name:<7} {max(got):12.1f} {statistics.median(got):7.1f}")
    for tier in tiers:
        for base in ("single", "single1t"):
            one = rates.get((tier, base))
            if not one:
                continue
            for name in configs:
                if name not in ("single", "single1t") and (tier, name) in rates:
                    best = max(rates[(tier, name)]) / max(one)
                    med = statistics.median(rates[(tier, name)]) / statistics.median(one)
                    print(f"{tier}: {name} / {base} = {best:.2f}x (best), {med:.2f}x (medians)")


if __name__ == "__main__":
    main()
