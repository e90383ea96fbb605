"""Speed of `find_dates` on real news articles.

    python benchmarks/dates.py [--shared ../shared] [--repeat 3] [--show 0]

Reads the MEANTIME articles (en, es, it, nl) and the English Wikinews articles from
`<shared>/data/news`, with each article's `date` as its publication date and `lang` as
its language, and prints articles/s, ms per article (and per 500 words) and how many
dates were found per language. `--show N` prints the first N spans per language.

Recorded (2 cores, Python 3.11, 775 articles, 463 words each on average): 0.45-0.5 ms
per article before issue 12; after it (quarters, seasons, decades, clock times, ranges,
tense cues) ~1.8-2x that in the same runs (benchmarks/RESULTS.md); en 6.2, es 3.8, it 4.4,
nl 4.3 dates per article.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import time
from pathlib import Path

from newsweave.dates import find_dates
from newsweave.dates.patterns import patterns

ROOT = Path(__file__).resolve().parents[1]


def load(shared: Path) -> list[tuple[str, str, dt.date | None]]:
    news = shared / "data" / "news"
    files = [
        news / "meantime" / "meantime.derived.jsonl",
        *sorted(news.glob("wikinews-en/*.jsonl")),
    ]
    rows = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                published = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
                rows.append((r["text"], r["lang"], published))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    rows = load(args.shared)
    languages = sorted({lang for _, lang, _ in rows})
    t0 = time.perf_counter()
    for lang in languages:
        patterns(lang)
    compile_ms = (time.perf_counter() - t0) * 1000

    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for text, lang, published in rows:
            find_dates(text, lang, published)
        best = min(best, time.perf_counter() - t0)

    words = sum(len(text.split()) for text, _, _ in rows)
    found: collections.Counter[str] = collections.Counter()
    unresolved: collections.Counter[str] = collections.Counter()
    articles: collections.Counter[str] = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    for text, lang, published in rows:
        articles[lang] += 1
        for ref in find_dates(text, lang, published):
            found[lang] += 1
            unresolved[lang] += ref.value is None
            if len(shown[lang]) < args.show:
                shown[lang].append(f"{ref.text!r} -> {ref.value}  ({published})")

    n = len(rows)
    print(f"articles: {n}, words: {words} ({words / n:.0f} per article)")
    print(f"pattern compile (once per process, {len(languages)} languages): {compile_ms:.0f} ms")
    print(
        f"find_dates: {n / best:.0f} articles/s, {best / n * 1000:.2f} ms per article, "
        f"{best / words * 500 * 1000:.2f} ms per 500 words (best of {args.repeat})"
    )
    for lang in languages:
        print(
            f"  {lang}: {articles[lang]} articles, {found[lang]} dates "
            f"({found[lang] / articles[lang]:.1f} per article, {unresolved[lang]} unresolved)"
        )
        for line in shown[lang]:
            print("     ", line)


if __name__ == "__main__":
    main()
