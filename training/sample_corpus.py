"""Rebuild the sample corpus that ships in src/newsweave/sample/ from ../shared/data/news.

    python training/sample_corpus.py [--shared ../shared]

Deterministic: the same input gives byte-identical files. Both sources allow
redistribution with attribution (MEANTIME: CC BY 4.0; Wikinews: CC BY 2.5); the
attribution ships beside the files in ATTRIBUTION.md.

What it writes, to exercise every reader in the demo:
- meantime.jsonl        40 MEANTIME article groups, each in en, es, it, nl (160 articles);
                        no `language` field, so the demo runs language identification
- wikinews/*.txt        40 English Wikinews articles as text files with a header block
- wikinews-feed.rss     20 more as an RSS 2.0 feed
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsweave" / "sample"


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    news = args.shared / "data" / "news"

    meantime = [json.loads(x) for x in (news / "meantime" / "meantime.derived.jsonl").open()]
    groups: dict[str, list[dict]] = {}
    topic_of: dict[str, str] = {}
    for row in meantime:
        groups.setdefault(row["group"], []).append(row)
        topic_of[row["group"]] = row["topic"]
    chosen = []
    for topic in sorted(set(topic_of.values())):
        keys = sorted(k for k in groups if topic_of[k] == topic)
        chosen += keys[:: max(1, len(keys) // 10)][:10]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "wikinews").mkdir(exist_ok=True)
    with (OUT / "meantime.jsonl").open("w", encoding="utf-8") as fh:
        for key in chosen:
            for row in sorted(groups[key], key=lambda r: r["lang"]):
                fh.write(
                    json.dumps(
                        {
                            "id": row["id"],
                            "title": row["title"],
                            "published": row["date"],
                            "source": "Wikinews via MEANTIME"
                            + (" (translation)" if row["translation_of"] else ""),
                            "url": row["url"],
                            "text": row["text"],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )

    wikinews = [
        json.loads(x) for x in (news / "wikinews-en" / "wikinews_en_2019_2020.derived.jsonl").open()
    ]
    wikinews.sort(key=lambda r: (r["date"], r["id"]))
    picked = wikinews[:: len(wikinews) // 60][:60]
    for row in picked[:40]:
        header = (
            f"Title: {row['title']}\nDate: {row['date']}\nSource: Wikinews\nURL: {row['url']}\n\n"
        )
        name = f"{row['date']}-{slug(row['title'])}.txt"
        (OUT / "wikinews" / name).write_text(header + row["text"] + "\n", encoding="utf-8")
    items = []
    for row in picked[40:]:
        when = datetime.fromisoformat(row["date"]).replace(hour=12, tzinfo=UTC)
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in row["text"].split("\n\n"))
        items.append(
            f"<item><title>{escape(row['title'])}</title><link>{escape(row['url'])}</link>"
            f"<guid>{escape(row['url'])}</guid><pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(paragraphs)}</description></item>"
        )
    (OUT / "wikinews-feed.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Wikinews</title><link>https://en.wikinews.org/</link>"
        "<description>English Wikinews articles, 2019–2021 (CC BY 2.5)</description>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n",
        encoding="utf-8",
    )
    print(f"{len(chosen) * 4} MEANTIME articles, {len(picked)} Wikinews articles -> {OUT}")


if __name__ == "__main__":
    main()
