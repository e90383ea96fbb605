"""The read side over stories and entities: `stories`, `story` and `entity`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from newsweave.cli import main
from newsweave.cli.common import _count, _open, err, out
from newsweave.cli.options import db_option
from newsweave.language import normalize_code


@main.command("stories")
@db_option
@click.option(
    "--language", metavar="L",
    help="Only stories with an article in this language, titled with its headline.",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories_cmd(db: Path | str, language: str | None, limit: int, as_json: bool) -> None:
    """List stories, the most recently active first. A story's title is the headline of
    its most representative article (in --language, when given)."""
    from newsweave.views.stories import list_stories

    store = _open(db, readonly=True)
    rows = list_stories(store, limit=limit, language=normalize_code(language) if language else None)
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
def story_cmd(story_id: int, db: Path | str, language: str | None, as_json: bool) -> None:
    """One story: its articles in time, who said what, its entities with their spellings
    per language, and what each source adds."""
    from newsweave.views.story import story_view

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
def entity_cmd(name: str, db: Path | str, as_json: bool) -> None:
    """One entity across stories and languages: its spellings per language, the roles
    quotes give it, the other spellings linked into it and why, its articles and quotes.

    NAME is a name in any spelling or script ("Pjöngjang", "Ким Чен Ын") or an entity id
    ("per:iver-neumann"), as `newsweave show` and `newsweave story` print them.
    """
    from newsweave.views.entities import entity_record, lookup

    store = _open(db, readonly=True)
    resolved = lookup(store, name)
    found = list(resolved.matches) if resolved else []
    record = entity_record(store, resolved.entity) if resolved else None
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
