"""A clusterer's state is a function of its assignments: replayed, or saved and loaded, it
is the state of the clusterer that made them, to the bit, so the stream goes on alike."""

import json
import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from newsweave.stories import checkpoint
from newsweave.stories.cluster import StoryClusterer

T0 = datetime(2023, 1, 1, tzinfo=UTC)
EVENTS = 40


Item = tuple[str, Counter[str], datetime, np.ndarray | None, str]


def stream(seed: int, n: int = 400) -> list[Item]:
    """Articles about `EVENTS` events over a year, out of date order. An event has eight
    people, places and numbers of its own; an article names two to eight of them (so
    that two first reports may share too little and start two stories, which a fuller
    report later merges), with a country and words from a common pool; its time is its
    event's day plus a few days, and the stream is shuffled. Two in three articles have
    an embedding (their event's direction plus noise), in one of three languages."""
    rng = random.Random(seed)
    gen = np.random.default_rng(seed)
    day = {e: rng.randrange(365) for e in range(EVENTS)}
    direction = {e: gen.normal(size=16) for e in range(EVENTS)}
    kinds = ("per", "per", "city", "org", "n", "md", "pt", "loc")
    items = []
    for i in range(n):
        e = rng.randrange(EVENTS)
        own = [f"{kind}:e{e}-{j}" for j, kind in enumerate(kinds)]
        keys = Counter({k: rng.randint(1, 3) for k in rng.sample(own, rng.randint(2, 8))})
        keys.update({f"country:K{rng.randrange(5)}": 1, f"w:en:w{rng.randrange(300)}": 2})
        when = T0 + timedelta(days=day[e] + rng.randrange(5), hours=rng.randrange(24))
        vector = None
        if rng.random() < 2 / 3:
            v = direction[e] + gen.normal(scale=0.8, size=16)
            vector = (v / np.linalg.norm(v)).astype(np.float32)
        items.append((f"a{i}", keys, when, vector, rng.choice(["da", "de", "zh"])))
    return items


def canonical(c: StoryClusterer) -> str:
    return json.dumps(checkpoint.snapshot(c), sort_keys=False)


# settings under which this stream's stories merge now and then
SETTINGS = {"threshold": 0.5, "merge_threshold": 0.1}


def made(window: timedelta | None, items) -> tuple[StoryClusterer, list]:
    c = StoryClusterer(window=window, **SETTINGS)
    return c, [c.add(*item) for item in items]


@pytest.mark.parametrize("window", [timedelta(days=7), None])
def test_replaying_the_assignments_rebuilds_the_state_exactly(window):
    items = stream(1)
    c, done = made(window, items)
    assert any(a.merged for a in done), "the stream has no merge to replay"
    replayed = StoryClusterer(window=window, **SETTINGS)
    for (article, keys, when, vector, language), a in zip(items, done, strict=True):
        replayed.restore(a.story, article, keys, when, a.merged, vector, language)
    assert canonical(replayed) == canonical(c)


@pytest.mark.parametrize("cut", [1, 57, 200, 399])
def test_a_stream_saved_loaded_and_continued_is_the_stream_uninterrupted(cut):
    window = timedelta(days=7)
    items = stream(1)
    whole, expected = made(window, items)
    first, _ = made(window, items[:cut])
    data = json.loads(json.dumps(checkpoint.snapshot(first)))  # as stored: through JSON
    keys = {a: k for a, k, *_ in items}
    vectors = {a: v for a, _, _, v, _ in items if v is not None}
    loaded = checkpoint.restored(
        data,
        StoryClusterer(window=window, **SETTINGS),
        {a: keys[a] for a in checkpoint.recent_articles(data)},
        {a: vectors[a] for a in checkpoint.embedded_articles(data)},
    )
    rest = [loaded.add(*item) for item in items[cut:]]
    assert rest == expected[cut:]
    assert canonical(loaded) == canonical(whole)


def test_out_of_date_order_a_story_is_open_until_the_clock_passes_its_window():
    """The stream's clock only moves forward: news older than what was seen joins a story
    no later news has closed, and starts a new one where later news closed it."""
    week = timedelta(days=7)
    event = Counter({"per:kim-jong-un": 3, "per:vladimir-putin": 2, "city:2013348": 1})
    later = Counter({"country:MA": 2, "city:2542997": 1, "n:2900": 1})
    old, new = T0, T0 + timedelta(days=60)

    c = StoryClusterer(window=week)
    c.add("later", later, new)
    first = c.add("a", event, old)
    assert c.add("b", event, old + timedelta(hours=2)).story == first.story

    c = StoryClusterer(window=week)
    first = c.add("a", event, old)
    c.add("later", later, new)
    assert c.add("b", event, old + timedelta(hours=2)).story != first.story
