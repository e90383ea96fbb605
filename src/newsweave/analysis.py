"""The default per-article pipeline, and running it in-process or in a process pool."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsweave.article import Article
from newsweave.dates import DateStage
from newsweave.entities.backend import NerBackend
from newsweave.entities.stage import EntityStage
from newsweave.lang import SUPPORTED
from newsweave.language import LanguageStage
from newsweave.pipeline import OnError, Pipeline
from newsweave.quotes.stage import QuoteStage
from newsweave.sentences import SentenceStage


def default_pipeline(
    languages: Sequence[str] = SUPPORTED,
    on_error: OnError = "record",
    ner: NerBackend | str = "bundled",
) -> Pipeline:
    """language -> sentences -> entities -> dates. `ner`: a backend or a `--ner` spec."""
    stages = [
        LanguageStage(languages),
        SentenceStage(),
        EntityStage(ner),
        DateStage(),
        QuoteStage(),
    ]
    return Pipeline(stages, on_error=on_error)


_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _run_one(article: Article) -> Article:
    assert _worker_pipeline is not None
    return _worker_pipeline(article)


class Analyzer:
    """Runs a pipeline over lists of articles, in input order: in-process with jobs=1, else
    in a pool of worker processes that lives as long as the analyzer (use it as a context
    manager). With a pool, stage timings stay in the workers: `pipeline.times` covers
    in-process runs only."""

    def __init__(self, pipeline: Pipeline, jobs: int = 1) -> None:
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self._pool: Any = None

    def __enter__(self) -> Analyzer:
        if self.jobs > 1:
            ctx = multiprocessing.get_context("spawn")
            self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(self.pipeline,))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        if self._pool is None:
            return self.pipeline.run(articles)
        return self._pool.imap(_run_one, articles, chunksize=4)
