"""`reanalyze`: analyse the stored articles again and rebuild their stories, under a
progress bar on stderr, then say what changed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.markup import escape

from newsweave.analysis import default_pipeline
from newsweave.cli import main
from newsweave.cli.common import _backend, _count, _open, _report_failures, err
from newsweave.cli.ingest import _cluster, ends_in_one_line, progress_bar, refuse_jobs_with_dask
from newsweave.cli.options import (
    _languages,
    dask_option,
    db_option,
    jobs_option,
    languages_option,
    max_chars_option,
    ner_option,
    wait_option,
)
from newsweave.reanalysis import Progress as Told
from newsweave.reanalysis import ReanalysisSummary, options_of, reanalyse
from newsweave.scale import Local, Scheduler
from newsweave.store import Store
from newsweave.store.db import is_url
from newsweave.views.stories import count_stories

PHASES = {"analyse": "analysing again", "stories": "weaving stories"}


@main.command("reanalyze")
@db_option
@ner_option
@languages_option
@max_chars_option
@jobs_option
@dask_option
@click.option(
    "--restart",
    is_flag=True,
    help="Start an unfinished re-analysis over with these options instead of finishing it.",
)
@wait_option
def reanalyze_cmd(
    db: Path | str,
    ner: str,
    languages: tuple[str, ...] | None,
    max_chars: int,
    jobs: int,
    dask: Local | Scheduler | None,
    restart: bool,
    wait: float,
) -> None:
    """Analyse the stored articles again and rebuild their stories.

    For when a better model ships, or to try another --ner backend on what is stored.
    Every article is analysed again from its stored text, metadata and language, in
    batches, and the stories are then woven again from the new annotations, as an ingest
    of the articles in the order they were stored would. A story of before leads to the
    new story holding most of its articles.

    Stopped at any point (Ctrl-C, a kill, a lost connection), the same command carries on
    where it stopped; until it has finished, ingest refuses to run. With --dask the
    analysis runs on a Dask cluster, as for ingest.

    \b
    Examples:
      newsweave reanalyze --db news.db --ner accurate
      newsweave reanalyze --db postgresql://nw@db/news --dask tcp://scheduler:8786
    """
    refuse_jobs_with_dask(jobs, dask)
    if not is_url(db) and not Path(db).is_file():
        err.print(
            f"[red]error[/]: no database at {escape(str(db))}: nothing to re-analyse (store "
            f"articles first: newsweave ingest PATH --db {escape(str(db))})"
        )
        sys.exit(2)
    chosen = _languages(languages)
    pipeline = default_pipeline(chosen, ner=_backend(ner), max_chars=max_chars)
    options = options_of(ner, languages and chosen, max_chars)
    with _cluster(dask) as analyzer, _open(db) as store:
        before = count_stories(store) if store.reanalysis() is None else None
        kept = "what was done is kept; run the same command again to finish"
        with ends_in_one_line(kept), _progress() as told:
            summary = reanalyse(
                store,
                pipeline,
                options,
                command=f"reanalyze --ner {ner}",
                jobs=jobs,
                analyzer=analyzer,
                over=restart,
                wait=wait,
                progress=told,
            )
        _print_summary(summary, store, before)
    sys.exit(summary.exit_status)


@contextmanager
def _progress() -> Iterator[Told]:
    """A progress bar on stderr for each phase, as `reanalyse` tells them."""
    bar = progress_bar()
    task: list[int] = []

    def start(phase: str, total: int) -> None:
        if task:
            bar.remove_task(task.pop())
        task.append(bar.add_task(PHASES[phase], total=total))

    def advance(n: int) -> None:
        bar.update(task[-1], advance=n)

    with bar:
        yield Told(start, advance)


def _print_summary(summary: ReanalysisSummary, store: Store, before: int | None) -> None:
    err.print(
        f"[bold]{summary.analysed}[/] {'article' if summary.analysed == 1 else 'articles'} "
        f"analysed again in {escape(store.where)} ({store.count()} in all)"
    )
    now = count_stories(store)
    was = f", {before} before" if before is not None else ""
    err.print(
        f"Stories woven again: {_count(now, 'story', 'stories')}{was}; "
        f"{_count(len(summary.successors), 'story', 'stories')} of before lead to their "
        "successors"
    )
    if summary.problems:
        err.print(f"[yellow]{len(summary.problems)} article(s) could not be analysed again:[/]")
        for origin, reason in summary.problems[:20]:
            err.print(f"  {escape(origin)} [dim]{escape(reason)}[/]")
        if len(summary.problems) > 20:
            err.print(f"  … and {len(summary.problems) - 20} more")
    _report_failures(summary.stage_failures)
