"""The `newsweave` command line: a thin layer over the library functions.

Exit status: 0 when everything was read, 1 when some inputs were skipped, 2 for usage
errors or when nothing could be read.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
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
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsweave import __version__
from newsweave.analysis import Analyzer, default_pipeline
from newsweave.article import Article, Quote
from newsweave.batch import IngestSummary, ingest, with_defaults
from newsweave.entities.backend import NerBackend, NerModelError, load_backend
from newsweave.ingest import (
    DEFAULT_MAX_BYTES,
    NOT_ARTICLES,
    Deduplicator,
    NotAnArticle,
    Problem,
    read,
)
from newsweave.ingest.clean import EARLIEST_PUBLISHED, LATEST_PUBLISHED, in_range, printable
from newsweave.ingest.count import count_items
from newsweave.lang import SUPPORTED
from newsweave.language import known_languages, normalize_code
from newsweave.pipeline import FAILED, Pipeline, failures
from newsweave.report import write_report
from newsweave.store import DEFAULT_DB, Store, StoreBusy, StoreError
from newsweave.windows import DEFAULT_MAX_CHARS, WINDOW_CHARS

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

# Output to a file or a pipe is never broken into lines: a path, a quote or a table row
# stays on one line whatever its length (rich would wrap at 80 columns, or at the width of
# whatever terminal the other streams are on). Rules are drawn this wide there.
PIPE_WIDTH = 1_000_000
PIPE_RULE = 80


def _fit_to_output(console: Console) -> None:
    """No wrapping where `console` writes to a file or a pipe (a terminal keeps its width)."""
    if not console.is_terminal:
        console.soft_wrap = True
        console.width = PIPE_WIDTH


def _rule(title: str) -> None:
    out.print(Rule(title, align="left"), width=None if out.is_terminal else PIPE_RULE)

_SIZE_UNITS = {
    "": 1,
    "B": 1,
    "K": 1024,
    "KB": 1024,
    "M": 1024**2,
    "MB": 1024**2,
    "G": 1024**3,
    "GB": 1024**3,
}


class SizeParam(click.ParamType):
    name = "size"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper()
        number = text.rstrip("KMGB")
        unit = text[len(number) :]
        try:
            return int(float(number) * _SIZE_UNITS[unit])
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size such as 500K, 20MB or 1G", param, ctx)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


class DateParam(click.ParamType):
    """An ISO 8601 date: `2023-09-13`, or a timestamp whose day is taken
    (`2023-09-13T08:30:00+02:00`). Anything else is refused, never guessed: 09/10/2023 is 9
    October in Europe and 10 September in the US."""

    name = "date"
    FORMS = "YYYY-MM-DD (2023-09-13) or an ISO timestamp (2023-09-13T08:30:00+02:00)"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            if not _ISO_DAY.match(text):
                raise ValueError
            day = (
                datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
            )
        except ValueError:
            self.fail(f"{value!r} is not an ISO date; use {self.FORMS}", param, ctx)
        if not in_range(day):
            self.fail(
                f"{value!r} is outside the years newsweave reads "
                f"({EARLIEST_PUBLISHED.year}–{LATEST_PUBLISHED.year})",
                param,
                ctx,
            )
        return day


class LanguageParam(click.ParamType):
    """An ISO 639-1 code newsweave can act on (`known_languages`), or with `many` a
    comma-separated list of them; refused, with the known codes listed, otherwise."""

    name = "language"

    def __init__(self, many: bool = False) -> None:
        self.many = many

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str | tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        raw = [c.strip() for c in str(value).split(",")] if self.many else [str(value).strip()]
        codes = [normalize_code(c) for c in raw if c]
        known = known_languages()
        unknown = [c for c in raw if c and normalize_code(c) not in known]
        if unknown or not codes:
            with_data = ", ".join(sorted(SUPPORTED))
            others = ", ".join(sorted(known - set(SUPPORTED)))
            what = ", ".join(repr(c) for c in unknown) or repr(str(value))
            self.fail(
                f"{what}: not a language code newsweave knows. With language data: "
                f"{with_data}. Recognised, and read with language-independent rules: {others}.",
                param,
                ctx,
            )
        return tuple(dict.fromkeys(codes)) if self.many else codes[0]


def _languages(value: tuple[str, ...] | None) -> tuple[str, ...]:
    return value or SUPPORTED


def _inputs(
    paths: Sequence[Path],
    max_size: int,
    problems: list[Problem],
    language: str | None,
    published: date | None,
    skip: Sequence[tuple[str, str]] = NOT_ARTICLES,
) -> Iterator[Article]:
    """The articles of `paths` with --language/--published applied; unreadable inputs are
    reported and added to `problems`, files that are not articles reported and left out
    (`NotAnArticle`s are added to `problems` too: a caller tells them apart), exact
    duplicates reported and left out."""
    dedup = Deduplicator()
    code = normalize_code(language) if language else None
    for item in read(paths, max_bytes=max_size, skip=skip):
        if isinstance(item, Problem):
            problems.append(item)
            _report_problem(item)
            continue
        first = dedup.check(item)
        if first is not None:
            err.print(
                f"[dim]duplicate[/] {escape(item.origin or item.id)}: same text as {escape(first)}"
            )
            continue
        yield with_defaults(item, code, published)


def _report_problem(problem: Problem) -> None:
    if isinstance(problem, NotAnArticle):
        err.print(f"[dim]skipped[/] {escape(str(problem))} [dim]({READ_ALL_HINT})[/]")
    else:
        err.print(f"[yellow]skipped[/] {escape(str(problem))}")


def _exit_status(problems: Sequence[Problem], articles: int) -> int:
    """0: everything was read; 1: some inputs were skipped; 2: nothing could be read. Files
    left out as not articles (README, LICENSE, *.md …) are no failure."""
    failed = [p for p in problems if not isinstance(p, NotAnArticle)]
    if problems and articles == 0:
        return 2
    return 1 if failed else 0


# Input paths are not checked by click: a missing or unreadable file or folder is a
# problem of the batch like any other input (reported, the rest read), not a usage error.
INPUT_PATH = click.Path(path_type=Path, readable=False)


def _report_failures(failed: Sequence[tuple[str, str, str]], shown: int = 20) -> None:
    """What `failures` found, (origin, stage, message) each: "2 article(s) had a stage
    fail: entities 2 (MemoryError)", then one line per failure."""
    if not failed:
        return
    by_stage: dict[str, dict[str, int]] = {}
    for _, stage, message in failed:
        kind = message.removeprefix(FAILED).split(":", 1)[0]
        kinds = by_stage.setdefault(stage, {})
        kinds[kind] = kinds.get(kind, 0) + 1
    said = "; ".join(
        f"{stage} {sum(kinds.values())} ({', '.join(kinds)})" for stage, kinds in by_stage.items()
    )
    articles = len({origin for origin, _, _ in failed})
    err.print(f"[red]{articles} article(s) had a stage fail:[/] {escape(said)}")
    for origin, stage, message in failed[:shown]:
        err.print(f"  {escape(origin)} [dim]{escape(stage)}: {escape(message)}[/]")
    if len(failed) > shown:
        err.print(f"  … and {len(failed) - shown} more")


