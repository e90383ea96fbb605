"""How long linking a story's names takes as the story grows: `newsweave.stories.linking.link`
on N people (names drawn from training/data/itn_people.jsonl, every script) plus as many
places, run `--repeat` times; the store runs it in the writer's transaction each time a
story grows.

    python benchmarks/name_links.py [--sizes 20,100,300] [--repeat 3] [--vectors]

`--vectors`: with the people's name vectors (the accurate tier's embedder, as the ingest
computes them), as a store of the accurate tier links.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from newsweave.entities.keys import entity_id
from newsweave.stories.linking import link

GOLD = Path(__file__).resolve().parents[1] / "training" / "data" / "itn_people.jsonl"


def story(size: int, seed: int = 0) -> dict[str, tuple[str, str, int]]:
    names = sorted({p["text"] for line in GOLD.open(encoding="utf-8")
                    for p in json.loads(line)["people"]})  # fmt: skip
    rng = random.Random(seed)
    chosen = rng.sample(names, min(size, len(names)))
    out = {entity_id(n, "PER"): ("PER", n, rng.randint(1, 9)) for n in chosen}
    out.update({f"loc:place-{i}": ("LOC", f"Place{i}", 1) for i in range(size)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20,100,300")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--vectors", action="store_true", help="with name vectors")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        names = story(size)
        vectors = None
        if args.vectors:
            from newsweave.encoder.embedder import load_embedder, packaged_folder

            ids = sorted(e for e, v in names.items() if v[0] == "PER")
            rows = load_embedder(str(packaged_folder())).embed_texts([names[e][1] for e in ids])
            vectors = dict(zip(ids, rows, strict=True))
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            found = link(names, vectors)
            best = min(best, time.perf_counter() - start)
        people = sum(1 for v in names.values() if v[0] == "PER")
        print(f"{people:4d} people: {best * 1000:8.1f} ms, {len(found)} links")


if __name__ == "__main__":
    main()
