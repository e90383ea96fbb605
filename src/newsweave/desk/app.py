"""`newsweave serve`: the desk as a web app over a store, read-only.

Every page has a JSON twin (`?format=json`) with the same data. Article text, titles and
names are untrusted: the templates escape everything, the Content-Security-Policy forbids
scripts and every resource but the page's own stylesheet, the database is opened
read-only (one connection per worker thread, `ThreadStores`), ids are looked up in the
database and never touch the file system, and an error shows a plain page with no stack
trace. A database this newsweave cannot read as it is — written by an older newsweave
and not yet migrated, or by a newer one — is refused at start and, if it becomes so while
served (replaced, or migrated by a newer newsweave beside the desk), on each page: a 503
that says what to run, never a page built from a schema the code does not know.

Every request is checked before it reaches the store: the Host header against an allowlist
(`hosts.py`, against DNS rebinding), each path and query value strictly (`params.py`). A
malformed value is a 400 naming the parameter; an id that cannot exist is a 404.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsweave.desk import pages, params, site
from newsweave.desk.hosts import HostAllowlist, allowed_hosts
from newsweave.desk.i18n import SOURCE, SWITCH, own_name
from newsweave.desk.render import CSP_HEADER
from newsweave.desk.urls import Urls
from newsweave.language import known_languages
from newsweave.store import Store, StoreError
from newsweave.store.db import is_url
from newsweave.translation import Translator
from newsweave.views.stories import story_of, story_version

log = logging.getLogger("newsweave.desk")
URLS = Urls()
HEADERS = {
    "content-security-policy": CSP_HEADER,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


class SecurityHeaders:
    """Adds `HEADERS` to every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.decode() not in HEADERS
                ]
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class PageCache:
    """The last `size` story pages built, each kept with the version of its story
    (`story_version`): a story that grows or whose articles were corrected is rebuilt, one
    that did not change is served as built. The desk only reads; an ingest beside it changes
    the version."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._pages: OrderedDict[Any, tuple[Any, site.Page | None]] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, key: Any, version: Any, build: Callable[[], site.Page | None]
    ) -> site.Page | None:
        with self._lock:
            cached = self._pages.get(key)
            if cached is not None and cached[0] == version:
                self._pages.move_to_end(key)
                return cached[1]
        page = build()
        with self._lock:
            self._pages[key] = (version, page)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return page


class ThreadStores:
    """One read-only `Store` per worker thread, opened by the thread's first request and
    kept for the next ones, so that SQLite's page cache outlives a request (a page of a
    big store reads its indexes at random), and a PostgreSQL server is not asked for a
    new connection per page. Each request sees what is committed when it starts reading
    (autocommit: an ingest beside the desk shows on the next page). A database file
    replaced under the desk (a new demo, a restored copy) is opened again: each request
    compares the file's identity with the one the thread opened (a PostgreSQL database
    is the one its URL names). Each request also checks the schema version
    (`Store.check_schema`: a newer newsweave may have migrated the database beside the
    desk); a store that fails it is dropped and the `StoreError` raised, so the next
    request looks again. A connection the server ended (a restart) is made again at once."""

    def __init__(self, db: Path | str) -> None:
        self.db = db
        self._local = threading.local()

    def _identity(self) -> object:
        if is_url(self.db):
            return self.db
        try:
            stat = Path(self.db).stat()
        except OSError:
            return None  # gone: opening it says so (`StoreError`)
        return (stat.st_dev, stat.st_ino)

    def get(self) -> Store:
        identity = self._identity()
        held: tuple[Store, object] | None = getattr(self._local, "held", None)
        if held is not None and identity is not None and held[1] == identity:
            try:
                held[0].check_schema()
                return held[0]
            except StoreError:
                lost = held[0].lost
                self._drop()
                if not lost:
                    raise
                # a server that ended the connection (restarted): connect again, below
        self._drop()
        store = Store(self.db, readonly=True)  # checks the schema version
        self._local.held = (store, identity)
        return store

    def _drop(self) -> None:
        held = getattr(self._local, "held", None)
        if held is not None:
            self._local.held = None
            held[0].close()


class Languages:
    """The codes a language filter may name: those newsweave knows, and any the store
    holds (read only when asked for one newsweave does not know)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __contains__(self, code: object) -> bool:
        return code in known_languages() or code in {c for c, _ in self.store.languages()}


