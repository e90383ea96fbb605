"""Streaming story clustering as the stream grows to 100,000 articles: time per article must
stay flat and memory must stay bounded by the time window, not the corpus.

    python benchmarks/stories_scale.py [--sizes 1000,10000,100000] [--window-days 7]
        [--per-day 300] [--unbounded-size 10000] [--rare-share 0.05] [--limit 0] [--profile]

What is measured: `StoryClusterer.add` (newsweave.stories.cluster) over a simulated news
feed of N articles, one fresh clusterer per N, with `window=timedelta(days=--window-days)`;
plus one run of `--unbounded-size` articles with `window=None` for contrast. Only the `add`
calls are timed (time.perf_counter around each call); building the stream is not.

How the feed is made:

1. Real articles, analysed once. The MEANTIME news articles (480: en, es, it, nl) and the
   English Wikinews 2019–2020 articles (295) under ../shared/data/news/ are run through
   `default_pipeline()` and `stories.features.features` once each (this time is printed
   separately). Without ../shared, the sample corpus that ships in the package is used.
2. Replication. Stream position j (0 ≤ j < N) is base article `perm_k[j mod B]` in epoch
   k = j div B (B real articles; `perm_k` is a seeded shuffle per epoch, so each epoch
   mixes languages and topics). Its id is `<base id>~<k>` (unique), and its time is
   `2020-01-01 + j × (1 day / --per-day)`: evenly spaced, in time order, N / 300 days for
   the default 300 articles a day (a mid-size feed). An epoch thus spans B / 300 ≈ 2.6 days.
3. Perturbed keys. In copy k, every key that is not a word (`w:`) and occurs in at most
   `--rare-share` (5%) of the B real articles — the names, places, numbers, dates and name
   skeletons that identify one story — is renamed `<key>~<k>`. Words and common keys
   (country:US, n:2008, per:steve-jobs…) stay as they are. Why: an unaltered copy would join
   the story of its previous copy a few days earlier, so a few hundred stories would be fed
   for ever, never expire, and grow without end — not a news feed. With renamed rare keys,
   each epoch tells new stories in the same words and about the same well-known actors, so
   the vocabulary, the key-frequency table and the index see the churn of a real feed. The
   "cross-epoch" column checks it: the share of copies that join a story holding a copy of
   the same real article from another epoch (near 0 means the copies are distinct stories).
4. Turned embeddings. The real articles' embeddings (the accurate tier's meaning stage) are
   multiplied, in copy k, by a random rotation of its own (seeded): within an epoch the
   articles are as close in meaning as the real ones, across epochs no closer than
   unrelated texts, as the renamed keys make them. `--keys-only` runs every size a second
   time without embeddings (the fast tier's stories), in the same process: the peer the
   meaning path's cost is read against.

Reported per run: seconds in `add`, µs per article over the whole stream and over its first
and last 10% (flatness: equal first and last values across N mean linear total time), and
at the end the live stories (and the size of the largest), index keys and key-frequency (df)
entries, the stories created and merges, and memory. Each run is made in a child process
forked after the analysis (Linux), so that it starts from the same heap and no run inherits
the freed memory of an earlier one; in the child VmHWM starts at the current RSS, so "peak
RSS growth" is the child's VmHWM minus its VmRSS at the start (the clusterer's structures at
their largest, plus garbage not yet collected), and "run peak RSS" is the child's VmHWM (the
real articles and loaded models included; the analysis peak, in the parent, is not). Without
fork the runs are made in-process and the growth is VmRSS after minus before. The live counts
are the bounded-memory evidence: with a window they should stop growing once the stream is
longer than the window; without one they grow with N.
`--profile` reruns the largest size under cProfile and prints the functions that take the
most time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import platform
import pstats
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.cli import sample_corpus
from newsweave.ingest import read
from newsweave.stories import cluster
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import features

SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data" / "news"
REAL = (
    DATA / "meantime" / "meantime.derived.jsonl",
    DATA / "wikinews-en" / "wikinews_en_2019_2020.derived.jsonl",
)
START = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
SEP = "~"  # between a real id or key and the epoch of the copy


@dataclass(slots=True)
class Base:
    """One real article, analysed: its id and keys, and which of them are rare."""

    id: str
    keys: Counter[str]
    rare: frozenset[str]
    embedding: np.ndarray | None
    language: str | None


@dataclass(slots=True)
class Run:
    n: int
    window: int | None
    meaning: bool
    seconds: float
    us_all: float
    us_first: float
    us_last: float
    live: int
    largest: int
    index: int
    df: int
    created: int
    merges: int
    cross: float
    rss_mb: float
    peak_mb: float


def read_news(paths: tuple[Path, ...] = REAL) -> list[Article]:
    """The articles of the derived news JSONL files under ../shared/data/news."""
    out: list[Article] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                published = dt.date.fromisoformat(r["date"]) if r.get("date") else None
                out.append(
                    Article(
                        r["text"],
                        id=r["id"],
                        title=r.get("title"),
                        language=r.get("lang"),
                        published=published,
                    )
                )
    return out


def rare_keys(keys: list[Counter[str]], rare_share: float) -> list[frozenset[str]]:
    """For each article's keys, those that are no word (`w:`) and occur in at most
    `rare_share` of the articles: the keys a copy renames to tell a new story."""
    df: Counter[str] = Counter(k for ks in keys for k in ks)
    limit = rare_share * len(keys)
    return [frozenset(k for k in ks if not k.startswith("w:") and df[k] <= limit) for ks in keys]


def real_articles(limit: int) -> tuple[list[Article], str]:
    """The real articles to replicate, and where they came from."""
    if all(p.exists() for p in REAL):
        out = read_news()
        source = "MEANTIME (en/es/it/nl) + Wikinews en 2019-2020, ../shared/data/news"
    else:
        out = [a for a in read(sample_corpus()) if isinstance(a, Article)]
        source = "bundled sample corpus (src/newsweave/sample)"
    if limit:  # every k-th article, so that both sources and all languages stay
        out = out[:: max(1, len(out) // limit)][:limit]
    return out, source


def analyse(articles: list[Article], rare_share: float) -> list[Base]:
    """Run the pipeline and `features` once per real article; mark the rare non-word keys."""
    pipe = default_pipeline()
    done = [pipe(a) for a in articles]
    keys = [features(a) for a in done]
    rare = rare_keys(keys, rare_share)
    return [
        Base(a.id, ks, r, a.embedding, a.language)
        for a, ks, r in zip(done, keys, rare, strict=True)
    ]


def rotation(dim: int, seed: int) -> np.ndarray:
    """A random orthogonal matrix (QR of a Gaussian one, signs fixed)."""
    q, r = np.linalg.qr(np.random.default_rng(seed).normal(size=(dim, dim)))
    return (q * np.sign(np.diag(r))).astype(np.float32)


Item = tuple[str, Counter[str], dt.datetime, np.ndarray | None, str | None]


def stream(base: list[Base], n: int, per_day: int, seed: int, meaning: bool) -> Iterator[Item]:
    """N perturbed copies of the real articles, in time order (see the module docstring),
    with their turned embeddings (`meaning`) or none."""
    step = dt.timedelta(days=1) / per_day
    rng = random.Random(seed)
    order: list[int] = []
    turn: np.ndarray | None = None
    for j in range(n):
        epoch, i = divmod(j, len(base))
        if i == 0:
            order = list(range(len(base)))
            rng.shuffle(order)
            dims = next((len(b.embedding) for b in base if b.embedding is not None), 0)
            turn = rotation(dims, seed * 100_003 + epoch) if meaning and dims else None
        b = base[order[i]]
        if epoch == 0:
            keys = Counter(b.keys)
        else:
            tag = f"{SEP}{epoch}"
            keys = Counter({(k + tag if k in b.rare else k): c for k, c in b.keys.items()})
        vector = None
        if turn is not None and b.embedding is not None:
            vector = b.embedding if epoch == 0 else b.embedding @ turn
        yield f"{b.id}{SEP}{epoch}", keys, START + j * step, vector, b.language


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory of this process from /proc/self/status, in MB: now (VmRSS) or its
    peak (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def run(
    base: list[Base],
    n: int,
    window_days: int | None,
    per_day: int,
    seed: int,
    forked: bool,
    meaning: bool = True,
) -> Run:
    """Cluster a fresh stream of `n` articles, timing only `add`."""
    window = dt.timedelta(days=window_days) if window_days is not None else None
    clusterer = StoryClusterer(window=window)
    times = [0.0] * n
    joined = cross = 0
    before = rss_mb()
    clock = time.perf_counter
    for j, (article, keys, when, vector, language) in enumerate(
        stream(base, n, per_day, seed, meaning)
    ):
        t0 = clock()
        got = clusterer.add(article, keys, when, vector, language)
        times[j] = clock() - t0
        story = clusterer.stories[got.story]
        if len(story.articles) > 1:
            joined += 1
            real, _, epoch = article.rpartition(SEP)
            cross += any(
                other.rpartition(SEP)[0] == real and other.rpartition(SEP)[2] != epoch
                for other in story.articles
            )
    after = rss_mb()
    peak = rss_mb("VmHWM")
    tenth = max(1, n // 10)
    total = sum(times)
    result = Run(
        n=n,
        window=window_days,
        meaning=meaning,
        seconds=total,
        us_all=total / n * 1e6,
        us_first=sum(times[:tenth]) / tenth * 1e6,
        us_last=sum(times[-tenth:]) / tenth * 1e6,
        live=len(clusterer.stories),
        largest=max((len(s.articles) for s in clusterer.stories.values()), default=0),
        index=len(clusterer.index),
        df=len(clusterer.df),
        created=clusterer.next_id - 1,
        merges=len(clusterer.merges),
        cross=cross / max(1, joined),
        rss_mb=(peak if forked else after) - before,
        peak_mb=peak,
    )
    del clusterer
    return result


def run_forked(
    base: list[Base], n: int, window_days: int | None, per_day: int, seed: int, meaning: bool
) -> Run:
    """`run` in a child process forked from this one (in-process where fork is missing)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return run(base, n, window_days, per_day, seed, forked=False, meaning=meaning)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def target() -> None:
        child.send(run(base, n, window_days, per_day, seed, forked=True, meaning=meaning))
        child.close()

    proc = ctx.Process(target=target)
    proc.start()
    child.close()
    result: Run = parent.recv()
    proc.join()
    return result


