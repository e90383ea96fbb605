"""Ingest: read inputs, drop exact duplicates, analyse, and store in batch transactions;
each stored article joins its story (`newsweave.stories`) in the same transaction.

Work per article is constant (one indexed lookup of its content hash per batch, one
insert), so ingest time grows linearly with the number of articles. An interrupted run
leaves whole batches stored and is marked `interrupted`; running the same command again
skips what is stored and completes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.analysis import Analyzer
from newsweave.article import Article
from newsweave.ingest import DEFAULT_MAX_BYTES, Deduplicator, Problem, read
from newsweave.pipeline import Pipeline
from newsweave.store import Store
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import features

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    run_id: int
    added: int = 0
    already_stored: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, same as)
    problems: list[Problem] = field(default_factory=list)
    articles_read: int = 0

    @property
    def exit_status(self) -> int:
        """0: everything was ingested; 1: some inputs were skipped; 2: nothing could be read."""
        if self.problems and self.articles_read == 0:
            return 2
        return 1 if self.problems else 0


def _batches(items: Iterable[Article | Problem], size: int) -> Iterator[list[Article | Problem]]:
    batch: list[Article | Problem] = []
    articles = 0
    for item in items:
        batch.append(item)
        articles += isinstance(item, Article)
        if articles >= size:
            yield batch
            batch, articles = [], 0
    if batch:
        yield batch


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    pipeline: Pipeline,
    *,
    command: str = "ingest",
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    on_article: Callable[[Article], None] | None = None,
) -> IngestSummary:
    """Ingest `paths` into `store` and return what happened."""
    run_id = store.start_run(command)
    summary = IngestSummary(run_id)
    dedup = Deduplicator()
    status = "interrupted"
    try:
        clusterer = store.clusterer()
        with Analyzer(pipeline, jobs) as analyze:
            for batch in _batches(read(paths, max_bytes=max_bytes), batch_size):
                _ingest_batch(store, run_id, batch, dedup, analyze, summary, on_article, clusterer)
        status = "complete"
    finally:
        store.finish_run(run_id, status)
    # Problems found while writing (an id reused for another text) are recorded in the run.
    summary.problems = [Problem(p, ln, r) for p, ln, r in store.run_problems(run_id)]
    return summary


def _ingest_batch(
    store: Store,
    run_id: int,
    batch: list[Article | Problem],
    dedup: Deduplicator,
    analyze: Analyzer,
    summary: IngestSummary,
    on_article: Callable[[Article], None] | None,
    clusterer: StoryClusterer,
) -> None:
    problems = [x for x in batch if isinstance(x, Problem)]
    read_now = [x for x in batch if isinstance(x, Article)]
    stored = store.known([a.content_hash for a in read_now])
    fresh: list[Article] = []
    duplicates: list[tuple[str, str]] = []
    already = 0
    for article in read_now:
        first = dedup.check(article)
        if first is not None:
            duplicates.append((article.origin or article.id, first))
        elif article.content_hash in stored:
            already += 1
        else:
            fresh.append(article)
    analysed = []
    for article in analyze(fresh):
        analysed.append(article)
        if on_article:
            on_article(article)
    summary.added += store.write_batch(
        run_id,
        analysed,
        already_stored=already,
        duplicates=duplicates,
        problems=[(p.path, p.line, p.reason) for p in problems],
        clusterer=clusterer,
        keys={a.id: features(a) for a in analysed},
    )
    summary.articles_read += len(read_now)
    summary.already_stored += already
    summary.duplicates += duplicates
