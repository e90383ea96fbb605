"""Ingest: read inputs, drop exact duplicates, analyse, and store in batch transactions;
each stored article joins its story (`newsweave.stories`) in the same transaction.

Work per article is constant (one indexed lookup of its content hash per batch, one
insert), so ingest time grows linearly with the number of articles. An interrupted run
leaves whole batches stored and is marked `interrupted`; running the same command again
skips what is stored and completes the rest.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from newsweave.analysis import Analyzer, AnalyzerFactory, NotAnalysed
from newsweave.article import Article
from newsweave.ingest import (
    DEFAULT_MAX_BYTES,
    NOT_ARTICLES,
    Deduplicator,
    NotAnArticle,
    Problem,
    read,
)
from newsweave.ingest.problem import MENDED
from newsweave.pipeline import Pipeline, failures
from newsweave.store import Store, StoreBusy
from newsweave.store.store import StoredMeta
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import features
from newsweave.stories.stream import BATCH_SIZE, batches


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
    # files a folder holds that are not articles (README, LICENSE, *.md …), left out
    not_articles: list[NotAnArticle] = field(default_factory=list)
    # analysed articles on which a stage raised (stored all the same, with the note):
    # (origin, stage, message)
    stage_failures: list[tuple[str, str, str]] = field(default_factory=list)
    # what was mended in an input to store it (a date out of range left empty, an unusable
    # id replaced, lone surrogates replaced …): (origin, the article's note)
    mended: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        """0: everything was ingested; 1: some inputs were skipped, or a stage failed on
        some article; 2: nothing could be read. Files left out as not articles are
        reported but are no failure."""
        if (self.problems or self.not_articles) and self.articles_read == 0:
            return 2
        return 1 if self.problems or self.stage_failures else 0


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


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    pipeline: Pipeline,
    *,
    command: str = "ingest",
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    language: str | None = None,
    published: date | None = None,
    skip: Sequence[tuple[str, str]] = NOT_ARTICLES,
    on_article: Callable[[Article], None] | None = None,
    on_skipped: Callable[[int], None] | None = None,
    wait: float = 0.0,
    analyzer: AnalyzerFactory | None = None,
) -> IngestSummary:
    """Ingest `paths` into `store` and return what happened.

    `language`, `published`: the language and date of articles whose input does not
    state them (`with_defaults`). A stored text whose input now states other metadata is
    updated (`corrected`). `skip`: file
    name patterns a folder's files are left out by (see `newsweave.ingest.read`).
    `on_article` is called with each analysed article, `on_skipped` with the number of
    items of a batch that needed no analysis (duplicates, articles already stored,
    problems), so that both together count every item `read` yields.

    With `jobs` > 1 the workers analyse one batch while this process writes the one
    before: reading, writing and clustering stay in this process (the single writer).
    `analyzer` runs the analysis elsewhere instead (`newsweave.scale.DaskAnalyzer`: a
    Dask cluster), with as many batches in its hands as it says (`Analyses.ahead`); an
    article it could not analyse is a problem of the run, not stored.

    One ingest weaves into a store at a time: while another live process ingests into
    it, this one waits up to `wait` seconds, then raises `StoreBusy` having done nothing
    (`Store.start_run`). The clusterer resumes exactly where the last run stopped, and its
    state is saved when this one completes (`newsweave.store.stories`)."""
    run_id = store.start_run(command, wait=wait)
    summary = IngestSummary(run_id)
    dedup = Deduplicator()
    status = "interrupted"
    try:
        if (unfinished := store.reanalysis()) is not None:
            status = "failed"
            raise StoreBusy(
                f"a re-analysis of {store.where} (started {unfinished.started_at}) is "
                "unfinished and would be woven into stories half rebuilt: run `newsweave "
                "reanalyze` with its options to finish it first; nothing was ingested"
            )
        clusterer = store.clusterer()
        make = analyzer or partial(Analyzer, jobs=jobs)
        with make(pipeline, extra=features) as analyses:
            pending: deque[_Batch] = deque()
            inputs = read(paths, max_bytes=max_bytes, skip=skip)
            for items in batches(inputs, batch_size, counts=_is_article):
                batch = _Batch.sort(items, store, dedup, language, published)
                if on_skipped:
                    on_skipped(len(items) - len(batch.fresh))
                batch.results = analyses.pairs(batch.fresh)  # workers start on it now
                pending.append(batch)
                while len(pending) > analyses.ahead:
                    pending.popleft().write(store, run_id, summary, on_article, clusterer)
            while pending:
                pending.popleft().write(store, run_id, summary, on_article, clusterer)
        store.checkpoint(clusterer)
        status = "complete"
    finally:
        store.finish_run(run_id, status)
    # Problems found while writing (an id reused for another text) are recorded in the run.
    summary.problems = [Problem(p, ln, r) for p, ln, r in store.run_problems(run_id)]
    return summary


def _is_article(item: Article | Problem) -> bool:
    return isinstance(item, Article)


@dataclass
class _Batch:
    """A batch of read items, sorted: articles to analyse and store, and the rest."""

    fresh: list[Article]
    problems: list[Problem]
    not_articles: list[NotAnArticle]
    duplicates: list[tuple[str, str]]
    already: int
    read_now: int
    changed: dict[str, dict] = field(default_factory=dict)  # id -> what `corrected` found
    # (analysed article, its story keys or why it could not be analysed)
    results: Iterator[tuple[Article, Counter[str] | NotAnalysed]] = field(
        default_factory=lambda: iter(())
    )

    @classmethod
    def sort(
        cls,
        items: list[Article | Problem],
        store: Store,
        dedup: Deduplicator,
        language: str | None,
        published: date | None,
    ) -> _Batch:
        read_now = [with_defaults(x, language, published) for x in items if isinstance(x, Article)]
        stored = store.stored_meta([a.content_hash for a in read_now])
        batch = cls(
            fresh=[],
            problems=[
                x for x in items if isinstance(x, Problem) and not isinstance(x, NotAnArticle)
            ],
            not_articles=[x for x in items if isinstance(x, NotAnArticle)],
            duplicates=[],
            already=0,
            read_now=len(read_now),
        )
        for article in read_now:
            first = dedup.check(article)
            if first is not None:
                batch.duplicates.append((article.origin or article.id, first))
            elif article.content_hash in stored:
                fix = corrected(article, stored[article.content_hash])
                if fix is None:
                    batch.already += 1
                else:
                    batch.fresh.append(fix[0])
                    batch.changed[fix[0].id] = fix[1]
            else:
                batch.fresh.append(article)
        return batch

    def write(
        self,
        store: Store,
        run_id: int,
        summary: IngestSummary,
        on_article: Callable[[Article], None] | None,
        clusterer: StoryClusterer,
    ) -> None:
        """Wait for the batch's analysis, then store it in one transaction."""
        analysed: list[Article] = []
        updated: list[Article] = []
        keys: dict[str, Counter[str]] = {}
        for article, article_keys in self.results:
            if on_article:
                on_article(article)
            if isinstance(article_keys, NotAnalysed):
                self.problems.append(
                    Problem(article.origin or article.id, None, article_keys.reason)
                )
                continue
            (updated if article.id in self.changed else analysed).append(article)
            summary.stage_failures += [
                (article.origin or article.id, i.stage, i.message) for i in failures(article)
            ]
            summary.mended += [
                (article.origin or article.id, i.message)
                for i in article.issues
                if i.stage == MENDED
            ]
            keys[article.id] = article_keys
        summary.added += store.write_batch(
            run_id,
            analysed,
            updated=updated,
            already_stored=self.already,
            duplicates=self.duplicates,
            problems=[(p.path, p.line, p.reason) for p in self.problems],
            clusterer=clusterer,
            keys=keys,
        )
        summary.articles_read += self.read_now
        summary.already_stored += self.already
        summary.updated += [(a.origin or a.id, self.changed[a.id]) for a in updated]
        summary.duplicates += self.duplicates
        summary.not_articles += self.not_articles