def profile(base: list[Base], n: int, window_days: int | None, per_day: int, seed: int) -> None:
    """Where the time of `add` goes, for one run (cProfile, top 15 by own time)."""
    items = list(stream(base, n, per_day, seed, meaning=True))
    window = dt.timedelta(days=window_days) if window_days is not None else None
    clusterer = StoryClusterer(window=window)
    prof = cProfile.Profile()
    prof.enable()
    for item in items:
        clusterer.add(*item)
    prof.disable()
    print(f"\ncProfile, {n:,} articles, window {window_days} days:")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(15)


def machine() -> str:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), ""
            )
    except OSError:
        pass
    cpu = model or platform.processor() or platform.machine()
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated stream sizes")
    ap.add_argument("--window-days", type=int, default=7)
    ap.add_argument("--per-day", type=int, default=300, help="simulated articles a day")
    ap.add_argument(
        "--unbounded-size", type=int, default=10_000, help="size of the window=None run; 0: none"
    )
    ap.add_argument(
        "--rare-share",
        type=float,
        default=0.05,
        help="non-word keys in at most this share of the real articles are renamed per copy",
    )
    ap.add_argument("--limit", type=int, default=0, help="use only this many real articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="cProfile the largest windowed run")
    ap.add_argument(
        "--keys-only", action="store_true", help="run each size again without embeddings"
    )
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    # The code measured: a hash of the clusterer's source as imported.
    version = hashlib.sha256(Path(cluster.__file__).read_bytes()).hexdigest()[:12]

    articles, source = real_articles(args.limit)
    t0 = time.perf_counter()
    base = analyse(articles, args.rare_share)
    prep = time.perf_counter() - t0
    langs = Counter(a.language or "?" for a in articles)
    mean_keys = sum(len(b.keys) for b in base) / len(base)
    rare = sum(len(b.rare) for b in base) / sum(len(b.keys) for b in base)
    print(f"real articles: {len(base)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"  from {source}")
    print(f"  analysed + features once in {prep:.1f} s (not part of the clustering times)")
    print(f"  {mean_keys:.0f} distinct keys per article; {rare:.0%} of them renamed per copy")
    print(f"RSS after analysis {rss_mb():.0f} MB", flush=True)

    plan: list[tuple[int, int | None, bool]] = [(n, args.window_days, True) for n in sizes]
    if args.keys_only:
        plan += [(n, args.window_days, False) for n in sizes]
    if args.unbounded_size:
        plan.append((args.unbounded_size, None, True))
    runs: list[Run] = []
    for n, window, meaning in plan:
        r = run_forked(base, n, window, args.per_day, args.seed, meaning)
        runs.append(r)
        print(
            f"  N={n:,} window={window} meaning={meaning}: {r.seconds:.1f} s, "
            f"{r.us_all:.0f} µs/article "
            f"(first 10% {r.us_first:.0f}, last 10% {r.us_last:.0f}), live stories {r.live:,}",
            flush=True,
        )

    today = dt.date.today().isoformat()
    print()
    print("## Story clustering scale — `python benchmarks/stories_scale.py`")
    print()
    print(
        f"Machine: {machine()}. Date: {today}. {len(base)} real articles ({source.split(',')[0]}), "
        f"analysed once in {prep:.0f} s, replicated at {args.per_day} articles a day with "
        f"rare keys renamed per copy (`--rare-share {args.rare_share}`); only "
        f"`StoryClusterer.add` is timed (stories/cluster.py sha256 {version}); each run in a "
        f"fresh forked process."
    )
    print()
    print(
        "| N | days | window | meaning | add total s | µs/article | first 10% | last 10% "
        "| live stories | largest story | index keys | df keys | stories created | merges "
        "| cross-epoch | peak RSS growth MB | run peak RSS MB |"
    )
    print("|" + "---|" * 17)
    for r in runs:
        window = f"{r.window} d" if r.window is not None else "none"
        print(
            f"| {r.n:,} | {r.n / args.per_day:.0f} | {window} | {'yes' if r.meaning else 'no'} "
            f"| {r.seconds:.1f} | {r.us_all:.0f} "
            f"| {r.us_first:.0f} | {r.us_last:.0f} | {r.live:,} | {r.largest:,} | {r.index:,} "
            f"| {r.df:,} "
            f"| {r.created:,} | {r.merges:,} | {r.cross:.1%} | {r.rss_mb:.0f} | {r.peak_mb:.0f} |"
        )
    print()
    print(f"Whole run {time.perf_counter() - started:.0f} s.", flush=True)

    if args.profile and sizes:
        profile(base, max(sizes), args.window_days, args.per_day, args.seed)


if __name__ == "__main__":
    main()
