"""`ingest` and `demo`: analyse and store articles under a progress bar on stderr, then
say what was stored, updated, skipped or failed."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import partial
from importlib import resources
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from newsweave.analysis import AnalyzerFactory, default_pipeline
from newsweave.article import Article
from newsweave.batch import IngestSummary, ingest
from newsweave.cli import main
from newsweave.cli.common import READ_ALL_HINT, _backend, _open, _report_failures, err, out
from newsweave.cli.options import (
    INPUT_PATH,
    _languages,
    _skip,
    all_files_option,
    dask_option,
    db_option,
    jobs_option,
    language_option,
    languages_option,
    max_chars_option,
    max_size_option,
    ner_option,
    published_option,
    wait_option,
)
from newsweave.ingest import DEFAULT_MAX_BYTES, NOT_ARTICLES
from newsweave.ingest.clean import printable
from newsweave.ingest.count import count_items
from newsweave.pipeline import Pipeline
from newsweave.report import write_report
from newsweave.scale import ClusterError, Local, Scheduler, connect, workers_of
from newsweave.store import Store, StoreBusy, StoreError
from newsweave.store.db import is_url


class RateColumn(ProgressColumn):
    """Articles per second, over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        shown = "–" if speed is None else f"{speed:.1f}" if speed < 10 else f"{speed:.0f}"
        return Text(f"{shown} articles/s", style="progress.data.speed")