def _failed(article: Article) -> list[tuple[str, str, str]]:
    return [(article.origin or article.id, i.stage, i.message) for i in failures(article)]


max_size_option = click.option(
    "--max-size",
    type=SizeParam(),
    default=DEFAULT_MAX_BYTES,
    show_default=f"{DEFAULT_MAX_BYTES // 1024**2}MB",
    help="Skip files larger than this (e.g. 500K, 20MB).",
)
max_chars_option = click.option(
    "--max-chars",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    metavar="N",
    help="Analyse at most N characters of an article (0: all of it). A longer article is "
    "analysed up to the last paragraph break before N, kept whole and noted in its issues. "
    f"Texts over {WINDOW_CHARS:,} characters are analysed in windows of that size.",
)
language_option = click.option(
    "--language",
    type=LanguageParam(),
    metavar="L",
    help="Language of articles whose input does not state one (ISO 639-1).",
)
published_option = click.option(
    "--published",
    type=DateParam(),
    metavar="DATE",
    help="Publication date of articles whose input does not state one (YYYY-MM-DD).",
)
languages_option = click.option(
    "--languages",
    type=LanguageParam(many=True),
    metavar="L1,L2,…",
    help=f"Languages to choose from when identifying (default: {','.join(SUPPORTED)}).",
)
all_files_option = click.option(
    "--all-files",
    is_flag=True,
    help="Also read the files in a folder that look like documentation, not articles "
    "(README*, ATTRIBUTION*, LICENSE*, COPYING*, CHANGELOG*, *.md), which are skipped "
    "otherwise. A file named on the command line is always read.",
)


READ_ALL_HINT = "name the file itself, or pass --all-files, to read it"


def _skip(all_files: bool) -> tuple[tuple[str, str], ...]:
    return () if all_files else NOT_ARTICLES


jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the per-article analysis.",
)
ner_option = click.option(
    "--ner",
    default="bundled",
    show_default=True,
    metavar="BACKEND",
    help="Named-entity models: 'bundled' (newsweave's own), 'spacy:NAME_OR_PATH' (an "
    "installed spaCy pipeline) or 'hf:PATH' (a Hugging Face model in a local folder).",
)


def _backend(spec: str) -> NerBackend:
    """The --ner backend, loaded now so that a bad model stops the run before it starts."""
    try:
        backend = load_backend(spec)
        load = getattr(backend, "load", None)
        if load is not None:
            load()
    except (ValueError, NerModelError) as exc:
        raise click.BadParameter(str(exc), param_hint="--ner") from exc
    return backend


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The SQLite database file.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsweave")
def main() -> None:
    """newsweave: follow one news story across languages.

    Read news in many languages (text, HTML, RSS/Atom, JSONL), find the sentences and the
    dates they mention, store them, and write a report you can open in a browser.
    """
    _fit_to_output(out)
    _fit_to_output(err)


