"""Whether an article belongs to a story: a small logistic model over what they share.

The clusterer scores each candidate story of an article on a few features (`FEATURES`)
and joins the most probable one when its probability reaches the model's `join` level.
How the features weigh is learned, not set by hand: `training/fit_story_pairs.py` fits the
model on ITN dev blurbs and MEANTIME articles (an oracle stream: each article is scored
against the gold stories built so far, the label is whether a candidate is its own) and
writes `pairs.json`, whose numbers the model card in benchmarks/RESULTS.md explains.

Two models are kept: `meaning` for an article and a story that both have an embedding
(the accurate tier's `newsweave.meaning` stage), and `keys` for everything else (the fast
tier, or a story whose articles have none), which sees only the key features.
Features are read by name: a model that names a feature this module does not compute
fails when it is loaded, not with a silent zero.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

# What a pair is described by (`pair_features` computes them):
#   key        cosine of the article's weighted keys and the story's mean ones
#   key_short  `key` over the similarity an article of its size needs (`threshold_for`),
#              capped at 3: a blurb's few keys can only cover a small part of a story's
#   actors     cosine of the people, organisations and places they mention
#   story      log(1 + the story's articles)
#   gap        log(1 + days between the article and the story's newest article)
#   same       1 when the story has an article in the article's language
#   meaning    cosine of the article's embedding and the story's mean one
#   closest    the highest cosine of the article's embedding with one of the story's
#   meaning_same, closest_same   the two above when `same` is 1 (a translation or a report
#              in one language sits closer in meaning than reports across languages do)
# The article's own length is no feature: in the training sets it told MEANTIME's
# translations (long, always one story) from ITN's blurbs, and a model with it joined
# long articles too readily (keys only: MEANTIME 0.947 with it, 0.992 without).
FEATURES = (
    "key",
    "key_short",
    "actors",
    "story",
    "gap",
    "same",
    "meaning",
    "closest",
    "meaning_same",
    "closest_same",
)
KEY_FEATURES = FEATURES[:6]
MAX_KEY_SHORT = 3.0


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic regression over standardised features: p = σ(b + Σ wᵢ (xᵢ - μᵢ) / σᵢ)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        names = tuple(data["features"])
        unknown = [n for n in names if n not in FEATURES]
        if unknown:
            raise ValueError(f"the story pair model names unknown features: {unknown}")
        model = cls(
            names,
            tuple(map(float, data["mean"])),
            tuple(map(float, data["scale"])),
            tuple(map(float, data["weights"])),
            float(data["bias"]),
        )
        if not len(names) == len(model.mean) == len(model.scale) == len(model.weights):
            raise ValueError("the story pair model's features and numbers differ in length")
        return model

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
        }

    def probability(self, x: dict[str, float]) -> float:
        z = self.bias
        for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.weights, strict=True):
            z += w * (x[name] - mu) / sd
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@dataclass(frozen=True, slots=True)
class PairModels:
    """The two models and the probability at which an article joins a story."""

    meaning: PairModel
    keys: PairModel
    join: float

    def probability(self, x: dict[str, float]) -> float:
        """P(same story) of a pair: by `meaning` when `x` has the meaning features."""
        return (self.meaning if "meaning" in x else self.keys).probability(x)


def pair_features(
    key: float,
    threshold: float,
    actors: float,
    story_size: int,
    gap_days: float,
    same_language: bool,
    meaning: tuple[float, float] | None,
) -> dict[str, float]:
    """The features of one article–story pair (see `FEATURES`); `meaning`: the cosine
    with the story's mean embedding and the highest with one of its articles, or None
    when the article or the story has no embedding."""
    same = 1.0 if same_language else 0.0
    x = {
        "key": key,
        "key_short": min(key / threshold, MAX_KEY_SHORT),
        "actors": actors,
        "story": math.log(story_size + 1),
        "gap": math.log1p(abs(gap_days)),
        "same": same,
    }
    if meaning is not None:
        mean, closest = meaning
        x |= {
            "meaning": mean,
            "closest": closest,
            "meaning_same": mean * same,
            "closest_same": closest * same,
        }
    return x


@lru_cache(maxsize=1)
def load() -> PairModels:
    """The fitted models shipped with newsweave (`pairs.json`)."""
    data = json.loads(resources.files(__package__).joinpath("pairs.json").read_text("utf-8"))
    models = PairModels(
        PairModel.from_json(data["meaning"]), PairModel.from_json(data["keys"]), float(data["join"])
    )
    if set(models.keys.features) - set(KEY_FEATURES):
        raise ValueError("the story pair model for keys only uses meaning features")
    return models
