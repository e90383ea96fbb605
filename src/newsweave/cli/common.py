"""What the commands share: the two consoles (one of each, for every command), reading
inputs and reporting what could not be read or analysed, opening the store and the --ner
backend, and small text helpers."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.rule import Rule

from newsweave.article import Article
from newsweave.batch import with_defaults
from newsweave.entities.backend import NerBackend, NerModelError, load_backend
from newsweave.ingest import NOT_ARTICLES, Deduplicator, NotAnArticle, Problem, read
from newsweave.language import normalize_code
from newsweave.pipeline import FAILED, failures
from newsweave.store import Store, StoreError

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


READ_ALL_HINT = "name the file itself, or pass --all-files, to read it"


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


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _snippet(text: str, start: int, end: int, width: int = 36) -> str:
    left = re.sub(r"\s+", " ", text[max(0, start - width) : start].split("\n")[-1])
    right = re.sub(r"\s+", " ", text[end : end + width].split("\n")[0])
    return f"…{left}[bold]{escape(text[start:end])}[/]{right}…"


def _open(db: Path | str, *, readonly: bool = False) -> Store:
    try:
        return Store(db, readonly=readonly)
    except StoreError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
