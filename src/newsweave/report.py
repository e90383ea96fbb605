"""A static HTML site over the store: an index of articles by language and date, and a
page per article with its sentences and resolved dates marked. Relative links, no
server, no scripts; everything that comes from an article is escaped."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape

from newsweave.article import Article
from newsweave.highlight import Mark, render
from newsweave.store import Store

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")


def page_name(article_id: str) -> str:
    """A file name for an article page that cannot escape its folder, whatever the id."""
    if _SAFE_ID.fullmatch(article_id) and ".." not in article_id:
        return f"{article_id}.html"
    return f"a-{hashlib.sha256(article_id.encode()).hexdigest()[:16]}.html"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the report (no javascript: or data: URLs)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


_ENGLISH = Locale("en")


def language_name(code: str | None) -> str:
    """'da' -> 'Danish'; an unknown code is shown as it is."""
    return str(_ENGLISH.languages.get(code or "und", code))


@dataclass(frozen=True)
class _Listed:
    title: str | None
    published: str | None
    source: str | None
    href: str


@dataclass(frozen=True)
class _Group:
    code: str
    name: str
    articles: list[_Listed]


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("newsweave", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _write(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a page."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".html")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)
    os.replace(tmp, path)


def entity_table(article: Article) -> list[dict[str, object]]:
    """The article's entities, one row per canonical entity: its name, label, how often it
    is mentioned and the spellings used; names first, then country references."""
    rows: dict[str, dict[str, object]] = {}
    for m in article.entities:
        row = rows.setdefault(
            m.entity,
            {
                "name": m.name,
                "label": m.label,
                "entity": m.entity,
                "kind": m.kind,
                "count": 0,
                "spellings": [],
            },
        )
        row["count"] = int(row["count"]) + 1  # type: ignore[call-overload]
        spellings = row["spellings"]
        assert isinstance(spellings, list)
        if m.text not in spellings:
            spellings.append(m.text)
    order = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
    return sorted(
        rows.values(),
        key=lambda r: (
            r["kind"] != "name",
            order.get(str(r["label"]), 9),
            -int(r["count"]),
            str(r["name"]),
        ),
    )  # type: ignore[call-overload]


def article_body(article: Article) -> tuple[str, list[dict[str, object]]]:
    """The article text as HTML (sentences, entities and dates marked) and its dates with
    the index of the sentence each lies in."""
    marks = [
        Mark(s.start, s.end, "span", (("class", "s"), ("id", f"s{n}")))
        for n, s in enumerate(article.sentences)
    ]
    for m in article.entities:
        css = "ent ent-ref" if m.kind != "name" else f"ent ent-{m.label.lower()}"
        marks.append(
            Mark(m.start, m.end, "mark", (("class", css), ("title", f"{m.label} · {m.name}")))
        )
    starts = [s.start for s in article.sentences]
    dates = []
    for d in article.dates:
        title = f"{d.value}" if d.value else "unresolved"
        marks.append(Mark(d.start, d.end, "mark", (("class", "date"), ("title", title))))
        dates.append(
            {
                "text": d.text,
                "value": d.value,
                "sentence": max(0, bisect_right(starts, d.start) - 1),
            }
        )
    return render(article.text, marks), dates


def write_report(store: Store, out: str | Path) -> Path:
    """Render the store to `out`; returns the index page's path."""
    out = Path(out)
    pages = out / "articles"
    pages.mkdir(parents=True, exist_ok=True)
    env = _env()
    article_tpl = env.get_template("article.html")
    groups: dict[str, list[_Listed]] = {}
    for article in store.iter_articles():
        code = article.language or "und"
        name = page_name(article.id)
        body, dates = article_body(article)
        article.url = safe_url(article.url)
        _write(
            pages / name,
            article_tpl.render(
                root="../",
                article=article,
                body=body,
                dates=dates,
                entities=entity_table(article),
                lang_code=code,
                lang_name=language_name(article.language),
            ),
        )
        groups.setdefault(code, []).append(
            _Listed(
                article.headline(),
                article.published.isoformat() if article.published else None,
                article.source,
                f"articles/{name}",
            )
        )
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    index = out / "index.html"
    _write(
        index,
        env.get_template("index.html").render(
            root="",
            total=sum(len(v) for v in groups.values()),
            groups=[_Group(code, language_name(code), items) for code, items in ordered],
        ),
    )
    return index