def create_app(
    db: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_hosts: Iterable[str] = (),
    ui_language: str = "",
    translator: Translator | None = None,
) -> Starlette:
    """The desk over the database at `db` (which must exist: it is never created here),
    answering requests addressed to `host`:`port` (where it listens), localhost, or one of
    `allow_hosts` (see `hosts.allowed_hosts`). `ui_language`: the language pages are read
    in unless a reader chooses another (`?ui=`); none: English words, names as the
    articles give them. `translator`: the reader's own model, to translate a story's
    quotes when asked (`?translate=1`, see `newsweave.translation`)."""
    default_ui = params.ui_language(ui_language)
    Store(db, readonly=True).close()  # fail now, with the store's own message, not per page
    cache = PageCache()
    stores = ThreadStores(db)

    def reading(request: Request) -> tuple[Urls, dict[str, Any]]:
        """The links of a page for this request (keeping the language the reader chose)
        and what a page is built with: its language and the switch to the others."""
        chosen = params.ui_language(_query(request, ("ui",)).get("ui", ""))
        ui = chosen or default_ui
        return Urls(chosen), {"ui": ui, "switch": _switch(request, ui or SOURCE)}

    def page(build: Callable[..., site.Page | None], what: str) -> Callable:
        def endpoint(request: Request) -> Response:
            try:
                wanted = params.output_format(_query(request, ("format",)))
                urls, context = reading(request)
                built = build(stores.get(), request, urls, context)
            except params.BadParameter as exc:
                raise HTTPException(400, f"Bad value for {exc.name}: {exc.reason}.") from None
            except StoreError as exc:  # gone, or at a schema this newsweave does not serve
                log.error("cannot serve %s: %s", request.url.path, exc)
                raise HTTPException(503, str(exc)) from None
            if built is None:
                raise HTTPException(404, f"No {what} with this id in the store.")
            data, html = built
            if wanted == "json":
                return JSONResponse(data)
            return HTMLResponse(html)

        return endpoint

    def stories(store: Store, request: Request, urls: Urls, context: dict) -> site.Page:
        query = pages.StoriesQuery.parse(
            _query(request, pages.StoriesQuery.NAMES), Languages(store)
        )
        return site.stories(store, query, urls, **context)

    def story(store: Store, request: Request, urls: Urls, context: dict) -> site.Page | None:
        asked_for = _query(request, ("language", "translate"))
        language = params.language(asked_for.get("language", ""), Languages(store))
        translate = params.flag("translate", asked_for.get("translate", ""))
        asked = params.story_id(request.path_params["story_id"])
        if asked is None:
            return None  # not a number SQLite could hold: no such story
        current = story_of(store, asked)
        if current is None:
            return None
        version = story_version(store, current)
        return cache.get(
            (asked, language, urls.ui, context["ui"], translate),
            (current, *version),
            lambda: site.story(
                store, asked, urls, language, translator=translator, translate=translate,
                **context,
            ),
        )  # fmt: skip

    def entity(store: Store, request: Request, urls: Urls, context: dict) -> site.Page | None:
        return site.entity(store, request.path_params["entity"], urls, **context)

    def article(store: Store, request: Request, urls: Urls, context: dict) -> site.Page | None:
        return site.article(store, request.path_params["article_id"], urls, **context)

    routes = [
        Route("/", page(stories, "stories"), methods=["GET"]),
        Route("/story/{story_id}", page(story, "story"), methods=["GET"]),
        Route("/entity/{entity:path}", page(entity, "entity"), methods=["GET"]),
        Route("/article/{article_id:path}", page(article, "article"), methods=["GET"]),
    ]
    handlers: dict[Any, Callable] = {HTTPException: _http_error, Exception: _server_error}
    app = Starlette(routes=routes, exception_handlers=handlers, debug=False)
    app.add_middleware(HostAllowlist, allowed=allowed_hosts(host, port, allow_hosts))
    app.add_middleware(SecurityHeaders)  # outermost: a refused Host gets the headers too
    return app


def _query(request: Request, names: Iterable[str]) -> dict[str, str]:
    """The request's values of `names`, each at most once (`params.single`)."""
    return params.single(request.query_params.multi_items(), tuple(names))


def _switch(request: Request, current: str) -> list[dict[str, Any]]:
    """Links to this page in each language the desk has words for (`i18n.SWITCH`, and the
    one it is read in), every other parameter kept."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "ui"]
    codes = list(dict.fromkeys([*SWITCH, current]))
    return [
        {
            "code": code,
            "name": own_name(code),
            "href": request.url.path + "?" + urlencode([*kept, ("ui", code)]),
            "current": code == current,
        }
        for code in codes
    ]


def _wants_json(request: Request) -> bool:
    return request.query_params.getlist("format") == ["json"]


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    title = {404: "Not found", 405: "Not allowed", 503: "Store unavailable"}.get(
        exc.status_code, "Bad request"
    )
    plain = {404: "There is no page at this address.", 405: title, 400: title}
    message = (
        exc.detail
        if exc.status_code in (400, 404, 503)
        and exc.detail not in ("Not Found", "Bad Request", "Service Unavailable")
        else plain.get(exc.status_code, title)
    )
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=exc.status_code)
    return HTMLResponse(site.error(URLS, title, message), status_code=exc.status_code)


def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path)  # the trace stays in the log
    message = "Something went wrong reading the store; the server log says what."
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=500)
    return HTMLResponse(site.error(URLS, "Server error", message), status_code=500)
