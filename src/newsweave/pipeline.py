"""The runner: an ordered list of per-article stages, checked when it is built.

A stage is any object with a `name`, the sets of annotation names it `needs` and
`provides`, and `__call__(article) -> Article`. Stages are pure and picklable, so a
`Pipeline` runs the same in-process, in a process pool or on a distributed engine.

A stage that says `windowed = True` reads nothing outside a stretch of text: on an article
longer than a window (`newsweave.windows`) it runs on each window in turn, so that the
work per article stays bounded; the other stages see the whole article. Only the first
`max_chars` characters of an article are analysed (a note says so when it is longer).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from newsweave.article import Article, Issue
from newsweave.windows import DEFAULT_MAX_CHARS, WINDOW_CHARS, analysed_end, join, part, windows

OnError = Literal["record", "raise"]

# What every article has when it leaves ingest (`published`, `title`, ... may be None).
INGESTED: frozenset[str] = frozenset({"text", "metadata"})


@runtime_checkable
class Stage(Protocol):
    name: str
    needs: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


# How the runner words the note of a stage that raised: "failed: MemoryError: …".
FAILED = "failed: "


def failures(article: Article) -> list[Issue]:
    """The notes of the stages that raised on `article` (not those that had nothing to
    do, such as a language without a model)."""
    return [i for i in article.issues if i.message.startswith(FAILED)]


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

    def __init__(
        self,
        stages: Sequence[Stage],
        on_error: OnError = "record",
        *,
        max_chars: int | None = DEFAULT_MAX_CHARS,
        window: int = WINDOW_CHARS,
    ) -> None:
        if on_error not in ("record", "raise"):
            raise PipelineError(f"on_error must be 'record' or 'raise', not {on_error!r}")
        if max_chars is not None and max_chars < 0:
            raise PipelineError(f"max_chars must be 0 (no limit) or more, not {max_chars}")
        if window < 1:
            raise PipelineError(f"window must be 1 character or more, not {window}")
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
        self.max_chars = max_chars or None
        self.window = window
        self.provides = frozenset(available)
        self.times = StageTimes()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        end = analysed_end(article.text, self.max_chars)
        if end == len(article.text):
            article = self._run(article)
        else:  # analyse the first `end` characters; offsets into them hold for the whole
            head = self._run(part(article, 0, end))
            join(article, [(0, head)])
            article.note(
                "analysis",
                f"only the first {end:,} of {len(article.text):,} characters were analysed "
                f"(the limit is {self.max_chars:,}: --max-chars); the rest is stored, "
                "not analysed",
            )
        self.times.articles += 1
        return article

    def _run(self, article: Article) -> Article:
        """Every stage on `article`; windowed stages window by window on a long one."""
        failed: set[str] = set()  # annotations a failed stage did not provide
        spans = windows(article.text, len(article.text), self.window)
        stages = self.stages
        i = 0
        while i < len(stages):
            if len(spans) == 1 or not getattr(stages[i], "windowed", False):
                article = self._stage(stages[i], article, failed)
                i += 1
                continue
            group = []  # the consecutive windowed stages from here
            while i < len(stages) and getattr(stages[i], "windowed", False):
                group.append(stages[i])
                i += 1
            done: list[tuple[int, Article]] = []
            failed_in_any: set[str] = set()
            for start, stop in spans:
                sub = part(article, start, stop)
                sub_failed = set(failed)
                for stage in group:
                    sub = self._stage(stage, sub, sub_failed)
                failed_in_any |= sub_failed
                done.append((start, sub))
            join(article, done)
            failed |= failed_in_any
        return article

    def _stage(self, stage: Stage, article: Article, failed: set[str]) -> Article:
        """Run one stage, or note why it is skipped; a failure is noted (or raised) and
        what the stage provides is added to `failed`."""
        if failed & stage.needs:
            article.note(stage.name, f"skipped: needs {', '.join(sorted(failed & stage.needs))}")
            failed |= stage.provides
            return article
        t0 = time.perf_counter()
        try:
            article = stage(article)
        except Exception as exc:
            if self.on_error == "raise":
                raise StageFailed(f"stage {stage.name!r} failed on {article.id}: {exc}") from exc
            article.note(stage.name, f"{FAILED}{type(exc).__name__}: {exc}")
            failed |= stage.provides
        finally:
            self.times.seconds[stage.name] = (
                self.times.seconds.get(stage.name, 0.0) + time.perf_counter() - t0
            )
        return article

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)
