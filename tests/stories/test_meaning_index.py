"""The open stories' mean embeddings (`newsweave.stories.meaning_index`)."""

import numpy as np

from newsweave.stories.meaning_index import MeaningIndex, centroid


def unit(*values: float) -> np.ndarray:
    v = np.array(values, np.float32)
    return v / np.linalg.norm(v)


def test_the_nearest_stories_come_first_and_closed_ones_not_at_all():
    index = MeaningIndex()
    index.set(1, unit(1, 0, 0))
    index.set(2, unit(0, 1, 0))
    index.set(3, unit(1, 1, 0))
    assert index.nearest(unit(1, 0.1, 0), 2) == [1, 3]
    index.remove(1)
    assert index.nearest(unit(1, 0.1, 0), 2) == [3, 2]
    index.set(4, unit(0, 0, 1))  # takes the freed row
    assert len(index) == 3 and index.nearest(unit(0, 0, 1), 1) == [4]
    index.set(3, None)  # a story left without embeddings
    assert 3 not in index.nearest(unit(1, 1, 0), 5)


def test_many_stories_grow_the_matrix():
    index = MeaningIndex()
    rng = np.random.default_rng(0)
    vectors = {sid: unit(*rng.normal(size=8)) for sid in range(1, 201)}
    for sid, v in vectors.items():
        index.set(sid, v)
    assert index.nearest(vectors[137], 1) == [137]


def test_a_mean_is_the_same_whatever_order_its_articles_came_in():
    rng = np.random.default_rng(1)
    vectors = {f"a{i}": unit(*rng.normal(size=16)) for i in range(30)}
    backwards = dict(reversed(list(vectors.items())))
    assert centroid(vectors).tobytes() == centroid(backwards).tobytes()
    assert centroid({}) is None
