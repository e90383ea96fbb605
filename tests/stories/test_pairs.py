"""The story pair model (`newsweave.stories.pairs`) as shipped, and how it is read."""

import pytest

from newsweave.stories import pairs


def features(key: float, meaning: tuple[float, float] | None = None, **kw) -> dict[str, float]:
    args = {"threshold": 0.2, "actors": 0.5, "story_size": 3, "gap_days": 0.0,
            "same_language": False} | kw  # fmt: skip
    return pairs.pair_features(key, meaning=meaning, **args)


def test_the_shipped_models_load_and_join_more_readily_with_more_shared():
    models = pairs.load()
    assert 0 < models.join < 1
    low, high = (models.probability(features(k)) for k in (0.02, 0.4))
    assert low < models.join <= high
    # meaning: a pair close in meaning is more likely than one far apart, keys alike
    far, near = (models.probability(features(0.05, (m, m))) for m in (0.70, 0.93))
    assert far < near


def test_an_article_without_meaning_is_scored_by_the_keys_only_model():
    models = pairs.load()
    x = features(0.3)
    assert "meaning" not in x
    assert models.probability(x) == models.keys.probability(x)


def test_days_apart_weigh_against_a_pair():
    models = pairs.load()
    same_day, weeks = (models.probability(features(0.2, gap_days=d)) for d in (0, 21))
    assert weeks < same_day


def test_a_model_naming_a_feature_newsweave_does_not_compute_fails_when_read():
    data = pairs.load().keys.to_json()
    data["features"] = ["key", "key_shrot", *data["features"][2:]]
    with pytest.raises(ValueError, match="key_shrot"):
        pairs.PairModel.from_json(data)
    data = pairs.load().keys.to_json() | {"weights": [1.0]}
    with pytest.raises(ValueError, match="differ in length"):
        pairs.PairModel.from_json(data)
