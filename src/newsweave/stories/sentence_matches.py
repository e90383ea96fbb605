"""Which sentence of one article is said again in another: cross-lingual sentence matches.

Each sentence has a unit vector (`newsweave.meaning`). Cosine alone does not tell a
translation from a sentence of a related report: every two sentences of news about one
company sit between 0.8 and 0.9. So a pair is scored by its margin (Artetxe and Schwenk
2019, "ratio margin"): its cosine over the mean of each side's cosine to its `K` nearest
sentences of the other article,

    margin(x, y) = cos(x, y) / ((knn(x) + knn(y)) / 2)

which is about 1 for sentences that are no closer to each other than to anything else, and
above it for a sentence and its translation. Each sentence of `a` gets the sentence of `b`
with the highest margin, kept when it is at least `THRESHOLD`, and (with `mutual`) when that
sentence of `b` has it as its own best too.

The figures behind `K` and `THRESHOLD`: benchmarks/RESULTS.md, "Sentence matches"
(training/eval_sentence_matches.py on MEANTIME).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

K = 4
THRESHOLD = 1.04


@dataclass(frozen=True, slots=True)
class Matches:
    """For each sentence of `a`: the index of its matching sentence of `b` (-1: none), the
    pair's margin and its cosine."""

    index: np.ndarray  # int, (len(a),)
    margin: np.ndarray  # float32
    cosine: np.ndarray  # float32


def _knn_mean(sim: np.ndarray, k: int) -> np.ndarray:
    """Mean of each row's `k` highest values (all of them when a row has fewer)."""
    k = min(k, sim.shape[1])
    if k == sim.shape[1]:
        return sim.mean(axis=1)
    return np.partition(sim, -k, axis=1)[:, -k:].mean(axis=1)


def margins(a: np.ndarray, b: np.ndarray, k: int = K) -> tuple[np.ndarray, np.ndarray]:
    """(margins, cosines) of every sentence of `a` (rows) with every one of `b`, both
    ``(len(a), len(b))``; `a` and `b` are unit rows."""
    cos = np.asarray(a, np.float32) @ np.asarray(b, np.float32).T
    if not cos.size:
        return cos, cos
    denominator = (_knn_mean(cos, k)[:, None] + _knn_mean(cos.T, k)[None, :]) / 2
    return cos / np.maximum(denominator, np.float32(1e-6)), cos


def match(a: np.ndarray, b: np.ndarray, k: int = K, threshold: float = THRESHOLD,
          mutual: bool = True) -> Matches:
    """Each sentence of `a`'s match in `b` (module docstring)."""
    n = len(a)
    if not n or not len(b):
        return Matches(np.full(n, -1), np.zeros(n, np.float32), np.zeros(n, np.float32))
    margin, cos = margins(a, b, k)
    best = margin.argmax(axis=1)
    rows = np.arange(n)
    score = margin[rows, best]
    keep = score >= threshold
    if mutual:
        keep &= margin.argmax(axis=0)[best] == rows
    return Matches(np.where(keep, best, -1), score.astype(np.float32),
                   cos[rows, best].astype(np.float32))


# A story's articles are compared pair by pair; in a story of more than `ALL_PAIRS`
# articles each article only with its `NEIGHBOURS` nearest (by the mean of its sentence
# vectors), so the work grows linearly with the story (about 20 µs a pair of articles).
ALL_PAIRS = 40
NEIGHBOURS = 30


@dataclass(frozen=True, slots=True)
class Echo:
    """A sentence of another article that says what a sentence says: that article's
    index (in the list given to `story_matches`), its sentence's index, their cosine and
    their margin."""

    article: int
    sentence: int
    cosine: float
    margin: float


def _pairs(vectors: list[np.ndarray | None]) -> list[tuple[int, int]]:
    """The pairs of articles (i < j) whose sentences are matched."""
    have = [i for i, v in enumerate(vectors) if v is not None and len(v)]
    if len(have) <= ALL_PAIRS:
        return [(a, b) for n, a in enumerate(have) for b in have[n + 1:]]
    means = np.stack([np.asarray(vectors[i], np.float32).mean(axis=0) for i in have])
    means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
    sim = means @ means.T
    np.fill_diagonal(sim, -np.inf)
    near = np.argpartition(-sim, NEIGHBOURS, axis=1)[:, :NEIGHBOURS]
    return sorted({(min(have[r], have[c]), max(have[r], have[c]))
                   for r in range(len(have)) for c in near[r]})


def story_matches(vectors: list[np.ndarray | None], k: int = K,
                  threshold: float = THRESHOLD) -> list[list[list[Echo]] | None]:
    """For each article (its sentence vectors, None where it has none): for each of its
    sentences, the sentences of the other articles that match it (mutual best per pair of
    articles, margin ≥ `threshold`), the highest margin first; None for an article
    without sentence vectors."""
    out: list[list[list[Echo]] | None] = [
        None if v is None else [[] for _ in range(len(v))] for v in vectors]
    for a, b in _pairs(vectors):
        va, vb = vectors[a], vectors[b]
        assert va is not None and vb is not None
        found = match(va, vb, k, threshold, mutual=True)
        side_a, side_b = out[a], out[b]
        assert side_a is not None and side_b is not None
        for i in np.flatnonzero(found.index >= 0):
            j = int(found.index[i])
            cos, margin = float(found.cosine[i]), float(found.margin[i])
            side_a[i].append(Echo(b, j, cos, margin))
            side_b[j].append(Echo(a, int(i), cos, margin))
    for side in out:
        for echoes in side or ():
            echoes.sort(key=lambda e: (-e.margin, e.article))
    return out