# ---- analyze ------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "text"]),
    default="jsonl",
    show_default=True,
    help="One JSON object per article, or a readable summary.",
)
@language_option
@published_option
@languages_option
@ner_option
@max_chars_option
@max_size_option
@all_files_option
@jobs_option
def analyze(
    paths: Sequence[Path],
    fmt: str,
    language: str | None,
    published: date | None,
    languages: tuple[str, ...] | None,
    ner: str,
    max_chars: int,
    max_size: int,
    all_files: bool,
    jobs: int,
) -> None:
    """Analyse articles and print the result; nothing is stored.

    \b
    Examples:
      newsweave analyze article.txt --format text
      newsweave analyze feed.rss news/ --published 2023-09-13 > out.jsonl
    """
    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars)
    problems: list[Problem] = []
    failed: list[tuple[str, str, str]] = []
    count = 0
    with Analyzer(pipeline, jobs) as run:
        inputs = _inputs(paths, max_size, problems, language, published, _skip(all_files))
        for article in run(inputs):
            count += 1
            failed += _failed(article)
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
            else:
                _print_summary(article)
    sys.stdout.flush()
    if problems:
        err.print(f"{count} article(s) analysed; {len(problems)} input(s) skipped.")
    _report_failures(failed)
    sys.exit(max(_exit_status(problems, count), 1 if failed else 0))


def _print_entities(article: Article) -> None:
    """One line per label: each name once, with how often it is mentioned."""
    by_label: dict[str, dict[str, int]] = {}
    for m in article.entities:
        label = "country refs" if m.kind == "demonym" else m.label
        names = by_label.setdefault(label, {})
        names[m.name] = names.get(m.name, 0) + 1
    for label in ("PER", "ORG", "LOC", "MISC", "country refs"):
        names = by_label.get(label)
        if names:
            listed = ", ".join(
                f"{escape(n)}" + (f" ×{c}" if c > 1 else "")
                for n, c in sorted(names.items(), key=lambda kv: -kv[1])
            )
            out.print(f"  [bold]{label}[/] {listed}")


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _snippet(text: str, start: int, end: int, width: int = 36) -> str:
    left = re.sub(r"\s+", " ", text[max(0, start - width) : start].split("\n")[-1])
    right = re.sub(r"\s+", " ", text[end : end + width].split("\n")[0])
    return f"…{left}[bold]{escape(text[start:end])}[/]{right}…"


def _print_summary(article: Article) -> None:
    meta = [
        article.language or "language unknown",
        article.published.isoformat() if article.published else "undated",
    ]
    if article.source:
        meta.append(article.source)
    _rule(f"[bold]{escape(article.headline(70))}[/]")
    out.print(
        escape(" · ".join(meta)), f"[dim]· id {article.id} · {escape(article.origin or '')}[/]"
    )
    names = [m for m in article.entities if m.kind == "name"]
    out.print(
        f"{_count(len(article.sentences), 'sentence')}, "
        f"{_count(len(names), 'name')}, "
        f"{_count(len(article.dates), 'time expression')}, "
        f"{_count(len(article.quotes), 'quote')}"
    )
    _print_entities(article)
    for d in article.dates:
        value = d.value or "[dim]unresolved (no publication date)[/]"
        if d.value_end is not None:
            value = f"{value} – {d.value_end}"
        out.print(
            f"  {escape(d.text)} → {value}   [dim]{_snippet(article.text, d.start, d.end)}[/]",
            no_wrap=True,
            overflow="ellipsis",
        )
    for q in article.quotes:
        if q.act != "belief":
            _print_quote(q)
    beliefs = [q for q in article.quotes if q.act == "belief"]
    if beliefs:
        out.print("  [bold]Stated beliefs and plans[/] [dim](reported, not said)[/]")
        for q in beliefs:
            _print_quote(q)
    for issue in article.issues:
        out.print(f"  [yellow]note[/] {escape(issue.stage)}: {escape(issue.message)}")
    out.print()


QUOTE_CHARS = 240  # of a quote in the readable summary; the JSON has it whole


def _print_quote(q: Quote, indent: str = "  ") -> None:
    """Who, with their role and the kind of quote (and why, for an inferred speaker), then
    what they said on its own lines:

    Iver Neumann · Ruslands-ekspert ved det norske Fridtjof Nansens Institut · direct
      “Det, alle er bange for, er, at vi får en situation, som …”
    Carl Schuster · direct · inferred: continues the previous quote
      “Die Überlastung des Transportwesens …”
    """
    who = "[dim]unattributed[/]"
    if q.speaker is not None:
        who = f"[bold]{escape(q.speaker.name or q.speaker.text)}[/]"
        if q.speaker.role:
            who += f" · {escape(q.speaker.role)}"
    kind = q.kind + (" · belief" if q.act == "belief" else "")
    why = f" · [italic yellow]{escape(q.speaker.why)}[/]" if q.speaker and q.speaker.why else ""
    text = " ".join(q.text.split())
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    out.print(Padding(f"{who} [dim]· {kind}[/]{why}", (0, 0, 0, len(indent)), expand=False))
    out.print(Padding(f"[italic]“{escape(text)}”[/]", (0, 0, 0, len(indent) + 2), expand=False))


