"""Cost of the article embedder: milliseconds an article on one core, and its memory.

    NEWSWEAVE_SHARED=/work/shared PYTHONPATH=src python benchmarks/embedder.py \\
        [--articles 100] [--jsonl ../shared/data/news/meantime/meantime.derived.jsonl]

Threads are pinned to one before numpy loads. Reads the first N articles of the JSONL
(MEANTIME's English, Spanish, Italian and Dutch news by default), splits their sentences
as the pipeline does, then loads the installed embedder (``newsweave-ner-e5-small``) and
reports its load time and the growth of the process's resident memory, and the time to
embed each article one at a time (as the ``meaning`` stage does), after one warm-up round:
the median, the mean and the tokens read.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from newsweave.article import Article  # noqa: E402
from newsweave.encoder.embedder import load_embedder, packaged_folder  # noqa: E402
from newsweave.sentences import split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
MEANTIME = SHARED / "data" / "news" / "meantime" / "meantime.derived.jsonl"


def rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def articles(path: Path, n: int) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            if len(out) == n:
                break
            row = json.loads(line)
            language = row.get("lang") or row.get("language")
            article = Article(row["text"], title=row.get("title"), language=language)
            article.sentences = split_sentences(article.text, language)
            out.append(article)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--jsonl", type=Path, default=MEANTIME)
    args = ap.parse_args()
    docs = articles(args.jsonl, args.articles)
    before = rss_mb()
    t0 = time.perf_counter()
    embedder = load_embedder(str(packaged_folder()))
    load = time.perf_counter() - t0
    after = rss_mb()
    print(f"load: {load:.2f} s; resident memory {before:.0f} -> {after:.0f} MB "
          f"(+{after - before:.0f} MB)")
    for doc in docs:  # warm-up: the tokeniser's word cache, BLAS
        embedder.embed(doc)
    seconds = []
    tokens = []
    for doc in docs:
        text = embedder.text_of(doc)
        tokens.append(min(len(embedder.encoder.encode(text, prefix=embedder.prefix)),
                          embedder.max_tokens))
        t0 = time.perf_counter()
        embedder.embed(doc)
        seconds.append(time.perf_counter() - t0)
    ms = [1000 * s for s in seconds]
    print(f"{len(docs)} articles of {args.jsonl.name}: median {statistics.median(ms):.1f} ms, "
          f"mean {statistics.mean(ms):.1f} ms an article ({statistics.mean(tokens):.0f} tokens "
          f"read on average, {sum(t == embedder.max_tokens for t in tokens)} cut at "
          f"{embedder.max_tokens}); resident memory after: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