def progress_bar(*more: ProgressColumn) -> Progress:
    """A progress bar on stderr: what is done, done of total, rate, time left, and `more`."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(compact=True, elapsed_when_finished=True),
        *more,
        console=err,
        transient=True,
    )


def refuse_jobs_with_dask(jobs: int, dask: Local | Scheduler | None) -> None:
    """`--jobs` and `--dask` do not go together: a usage error (exit status 2)."""
    if dask is not None and jobs > 1:
        err.print(
            "[red]error[/]: --jobs and --dask do not go together: --dask local:N runs N "
            "worker processes on this machine"
        )
        sys.exit(2)


@contextmanager
def ends_in_one_line(interrupted: str) -> Iterator[None]:
    """A busy store or a lost cluster ends the command in one line (exit status 2), Ctrl-C
    with `interrupted` (exit status 130)."""
    try:
        yield
    except (StoreBusy, ClusterError) as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted[/]: {interrupted}")
        sys.exit(130)


def _ingest_with_progress(
    store: Store,
    paths: Sequence[Path],
    pipeline: Pipeline,
    *,
    command: str,
    max_size: int,
    jobs: int,
    language: str | None = None,
    published: date | None = None,
    skip: Sequence[tuple[str, str]] = NOT_ARTICLES,
    wait: float = 0.0,
    analyzer: AnalyzerFactory | None = None,
) -> IngestSummary:
    """`ingest` under a progress bar on stderr: done of total, rate and time left. The
    total is counted first (`count_items`: files, JSONL lines, feed entries); where that
    takes too long the bar says the total is unknown. `analyzer`: where the analysis runs
    when not on this machine (a Dask cluster, `_cluster`)."""
    total = count_items(paths, skip=skip)
    progress = progress_bar(TextColumn("[dim]{task.fields[origin]}"))
    with progress:
        task = progress.add_task(
            "analysing" if total is not None else "analysing (total unknown)",
            total=total,
            origin="",
        )

        def tick(article: Article) -> None:
            progress.update(task, advance=1, origin=(article.origin or "")[-50:])

        def skipped(n: int) -> None:
            progress.update(task, advance=n)

        return ingest(
            store,
            paths,
            pipeline,
            command=command,
            max_bytes=max_size,
            jobs=jobs,
            language=language,
            skip=skip,
            on_article=tick,
            published=published,
            on_skipped=skipped,
            wait=wait,
            analyzer=analyzer,
        )


def _print_ingest_summary(summary: IngestSummary, store: Store, *, kept: bool = True) -> None:
    if kept:
        err.print(
            f"[bold]{summary.added}[/] article(s) added to {escape(store.where)}"
            f" ({store.count()} in all)"
        )
    else:
        err.print(f"No article stored, so the new database {escape(store.where)} was not kept")
    if summary.updated:
        err.print(
            f"{len(summary.updated)} already in the store, updated with what this input says:"
        )
        for origin, changes in summary.updated[:20]:
            said = "; ".join(
                f"{name} {was or 'none'} → {now}" for name, (was, now) in changes.items()
            )
            err.print(f"  {escape(origin)} [dim]{escape(said)}[/]")
        if len(summary.updated) > 20:
            err.print(f"  … and {len(summary.updated) - 20} more")
    if summary.already_stored:
        err.print(f"{summary.already_stored} already in the store (left as they were)")
    if summary.duplicates:
        err.print(f"{len(summary.duplicates)} exact duplicate(s) not stored again:")
        for origin, first in summary.duplicates[:20]:
            err.print(f"  {escape(origin)} [dim]= {escape(first)}[/]")
        if len(summary.duplicates) > 20:
            err.print(f"  … and {len(summary.duplicates) - 20} more")
    if summary.not_articles:
        err.print(f"{len(summary.not_articles)} file(s) skipped as not articles ({READ_ALL_HINT}):")
        for skipped in summary.not_articles:
            err.print(f"  {escape(str(skipped))}")
    if summary.mended:
        err.print(f"{len(summary.mended)} correction(s) to inputs, noted on their articles:")
        for origin, message in summary.mended[:20]:
            err.print(f"  {escape(origin)} [dim]{escape(message)}[/]")
        if len(summary.mended) > 20:
            err.print(f"  … and {len(summary.mended) - 20} more")
    if summary.problems:
        err.print(f"[yellow]{len(summary.problems)} input(s) skipped:[/]")
        for problem in summary.problems:
            err.print(f"  {escape(str(problem))}")
    _report_failures(summary.stage_failures)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@db_option
@language_option
@published_option
@languages_option
@ner_option
@max_chars_option
@max_size_option
@all_files_option
@jobs_option
@dask_option
@wait_option
def ingest_cmd(
    paths: Sequence[Path],
    db: Path | str,
    language: str | None,
    published: date | None,
    languages: tuple[str, ...] | None,
    ner: str,
    max_chars: int,
    max_size: int,
    all_files: bool,
    jobs: int,
    dask: Local | Scheduler | None,
    wait: float,
) -> None:
    """Read, analyse and store articles (files or folders, recursively).

    Running the same command again is safe: stored articles are skipped, and an
    interrupted ingest is completed. An article stored before whose input now states
    another date, title, source, URL or language (same text) is updated: analysed again
    with it, in its story. A database this command would create is not left behind when
    nothing could be stored. One ingest writes to a database at a time: a second one
    stops with a message (or waits, with --wait).

    With --dask the analysis runs on a Dask cluster (this process still reads the inputs
    and writes the database, in the same order, so the database is the same).

    \b
    Examples:
      newsweave ingest news/ feeds/world.rss --db news.db
      newsweave ingest archive/ --db news.db --dask local:2
      newsweave ingest archive/ --db news.db --dask tcp://scheduler:8786
    """
    refuse_jobs_with_dask(jobs, dask)
    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars)
    if not any(stage.name == "meaning" for stage in pipeline.stages):
        err.print(
            f"Stories are woven by shared names, places and dates only: --ner {escape(ner)} "
            "gives no article embeddings (the accurate tier also compares what articles say)"
        )
    command = printable("ingest " + " ".join(str(p) for p in paths))
    with _cluster(dask) as analyzer, _writing(db) as (store, created):
        with ends_in_one_line("what was stored is complete; run the same command again to finish"):
            summary = _ingest_with_progress(
                store,
                paths,
                pipeline,
                command=command,
                max_size=max_size,
                jobs=jobs,
                language=language,
                published=published,
                skip=_skip(all_files),
                wait=wait,
                analyzer=analyzer,
            )
        _print_ingest_summary(summary, store, kept=not created or store.count() > 0)
    sys.exit(summary.exit_status)


@contextmanager
def _cluster(spec: Local | Scheduler | None) -> Iterator[AnalyzerFactory | None]:
    """Where `--dask` says the analysis runs: None (this machine), or the analyzer of the
    cluster it names, started or joined here, said on stderr, and closed when the block
    ends (a local cluster is shut down, on Ctrl-C too). An unreachable scheduler is a
    one-line error (exit status 2)."""
    if spec is None:
        yield None
        return
    try:
        with connect(spec) as client:
            from newsweave.scale.analyzer import DaskAnalyzer

            where = f"the Dask scheduler at {spec}"
            if isinstance(spec, Local):
                where = "a local Dask cluster"
            have = workers_of(client)
            if have.workers == 0:
                err.print(f"Waiting for a worker to join {escape(where)} (Ctrl-C to stop)")
                client.wait_for_workers(1)
                have = workers_of(client)
            err.print(
                f"Analysing on {escape(where)}: {have.workers} worker(s), {have.threads} thread(s)"
            )
            yield partial(DaskAnalyzer, client)
    except ClusterError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]")
        sys.exit(130)


@contextmanager
def _writing(db: Path | str) -> Iterator[tuple[Store, bool]]:
    """The store at `db`, opened for writing, and whether this created it. If it did and no
    article is in it when the block ends (nothing readable, a bad path, an interrupt, an
    error), the database file and the folders created for it are removed again. A
    database that existed before is never removed, nor one on a PostgreSQL server."""
    file = None if is_url(db) else Path(db)
    existed = file is None or file.exists()
    new_dirs = (
        [] if file is None else [d for d in reversed(file.absolute().parents) if not d.exists()]
    )
    try:
        store = Store(db)
    except StoreError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    try:
        yield store, not existed
    finally:
        if file is not None and not existed and store.count() == 0 and not store.others_ran():
            store.close()
            for leftover in (
                file,
                file.with_name(file.name + "-wal"),
                file.with_name(file.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            for folder in reversed(new_dirs):
                try:
                    folder.rmdir()
                except OSError:  # something else was put in it meanwhile
                    break


DEMO_DIR = Path("newsweave-demo")
DEMO_DB = DEMO_DIR / "newsweave.db"


def sample_corpus() -> list[Path]:
    """The sample articles that ship inside the package (see sample/ATTRIBUTION.md)."""
    folder = Path(str(resources.files("newsweave") / "sample"))
    return [folder / "meantime.jsonl", folder / "wikinews", folder / "wikinews-feed.rss"]


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEMO_DIR,
    show_default=True,
    help="Folder for the demo database and report.",
)
@ner_option
@jobs_option
def demo(out_dir: Path, ner: str, jobs: int) -> None:
    """Ingest the bundled sample corpus into a fresh database and write its report
    (`--ner fast`: a quicker look, with the fast tier's entities and no sentence matches)."""
    db = out_dir / DEMO_DB.name
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if (out_dir / "report").is_dir():
        shutil.rmtree(out_dir / "report")
    store = _open(db)
    summary = _ingest_with_progress(
        store,
        sample_corpus(),
        default_pipeline(ner=_backend(ner)),
        command="demo",
        max_size=DEFAULT_MAX_BYTES,
        jobs=jobs,
    )
    _print_ingest_summary(summary, store)
    index = write_report(store, out_dir / "report")
    langs = ", ".join(f"{code} {n}" for code, n in store.languages())
    err.print(f"Languages: {langs}")
    out.print(f"Demo report: {index.resolve()}", soft_wrap=True)
    out.print(
        f"Try: newsweave serve --db {db}   ·   newsweave stories --db {db}   ·   "
        f"newsweave story ID --db {db}",
        soft_wrap=True,
    )
    sys.exit(summary.exit_status)
