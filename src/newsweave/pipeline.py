"""The runner: an ordered list of per-article stages, checked when it is built.

A stage is any object with a `name`, the sets of annotation names it `needs` and
`provides`, and `__call__(article) -> Article`. Stages are pure and picklable, so a
`Pipeline` runs the same in-process, in a process pool or on a distributed engine.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from newsweave.article import Article

OnError = Literal["record", "raise"]

# What every article has when it leaves ingest (`published`, `title`, ... may be None).
INGESTED: frozenset[str] = frozenset({"text", "metadata"})


@runtime_checkable
class Stage(Protocol):
    name: str
    needs: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


class PipelineError(ValueError):
    """A pipeline that cannot work as built (a stage's needs are not met)."""


class StageFailed(RuntimeError):
    """A stage raised on an article while the pipeline runs with on_error="raise"."""


@dataclass
class StageTimes:
    """Seconds spent per stage, summed over the articles a pipeline has run."""

    seconds: dict[str, float] = field(default_factory=dict)
    articles: int = 0

    def add(self, other: StageTimes) -> None:
        for name, s in other.seconds.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + s
        self.articles += other.articles


class Pipeline:
    """Ordered stages whose needs are checked at build time.

    on_error="record" (batch runs): a stage that raises leaves a note on the article and the
    later stages that depend on it are skipped; the article is never dropped.
    on_error="raise" (tests, debugging): the first failure raises `StageFailed`.
    """

    def __init__(self, stages: Sequence[Stage], on_error: OnError = "record") -> None:
        if on_error not in ("record", "raise"):
            raise PipelineError(f"on_error must be 'record' or 'raise', not {on_error!r}")
        available = set(INGESTED)
        for position, stage in enumerate(stages):
            missing = set(stage.needs) - available
            if missing:
                names = ", ".join(sorted(missing))
                raise PipelineError(
                    f"stage {stage.name!r} (position {position + 1}) needs {names}, which no "
                    f"earlier stage provides; add a stage that provides it before {stage.name!r}"
                )
            available |= stage.provides
        self.stages = list(stages)
        self.on_error = on_error
        self.provides = frozenset(available)
        self.times = StageTimes()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        failed: set[str] = set()  # annotations a failed stage did not provide
        for stage in self.stages:
            if failed & stage.needs:
                article.note(
                    stage.name, f"skipped: needs {', '.join(sorted(failed & stage.needs))}"
                )
                failed |= stage.provides
                continue
            t0 = time.perf_counter()
            try:
                article = stage(article)
            except Exception as exc:
                if self.on_error == "raise":
                    raise StageFailed(
                        f"stage {stage.name!r} failed on {article.id}: {exc}"
                    ) from exc
                article.note(stage.name, f"failed: {type(exc).__name__}: {exc}")
                failed |= stage.provides
            finally:
                self.times.seconds[stage.name] = (
                    self.times.seconds.get(stage.name, 0.0) + time.perf_counter() - t0
                )
        self.times.articles += 1
        return article

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)
