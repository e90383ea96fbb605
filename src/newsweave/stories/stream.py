"""The stream policy: in what order, at what time and in which batches articles reach the
story clusterer. One owner, so that `newsweave ingest` (`newsweave.store.stories`),
`newsweave cluster` and `newsweave eval stories` (`newsweave.evaluation.stories`) feed
the clusterer the same way and give the same stories for the same articles.

- Order: within a batch, dated articles in publication order (articles of one day by
  id), then the undated ones (by id).
- Time: a dated article happens at the start of its publication day; an undated one at
  the newest time the stream has seen (it most likely belongs with the latest news it
  arrives with, not with the wall clock's day), or at `now` when the stream is empty.
- Batches: a batch is ordered on its own; the articles of a later batch come after those
  of an earlier one, whatever their dates. Ingest's batches are its write batches
  (`batches`: `BATCH_SIZE` articles as read, one transaction each); `cluster` and `eval`
  hold their whole input and give it as one batch, so they give the stories an ingest of
  the same articles in one batch gives.

Pure: nothing here reads or writes a store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import TypeVar

from newsweave.article import Article
from newsweave.stories.cluster import Assignment, StoryClusterer

BATCH_SIZE = 200  # articles per ingest batch (one transaction each)

T = TypeVar("T")


def article_time(article: Article, fallback: datetime) -> datetime:
    """When an article happened for the stream: its publication date, else `fallback`."""
    if article.published is None:
        return fallback
    return datetime.combine(article.published, datetime.min.time(), UTC)


def stream_order(
    articles: Iterable[tuple[Article, Counter[str]]],
) -> list[tuple[Article, Counter[str]]]:
    """One batch of (article, its keys) in the order it reaches the clusterer: dated
    articles by publication day, then undated ones; ties by id."""
    return sorted(articles, key=lambda pair: _order(pair[0]))


def _order(article: Article) -> tuple[bool, date, str]:
    return article.published is None, article.published or date.min, article.id


def assign(
    clusterer: StoryClusterer,
    articles: Iterable[tuple[Article, Counter[str]]],
    now: datetime | None = None,
) -> Iterator[tuple[Article, Counter[str], datetime, Assignment]]:
    """Put one batch of articles (each with its `newsweave.stories.features` keys) in
    stories, in the stream's order (see the module's doc), and yield (article, keys, its
    stream time, where it went) as each is placed, so that a caller can record one before
    the next is placed. `now`: the time of an undated article in an empty stream (the
    wall clock when not given)."""
    fallback = now or datetime.now(UTC)
    for article, keys in stream_order(articles):
        when = article_time(article, clusterer.latest or fallback)
        placed = clusterer.add(article.id, keys, when, article.embedding, article.language)
        yield article, keys, when, placed


def assign_all(
    clusterer: StoryClusterer,
    articles: Iterable[tuple[Article, Counter[str]]],
    now: datetime | None = None,
) -> dict[str, int]:
    """Each article's story after the whole batch is placed (`assign`): a story that
    merged into another on the way counts as that one."""
    placed: dict[str, int] = {}
    merged: dict[int, int] = {}
    for article, _, _, a in assign(clusterer, articles, now):
        placed[article.id] = a.story
        merged.update(dict.fromkeys(a.merged, a.story))
    for aid, story in placed.items():
        seen = {story}
        while story in merged and merged[story] not in seen:
            story = merged[story]
            seen.add(story)
        placed[aid] = story
    return placed


def batches(
    items: Iterable[T], size: int = BATCH_SIZE, counts: Callable[[T], bool] = lambda _: True
) -> Iterator[list[T]]:
    """`items` in their order, cut after every `size` items that `counts` says are
    articles (ingest reads problems and files that are not articles among them: they
    ride along and count for nothing)."""
    batch: list[T] = []
    n = 0
    for item in items:
        batch.append(item)
        n += counts(item)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch
