"""`analyze` and `cluster`: analyse articles without a database; and the readable summary
of an article, which `show` and `quotes` print too."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import click
from rich.markup import escape
from rich.padding import Padding

from newsweave.analysis import Analyzer, default_pipeline
from newsweave.article import Article, Quote
from newsweave.cli import main
from newsweave.cli.common import (
    _backend,
    _count,
    _exit_status,
    _failed,
    _inputs,
    _report_failures,
    _rule,
    _snippet,
    err,
    out,
)
from newsweave.cli.options import (
    INPUT_PATH,
    _languages,
    _skip,
    all_files_option,
    jobs_option,
    language_option,
    languages_option,
    max_chars_option,
    max_size_option,
    ner_option,
    published_option,
)
from newsweave.ingest import Problem


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
    # sentence vectors serve a stored story's page only; nothing here shows them
    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars,
                                sentence_vectors=False)
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
    `story` as `newsweave ingest` would in one batch: dated articles in publication order,
    then undated ones, each day's by id (`newsweave.stories.stream`).

    \b
    Example:
      newsweave cluster feed.jsonl > stories.jsonl
    """
    from datetime import timedelta

    from newsweave.stories import stream
    from newsweave.stories.cluster import StoryClusterer
    from newsweave.stories.features import features

    # sentence vectors serve a stored story's page only; nothing here shows them
    pipeline = default_pipeline(_languages(languages), ner=_backend(ner), max_chars=max_chars,
                                sentence_vectors=False)
    problems: list[Problem] = []
    with Analyzer(pipeline, jobs, extra=features) as run:
        inputs = _inputs(paths, max_size, problems, language, None, _skip(all_files))
        analysed = list(run.pairs(inputs))
    clusterer = StoryClusterer(window=timedelta(days=window_days))
    for article, _, _, a in stream.assign(clusterer, analysed):
        row = article.to_json() | {"story": a.story, "story_similarity": a.score}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if problems:
        err.print(f"{len(analysed)} article(s) clustered; {len(problems)} input(s) skipped.")
    failed = [f for article, _ in analysed for f in _failed(article)]
    _report_failures(failed)
    sys.exit(max(_exit_status(problems, len(analysed)), 1 if failed else 0))


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