# ---- ingest -------------------------------------------------------------------------------


class RateColumn(ProgressColumn):
    """Articles per second, over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        shown = "–" if speed is None else f"{speed:.1f}" if speed < 10 else f"{speed:.0f}"
        return Text(f"{shown} articles/s", style="progress.data.speed")


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
) -> IngestSummary:
    """`ingest` under a progress bar on stderr: done of total, rate and time left. The
    total is counted first (`count_items`: files, JSONL lines, feed entries); where that
    takes too long the bar says the total is unknown."""
    total = count_items(paths, skip=skip)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(compact=True, elapsed_when_finished=True),
        TextColumn("[dim]{task.fields[origin]}"),
        console=err,
        transient=True,
    )
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
        )


def _print_ingest_summary(summary: IngestSummary, store: Store, *, kept: bool = True) -> None:
    if kept:
        err.print(
            f"[bold]{summary.added}[/] article(s) added to {escape(str(store.path))}"
            f" ({store.count()} in all)"
        )
    else:
        err.print(f"No article stored, so the new database {escape(str(store.path))} was not kept")
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
        err.print(
            f"{len(summary.not_articles)} file(s) skipped as not articles ({READ_ALL_HINT}):"
        )
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
@click.option(
    "--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS",
    help="While another ingest is writing to the database, wait up to this long for it "
    "(default: stop at once, exit status 2, nothing done).",
)  # fmt: skip
def ingest_cmd(
    paths: Sequence[Path],
    db: Path,
    language: str | None,
    published: date | None,
    languages: tuple[str, ...] | None,
    ner: str,
    max_chars: int,
    max_size: int,
    all_files: bool,
    jobs: int,
    wait: float,
) -> None:
    """Read, analyse and store articles (files or folders, recursively).

    Running the same command again is safe: stored articles are skipped, and an
    interrupted ingest is completed. An article stored before whose input now states
    another date, title, source, URL or language (same text) is updated: analysed again
    with it, in its story. A database this command would create is not left behind when
    nothing could be stored. One ingest writes to a database at a time: a second one
    stops with a message (or waits, with --wait).

    \b
    Example:
      newsweave ingest news/ feeds/world.rss --db news.db
    """
    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars)
    command = printable("ingest " + " ".join(str(p) for p in paths))
    with _writing(db) as (store, created):
        try:
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
            )
        except StoreBusy as exc:
            err.print(f"[red]error[/]: {escape(str(exc))}")
            sys.exit(2)
        except KeyboardInterrupt:
            err.print(
                "[yellow]interrupted[/]: what was stored is complete; run the same command "
                "again to finish"
            )
            sys.exit(130)
        _print_ingest_summary(summary, store, kept=not created or store.count() > 0)
    sys.exit(summary.exit_status)


@contextmanager
def _writing(db: Path) -> Iterator[tuple[Store, bool]]:
    """The store at `db`, opened for writing, and whether this created it. If it did and no
    article is in it when the block ends (nothing readable, a bad path, an interrupt, an
    error), the database file and the folders created for it are removed again. A
    database that existed before is never removed."""
    existed = db.exists()
    new_dirs = [d for d in reversed(db.absolute().parents) if not d.exists()]
    try:
        store = Store(db)
    except StoreError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    try:
        yield store, not existed
    finally:
        if not existed and store.count() == 0 and not store.others_ran():
            store.close()
            for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                leftover.unlink(missing_ok=True)
            for folder in reversed(new_dirs):
                try:
                    folder.rmdir()
                except OSError:  # something else was put in it meanwhile
                    break


def _open(db: Path, *, readonly: bool = False) -> Store:
    try:
        return Store(db, readonly=readonly)
    except StoreError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)


# ---- articles, show -----------------------------------------------------------------------


@main.command()
@db_option
@click.option("--language", metavar="L", help="Only articles in this language.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def articles(db: Path, language: str | None, limit: int) -> None:
    """List stored articles, newest first."""
    store = _open(db, readonly=True)
    rows = store.articles(language=normalize_code(language) if language else None, limit=limit)
    if not rows:
        err.print("No articles yet — run `newsweave ingest PATH` first.")
        return
    table = Table(box=None, pad_edge=False)
    for col in ("id", "published", "lang", "title", "source"):
        table.add_column(col, no_wrap=col != "title", overflow="fold")
    for r in rows:
        table.add_row(
            r.id[:16],
            r.published or "undated",
            r.language or "?",
            escape(r.headline),
            escape(r.source or ""),
        )
    out.print(table)
    total = store.count()
    if total > len(rows):
        out.print(f"[dim]{len(rows)} of {total}; --limit to see more[/]")


@main.command("quotes")
@click.argument("speaker")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True)
def quotes_cmd(speaker: str, db: Path, limit: int) -> None:
    """Everything one speaker said, across articles and languages.

    SPEAKER is found as `newsweave entity` finds a name: any spelling or script, a part
    of a name ("Neumann"), or an entity id ("per:iver-neumann"); a speaker the articles
    only describe ("Analysten") by those words.
    """
    from newsweave.store.names import lookup

    store = _open(db, readonly=True)
    found = store.quotes_by(speaker, limit=limit)
    if not found:
        named = lookup(store.conn, speaker)
        who = f"{named.name} (as {speaker!r})" if named else repr(speaker)
        err.print(f"No quotes by {escape(who)} in {db}.")
        sys.exit(1)
    for row, q in found:
        meta = f"{row.published or 'undated'} · {row.language or '?'} · {row.id[:16]}"
        out.print(f"[bold]{escape(row.headline)}[/] [dim]{escape(meta)}[/]")
        _print_quote(q)


@main.command()
@click.argument("article_id", metavar="ID")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the article in the output contract.")
def show(article_id: str, db: Path, as_json: bool) -> None:
    """Show one stored article (an id, or the start of one) with its sentences and dates."""
    store = _open(db, readonly=True)
    ids = store.resolve_id(article_id)
    if not ids:
        err.print(
            f"[red]error[/]: no article with id {escape(article_id)!r}; "
            "`newsweave articles` lists them"
        )
        sys.exit(2)
    if len(ids) > 1:
        err.print(
            f"[red]error[/]: {escape(article_id)!r} starts {len(ids)} ids "
            f"({escape(', '.join(ids[:5]))} …); give more of it"
        )
        sys.exit(2)
    article = store.get(ids[0])
    assert article is not None
    if as_json:
        sys.stdout.write(json.dumps(article.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_summary(article)
    starts = sorted(article.dates, key=lambda d: d.start)
    for n, s in enumerate(article.sentences):
        inside = [d for d in starts if s.start <= d.start < s.end]
        parts, pos = [], s.start
        for d in inside:
            parts.append(escape(article.text[pos : d.start]))
            parts.append(f"[black on yellow]{escape(article.text[d.start : d.end])}[/]")
            pos = d.end
        parts.append(escape(article.text[pos : s.end]))
        out.print(f"[dim]{n + 1:>3}[/] {''.join(parts)}")


# ---- report, serve, demo ------------------------------------------------------------------

DEMO_DIR = Path("newsweave-demo")
DEMO_DB = DEMO_DIR / "newsweave.db"


@main.command()
@db_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("newsweave-report"),
    show_default=True,
    help="Folder to write to.",
)
def report(db: Path, out_dir: Path) -> None:
    """Write a static HTML report of the store (open index.html in a browser)."""
    store = _open(db, readonly=True)
    index = write_report(store, out_dir)
    err.print(f"Report of {store.count()} article(s) written; open {index}")


@main.command()
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"The database to serve [default: {DEFAULT_DB}, else the demo's].",
)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the desk to the network.")  # fmt: skip
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Also answer requests addressed to this host name (repeatable); by "
                   "default only the --host address, localhost and 127.0.0.1 with the port "
                   "are answered, others get 400 (against DNS rebinding).")  # fmt: skip
def serve(db: Path | None, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """The analyst's desk in a browser: stories, a story, an entity, an article, each page
    with its JSON twin (?format=json). Read-only: run `newsweave ingest` alongside."""
    import uvicorn

    from newsweave.desk.app import create_app

    if db is None:
        db = Path(DEFAULT_DB)
        if not db.is_file() and DEMO_DB.is_file():
            err.print(f"No {db} here; serving the demo database {DEMO_DB}.")
            db = DEMO_DB
    try:
        app = create_app(db, host=host, port=port, allow_hosts=allow_hosts)
    except StoreError as exc:
        err.print(f"[red]error[/]: {exc}")
        sys.exit(1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]note[/]: listening on {host}: anyone who can reach it can read the store."
        )
        if host in ("0.0.0.0", "::") and not allow_hosts:
            err.print(
                "[yellow]note[/]: only requests addressed to localhost or 127.0.0.1 are "
                "answered; add the name others use with --allow-host NAME."
            )
    out.print(f"newsweave desk on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
              f"({db}); Ctrl+C stops it.", soft_wrap=True)  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


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
@jobs_option
def demo(out_dir: Path, jobs: int) -> None:
    """Ingest the bundled sample corpus into a fresh database and write its report."""
    db = out_dir / DEMO_DB.name
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if (out_dir / "report").is_dir():
        shutil.rmtree(out_dir / "report")
    store = _open(db)
    summary = _ingest_with_progress(
        store,
        sample_corpus(),
        default_pipeline(ner=_backend("bundled")),
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


@main.group("eval")
def eval_group() -> None:
    """Measure newsweave against gold data (see ../shared/data/DATA.md)."""


@eval_group.command("quotes")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    required=True,
    help="The folder holding polnear/ and spkatt-2023/ (../shared/data/quotes).",
)
@click.option(
    "--corpus",
    type=click.Choice(["polnear", "spkatt"]),
    default="polnear",
    show_default=True,
    help="PolNeAR (English news) or SpkAtt-2023 (German parliament speeches).",
)
@click.option(
    "--split", default=None, help="Split to read [default: dev for polnear, train for spkatt]."
)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents.")
@click.option(
    "--misses",
    type=click.Choice(["all", "spurious", "missed", "speaker"]),
    help="Also list errors: spurious predictions, missed gold quotes, wrong speakers, or all.",
)
@ner_option
def eval_quotes(
    data_dir: Path,
    corpus: str,
    split: str | None,
    limit: int | None,
    misses: str | None,
    ner: str,
) -> None:
    """Quote precision and recall (≥ 50% overlap) by kind, and speaker accuracy.

    With --misses, each error is one line: what went wrong, the kind (predicted; gold for
    a missed quote), the document, the share of it the nearest other side covers (0.00: no
    gold quote or prediction there at all), the cue and the speaker (predicted; gold for a
    missed quote; "said → resolved" where they differ; the gold source after "gold:" for a
    wrong speaker), then the quote's text."""
    from itertools import islice

    from newsweave.evaluation.quotes import GoldDocument, Miss, read_polnear, read_spkatt, score

    if corpus == "polnear":
        documents = read_polnear(data_dir / "polnear", split or "dev")
    else:
        documents = read_spkatt(data_dir / "spkatt-2023", split or "train")
    pipeline = default_pipeline(on_error="raise", ner=_backend(ner))

    def predict(document: GoldDocument) -> list[Quote]:
        article = pipeline(Article(document.text, id=document.id, language=document.language))
        return article.quotes

    errors: list[Miss] | None = [] if misses else None
    try:
        scores = score(islice(documents, limit), predict, errors)
    except FileNotFoundError as exc:
        raise click.ClickException(
            f"{exc}. --data is the folder that holds polnear/ and spkatt-2023/ "
            "(../shared/data/quotes); PolNeAR has the splits train and dev, SpkAtt-2023 train."
        ) from exc
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    out.print(scores.table())
    for miss in errors or ():
        if misses == "all" or miss.what == misses:
            who = miss.speaker or "-"
            if miss.gold_speaker:
                who += f" (gold: {miss.gold_speaker})"
            out.print(
                escape(f"{miss.what:<9}{miss.kind:<9}{miss.document} {miss.overlap:.2f} "
                       f"cue={miss.cue or '-'} speaker={who} | {miss.text}"),
                soft_wrap=True,
            )  # fmt: skip


