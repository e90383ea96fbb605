"""Ingest time as the store grows to 10,000 articles: it must stay linear.

    python benchmarks/ingest_scale.py [--articles 10000] [--step 1000]

Replicates the bundled sample corpus with a distinct marker sentence per copy (so every
article is new), ingests it into a fresh database in steps, and prints the milliseconds per
article for each step: a flat column means no per-article re-scan of the database.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.batch import ingest
from newsweave.cli import sample_corpus
from newsweave.ingest import read
from newsweave.store import Store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--step", type=int, default=1_000)
    args = ap.parse_args()
    base = [a for a in read(sample_corpus()) if isinstance(a, Article)]
    pipeline = default_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "scale.db")
        made = 0
        print(f"{'stored':>8} {'ms/article':>11}")
        while made < args.articles:
            chunk = Path(tmp) / f"chunk-{made}.jsonl"
            with chunk.open("w", encoding="utf-8") as fh:
                for i in range(made, made + args.step):
                    a = base[i % len(base)]
                    published = a.published.isoformat() if a.published else None
                    row = {
                        "text": f"{a.text}\n\nCopy {i}.",
                        "title": a.title,
                        "published": published,
                    }
                    fh.write(json.dumps(row) + "\n")
            t0 = time.perf_counter()
            summary = ingest(store, [chunk], pipeline)
            dt = time.perf_counter() - t0
            made += args.step
            assert summary.added == args.step, summary
            print(f"{made:>8} {dt / args.step * 1000:>11.2f}", flush=True)
        size = (Path(tmp) / "scale.db").stat().st_size / 1024**2
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"database {size:.0f} MB; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
