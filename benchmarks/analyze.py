"""Throughput of `analyze` on the bundled sample corpus: articles/s, per-stage time, memory.

    python benchmarks/analyze.py [--repeat 3] [--jobs 1] [--ner accurate]

Reads the sample corpus that ships in the package (220 real articles in en, es, it, nl),
runs the default pipeline in-process and prints articles per second per core, ms per
article for each stage, words per second, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import time

from newsweave.analysis import Analyzer, default_pipeline
from newsweave.article import Article
from newsweave.cli import sample_corpus
from newsweave.ingest import read


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--ner", help="a --ner backend spec (default: newsweave's default)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    articles = [a for a in read(sample_corpus()) if isinstance(a, Article)]
    read_s = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    pipeline = default_pipeline(ner=args.ner) if args.ner else default_pipeline()
    pipeline(Article("Warm-up: load the language models once before timing."))
    pipeline.times.seconds.clear()
    pipeline.times.articles = 0

    t0 = time.perf_counter()
    with Analyzer(pipeline, args.jobs) as analyze:
        for _ in range(args.repeat):
            fresh = [
                Article(a.text, id=a.id, title=a.title, published=a.published) for a in articles
            ]
            for _ in analyze(fresh):
                pass
    wall = time.perf_counter() - t0
    n = len(articles) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median = sorted(len(a.text.split()) for a in articles)[len(articles) // 2]
    print(f"{len(articles)} articles, {words} words (median {median}), read in {read_s:.2f} s")
    print(
        f"analyze x{args.repeat}, jobs={args.jobs}: {n / wall:.1f} articles/s, "
        f"{words * args.repeat / wall:,.0f} words/s, {wall / n * 1000:.2f} ms/article"
    )
    if args.jobs == 1:
        for name, s in pipeline.times.seconds.items():
            print(f"  {name:<10} {s / pipeline.times.articles * 1000:7.3f} ms/article")
    print(f"peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
