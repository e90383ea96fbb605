"""Two stores compared through the read side (no SQL here), so that the same helper
compares a SQLite store with a PostgreSQL one by URL once the store opens URLs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsweave.store import Store
from newsweave.stories import checkpoint
from newsweave.views.stories import list_stories, story_articles, story_merges, story_of_article

ALL = 10**9


def open_store(db: str | Path) -> Store:
    """A store to read, by path (or, later, by URL)."""
    return Store(db, readonly=True)


def contents(db: str | Path) -> dict[str, Any]:
    """What a store holds: each article with every annotation, each story (as listed, its
    articles with their scores and reasons, the stories merged into it, not the time of
    day they merged), each article's
    story, the clusterer's state, and the counts of each run (not its command or time)."""
    store = open_store(db)
    try:
        articles = {a.id: a for a in store.iter_articles()}
        stories = {
            row.id: (
                row,
                story_articles(store, row.id),
                [merged for merged, _ in story_merges(store, row.id)],  # not when
            )
            for row in list_stories(store, limit=ALL)
        }
        return {
            "articles": articles,
            "stories": stories,
            "membership": {aid: story_of_article(store, aid) for aid in articles},
            "clusterer": json.dumps(checkpoint.snapshot(store.clusterer()), sort_keys=True),
            "runs": [
                (r.status, r.added, r.already_stored, r.duplicates, r.skipped, r.updated)
                for r in store.runs()
            ],
        }
    finally:
        store.close()


def assert_same_store(a: str | Path, b: str | Path, *, runs: bool = True) -> None:
    """The stores at `a` and `b` hold the same articles, annotations and stories (and,
    with `runs`, runs of the same outcome), part by part so that a failure says where."""
    one, two = contents(a), contents(b)
    assert one["articles"].keys() == two["articles"].keys()
    for aid, article in one["articles"].items():
        assert article == two["articles"][aid], f"article {aid} differs"
    assert one["membership"] == two["membership"]
    assert one["stories"].keys() == two["stories"].keys()
    for sid, story in one["stories"].items():
        assert story == two["stories"][sid], f"story {sid} differs"
    assert one["clusterer"] == two["clusterer"]
    if runs:
        assert one["runs"] == two["runs"]
