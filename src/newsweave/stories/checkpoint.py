"""A story clusterer's state as plain JSON, to save it and load it back exactly.

A clusterer's state is a pure function of its assignments in the order they were made
(`StoryClusterer.restore` replays one), so a store could rebuild it by replaying every
assignment it holds; that costs the whole stream at every start. A checkpoint is that
state after some assignment, saved (`newsweave.store.stories.checkpoint`) so that a resume
replays only the assignments after it.

Everything the next assignment depends on is kept, exactly: floats as Python writes them
(`repr` round-trips a float to the bit), times as ISO strings with their microseconds, and
every mapping in its order (a story's sums are added up in the order of its keys). The
keys of the articles still in a story's window are not copied: they are the articles'
stored keys, which the loader passes back in (`recent_articles` says which); nor are the
embeddings of a story's articles (`embedded_articles`). The index of keys to stories is
the inverse of the stories' keys and is rebuilt, as are the stories' mean embeddings; the
log of merges (`StoryClusterer.merges`) is history, kept by the store, and starts empty.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import numpy as np

from newsweave.stories.cluster import Story, StoryClusterer

FORMAT = 2  # bumped when the state's shape changes; a checkpoint of another is not read


def params(clusterer: StoryClusterer) -> dict[str, Any]:
    """What a checkpoint is only valid for: the clusterer's settings and this format."""
    window = clusterer.window
    return {
        "format": FORMAT,
        "threshold": clusterer.threshold,
        "window": None if window is None else window.total_seconds(),
        "merge_threshold": clusterer.merge_threshold,
        "full_size": clusterer.full_size,
    }


def snapshot(clusterer: StoryClusterer) -> dict[str, Any]:
    """The clusterer's state as JSON-ready data."""
    c = clusterer
    return {
        "df": list(c.df.items()),
        "seen": c.seen,
        "unit": c._unit,
        "clock": _time(c._clock),
        "latest": _time(c.latest),
        "sweeps": c._sweeps,
        "expired": _time(c._expired),
        "next_id": c.next_id,
        "position": c.position,
        "stories": [_story(s) for s in c.stories.values()],
    }


def recent_articles(state: Mapping[str, Any]) -> list[str]:
    """The articles whose keys `restored` needs: those still in a story's window."""
    return [recent[1] for s in state["stories"] for recent in s["recent"]]


def embedded_articles(state: Mapping[str, Any]) -> list[str]:
    """The articles whose embeddings `restored` needs: those a story holds (still in its
    window, or all of them without a window) that had one."""
    return [article for s in state["stories"] for article in s["embedded"]]


def restored(
    state: Mapping[str, Any],
    clusterer: StoryClusterer,
    keys: Mapping[str, Counter[str]],
    vectors: Mapping[str, np.ndarray],
) -> StoryClusterer:
    """`clusterer` (new, with the settings the checkpoint was made with) holding `state`;
    `keys`: the stored keys of `recent_articles`; `vectors`: the stored embeddings of
    `embedded_articles`."""
    c = clusterer
    c.df = Counter(dict(state["df"]))
    c.seen = state["seen"]
    c._unit = state["unit"]
    c._clock = _parse(state["clock"])
    c.latest = _parse(state["latest"])
    c._sweeps = state["sweeps"]
    c._expired = _parse(state["expired"])
    c.next_id = state["next_id"]
    c.position = state["position"]
    c.stories = {}
    c.index = {}
    for data in state["stories"]:
        story = Story(
            data["id"],
            articles=list(data["articles"]),
            keys=Counter(dict(data["keys"])),
            actors=Counter(dict(data["actors"])),
            first=_parse(data["first"]),
            last=_parse(data["last"]),
            squares=data["squares"],
            recent=deque((_parse(w), a, keys[a], lang) for w, a, lang in data["recent"]),
            languages=Counter(dict(data["languages"])),
            vectors={a: vectors[a] for a in data["embedded"]},
        )
        c.stories[story.id] = story
        c.meanings.set(story.id, story.mean_meaning())
        for key in story.keys:
            c.index.setdefault(key, set()).add(story.id)
    return c


def _story(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "articles": s.articles,
        "keys": list(s.keys.items()),
        "actors": list(s.actors.items()),
        "first": _time(s.first),
        "last": _time(s.last),
        "squares": s.squares,
        "recent": [[_time(when), article, lang] for when, article, _, lang in s.recent],
        "languages": list(s.languages.items()),
        "embedded": list(s.vectors),
    }


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
