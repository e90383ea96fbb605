"""Work on one long article: seconds and peak memory per size (issue 13, item 2).

    python benchmarks/long_article.py [--sizes 0.5,1,2,5,10] [--cap-gb 3] [--max-chars N]

Builds one English article of each size (in MB of UTF-8) from the real texts of the
bundled sample corpus (the Wikinews articles and MEANTIME's English ones, joined by blank
lines and repeated until the size is reached), and analyses it with the default pipeline
in a fresh child process whose address space is capped at `--cap-gb` (RLIMIT_AS), so a
run that would exhaust the machine fails with MemoryError instead. Prints, per size: the
wall seconds of the analysis, each stage's seconds, the child's peak RSS (ru_maxrss) and
the stage that raised it most, and what the article's issues say. `--max-chars` is passed
to the pipeline (default: the pipeline's, `newsweave.windows.DEFAULT_MAX_CHARS`; 0: no
limit, every character analysed in windows).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MB = 1_000_000
# MEANTIME's articles in the other languages of the sample corpus
OTHER_LANGUAGES = ("meantime-es", "meantime-it", "meantime-nl")


def sample_text(size_mb: float) -> str:
    """Real English news, repeated to `size_mb` MB of UTF-8, cut at a paragraph."""
    from newsweave.article import Article
    from newsweave.cli import sample_corpus
    from newsweave.ingest import read

    texts = [
        a.text.strip()
        for a in read([p for p in sample_corpus() if p.suffix != ".rss"])
        if isinstance(a, Article) and not a.id.startswith(OTHER_LANGUAGES)
    ]
    target = int(size_mb * MB)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts)


def child(size_mb: float, cap_gb: float, max_chars: int | None) -> None:
    """Run in the capped child: analyse one article and print a JSON line."""
    cap = int(cap_gb * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from newsweave.analysis import default_pipeline
    from newsweave.article import Article

    text = sample_text(size_mb)
    kwargs = {"max_chars": max_chars} if max_chars is not None else {}
    pipeline = default_pipeline(**kwargs)
    pipeline(Article("Warm-up: load the language models once before timing.", language="en"))
    pipeline.times.seconds.clear()
    peaks: dict[str, float] = {}

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    base = rss()
    pipeline.stages = [_Measured(stage, peaks, rss) for stage in pipeline.stages]
    article = Article(text, language="en")
    t0 = time.perf_counter()
    article = pipeline(article)
    wall = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "mb": size_mb,
                "chars": len(text),
                "seconds": round(wall, 2),
                "stages": {k: round(v, 2) for k, v in pipeline.times.seconds.items()},
                "peak_rss_mb": round(rss()),
                "before_mb": round(base),
                "raised_mb": {k: round(v) for k, v in peaks.items()},
                "entities": len(article.entities),
                "quotes": len(article.quotes),
                "sentences": len(article.sentences),
                "issues": [f"{i.stage}: {i.message}"[:160] for i in article.issues],
            }
        )
    )


class _Measured:
    """A stage that adds to `peaks[name]` how far it raised the process's peak RSS."""

    def __init__(self, stage: Any, peaks: dict[str, float], rss: Callable[[], float]) -> None:
        self.stage, self.peaks, self.rss = stage, peaks, rss
        self.name, self.needs, self.provides = stage.name, stage.needs, stage.provides
        self.windowed = getattr(stage, "windowed", False)

    def __call__(self, article: Any) -> Any:
        before = self.rss()
        try:
            return self.stage(article)
        finally:
            self.peaks[self.name] = self.peaks.get(self.name, 0.0) + self.rss() - before


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.5,1,2")
    ap.add_argument("--cap-gb", type=float, default=3.0)
    ap.add_argument("--max-chars", type=int, default=None)
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child, args.cap_gb, args.max_chars)
        return
    for size in (float(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(size)]
        cmd += ["--cap-gb", str(args.cap_gb)]
        if args.max_chars is not None:
            cmd += ["--max-chars", str(args.max_chars)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            tail = done.stderr.strip().splitlines()[-1:] or ["?"]
            print(f"{size} MB: child failed after {time.perf_counter() - t0:.1f} s: {tail[0]}")
            continue
        r = json.loads(lines[-1])
        stages = " ".join(f"{k} {v}s" for k, v in r["stages"].items())
        raised = " ".join(f"{k} +{v}" for k, v in r["raised_mb"].items() if v)
        print(
            f"{size} MB ({r['chars']:,} chars): {r['seconds']} s, peak RSS {r['peak_rss_mb']} MB "
            f"(before {r['before_mb']} MB; raised by {raised or 'none'}) | {stages} | "
            f"{r['sentences']} sentences, {r['entities']} entities, {r['quotes']} quotes"
        )
        for issue in r["issues"]:
            print(f"    issue: {issue}")


if __name__ == "__main__":
    main()
