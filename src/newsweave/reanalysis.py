"""Re-analysis: run the per-article analysis again over the stored articles (after a
better model ships, say) and rebuild their stories, in batches, resumably.

Phase one analyses every stored article again, in the order it was stored, one batch per
transaction, on this machine, in a pool (`jobs`) or on a Dask cluster (`analyzer`), as
ingest does; phase two weaves the stories again from the new annotations
(`newsweave.store.reanalysis` says how, and what becomes of the old stories). The store
remembers how far each phase got: killed at any point, the same command carries on where
it stopped, and the stories come out as if it had never stopped.

The language an article is stored with is kept (given by its input or found when it was
ingested), as are its metadata and the notes its input's reading left (`MENDED`).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from newsweave.analysis import Analyzer, AnalyzerFactory, NotAnalysed
from newsweave.article import Article
from newsweave.ingest.problem import MENDED
from newsweave.pipeline import Pipeline, failures
from newsweave.store import Store, StoreBusy
from newsweave.store.reanalysis import Reanalysis
from newsweave.stories.features import features
from newsweave.stories.stream import BATCH_SIZE

# the notes of an article that its analysis did not make, and so keeps
KEPT_NOTES = (MENDED,)


class OtherOptions(StoreBusy):
    """An unfinished re-analysis was started with other options than these."""


@dataclass
class ReanalysisSummary:
    run_id: int
    analysed: int = 0  # articles analysed again in this run
    woven: int = 0  # articles put in their new stories in this run
    # (origin, reason): articles that could not be analysed again (they keep what they had)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # analysed articles on which a stage raised (stored all the same, with the note)
    stage_failures: list[tuple[str, str, str]] = field(default_factory=list)
    successors: dict[int, int] = field(default_factory=dict)  # old story -> new story

    @property
    def exit_status(self) -> int:
        return 1 if self.problems or self.stage_failures else 0


@dataclass(frozen=True)
class Progress:
    """What a caller is told as a re-analysis goes: the phase starting with how many
    articles it has left (`start`), and each article done (`advance`)."""

    start: Callable[[str, int], None] = lambda phase, total: None
    advance: Callable[[int], None] = lambda n: None


def options_of(
    ner: str, languages: Sequence[str] | None, max_chars: int | None
) -> dict[str, object]:
    """What a re-analysis analyses with, as the store keeps it (`--ner`, `--languages`,
    `--max-chars`): continuing one with other options would give its articles two
    different analyses."""
    return {
        "ner": ner,
        "languages": sorted(languages) if languages else None,
        "max_chars": max_chars or None,
    }


def reanalyse(
    store: Store,
    pipeline: Pipeline,
    options: dict[str, object],
    *,
    command: str = "reanalyze",
    jobs: int = 1,
    analyzer: AnalyzerFactory | None = None,
    over: bool = False,
    wait: float = 0.0,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> ReanalysisSummary:
    """Analyse the stored articles again and rebuild their stories, or finish the
    re-analysis a killed run left (see the module's doc). `options`: what the store
    records the analysis as (`options_of`); an unfinished re-analysis with others raises
    `OtherOptions` unless `over` says to start it over with these. Another writer holding
    the store: `StoreBusy`, as for ingest (after `wait` seconds)."""
    progress = progress or Progress()
    run_id = store.start_run(command, wait=wait)
    summary = ReanalysisSummary(run_id)
    status = "interrupted"
    try:
        state = store.reanalysis()
        if state is not None and state.options != options and not over:
            status = "failed"
            raise OtherOptions(_other_options(state, options))
        state = store.start_reanalysis(run_id, options, over=over)
        if state.phase == "analyse":
            _analyse(store, pipeline, state, summary, jobs, analyzer, batch_size, progress)
            store.start_rebuild()
            state = store.reanalysis()
            assert state is not None
        _weave(store, state, summary, progress)
        status = "complete"
    finally:
        store.finish_run(run_id, status)
    return summary


def _other_options(state: Reanalysis, options: dict[str, object]) -> str:
    said = "; ".join(
        f"{name} {state.options.get(name)!r} (now {value!r})"
        for name, value in options.items()
        if state.options.get(name) != value
    )
    return (
        f"a re-analysis started {state.started_at} with other options is unfinished: "
        f"{said}. Run it with those options to finish it, or add --restart to start it "
        "over with these"
    )


def _analyse(
    store: Store,
    pipeline: Pipeline,
    state: Reanalysis,
    summary: ReanalysisSummary,
    jobs: int,
    analyzer: AnalyzerFactory | None,
    batch_size: int,
    progress: Progress,
) -> None:
    """Phase one: every article after `state.upto` analysed again, batch by batch, the
    analysis of the next batches under way while one is written."""
    progress.start("analyse", store.remaining(state.upto))
    make = analyzer or partial(Analyzer, jobs=jobs)
    with make(pipeline, extra=features) as analyses:
        pending: deque[tuple[int, Iterator[tuple[Article, object]]]] = deque()
        for upto, batch in _batches(store, state.upto, batch_size):
            pending.append((upto, analyses.pairs(batch)))
            while len(pending) > analyses.ahead:
                _write(store, summary, progress, *pending.popleft())
        while pending:
            _write(store, summary, progress, *pending.popleft())


def _batches(store: Store, after: int, size: int) -> Iterator[tuple[int, list[Article]]]:
    """The stored articles after rowid `after`, `size` at a time, each batch with the
    rowid of its last article."""
    while batch := store.to_reanalyse(after, size, KEPT_NOTES):
        after = batch[-1][0]
        yield after, [article for _, article in batch]


def _write(
    store: Store,
    summary: ReanalysisSummary,
    progress: Progress,
    upto: int,
    results: Iterator[tuple[Article, object]],
) -> None:
    done: list[Article] = []
    keys: dict[str, Counter[str]] = {}
    problems: list[tuple[str, int | None, str]] = []
    for article, article_keys in results:
        progress.advance(1)
        if isinstance(article_keys, NotAnalysed):
            reason = f"{article_keys.reason}; it keeps its earlier analysis"
            problems.append((article.origin or article.id, None, reason))
            summary.problems.append((article.origin or article.id, reason))
            continue
        assert isinstance(article_keys, Counter)
        done.append(article)
        keys[article.id] = article_keys
        summary.stage_failures += [
            (article.origin or article.id, i.stage, i.message) for i in failures(article)
        ]
    store.write_reanalysed(summary.run_id, done, keys, upto, problems)
    summary.analysed += len(done)


def _weave(store: Store, state: Reanalysis, summary: ReanalysisSummary, progress: Progress) -> None:
    """Phase two: the stories woven again, batch by batch, then the old ones retired."""
    progress.start("stories", store.remaining(state.upto))
    clusterer = store.clusterer()
    after = state.upto
    while (woven := store.weave_again(summary.run_id, clusterer, after)) is not None:
        after, n = woven
        summary.woven += n
        progress.advance(n)
    summary.successors = store.finish_reanalysis(summary.run_id, clusterer)
