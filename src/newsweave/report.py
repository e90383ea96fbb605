"""`newsweave report`: the desk as a static site — the same templates and page data as
`newsweave serve`, written to files with relative links, each page with its JSON twin
next to it. No server, no scripts; open index.html in a browser, or share the folder.

Layout: `index.html` (the stories), `story/<id>.html`, `article/<id>.html`,
`entity/<id>.html`, and a `.json` beside each. File names come from `urls.file_name`, so
no id can leave its folder. Each file is written whole (temporary file, then rename):
a reader never sees half a page.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from newsweave.desk import site
from newsweave.desk.pages import StoriesQuery
from newsweave.desk.urls import StaticUrls, file_name
from newsweave.store import Store

MAX_STORIES = 2000  # stories listed on the static index (the newest)


def _write(path: Path, content: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)
    os.replace(tmp, path)


def _page(folder: Path, key: str, built: site.Page) -> None:
    data, html = built
    _write(folder / f"{file_name(key)}.html", html)
    _write(folder / f"{file_name(key)}.json", json.dumps(data, ensure_ascii=False, indent=1))


def write_report(store: Store, out: str | Path, ui: str = "") -> Path:
    """Render the store to `out`, read in the language `ui` (its words, names and titles
    in it where the store has them; none: English words, names as the articles give
    them); returns the index page's path."""
    out = Path(out)
    for folder in ("story", "article", "entity"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    inner = StaticUrls(depth=1)
    data, html = site.stories(
        store, StoriesQuery(), StaticUrls(depth=0), limit=MAX_STORIES, ui=ui
    )
    _write(out / "index.html", html)
    _write(out / "index.json", json.dumps(data, ensure_ascii=False, indent=1))
    entities: set[str] = set()
    for row in data["stories"]:
        built = site.story(store, row["id"], inner, ui=ui)
        if built is not None:
            _page(out / "story", str(row["id"]), built)
            entities.update(_entities_of_story(built[0]))
    for article in store.iter_articles():
        built = site.article(store, article.id, inner, ui)
        if built is not None:
            _page(out / "article", article.id, built)
            entities.update(m.entity for m in article.entities if m.entity)
            entities.update(
                q.speaker.entity for q in article.quotes if q.speaker and q.speaker.entity
            )
    for entity in sorted(entities):
        built = site.entity(store, entity, inner, ui)
        if built is not None:
            _page(out / "entity", entity, built)
    return out / "index.html"


def _entities_of_story(story: dict[str, Any]) -> set[str]:
    found = {e["entity"] for e in story["entities"]}
    found.update(sp["entity"] for sp in story["speakers"] if sp["entity"])
    found.update(n["entity"] for n in story["graph"].get("nodes", []))
    return found
