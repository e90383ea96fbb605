"""The default per-article pipeline, and running it in-process or in a process pool."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from types import TracebackType
from typing import Any, Protocol

from threadpoolctl import threadpool_limits

from newsweave.article import Article
from newsweave.dates import DateStage
from newsweave.entities.backend import DEFAULT_NER, NerBackend
from newsweave.entities.stage import EntityStage
from newsweave.lang import SUPPORTED
from newsweave.language import LanguageStage
from newsweave.meaning import NameVectorStage, meaning_stage
from newsweave.pipeline import OnError, Pipeline
from newsweave.quotes.stage import QuoteStage
from newsweave.sentences import SentenceStage
from newsweave.windows import DEFAULT_MAX_CHARS, analysed_end, part


def default_pipeline(
    languages: Sequence[str] = SUPPORTED,
    on_error: OnError = "record",
    ner: NerBackend | str = DEFAULT_NER,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    *,
    sentence_vectors: bool = True,
) -> Pipeline:
    """language -> sentences -> [meaning] -> entities -> [name vectors] -> dates -> quotes.
    `ner`: a backend or a `--ner` spec; the meaning stage (the article's embedding,
    `newsweave.meaning`) and the name vectors run with the accurate tier only, whose model
    package holds the embedder. `max_chars`: characters of an article analysed at most (0
    or None: all; see `newsweave.windows`).
    `sentence_vectors`: whether the meaning stage embeds each sentence too (a story page's
    sentence matches; `eval stories` weaves stories only and leaves them out)."""
    entities = EntityStage(ner)
    meaning = meaning_stage(entities.backend, sentences=sentence_vectors)
    stages = [
        LanguageStage(languages),
        SentenceStage(),
        *([meaning] if meaning is not None else []),
        entities,
        *([NameVectorStage(meaning.folder)] if meaning is not None else []),
        DateStage(),
        QuoteStage(),
    ]
    return Pipeline(stages, on_error=on_error, max_chars=max_chars)


_worker_pipeline: Pipeline | None = None
_worker_extra: Callable[[Article], Any] | None = None
_worker_blas: threadpool_limits | None = None

# Articles sent to a worker at a time: enough to keep the pool's queue overhead small,
# few enough that both workers get work from a 200-article batch to its end.
CHUNK = 8


def _set_worker(pipeline: Pipeline | None, extra: Callable[[Article], Any] | None) -> None:
    global _worker_pipeline, _worker_extra
    if pipeline is not None:  # a forked worker has its parent's (warm) pipeline already
        _worker_pipeline = pipeline
    _worker_extra = extra


def _init_worker(pipeline: Pipeline | None, extra: Callable[[Article], Any] | None) -> None:
    global _worker_blas
    _set_worker(pipeline, extra)
    # One BLAS thread per worker: the pool's processes are the parallelism, and numpy's
    # BLAS (the encoder's matrix products) would otherwise start a thread per core in
    # each, which then take the cores from each other (benchmarks/RESULTS.md, "BLAS
    # threads"). Kept for the worker's life.
    _worker_blas = threadpool_limits(limits=1, user_api="blas")


def _run_one(article: Article) -> tuple[Article, Any]:
    assert _worker_pipeline is not None
    article = _worker_pipeline(article)
    return article, extra_of(_worker_pipeline, _worker_extra, article)


def extra_of(pipeline: Pipeline, extra: Callable[[Article], Any] | None, article: Article) -> Any:
    """`extra` of the part of `article` the pipeline analysed (all of it unless it is
    longer than `pipeline.max_chars`), so that its cost is bounded as the analysis is."""
    if extra is None:
        return None
    end = analysed_end(article.text, pipeline.max_chars)
    return extra(article if end == len(article.text) else part(article, 0, end))


@dataclass(frozen=True)
class NotAnalysed:
    """In place of an article's `extra` in `pairs`: the article could not be analysed
    where it was sent (e.g. every worker that took it died), and why. Ingest reports it as
    a problem of its input and does not store it, so running the command again tries it
    again."""

    reason: str


class Analyses(Protocol):
    """What ingest runs the analysis with: `Analyzer` (this machine) or
    `newsweave.scale.DaskAnalyzer` (a Dask cluster). `ahead`: how many batches ingest hands
    over before it waits for the oldest one's results."""

    @property
    def ahead(self) -> int: ...

    def __enter__(self) -> Analyses: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def pairs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Any]]: ...


class AnalyzerFactory(Protocol):
    """How ingest gets its `Analyses`: called with the pipeline and the `extra` function
    (e.g. `functools.partial(newsweave.scale.DaskAnalyzer, client)`)."""

    def __call__(
        self, pipeline: Pipeline, *, extra: Callable[[Article], Any] | None
    ) -> Analyses: ...


def start_method(pipeline: Pipeline) -> str:
    """How worker processes start. "fork" on Linux when every stage says it is safe to
    fork (`fork_safe`, true unless a stage says otherwise): the workers then inherit the
    parent's imports, loaded models and lookup tables (measured: a fresh process spends
    3-5 s importing spaCy and building the place-name tables before its first article).
    Else "spawn", where each worker starts from scratch."""
    safe = all(getattr(stage, "fork_safe", True) for stage in pipeline.stages)
    if safe and sys.platform.startswith("linux"):
        return "fork"
    return "spawn"


class Analyzer:
    """Runs a pipeline over articles, in input order: in-process with jobs=1, else in a
    pool of worker processes that lives as long as the analyzer (use it as a context
    manager). With a pool, stage timings stay in the workers: `pipeline.times` covers
    in-process runs only.

    `extra`: a picklable function of an analysed article (e.g. its story keys) computed
    where the article was analysed, so that a pool does that work in parallel too; see
    `pairs`.

    Where workers fork (`start_method`), the pool starts on the first call, after the
    first article has been analysed in this process: that warms the caches every worker
    then inherits instead of building its own.
    """

    # one batch analysed while the one before is written keeps a pool busy
    ahead = 1

    def __init__(
        self,
        pipeline: Pipeline,
        jobs: int = 1,
        extra: Callable[[Article], Any] | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.extra = extra
        self.method = start_method(pipeline)
        self._pool: Any = None

    def __enter__(self) -> Analyzer:
        if self.jobs > 1 and self.method != "fork":
            self._start_pool()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def _start_pool(self) -> None:
        ctx = multiprocessing.get_context(self.method)
        # a forked worker flushes the parent's buffered output again when it exits
        sys.stdout.flush()
        sys.stderr.flush()
        pipeline = None if self.method == "fork" else self.pipeline
        if self.method == "fork":  # what the workers inherit
            _set_worker(self.pipeline, self.extra)
        self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(pipeline, self.extra))

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        return (article for article, _ in self.pairs(articles))

    def pairs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Any]]:
        """(analysed article, `extra` of it or None) for each article, in input order. With
        a pool the articles are handed to the workers at once and the iterator returned
        straight away, so the caller can do other work (write the previous batch) while
        they are analysed."""
        if self.jobs == 1:
            return (self._here(a) for a in articles)
        items = iter(articles)
        first: list[tuple[Article, Any]] = []
        if self._pool is None:  # fork: warm this process on the first article, then fork
            for article in items:
                first.append(self._here(article))
                break
            if not first:  # nothing to warm up on: start the pool when there is
                return iter(())
            self._start_pool()
        return chain(first, self._pool.imap(_run_one, items, chunksize=CHUNK))

    def _here(self, article: Article) -> tuple[Article, Any]:
        article = self.pipeline(article)
        return article, extra_of(self.pipeline, self.extra, article)
