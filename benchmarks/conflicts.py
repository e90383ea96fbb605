"""Every "numbers stated differently" conflict the demo's stories show, with a verdict read
from the judged list, and the precision of what is shown.

    python benchmarks/conflicts.py [--db PATH] [--judged benchmarks/conflicts-demo.md]
        [--out FILE] [--rebuild]

The store: `--db` (default /tmp/conflicts-demo/newsweave.db); when it does not exist (or
with `--rebuild`) it is built exactly as `newsweave demo` builds it: the bundled sample
corpus (220 real articles, en/es/it/nl) through `default_pipeline(ner=bundled)` into a
fresh SQLite file. Story assignment does not read the conflicts, so one store serves the
before and after runs.

For every story (not merged into another), `story_view` is built and each conflict it
shows is printed as one Markdown table row: the story, both values as written, both
articles with their sentence, the confidence and its basis, and the verdict. A conflict
is identified by its key `<article>:<written> vs <article>:<written>` (the two sides
sorted), which is stable across runs; verdicts are read from the rows of `--judged`
whose key column matches (the verdict cell starts with T or F, a reason may follow;
T = a careful reader would check it: both sentences state a quantity of the same thing,
for the same subject and time, and the values differ; F = not). Unjudged conflicts
print `?` and are counted apart, so that precision is never computed over guesses.

Printed at the end: conflicts shown, judged true, judged false, unjudged, and the
precision over the judged ones.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsweave.views.story import story_view

DEFAULT_DB = Path("/tmp/conflicts-demo/newsweave.db")
ROW_KEY = re.compile(r"^\|\s*`([^`]+)`\s*\|")


def build(db: Path) -> None:
    from newsweave.analysis import default_pipeline
    from newsweave.batch import ingest
    from newsweave.cli import sample_corpus
    from newsweave.cli.common import _backend
    from newsweave.store import Store

    db.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = Store(db)
    ingest(store, sample_corpus(), default_pipeline(ner=_backend("bundled")))
    store.close()


def read_verdicts(path: Path | None) -> dict[str, str]:
    """{key: "T" | "F"} from the Markdown rows of a judged list (the last column)."""
    if path is None or not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if (m := ROW_KEY.match(line)) and (
            cells := [c.strip() for c in line.strip("|").split("|")]
        ):
            verdict = cells[-1].strip("* ")[:1]  # "T", "F", "**T** — why", "F — why"
            if verdict in ("T", "F"):
                out[m.group(1)] = verdict
    return out


def written(side: dict) -> str:
    return str(side.get("written", side["value"]))


def key(conflict: dict) -> str:
    sides = sorted(f"{s['article']}:{written(s)}" for s in conflict["stated"])
    return " vs ".join(sides)


def cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--judged", type=Path, default=Path(__file__).with_name("conflicts-demo.md"))
    ap.add_argument("--out", type=Path, help="write the table here as well")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()

    from newsweave.store import Store
    from newsweave.views.stories import list_stories

    if args.rebuild or not args.db.exists():
        print(f"building the demo store at {args.db} …", file=sys.stderr)
        build(args.db)
    verdicts = read_verdicts(args.judged)
    store = Store(args.db)
    rows = [
        "| key | story | A | B | sentence A | sentence B | confidence | basis | verdict |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    counts = {"T": 0, "F": 0, "?": 0}
    stories = list_stories(store, limit=1_000_000)
    for row in sorted(stories, key=lambda r: r.id):
        view = story_view(store, row.id)
        if view is None:
            continue
        for c in view.conflicts:
            k = key(c)
            verdict = verdicts.get(k, "?")
            counts[verdict] += 1
            a, b = c["stated"]
            rows.append(
                "| "
                + " | ".join(
                    [
                        f"`{k}`",
                        f"{row.id} {cell(row.title)[:50]}",
                        f"{a['language']} {cell(written(a))}",
                        f"{b['language']} {cell(written(b))}",
                        cell(a["sentence"]),
                        cell(b["sentence"]),
                        str(c.get("confidence", "")),
                        cell("; ".join(c.get("basis", c.get("about", [])))),
                        verdict,
                    ]
                )
                + " |"
            )
    store.close()
    table = "\n".join(rows)
    print(table)
    shown = sum(counts.values())
    judged = counts["T"] + counts["F"]
    precision = f"{counts['T'] / judged:.3f}" if judged else "n/a"
    summary = (
        f"stories: {len(stories)}; conflicts shown: {shown}; judged true: {counts['T']}, "
        f"false: {counts['F']}, unjudged: {counts['?']}; precision (judged): {precision}"
    )
    print("\n" + summary)
    if args.out:
        args.out.write_text(table + "\n\n" + summary + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
