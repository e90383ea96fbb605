"""The read side over stored articles: `articles`, `show` and `quotes`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from newsweave.cli import main
from newsweave.cli.analyze import _print_quote, _print_summary
from newsweave.cli.common import _open, err, out
from newsweave.cli.options import db_option
from newsweave.language import normalize_code


@main.command()
@db_option
@click.option("--language", metavar="L", help="Only articles in this language.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def articles(db: Path | str, language: str | None, limit: int) -> None:
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
def quotes_cmd(speaker: str, db: Path | str, limit: int) -> None:
    """Everything one speaker said, across articles and languages.

    SPEAKER is found as `newsweave entity` finds a name: any spelling or script, a part
    of a name ("Neumann"), or an entity id ("per:iver-neumann"); a speaker the articles
    only describe ("Analysten") by those words.
    """
    from newsweave.views.entities import lookup
    from newsweave.views.quotes import quotes_by

    store = _open(db, readonly=True)
    found = quotes_by(store, speaker, limit=limit)
    if not found:
        named = lookup(store, speaker)
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
def show(article_id: str, db: Path | str, as_json: bool) -> None:
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