@eval_group.command("dates")
@click.option(
    "--data", "data_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
    required=True, help="A gold .jsonl file (../shared/data/dates/meantime-en.jsonl).",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents.")
@click.option("--misses", is_flag=True, help="Also list every miss, spurious span and wrong value.")
def eval_dates(data_path: Path, limit: int | None, misses: bool) -> None:
    """Time expressions: relaxed (any overlap) and exact span P/R/F1 on scored gold spans,
    and value accuracy at the gold's precision on the found ones."""
    from itertools import islice

    from newsweave.dates import find_dates
    from newsweave.evaluation.dates import GoldDocument, read_dates, score

    def predict(document: GoldDocument) -> list:
        return find_dates(document.text, document.language, document.published)

    wrong: list[tuple[str, str, str, str | None, str | None]] | None = [] if misses else None
    try:
        scores = score(islice(read_dates(data_path), limit), predict, wrong)
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    out.print(scores.table(), soft_wrap=True)
    for doc, kind, text, gold, found in wrong or ():
        out.print(f"{kind:<9}{doc:<22}{escape(text)!r:<40} gold {gold}  found {found}",
                  soft_wrap=True)  # fmt: skip


# ---- stories ------------------------------------------------------------------------------


@main.command("stories")
@db_option
@click.option(
    "--language", metavar="L",
    help="Only stories with an article in this language, titled with its headline.",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories_cmd(db: Path, language: str | None, limit: int, as_json: bool) -> None:
    """List stories, the most recently active first. A story's title is the headline of
    its most representative article (in --language, when given)."""
    from newsweave.store.stories import list_stories

    store = _open(db, readonly=True)
    rows = list_stories(
        store.conn, limit=limit, language=normalize_code(language) if language else None
    )
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")
        return
    if not rows:
        err.print("No stories yet — run `newsweave ingest PATH` first.")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("story", "articles", "languages", "from", "to", "title"):
        table.add_column(column, no_wrap=True)
    room = max(20, out.width - 56)  # a story per line: the title gives way
    for r in rows:
        table.add_row(
            str(r.id),
            str(r.articles),
            ",".join(r.languages),
            r.first or "undated",
            r.last or "",
            escape(r.title if len(r.title) <= room else r.title[: room - 1] + "…"),
        )
    out.print(table)


@main.command("story")
@click.argument("story_id", type=int)
@db_option
@click.option(
    "--language", metavar="L",
    help="Read in this language: the title from an article in it, places named in it.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The whole story as one JSON object.")
def story_cmd(story_id: int, db: Path, language: str | None, as_json: bool) -> None:
    """One story: its articles in time, who said what, its entities with their spellings
    per language, and what each source adds."""
    from newsweave.stories.view import story_view

    store = _open(db, readonly=True)
    view = story_view(store, story_id, normalize_code(language) if language else None)
    if view is None:
        err.print(f"[red]error[/]: no story {story_id}; `newsweave stories` lists them")
        sys.exit(1)
    if as_json:
        sys.stdout.write(json.dumps(view.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_story(view.to_json())


def _span(first: str | None, last: str | None) -> str:
    """A span of publication dates as a reader sees it; "undated" when nothing is dated."""
    if not first:
        return "undated"
    return first if not last or last == first else f"{first} – {last}"


def _print_story(s: dict) -> None:
    out.print(f"[bold]Story {s['id']}[/]: {escape(s['title'])}")
    out.print(
        f"{_count(s['articles'], 'article')} in {', '.join(s['languages']) or '?'}, "
        + _span(s["first"], s["last"])
    )
    if s["why"]:
        out.print("Held together by: " + ", ".join(escape(w["label"]) for w in s["why"][:6]))
    out.print("\n[bold]Articles[/]")
    for a in s["timeline"]:
        out.print(f"  {a['published'] or 'undated   '}  {a['language'] or '??'}  {a['id']}  "
                  f"{escape(a['title'][:70])}")  # fmt: skip
    if s["dates"]:
        out.print("\n[bold]Dates mentioned[/]")
        for d in s["dates"]:
            kind = "range" if d.get("value_end") else d.get("precision") or ""
            kind = f" [dim]({kind})[/]" if kind not in ("", "day") else ""
            words = ", ".join(f"“{w['text']}” ({w['language'] or '?'})" for w in d["said"][:4])
            out.print(f"  {escape(d.get('label') or d['value'])}{kind} — {escape(words)}")
    for heading, key in (("Who said what", "quotes"), ("Stated beliefs and plans", "beliefs")):
        groups = [sp for sp in s["speakers"] if sp[key]]
        if groups:
            out.print(f"\n[bold]{heading}[/]")
        for sp in groups:
            roles = f" · {escape(sp['roles'][0])}" if sp["roles"] and key == "quotes" else ""
            out.print(f"  [bold]{escape(sp['speaker'])}[/]{roles}")
            for q in sp[key]:
                text = q["text"] if len(q["text"]) <= 160 else q["text"][:159] + "…"
                why = f" [italic yellow]({escape(q['why'])})[/]" if q["why"] else ""
                out.print(f"    {q['language']} {q['kind']}: {escape(text)}{why}")
    if s["entities"]:
        out.print("\n[bold]Entities[/] (spellings per language)")
        for e in s["entities"][:25]:
            spellings = "; ".join(f"{lang}: {', '.join(v)}" for lang, v in e["variants"].items())
            out.print(f"  {e['label']:<4} {escape(e['name'])} — {escape(spellings)}")
    if s["conflicts"]:
        out.print("\n[bold]Numbers stated differently[/]")
        for c in s["conflicts"]:
            values = " vs ".join(c["written"])
            out.print(f"  {escape(values)} ({escape(', '.join(c['about']))}) · {c['confidence']}")
            out.print(f"    [dim]{escape('; '.join(c['basis']))}[/]")
            for stated in c["stated"]:
                out.print(
                    f"    {stated['language']} {stated['article']}: {escape(stated['sentence'])}"
                )
            for also in c["also"]:
                said = f"{also['language']} {also['article']}: {also['written']}"
                out.print(f"    also {escape(said)}")
    out.print("\n[bold]What each article adds[/]")
    for a in s["adds"]:
        bits = [
            f"{kind}: {', '.join(map(str, a[kind][:8]))}"
            for kind in ("speakers", "entities", "numbers", "dates")
            if a[kind]
        ]
        out.print(
            f"  {a['language'] or '??'} {a['article']}: "
            + escape(" · ".join(bits) or "nothing new")
        )


@main.command("entity")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The record as one JSON object.")
def entity_cmd(name: str, db: Path, as_json: bool) -> None:
    """One entity across stories and languages: its spellings per language, the roles
    quotes give it, the other spellings linked into it and why, its articles and quotes.

    NAME is a name in any spelling or script ("Pjöngjang", "Ким Чен Ын") or an entity id
    ("per:iver-neumann"), as `newsweave show` and `newsweave story` print them.
    """
    from newsweave.store.names import entity_record, lookup

    store = _open(db, readonly=True)
    resolved = lookup(store.conn, name)
    found = list(resolved.matches) if resolved else []
    record = entity_record(store.conn, resolved.entity) if resolved else None
    if record is None:
        err.print(f"No entity {name!r} in {db}.")
        sys.exit(1)
    if as_json:
        others = [{"entity": m.entity, "name": m.name, "mentions": m.mentions} for m in found[1:]]
        payload = {**record.to_json(), "also": others}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    r = record
    out.print(f"[bold]{escape(r.name)}[/] ({r.label}, {escape(r.entity)})")
    out.print(
        f"{_count(r.mentions, 'mention')} in {_count(r.article_count, 'article')}, "
        f"{_count(len(r.stories), 'story', 'stories')}, {_count(r.quote_count, 'quote')}"
    )
    out.print("\n[bold]Spellings[/]")
    for language, spellings in r.variants.items():
        out.print(f"  {language}: " + escape(", ".join(f"{s} ({n})" for s, n in spellings.items())))
    if r.roles:
        out.print("\n[bold]Roles[/]")
        for role in r.roles:
            when = " – ".join(dict.fromkeys(filter(None, (role["first"], role["last"]))))
            said = "; ".join(filter(None, (",".join(role["languages"]), when)))
            out.print(f"  {escape(role['role'])} [dim]({escape(said)})[/]")
    if r.links:
        out.print("\n[bold]Linked[/]")
        for k in r.links:
            out.print(f"  story {k['story']}: {escape(k['reason'])}")
    if r.quotes:
        out.print("\n[bold]Quotes[/]")
        for q in r.quotes[:10]:
            text = q["text"] if len(q["text"]) <= 160 else q["text"][:159] + "…"
            out.print(f"  {q['published'] or '?'} {q['language']} {q['kind']}: {escape(text)}")
    out.print("\n[bold]Articles[/]")
    for a in r.articles[:10]:
        title = a["title"] or a["lead"][:70]
        story = f"story {a['story']}" if a["story"] is not None else ""
        out.print(f"  {a['published'] or '          '}  {a['language'] or '??'}  {story:<10} "
                  f"{escape(a['id'][:24])}  {escape(title[:60])}")  # fmt: skip
    if len(found) > 1:
        also = ", ".join(f"{m.entity} ({m.mentions})" for m in found[1:6])
        out.print(f"\n[dim]Also named so: {escape(also)}[/]")


@main.command("cluster")
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
    help="One JSON object per article (the output contract) with its `story`.",
)  # fmt: skip
@click.option(
    "--window-days", type=click.FloatRange(min=0, min_open=True), default=30.0,
    show_default=True, help="A story with no new article for this long is closed.",
)  # fmt: skip
@language_option
@languages_option
@ner_option
@max_chars_option
@max_size_option
@all_files_option
@jobs_option
def cluster_cmd(
    paths: Sequence[Path],
    fmt: str,
    window_days: float,
    language: str | None,
    languages: tuple[str, ...] | None,
    ner: str,
    max_chars: int,
    max_size: int,
    all_files: bool,
    jobs: int,
) -> None:
    """Put articles in stories without a database: analyse them, then assign each a
    `story` in publication order (articles without a date last, in input order).

    \b
    Example:
      newsweave cluster feed.jsonl > stories.jsonl
    """
    from datetime import UTC, datetime, timedelta

    from newsweave.store.stories import article_time
    from newsweave.stories.cluster import StoryClusterer
    from newsweave.stories.features import features

    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars)
    problems: list[Problem] = []
    with Analyzer(pipeline, jobs) as run:
        inputs = _inputs(paths, max_size, problems, language, None, _skip(all_files))
        analysed = list(run(inputs))
    late = datetime.max.replace(tzinfo=UTC)
    order = sorted(range(len(analysed)), key=lambda i: (article_time(analysed[i], late), i))
    clusterer = StoryClusterer(window=timedelta(days=window_days))
    for i in order:
        article = analysed[i]
        when = None if article.published is None else article_time(article, late)
        a = clusterer.add(article.id, features(article), when)
        row = article.to_json() | {"story": a.story, "story_similarity": a.score}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if problems:
        err.print(f"{len(analysed)} article(s) clustered; {len(problems)} input(s) skipped.")
    failed = [f for article in analysed for f in _failed(article)]
    _report_failures(failed)
    sys.exit(max(_exit_status(problems, len(analysed)), 1 if failed else 0))


@eval_group.command("stories")
@click.option(
    "--data", "data_path", type=click.Path(exists=True, path_type=Path), required=True,
    help="A .jsonl file of texts with gold groups (ITN blurbs: ../shared/data/stories/"
    "itn_dev.jsonl; articles with `group`: ../shared/data/news/meantime/"
    "meantime.derived.jsonl), or a folder of them.",
)  # fmt: skip
@click.option(
    "--window-days", type=click.FloatRange(min=0, min_open=True), default=None,
    help="Close stories after this many days without a new article [default: no window; "
    "ITN's timestamps are capture times, not event times].",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N texts per file.")
@ner_option
def eval_stories(data_path: Path, window_days: float | None, limit: int | None, ner: str) -> None:
    """BCubed precision, recall and F1 of story clustering against gold groups."""
    from datetime import timedelta
    from itertools import islice

    from newsweave.evaluation.stories import evaluate, read_groups

    files = sorted(data_path.glob("*.jsonl")) if data_path.is_dir() else [data_path]
    if not files:
        raise click.ClickException(f"no .jsonl files in {data_path}")
    pipeline = default_pipeline(on_error="record", ner=_backend(ner))
    window = timedelta(days=window_days) if window_days else None
    for path in files:
        try:
            items = list(islice(read_groups(path), limit))
        except (OSError, ValueError, KeyError) as exc:
            raise click.ClickException(
                f"{path}: not a file of texts with gold groups ({exc})"
            ) from exc
        out.print(f"{path.name}: {evaluate(items, pipeline, window).table()}")


if __name__ == "__main__":
    main()
