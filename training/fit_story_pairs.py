"""Fit the story pair model (`newsweave/stories/pairs.json`) on ITN dev and MEANTIME.

    python training/fit_story_pairs.py [--data ../shared/data] [--cache DIR] [--write]

1. Both sets are analysed with the default pipeline (accurate tier: entities and the
   article embedding), cached in --cache (outside git).
2. Each set is streamed in newsweave's stream order through a clusterer that puts every
   article in its gold story (`StoryClusterer.teach`): each candidate story the clusterer
   would score for it is one pair, labelled by whether it is the gold story. ITN is
   streamed without a window (its times are capture times), MEANTIME with the store's
   30-day window.
3. Two logistic regressions (Newton's method, L2 1.0 on the standardised features): one
   on every feature for pairs with meaning, one on the key features only.
4. The join level (one for both models) is chosen on a grid by the mean BCubed F1 of the
   two halves of ITN (split by event), each clustered with the models fitted on the other
   half and MEANTIME, with embeddings (the accurate tier) and without (the fast tier): a
   choice measured on events the models did not see, for both tiers. Then the models are
   fitted on everything, and the clustering of both sets is reported with them.

--write saves pairs.json; without it the script only reports.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.evaluation.stories import BCubed, bcubed, read_groups
from newsweave.stories import pairs
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import features
from newsweave.stories.stream import assign_all, stream_order

WINDOWS = {"itn": None, "meantime": timedelta(days=30)}
FILES = {"itn": "stories/itn_dev.jsonl", "meantime": "news/meantime/meantime.derived.jsonl"}
L2 = 1.0
JOIN_GRID = (0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3)
START = datetime(2000, 1, 1, tzinfo=UTC)  # an undated article's time in an empty stream


def _unfitted(names: Sequence[str]) -> pairs.PairModel:
    n = len(names)
    return pairs.PairModel(tuple(names), (0.0,) * n, (1.0,) * n, (0.0,) * n, 0.0)


# what the oracle stream's clusterer is given: its probabilities are not used
UNFITTED = pairs.PairModels(_unfitted(pairs.FEATURES), _unfitted(pairs.KEY_FEATURES), 0.5)


@dataclass(frozen=True)
class Row:
    article: Article
    keys: Counter[str]
    group: str


def analysed(data: Path, cache: Path) -> dict[str, list[Row]]:
    """Both sets, analysed (from the cache when it holds them)."""
    cache.mkdir(parents=True, exist_ok=True)
    out = {}
    pipeline = default_pipeline()
    for name, rel in FILES.items():
        saved = cache / f"{name}.pickle"
        if saved.exists():  # plain tuples: readable whatever module runs this
            out[name] = [Row(*row) for row in pickle.loads(saved.read_bytes())]
            continue
        rows = []
        for item in read_groups(data / rel):
            article = pipeline(item.article)
            keys = features(article)
            if article.published is None and item.time is not None:  # ITN: the capture day
                article = replace(article, published=item.time.date())
            rows.append(Row(article, keys, item.group))
        saved.write_bytes(pickle.dumps([(r.article, r.keys, r.group) for r in rows]))
        out[name] = rows
        print(f"{name}: {len(rows)} analysed", file=sys.stderr)
    return out


def _ordered(rows: Sequence[Row]) -> list[Row]:
    by_id = {r.article.id: r for r in rows}
    return [by_id[a.id] for a, _ in stream_order([(r.article, r.keys) for r in rows])]


def oracle_pairs(rows: Sequence[Row], window: timedelta | None) -> list[tuple[dict, float]]:
    """(features, label) of every candidate pair in a gold-assigned stream."""
    clusterer = StoryClusterer(window=window, model=UNFITTED)
    gold: dict[str, int] = {}
    story_group: dict[int, str] = {}
    found = []
    for row in _ordered(rows):
        a = row.article
        when = (
            datetime.combine(a.published, datetime.min.time(), UTC)
            if a.published
            else (clusterer.latest or START)
        )
        story = gold.setdefault(row.group, len(gold) + 1)
        story_group[story] = row.group
        for sid, x in clusterer.teach(story, a.id, row.keys, when, a.embedding, a.language):
            found.append((x, 1.0 if story_group[sid] == row.group else 0.0))
    return found


def fit(samples: Sequence[tuple[dict, float]], names: Sequence[str]) -> pairs.PairModel:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    used = [(x, y) for x, y in samples if all(n in x for n in names)]
    X = np.array([[x[n] for n in names] for x, _ in used], np.float64)
    y = np.array([label for _, label in used])
    mean, scale = X.mean(0), X.std(0) + 1e-9
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    penalty = np.diag(np.r_[np.full(len(names), L2), 0.0])
    for _ in range(50):
        p = 1 / (1 + np.exp(-Z @ w))
        gradient = Z.T @ (p - y) + penalty @ w
        hessian = (Z * (p * (1 - p))[:, None]).T @ Z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return pairs.PairModel(
        tuple(names),
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in w[:-1]),
        round(float(w[-1]), 6),
    )


def fit_both(samples: Sequence[tuple[dict, float]], join: float) -> pairs.PairModels:
    return pairs.PairModels(fit(samples, pairs.FEATURES), fit(samples, pairs.KEY_FEATURES), join)


def cluster(rows: Sequence[Row], window: timedelta | None, models: pairs.PairModels) -> BCubed:
    clusterer = StoryClusterer(window=window, model=models)
    placed = assign_all(clusterer, [(r.article, r.keys) for r in rows], now=START)
    return bcubed(placed, {r.article.id: r.group for r in rows})


def blind(rows: Sequence[Row]) -> list[Row]:
    """The rows as the fast tier sees them: without embeddings."""
    return [replace(r, article=replace(r.article, embedding=None)) for r in rows]


def halves(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    groups = sorted({r.group for r in rows})
    random.Random(0).shuffle(groups)
    first = set(groups[::2])
    return [r for r in rows if r.group in first], [r for r in rows if r.group not in first]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("training/output/story-pairs"))
    parser.add_argument("--write", action="store_true", help="save pairs.json")
    args = parser.parse_args()
    sets = analysed(args.data, args.cache)
    itn, mt = sets["itn"], sets["meantime"]
    mt_pairs = oracle_pairs(mt, WINDOWS["meantime"])
    a, b = halves(itn)
    pa, pb = oracle_pairs(a, None), oracle_pairs(b, None)
    report: dict = {"cross_validated": {}}
    for join in JOIN_GRID:
        by_a, by_b = fit_both(pa + mt_pairs, join), fit_both(pb + mt_pairs, join)
        f1 = [cluster(rows, None, models).f1
              for test, models in ((b, by_a), (a, by_b)) for rows in (test, blind(test))]
        report["cross_validated"][join] = round(sum(f1) / len(f1), 4)
        print(f"join {join}: ITN halves by the other half, with meaning {f1[0]:.3f} / "
              f"{f1[2]:.3f}, keys only {f1[1]:.3f} / {f1[3]:.3f}", file=sys.stderr)
    scores = report["cross_validated"]
    join = max(scores, key=lambda j: (scores[j], -j))
    models = fit_both(oracle_pairs(itn, None) + mt_pairs, join)
    itn_all, mt_all = cluster(itn, None, models), cluster(mt, WINDOWS["meantime"], models)
    print(f"join {join} (halves' mean F1 {scores[join]:.3f})")
    itn_keys, mt_keys = (
        cluster(blind(itn), None, models),
        cluster(blind(mt), WINDOWS["meantime"], models),
    )
    print(f"ITN dev   {itn_all.table()}")
    print(f"MEANTIME  {mt_all.table()}")
    print(f"keys only: ITN dev   {itn_keys.table()}")
    print(f"keys only: MEANTIME  {mt_keys.table()}")
    if args.write:
        path = Path(pairs.__file__).with_name("pairs.json")
        data = {
            "about": "newsweave's story pair model: logistic regressions over the features "
            "of newsweave.stories.pairs; fitted by training/fit_story_pairs.py on ITN dev "
            "and MEANTIME (benchmarks/RESULTS.md, 'Stories with meaning')",
            "join": join,
            "meaning": models.meaning.to_json(),
            "keys": models.keys.to_json(),
            "fitted": {
                "pairs": len(oracle_pairs(itn, None)) + len(mt_pairs),
                "join_by_halves": report["cross_validated"],
                "itn_dev_bcubed_f1": round(itn_all.f1, 4),
                "meantime_bcubed_f1": round(mt_all.f1, 4),
                "keys_only_itn_dev_bcubed_f1": round(itn_keys.f1, 4),
                "keys_only_meantime_bcubed_f1": round(mt_keys.f1, 4),
            },
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
