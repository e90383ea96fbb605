"""What runs on a Dask worker: a `WorkerPlugin` that holds the pipeline (its stages pickle
with their settings, not their models) and loads the models once per worker process, and
the task that analyses a chunk of articles with it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from typing import Any

from distributed import WorkerPlugin, get_worker

from newsweave.analysis import extra_of
from newsweave.article import Article
from newsweave.pipeline import Pipeline


class PipelinePlugin(WorkerPlugin):
    """The pipeline and the `extra` function (`newsweave.analysis.Analyzer`) on every
    worker of the cluster, those that join later included. `setup` loads the NER models
    the pipeline names where a backend can load them ahead (a model that cannot be
    loaded fails the registration with its message, not every task); the rest (a
    language's model, lookup tables) loads on first use and stays for the worker's life."""

    def __init__(self, pipeline: Pipeline, extra: Callable[[Article], Any] | None) -> None:
        self.pipeline = pipeline
        self.extra = extra

    def setup(self, worker: object) -> None:
        for stage in self.pipeline.stages:
            load = getattr(getattr(stage, "backend", None), "load", None)
            if load is not None:
                load()

    def analyse(self, article: Article) -> tuple[Article, Any]:
        article = self.pipeline(article)
        return article, extra_of(self.pipeline, self.extra, article)


class IgnoreInterrupts(WorkerPlugin):
    """A local cluster's worker ignores SIGINT (see `newsweave.scale.cluster`): Ctrl-C is
    the command's to handle, which shuts the cluster down. Never registered on a cluster
    newsweave did not start: `dask worker` handles Ctrl-C itself."""

    name = "newsweave-ignore-interrupts"

    def setup(self, worker: object) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


class PipelineMissing(RuntimeError):
    """A task reached a worker without the plugin it names (it was removed meanwhile)."""


def analyse_chunk(plugin: str, articles: Sequence[Article]) -> list[tuple[Article, Any]]:
    """The task: (analysed article, its extra) for each of `articles`, in order, with the
    pipeline of the worker plugin named `plugin`."""
    found = get_worker().plugins.get(plugin)
    if not isinstance(found, PipelinePlugin):
        raise PipelineMissing(f"no newsweave pipeline {plugin!r} on this worker")
    return [found.analyse(article) for article in articles]
