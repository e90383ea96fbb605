"""How long linking a story's names takes as the story grows: `newsweave.stories.linking.link`
on N people (names drawn from training/data/itn_people.jsonl, every script) plus as many
places, run `--repeat` times; the store runs it in the writer's transaction each time a
story grows.

    python benchmarks/name_links.py [--sizes 20,100,300] [--repeat 3] [--vectors]

`--vectors`: with the people's name vectors (the accurate tier's embedder, as the ingest
computes them), as a store of the accurate tier links. `--stage N`: also the ingest's cost
of those vectors (`NameVectorStage`) on the sample's first N MEANTIME articles.
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


def stage_cost(n: int) -> None:
    """Print NameVectorStage's time an article on the sample's first `n` MEANTIME articles,
    analysed by the rest of the accurate pipeline first."""
    import statistics

    from newsweave.analysis import default_pipeline
    from newsweave.article import Article
    from newsweave.meaning import NameVectorStage

    sample = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "sample"
    rows = [json.loads(line) for line in
            (sample / "meantime.jsonl").read_text(encoding="utf-8").splitlines()[:n]]  # fmt: skip
    pipeline = default_pipeline(sentence_vectors=False)
    articles = [pipeline(Article(r["text"], id=r["id"], language=r.get("language"),
                                 title=r.get("title"))) for r in rows]  # fmt: skip
    stage = NameVectorStage()
    stage.load()
    times, people = [], []
    for article in articles:
        start = time.perf_counter()
        stage(article)
        times.append(time.perf_counter() - start)
        people.append(len(article.name_vectors or {}))
    print(f"name vectors: median {1000 * statistics.median(times):.1f} ms, mean "
          f"{1000 * statistics.mean(times):.1f} ms an article, "
          f"{statistics.mean(people):.1f} people")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20,100,300")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--vectors", action="store_true", help="with name vectors")
    parser.add_argument("--stage", type=int, default=0, metavar="N",
                        help="time NameVectorStage on N sample articles")
    args = parser.parse_args()
    if args.stage:
        stage_cost(args.stage)
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
