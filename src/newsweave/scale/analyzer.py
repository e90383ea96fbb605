"""`DaskAnalyzer`: the per-article analysis on a Dask cluster, behind the interface of
`newsweave.analysis.Analyzer`, so that ingest (the single writer) is the same whichever
runs it."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import suppress
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsweave.analysis import NotAnalysed
from newsweave.article import Article
from newsweave.pipeline import Pipeline
from newsweave.scale.cluster import ClusterError, workers_of
from newsweave.scale.plugin import PipelinePlugin, analyse_chunk

if TYPE_CHECKING:
    from distributed import Client, Future

# Articles per task: a task costs the worker and the scheduler (in this process, for a
# local cluster) the same whatever it holds, and measured on the sample with the fast
# tier (~40 ms an article) 16 took less CPU than 4 or 8 (benchmarks/RESULTS.md, "Dask
# ingest"); a batch of 200 is still 13 tasks, and `ahead` hands over more batches where
# the cluster has more threads than that.
CHUNK = 16
# Times a task that raised is tried again. A task whose worker died is rescheduled by
# the scheduler on its own (up to `distributed.scheduler.allowed-failures` times).
RETRIES = 2
# Priority of the tasks that find the article to blame in a chunk that failed: before
# the batches queued behind it, which the driver cannot write before it knows.
RETRY_PRIORITY = 1
# Tasks kept queued per worker thread, so that none waits while the driver writes.
QUEUED_PER_THREAD = 4


class DaskAnalyzer:
    """Runs a pipeline over articles on a Dask cluster, in input order (see
    `newsweave.analysis.Analyzer`; use it as a context manager).

    Entering registers a `PipelinePlugin` (the pipeline and `extra`, models loaded once
    per worker); `pairs` submits a batch as tasks of `chunk` articles at once and returns
    an iterator that gathers their results in input order, so that the caller writes the
    batch before while the cluster works. A task that raises is retried `retries` times
    and one whose worker dies is rescheduled by the scheduler (a worker's death counts
    against every task it held, `KilledWorker` after `allowed-failures`); a chunk that
    fails for good is tried article by article, and an article that still fails comes
    back with a `NotAnalysed` in place of its extra. Leaving cancels what is still queued and
    removes the plugin."""

    def __init__(
        self,
        client: Client,
        pipeline: Pipeline,
        extra: Callable[[Article], Any] | None = None,
        *,
        chunk: int = CHUNK,
        retries: int = RETRIES,
    ) -> None:
        self.client = client
        self.pipeline = pipeline
        self.extra = extra
        self.chunk = max(1, chunk)
        self.retries = retries
        self.plugin = f"newsweave-pipeline-{uuid.uuid4().hex[:12]}"
        self._batch = 1  # articles in the last batch handed over
        self._outstanding: set[Future] = set()

    @property
    def ahead(self) -> int:
        """Batches to hand over before waiting for the oldest: enough that every worker
        thread has `QUEUED_PER_THREAD` tasks, one at least."""
        threads = max(1, workers_of(self.client).threads)
        tasks_per_batch = max(1, math.ceil(self._batch / self.chunk))
        return max(1, math.ceil(QUEUED_PER_THREAD * threads / tasks_per_batch))

    def __enter__(self) -> DaskAnalyzer:
        try:
            self.client.register_plugin(PipelinePlugin(self.pipeline, self.extra), self.plugin)
        except Exception as exc:  # unpickling it or loading a model failed on a worker
            raise ClusterError(
                "the Dask workers cannot run newsweave's analysis "
                f"({type(exc).__name__}: {' '.join(str(exc).split())}); install this "
                "newsweave version, with its models, where the workers run"
            ) from exc
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.client.status != "running":
            return
        if self._outstanding:
            self.client.cancel(list(self._outstanding))
            self._outstanding.clear()
        with suppress(Exception):  # best effort: the cluster may be going away
            self.client.unregister_worker_plugin(self.plugin)

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        return (article for article, _ in self.pairs(articles))

    def pairs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Any]]:
        """(analysed article, `extra` of it, or `NotAnalysed`) for each article, in input
        order. The tasks are submitted before this returns."""
        batch = list(articles)
        if batch:
            self._batch = len(batch)
        chunks = [batch[i : i + self.chunk] for i in range(0, len(batch), self.chunk)]
        futures = self._submit(chunks)
        return self._gather(chunks, futures)

    def _submit(self, chunks: list[list[Article]], priority: int = 0) -> list[Future]:
        if not chunks:
            return []
        futures = self.client.map(
            analyse_chunk,
            [self.plugin] * len(chunks),
            chunks,
            pure=False,
            retries=self.retries,
            priority=priority,
        )
        self._outstanding.update(futures)
        return futures

    def _result(self, future: Future) -> list[tuple[Article, Any]]:
        try:
            return future.result()
        finally:
            self._outstanding.discard(future)
            future.release()

    def _gather(
        self, chunks: list[list[Article]], futures: list[Future]
    ) -> Iterator[tuple[Article, Any]]:
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results = self._result(future)
            except CancelledError as exc:  # the scheduler went away, or it was cancelled
                raise ClusterError(
                    f"the Dask cluster stopped answering ({type(exc).__name__}); what was "
                    "stored is complete: run the same command again to finish"
                ) from exc
            except Exception:  # the task failed for good: find the article(s) to blame
                results = self._one_by_one(chunk)
            yield from results

    def _one_by_one(self, chunk: list[Article]) -> list[tuple[Article, Any]]:
        """A chunk that failed for good, tried again an article a task, one task at a time
        and ahead of everything queued: one article that cannot be analysed (or that kills
        its worker, and with it the tasks queued there) then costs only itself."""
        results: list[tuple[Article, Any]] = []
        for article in chunk:
            (future,) = self._submit([[article]], priority=RETRY_PRIORITY)
            try:
                results.extend(self._result(future))
            except Exception as exc:  # this article failed for good
                results.append((article, _not_analysed(exc)))
        return results


def _not_analysed(exc: BaseException) -> NotAnalysed:
    message = " ".join(str(exc).split())
    return NotAnalysed(
        f"not analysed on the Dask cluster ({type(exc).__name__}: {message}); "
        "not stored: run the same command again to try it again"
    )
