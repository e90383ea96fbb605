"""The open stories' mean embeddings, to find the stories an article is closest to in
meaning: candidates that share no rare key with it (another script, other words).

Brute force over one matrix row per open story: with a window, the open stories number in
the thousands, and one matrix-vector product over them costs well under a millisecond
(benchmarks/RESULTS.md, "Stories with meaning"). Rows of stories that closed or merged are
zeroed and reused. A story's mean is summed over its articles' vectors in the order of
their ids, so that a story rebuilt from a checkpoint has the same row to the bit.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

GROW = 64  # rows added at a time


def stacked(vectors: Mapping[str, np.ndarray]) -> np.ndarray:
    """`vectors` (article id -> embedding) as one matrix, a row each, in id order."""
    return np.stack([vectors[a] for a in sorted(vectors)])


def unit_mean(matrix: np.ndarray) -> np.ndarray | None:
    """The unit-length mean of a matrix's rows; None when there are none (or they cancel)."""
    if not len(matrix):
        return None
    total = matrix.sum(axis=0, dtype=np.float32)
    norm = float(np.linalg.norm(total))
    return total / norm if norm else None


def centroid(vectors: Mapping[str, np.ndarray]) -> np.ndarray | None:
    """The unit-length mean of `vectors` (article id -> embedding), summed in id order;
    None when there are none."""
    return unit_mean(stacked(vectors)) if vectors else None


class MeaningIndex:
    """Story id -> its mean embedding, with a nearest-stories query."""

    def __init__(self, dim: int | None = None) -> None:
        self.dim = dim
        self.rows: dict[int, int] = {}  # story id -> row
        self.ids: list[int] = []  # row -> story id (0: free)
        self.free: list[int] = []
        self.matrix = np.zeros((0, dim or 0), np.float32)

    def __len__(self) -> int:
        return len(self.rows)

    def set(self, story: int, vector: np.ndarray | None) -> None:
        """Put (or replace) a story's mean; None takes it out."""
        if vector is None:
            self.remove(story)
            return
        if self.dim is None:
            self.dim = len(vector)
            self.matrix = np.zeros((0, self.dim), np.float32)
        row = self.rows.get(story)
        if row is None:
            if not self.free:
                start = len(self.ids)
                self.matrix = np.vstack([self.matrix, np.zeros((GROW, self.dim), np.float32)])
                self.ids += [0] * GROW
                self.free = list(range(start + GROW - 1, start - 1, -1))
            row = self.free.pop()
            self.rows[story] = row
            self.ids[row] = story
        self.matrix[row] = vector

    def remove(self, story: int) -> None:
        row = self.rows.pop(story, None)
        if row is not None:
            self.matrix[row] = 0.0
            self.ids[row] = 0
            self.free.append(row)

    def nearest(self, vector: np.ndarray, k: int) -> list[int]:
        """The ids of the `k` stories whose means are closest to `vector` (ties by id)."""
        if not self.rows or k <= 0:
            return []
        sims = self.matrix @ vector
        ids = np.asarray(self.ids)
        used = np.flatnonzero(ids)
        top = used[np.argpartition(-sims[used], k - 1)[:k]] if len(used) > k else used
        return sorted((int(ids[r]) for r in top), key=lambda s: (-sims[self.rows[s]], s))
