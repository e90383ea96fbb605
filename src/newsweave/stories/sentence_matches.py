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
