"""Where each page lives: on the server (`/story/12`) or in a static site, relative to
the page that links to it (`../story/12.html`). Templates only ever ask an `Urls` for a
link, so one template serves both."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, urlencode

_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}")


def file_name(key: str) -> str:
    """A file name for an id that cannot leave its folder or clash, whatever the id:
    the id itself when it is plain, else a hash of it."""
    if _SAFE.fullmatch(key) and ".." not in key and not key.endswith((".json", ".html")):
        return key.replace(":", "~")
    return "h-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class Urls:
    """Links on the server: absolute paths, JSON twins as `?format=json`. `ui`: the
    language the reader chose for the pages, kept in every link (none: the server's)."""

    static = False

    def __init__(self, ui: str = "") -> None:
        self.ui = ui

    def _query(self, **params: str | None) -> str:
        query = urlencode({k: v for k, v in {**params, "ui": self.ui}.items() if v})
        return f"?{query}" if query else ""

    def stories(self, **params: str | None) -> str:
        return "/" + self._query(**params)

    def story(self, story_id: int, language: str | None = None, translate: bool = False) -> str:
        """A story page; `language`: the language the analyst reads it in, if chosen;
        `translate`: with its quotes machine-translated."""
        return f"/story/{story_id}" + self._query(
            language=language, translate="1" if translate else None
        )

    def entity(self, entity: str) -> str:
        return "/entity/" + quote(entity, safe="") + self._query()

    def article(self, article_id: str, anchor: str | None = None) -> str:
        """An article page; `anchor` is a sentence ("s3") or a quote ("q0") in it."""
        return (
            "/article/" + quote(article_id, safe="") + self._query()
            + (f"#{anchor}" if anchor else "")
        )  # fmt: skip

    def json(self, page: str) -> str:
        """The JSON twin of the page at `page`."""
        path = page.partition("#")[0]
        return path + ("&" if "?" in path else "?") + "format=json"


class StaticUrls(Urls):
    """Links inside a static site, relative to a page `depth` folders below its root;
    JSON twins are files next to the pages."""

    static = True

    def __init__(self, depth: int = 0) -> None:
        super().__init__()
        self.root = "../" * depth

    def stories(self, **params: str | None) -> str:
        return self.root + "index.html"

    def story(self, story_id: int, language: str | None = None, translate: bool = False) -> str:
        return f"{self.root}story/{story_id}.html"  # one reading: no language to choose

    def entity(self, entity: str) -> str:
        return f"{self.root}entity/{quote(file_name(entity))}.html"

    def article(self, article_id: str, anchor: str | None = None) -> str:
        tail = f"#{anchor}" if anchor else ""
        return f"{self.root}article/{quote(file_name(article_id))}.html{tail}"

    def json(self, page: str) -> str:
        return page.partition("#")[0].removesuffix(".html") + ".json"
