"""Ingest: read inputs, drop exact duplicates, analyse, and store in batch transactions;
each stored article joins its story (`newsweave.stories`) in the same transaction.

Work per article is constant (one indexed lookup of its content hash per batch, one
insert), so ingest time grows linearly with the number of articles. An interrupted run
leaves whole batches stored and is marked `interrupted`; running the same command again
skips what is stored and completes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from newsweave.analysis import Analyzer
from newsweave.article import Article
from newsweave.ingest import DEFAULT_MAX_BYTES, Deduplicator, Problem, read
from newsweave.pipeline import Pipeline
from newsweave.store import Store
from newsweave.store.store import StoredMeta
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import features

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    run_id: int
    added: int = 0
    already_stored: int = 0
    # stored articles whose metadata this run corrected: (origin, {field: (was, now)})
    updated: list[tuple[str, dict[str, tuple[str | None, str | None]]]] = field(
        default_factory=list
    )
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, same as)
    problems: list[Problem] = field(default_factory=list)
    articles_read: int = 0

    @property
    def exit_status(self) -> int:
        """0: everything was ingested; 1: some inputs were skipped; 2: nothing could be read."""
        if self.problems and self.articles_read == 0:
            return 2
        return 1 if self.problems else 0


def with_defaults(article: Article, language: str | None, published: date | None) -> Article:
    """Give an article the language and date a caller knows (--language, --published)
    where its input states none; what the input states wins."""
    if language and not article.language:
        article.language = language
    if published and not article.published:
        article.published = published
    return article


META = ("title", "published", "language", "source", "url")


def corrected(article: Article, stored: StoredMeta) -> tuple[Article, dict] | None:
    """The stored article with the metadata this input states where it differs (same
    text), and what changed; None when the input adds nothing new. A field the input
    leaves out never erases what is stored."""
    changes: dict[str, tuple[str | None, str | None]] = {}
    for name in META:
        value = getattr(article, name)
        now = value.isoformat() if isinstance(value, date) else value
        was = getattr(stored, name)
        if now is not None and now != was:
            changes[name] = (was, now)
    if not changes:
        return None
    kept: dict[str, object] = {n: getattr(stored, n) for n in META if n not in changes}
    if kept.get("published"):
        kept["published"] = date.fromisoformat(str(kept["published"]))
    return replace(article, id=stored.id, **kept), changes


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
    language: str | None = None,
    published: date | None = None,
) -> IngestSummary:
    """Ingest `paths` into `store` and return what happened. `language` and `published`
    apply to articles whose input does not state them (`with_defaults`)."""
    run_id = store.start_run(command)
    summary = IngestSummary(run_id)
    dedup = Deduplicator()
    status = "interrupted"
    try:
        clusterer = store.clusterer()
        with Analyzer(pipeline, jobs) as analyze:
            inputs = (
                item if isinstance(item, Problem) else with_defaults(item, language, published)
                for item in read(paths, max_bytes=max_bytes)
            )
            for batch in _batches(inputs, batch_size):
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
    stored = store.stored_meta([a.content_hash for a in read_now])
    fresh: list[Article] = []
    changed: dict[str, dict] = {}  # id -> what changed
    duplicates: list[tuple[str, str]] = []
    already = 0
    for article in read_now:
        first = dedup.check(article)
        if first is not None:
            duplicates.append((article.origin or article.id, first))
        elif article.content_hash in stored:
            fix = corrected(article, stored[article.content_hash])
            if fix is None:
                already += 1
            else:
                fresh.append(fix[0])
                changed[fix[0].id] = fix[1]
        else:
            fresh.append(article)
    analysed, updated = [], []
    for article in analyze(fresh):
        (updated if article.id in changed else analysed).append(article)
        if on_article:
            on_article(article)
    summary.added += store.write_batch(
        run_id,
        analysed,
        updated=updated,
        already_stored=already,
        duplicates=duplicates,
        problems=[(p.path, p.line, p.reason) for p in problems],
        clusterer=clusterer,
        keys={a.id: features(a) for a in analysed},
    )
    summary.articles_read += len(read_now)
    summary.already_stored += already
    summary.updated += [(a.origin or a.id, changed[a.id]) for a in updated]
    summary.duplicates += duplicates
