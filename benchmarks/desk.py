"""The web desk (`newsweave serve`) over a store of 50,000 articles: response times of the
stories page, a story of ~200 articles, an entity and an article, and the time to build the
store through the real write path. The issue's target: under 100 ms at the median for the
page of a story of 200 articles.

    python benchmarks/desk.py [--articles 50000] [--db PATH | --reuse PATH] [--per-day 300]
        [--case-copies 200] [--repeat 30] [--warmup 3] [--q WORD] [--profile slow|all|none]
        [--profile-build] [--limit 0]

Quick check that it works: `python benchmarks/desk.py --articles 2000`. To keep the store
and measure it again later (after a change to the desk), build it with `--db PATH` and
measure it with `--reuse PATH` (no build; the build figures are read from `PATH.build.json`,
written next to it). Without `--db` or `--reuse` the store is built in a temporary folder
and deleted at the end. `--db` never overwrites an existing file. `--db` and `--reuse` also
take a PostgreSQL URL (`postgresql://user@host:port/dbname`: `--db` builds into an empty
database there, never one that holds a store; the build figures go to
`$TMPDIR/newsweave-desk-<dbname>.build.json`). `--ner fast` analyses the real articles
with the fast NER tier (quicker to build; fewer, other mentions).

How the store is made (N = `--articles`, case copies included):

1. Real articles, analysed once. The bundled sample corpus (src/newsweave/sample) and, when
   ../shared exists, the MEANTIME news articles and the English Wikinews 2019–2020 articles
   under ../shared/data/news/ (exact duplicates dropped) are run through
   `default_pipeline()`, and `stories.features.features` is computed once for each (this
   time is printed, not part of the build time). The two case articles
   (../shared/cases/*.txt, Danish and German, analysed with their language and a
   publication date of 2023-09-13 / 2023-09-12) are analysed the same way; without
   ../shared, the first two bundled articles stand in for them.
2. Replication, as in benchmarks/stories_scale.py. Stream position j is base article
   `perm_k[j mod B]` of epoch k = j div B (B real articles, `perm_k` a seeded shuffle per
   epoch). The copy has id `<id>~<k>`, the text of the real article with "Copy k." appended
   at its END (so every stored annotation offset stays valid and the content hashes differ),
   the real article's annotations, and publication day `2020-01-01 + j div --per-day`
   (300 articles a day: 50,000 articles span 167 days). Its story keys are the real
   article's, with every non-word key found in at most `--rare-share` (5%) of the real
   articles renamed `<key>~<k>` in copies k >= 1, so that each epoch tells new stories
   rather than feeding one giant story per real article.
3. The ~200-article story: `--case-copies` copies of the two case articles (alternately
   Danish and German, ids `case~<i>~da|de`, "Case copy i." appended) with their keys NOT
   renamed, dated over three days in the middle of the stream, so that they cluster into
   one story. Its real size (other articles may join it, a copy may start a story of its
   own) is reported.
4. Writing. Batches of 200 (newsweave.batch.BATCH_SIZE) in time order, each through
   `Store.known` and `Store.write_batch(run_id, articles, clusterer=..., keys={id: keys})`
   exactly as `newsweave.batch.ingest` calls them, with one clusterer (`Store.clusterer()`)
   kept across batches: the real write path, with story assignment, merges and entity
   linking. Only those two calls are timed; the build time is reported per 1,000 articles
   (ms per article; it should stay flat), first and last block in the table.

What is measured: the desk as `create_app(db)` (newsweave.desk.app) through starlette's
`TestClient`, in-process (no network; the app opens the database read-only for each
request), in a fresh process spawned after the build, so that its peak RSS (VmHWM) is the
serving process's alone. `--warmup` rounds of one request of each page, then `--repeat`
rounds (round-robin, so that drift affects all pages alike), each request timed with
time.perf_counter around `client.get` (the body is read). Pages: `/`, `/?format=json`,
`/?language=en`, `/?q=<the real articles' most common English content word>` (or `--q`),
`/?entity=<the name of the most mentioned entity>`, the case story and its JSON twin, the
largest story (when it is another), `/entity/<the most mentioned entity id>`,
`/article/<a copy from the middle of the store>`, and a 404 page as the floor (TestClient,
routing and one template). The desk keeps the story pages it built in a cache of its own
(`create_app`), so the story pages are also timed as a "first view": each request from an
app made for it (not timed), with the functools caches of newsweave.stories.compare dropped —
the page as its first reader waits for it. Reported: median, p90 and max in ms and the
body size per page; the store size on disk (database, WAL and shared-memory files); the peak
RSS of the serving process and of the build.

Every page whose median is over `--target` ms (100) is then built once under cProfile and
the top functions by cumulative time are printed (`--profile all`: every page). The profile
calls the page's endpoint directly in the measuring thread (cProfile sees one thread, and
TestClient runs the app in another): the page as built and its response made, without the
ASGI plumbing the 404 floor shows. cProfile slows the code it watches (about 3× here), so
read its times as shares. `--profile-build` profiles the `write_batch` calls of the last
tenth of the build.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import datetime as dt
import hashlib
import io
import json
import multiprocessing
import os
import platform
import pstats
import random
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

import newsweave
from newsweave.article import Article
from newsweave.store import Store
from newsweave.store.db import is_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # benchmarks.stories_scale, when run as a script

from benchmarks.stories_scale import REAL, rare_keys, read_news  # noqa: E402

SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CASES = SHARED / "cases"
CASE_DATES = {"da": dt.date(2023, 9, 13), "de": dt.date(2023, 9, 12)}
START = dt.date(2020, 1, 1)
DESK = "http://127.0.0.1:8000"  # the Host the desk answers by default (its allowlist)
SEP = "~"  # between a real id or key and the number of the copy
BLOCK = 1_000  # articles per build-time figure
CASE_DAYS = 3  # days the case copies are spread over
SRC = Path(newsweave.__file__).resolve().parents[1]


@dataclass(slots=True)
class Base:
    """One real article, analysed, with its story keys and which of them are rare."""

    article: Article
    keys: Counter[str]
    rare: frozenset[str]


@dataclass(slots=True)
class Build:
    """How the store was built (also kept as JSON next to the database)."""

    articles: int
    real: int
    real_source: str
    case_copies: int
    days: int
    seconds: float
    ms_per_article: list[float]  # per block of BLOCK articles
    analysis_seconds: float
    peak_rss_mb: float
    date: str
    source_sha: str


@dataclass(slots=True)
class Timing:
    label: str
    path: str
    status: int
    bytes: int
    median: float
    p90: float
    max: float


# ---- the real articles ------------------------------------------------------------------


def real_articles(limit: int) -> tuple[list[Article], str]:
    """The bundled sample corpus, plus MEANTIME and Wikinews from ../shared when present."""
    from newsweave.cli import sample_corpus
    from newsweave.ingest import read

    out = [a for a in read(sample_corpus()) if isinstance(a, Article)]
    source = "bundled sample corpus"
    if all(p.exists() for p in REAL):
        out += read_news()
        source += " + MEANTIME (en/es/it/nl) + Wikinews en 2019-2020 (../shared/data/news)"
    seen: set[str] = set()
    unique: list[Article] = []
    for a in out:  # the sample is drawn from the same sources: drop exact duplicates
        if a.content_hash not in seen and a.id not in seen and SEP not in a.id:
            seen.update((a.content_hash, a.id))
            unique.append(a)
    if limit:  # every k-th article, so that all sources and languages stay
        unique = unique[:: max(1, len(unique) // limit)][:limit]
    return unique, source


def case_articles(fallback: list[Article]) -> tuple[list[Article], str]:
    """The two case articles (Danish, German), or two bundled articles without ../shared."""
    rows = CASES / "cases.jsonl"
    if not rows.exists():
        return [dataclasses.replace(a, id=f"case-{a.id}") for a in fallback[:2]], "bundled"
    out = []
    for line in rows.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(
                Article(
                    (CASES / r["file"]).read_text(encoding="utf-8"),
                    id=f"case-{r['language']}",
                    language=r["language"],
                    published=CASE_DATES.get(r["language"]),
                )
            )
    return out, "../shared/cases"


def analyse(articles: list[Article], rare_share: float, ner: str | None = None) -> list[Base]:
    """Run the pipeline and `features` once per article; mark the rare non-word keys."""
    from newsweave.analysis import default_pipeline
    from newsweave.entities.backend import load_backend
    from newsweave.stories.features import features

    pipe = default_pipeline(ner=load_backend(ner)) if ner else default_pipeline()
    done = [pipe(a) for a in articles]
    keys = [features(a) for a in done]
    rare = rare_keys(keys, rare_share)
    return [Base(a, ks, r) for a, ks, r in zip(done, keys, rare, strict=True)]


# ---- the stream -------------------------------------------------------------------------


def plan(n: int, base: int, cases: int, copies: int, per_day: int, seed: int) -> list[tuple]:
    """(day, is_case, index, copy number) for each article of the store, in time order."""
    copies = min(copies, n)
    replicated = n - copies
    rng = random.Random(seed)
    items: list[tuple] = []
    order: list[int] = []
    for j in range(replicated):
        epoch, i = divmod(j, base)
        if i == 0:
            order = list(range(base))
            rng.shuffle(order)
        items.append((j // per_day, 0, order[i], epoch))
    middle = max(0, (replicated // per_day) // 2 - 1)
    for i in range(copies):
        items.append((middle + i * CASE_DAYS // max(1, copies), 1, i % cases, i))
    items.sort(key=lambda t: t[0])  # stable: stream order within a day
    return items


def copy_of(b: Base, k: int, day: int, case: bool) -> tuple[Article, Counter[str]]:
    """Copy k of a real article, published on `day`, and its story keys (the rare ones
    renamed, except in a case copy)."""
    a = b.article
    # Case copies alternate Danish and German in id order, the order `assign` adds a day's
    # articles in: a pile of one language first would make a story of its own.
    new_id = f"case{SEP}{k:04d}{SEP}{a.language}" if case else f"{a.id}{SEP}{k}"
    article = dataclasses.replace(
        a,
        id=new_id,
        # at the end, so that the annotation offsets stay valid
        text=f"{a.text}\n\n{'Case copy' if case else 'Copy'} {k}.",
        published=START + dt.timedelta(days=day),
        content_hash="",
        origin=None,
    )
    if not case and k > 0:
        tag = f"{SEP}{k}"
        keys = Counter({(key + tag if key in b.rare else key): c for key, c in b.keys.items()})
    else:
        keys = Counter(b.keys)
    return article, keys


def batches(items: list[tuple], size: int) -> Iterator[list[tuple]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def build(db: Location, args: argparse.Namespace) -> Build:
    from newsweave.batch import BATCH_SIZE

    started = time.perf_counter()
    sha = source_sha()  # at the start: the code imported, as others may edit it meanwhile
    articles, source = real_articles(args.limit)
    cases, case_source = case_articles(articles)
    base = analyse(articles, args.rare_share, args.ner)
    case_base = analyse(cases, 0.0, args.ner)  # no rare keys: the copies keep them all
    analysis = time.perf_counter() - started
    langs = Counter(b.article.language or "?" for b in base)
    print(f"real articles: {len(base)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"  from {source}; case articles from {case_source}")
    print(f"  analysed + features once in {analysis:.1f} s (not part of the build time)")

    items = plan(args.articles, len(base), len(case_base), args.case_copies, args.per_day, 1)
    days = items[-1][0] + 1 if items else 0
    store = Store(db)
    run_id = store.start_run("benchmarks/desk.py")
    clusterer = store.clusterer()
    prof = cProfile.Profile() if args.profile_build else None
    profile_from = len(items) - len(items) // 10
    per_block: list[float] = []  # ms per article in each block of BLOCK articles
    spent = total = 0.0
    made = 0
    sql_spent: SqlTimes | None = None
    timing = contextlib.ExitStack()
    try:
        for chunk in batches(items, BATCH_SIZE):
            pairs = [
                copy_of(case_base[i] if is_case else base[i], k, day, case=bool(is_case))
                for day, is_case, i, k in chunk
            ]
            batch = [a for a, _ in pairs]
            keys = {a.id: ks for a, ks in pairs}
            profiling = prof is not None and made + len(chunk) > profile_from
            if profiling and sql_spent is None:  # the same store, its statements timed
                profile_from = made
                store.close()
                sql_spent = timing.enter_context(timed_sql())
                store = Store(db)
            if prof is not None and profiling:
                prof.enable()
            t0 = time.perf_counter()
            stored = store.known([a.content_hash for a in batch])
            added = store.write_batch(run_id, batch, clusterer=clusterer, keys=keys)
            took = time.perf_counter() - t0
            if prof is not None and profiling:
                prof.disable()
            if stored or added != len(batch):
                raise SystemExit(f"expected {len(batch)} new articles, stored {added}")
            spent += took
            total += took
            made += len(batch)
            if made % BLOCK == 0 or made == len(items):
                n = made % BLOCK or BLOCK
                per_block.append(spent / n * 1000)
                spent = 0.0
                if made % (BLOCK * 5) == 0 or made == len(items):
                    print(
                        f"  stored {made:>7,}: {per_block[-1]:.2f} ms/article "
                        f"(this block of {n:,}); {time.perf_counter() - started:.0f} s so far",
                        flush=True,
                    )
        store.finish_run(run_id)
    finally:
        store.close()
        timing.close()
    if prof is not None:
        print(f"\ncProfile of write_batch over the last {len(items) - profile_from:,} articles:")
        print(profile_text(prof, 25))
        if sql_spent is not None:
            print(sql_text(sql_spent, 12, "the same batches (under the profiler)"))
    result = Build(
        articles=made,
        real=len(base),
        real_source=source,
        case_copies=min(args.case_copies, args.articles),
        days=days,
        seconds=total,
        ms_per_article=per_block,
        analysis_seconds=analysis,
        peak_rss_mb=peak_rss_mb(),
        date=dt.date.today().isoformat(),
        source_sha=sha,
    )
    sidecar(db).write_text(json.dumps(dataclasses.asdict(result), indent=1))
    return result


Location = Path | str  # a SQLite file, or a PostgreSQL URL


def location(db: str) -> Location:
    return db if is_url(db) else Path(db)


def sidecar(db: Location) -> Path:
    """Where the build figures of the store at `db` are kept."""
    if isinstance(db, Path):
        return Path(f"{db}.build.json")
    name = urlsplit(db).path.strip("/") or "postgres"
    return Path(tempfile.gettempdir()) / f"newsweave-desk-{name}.build.json"


def holds_a_store(db: Location) -> bool:
    """Whether there is a store at `db` already (a file; a database with migrations)."""
    if isinstance(db, Path):
        return db.exists()
    from newsweave.store import StoreError

    try:
        Store(db, readonly=True).close()
    except StoreError as exc:
        return "no newsweave store" not in str(exc)
    return True


def upgrade(db: Location) -> None:
    """Bring a kept store to the current schema (the desk opens only a current one
    read-only): open it once for writing, as `newsweave migrate` does."""
    from newsweave.store import SchemaTooOld

    try:
        Store(db, readonly=True).close()
        return
    except SchemaTooOld:
        pass
    t0 = time.perf_counter()
    Store(db).close()
    print(f"  upgraded it to the current schema in {time.perf_counter() - t0:.1f} s")


# ---- what to ask for --------------------------------------------------------------------


def targets(db: Location, q: str | None) -> dict[str, Any]:
    """The story, entity, article and words the requests use, read from the store."""
    from newsweave.store import Store
    from newsweave.views.stories import story_of

    store = Store(db, readonly=True)
    conn = store.conn
    try:
        case_story = None
        row = conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id LIKE 'case~%' "
            "GROUP BY story_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        if row:
            case_story = story_of(store, row[0])
        largest, largest_n = conn.execute(
            "SELECT story_id, count(*) FROM story_articles GROUP BY story_id "
            "ORDER BY count(*) DESC, story_id LIMIT 1"
        ).fetchone()
        entity, mentions = conn.execute(
            "SELECT entity, count(*) FROM mentions WHERE kind = 'name' AND entity != '' "
            "GROUP BY entity ORDER BY count(*) DESC, entity LIMIT 1"
        ).fetchone()
        name = conn.execute(
            "SELECT name FROM mentions WHERE entity = ? AND kind = 'name' GROUP BY name "
            "ORDER BY count(*) DESC, name LIMIT 1",
            (entity,),
        ).fetchone()[0]
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        others = conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT LIKE 'case~%'"
        ).fetchone()[0]
        article = conn.execute(
            "SELECT id FROM articles WHERE id NOT LIKE 'case~%' ORDER BY rowid LIMIT 1 OFFSET ?",
            (others // 2,),
        ).fetchone()[0]
        texts = [r[0] for r in conn.execute(
            "SELECT text FROM articles WHERE language = 'en' ORDER BY rowid LIMIT 2000"
        )]  # fmt: skip

        def size(story: int) -> int:
            sql = "SELECT count(*) FROM story_articles WHERE story_id = ?"
            return int(conn.execute(sql, (story,)).fetchone()[0])

        stories = conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()
        return {
            "articles": total,
            "stories": stories[0],
            "case_story": case_story,
            "case_size": size(case_story) if case_story is not None else 0,
            "largest": largest,
            "largest_size": largest_n,
            "entity": entity,
            "entity_mentions": mentions,
            "entity_name": name,
            "article": article,
            "q": q or common_word(texts),
        }
    finally:
        store.close()


def common_word(texts: list[str]) -> str:
    """The content word (5+ letters, not a function word) in the most English articles."""
    from newsweave.lang import stop_words

    stop = stop_words("en")
    df: Counter[str] = Counter()
    for text in texts:
        df.update({w for w in re.findall(r"[^\W\d_]{5,}", text.lower()) if w not in stop})
    return df.most_common(1)[0][0] if df else "government"


Ask = tuple[str, str, bool]  # label, path, first view (a fresh app, caches dropped)


def requests(t: dict[str, Any]) -> list[Ask]:
    stories = [
        (f"case story {t['case_story']} ({t['case_size']} articles)", f"/story/{t['case_story']}"),
        (f"case story {t['case_story']}, JSON", f"/story/{t['case_story']}?format=json"),
    ]
    if t["case_story"] is None:
        stories = []
    if t["largest"] != t["case_story"]:
        stories.append(
            (
                f"largest story {t['largest']} ({t['largest_size']} articles)",
                f"/story/{t['largest']}",
            )
        )
    return [
        ("stories", "/", False),
        ("stories, JSON", "/?format=json", False),
        ("stories, language=en", "/?language=en", False),
        (f"stories, q={t['q']}", "/?" + urlencode({"q": t["q"]}), False),
        (
            f"stories, entity={t['entity_name']}",
            "/?" + urlencode({"entity": t["entity_name"]}),
            False,
        ),
        *((label, path, False) for label, path in stories),
        *((f"{label}, first view", path, True) for label, path in stories),
        (
            f"entity {t['entity']} ({t['entity_mentions']:,} mentions)",
            "/entity/" + quote(t["entity"], safe=""),
            False,
        ),
        ("article (a copy mid-store)", "/article/" + quote(t["article"], safe=""), False),
        ("404 page (the floor)", "/nowhere/at/all", False),
    ]


# ---- measuring (in a fresh process) -----------------------------------------------------


def drop_caches() -> None:
    """Forget what the story view memoises across requests (the functools caches of
    newsweave.stories.compare), as the first view of a story finds it."""
    view = sys.modules.get("newsweave.stories.compare")
    for value in list(vars(view).values()) if view is not None else ():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def measure(
    db: str, pages: list[Ask], repeat: int, warmup: int, target: float, profile: str
) -> tuple[list[dict[str, Any]], float, list[tuple[str, str]], str]:
    """Time every page; profile the slow ones. Runs in a spawned child process, and returns
    plain data (the `Timing`s as dicts), the peak RSS and the source hash.

    A first view is requested from an app made for it (`create_app` keeps built story
    pages in a cache of its own) after `drop_caches`: the page as built for its first
    reader. Making the app, and its first connection to the database (an untimed request
    for an article that is not there), are not timed. Each client is entered as a context:
    one event loop, so that the desk's worker threads, and the store each keeps, serve
    request after request, as under uvicorn (a client used without it starts a loop, and
    threads that open the store again, per request)."""
    from starlette.exceptions import HTTPException
    from starlette.testclient import TestClient

    from newsweave.desk.app import create_app

    sha = source_sha()
    app = create_app(location(db))
    stack = contextlib.ExitStack()
    client = stack.enter_context(TestClient(app, base_url=DESK, raise_server_exceptions=True))
    fresh_clients = contextlib.ExitStack()

    def prepare(first: bool) -> tuple[Any, TestClient]:
        if not first:
            return app, client
        fresh_clients.close()  # the last first view's app and its connection
        fresh = create_app(location(db))
        made = fresh_clients.enter_context(
            TestClient(fresh, base_url=DESK, raise_server_exceptions=False)
        )
        made.get("/article/not-an-article-here")  # opens the thread's store
        drop_caches()
        return fresh, made

    status: dict[int, int] = {}
    size: dict[int, int] = {}
    with stack, fresh_clients:
        for _ in range(warmup):
            for i, (_, path, first) in enumerate(pages):
                r = prepare(first)[1].get(path)
                status[i], size[i] = r.status_code, len(r.content)
        times: dict[int, list[float]] = {i: [] for i in range(len(pages))}
        clock = time.perf_counter
        for _ in range(repeat):
            for i, (_, path, first) in enumerate(pages):
                c = prepare(first)[1]
                t0 = clock()
                c.get(path)
                times[i].append((clock() - t0) * 1000)
    out = []
    for i, (label, path, _) in enumerate(pages):
        ts = times[i]
        p90 = statistics.quantiles(ts, n=10, method="inclusive")[-1] if len(ts) > 1 else ts[0]
        out.append(Timing(label, path, status[i], size[i], statistics.median(ts), p90, max(ts)))
    peak = peak_rss_mb()
    profiles = []
    for t, (_, _, first) in zip(out, pages, strict=True):
        if profile == "all" or (profile == "slow" and t.median > target):
            call = endpoint_call(prepare(first)[0], t.path)
            if call is None:
                continue
            prof = cProfile.Profile()
            prof.enable()
            with contextlib.suppress(HTTPException):
                call()
            prof.disable()
            text = profile_text(prof)
            call = endpoint_call(prepare(first)[0], t.path)
            with timed_sql() as spent, contextlib.suppress(HTTPException):
                if call is not None:
                    call()
            text += "\n" + sql_text(spent)
            profiles.append((f"{t.label} — {t.path} (median {t.median:.0f} ms)", text))
    fresh_clients.close()
    return [dataclasses.asdict(t) for t in out], peak, profiles, sha


def endpoint_call(app: Any, path: str) -> Callable[[], object] | None:
    """The page's endpoint as a call in this thread, response made, or None (no route).
    cProfile sees only the thread it runs in, and TestClient runs the app in another."""
    from starlette.requests import Request
    from starlette.routing import Match

    url = urlsplit(path)
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": unquote(url.path),
        "root_path": "",
        "query_string": url.query.encode(),
        "headers": [],
    }
    for route in app.routes:
        match, child = route.matches(scope)
        if match is Match.FULL:
            scope.update(child)
            endpoint = route.endpoint
            return lambda: endpoint(Request(scope))
    return None


SqlTimes = dict[tuple[str, str], list[float]]  # (statement, caller): [ms, calls, rows]


class _TimedCursor(sqlite3.Cursor):
    """A cursor that adds the time of its statement and of fetching its rows to `spent`."""

    spent: SqlTimes = {}  # noqa: RUF012  (set by `timed_sql`)
    _key: tuple[str, str] = ("", "")

    def _add(self, t0: float, rows: int) -> None:
        entry = self.spent.setdefault(self._key, [0.0, 0, 0])
        entry[0] += (time.perf_counter() - t0) * 1000
        entry[2] += rows

    def execute(self, sql: str, parameters: Any = (), /) -> _TimedCursor:  # type: ignore[override]
        self._key = (_statement(sql), _caller())
        t0 = time.perf_counter()
        super().execute(sql, parameters)
        self._add(t0, 0)
        self.spent[self._key][1] += 1
        return self

    def executemany(self, sql: str, seq: Any, /) -> _TimedCursor:  # type: ignore[override]
        self._key = (_statement(sql), _caller())
        t0 = time.perf_counter()
        super().executemany(sql, seq)
        self._add(t0, 0)
        self.spent[self._key][1] += 1
        return self

    def fetchone(self) -> Any:
        t0 = time.perf_counter()
        row = super().fetchone()
        self._add(t0, row is not None)
        return row

    def fetchall(self) -> list[Any]:
        t0 = time.perf_counter()
        rows = super().fetchall()
        self._add(t0, len(rows))
        return rows

    def __next__(self) -> Any:
        t0 = time.perf_counter()
        try:
            row = super().__next__()
        except StopIteration:
            self._add(t0, 0)
            raise
        self._add(t0, 1)
        return row


class _TimedConnection(sqlite3.Connection):
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor(_TimedCursor).execute(sql, parameters)

    def executemany(self, sql: str, seq: Any, /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor(_TimedCursor).executemany(sql, seq)


def _statement(sql: str) -> str:
    """The statement on one line, a list of n parameters written `?×n`."""
    one = " ".join(sql.split())
    return re.sub(r"\?(?:, ?\?)+", lambda m: f"?×{m.group().count('?')}", one)


def _caller() -> str:
    """file:line function of the newsweave code that ran the statement."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    if frame is None:
        return "?"
    where = frame.f_code.co_filename.replace(str(SRC) + "/", "")
    return f"{where}:{frame.f_lineno} {frame.f_code.co_name}"


@contextlib.contextmanager
def timed_sql() -> Iterator[SqlTimes]:
    """Time every SQL statement run on a connection opened inside (sqlite3.connect is
    patched to make `_TimedConnection`s)."""
    spent: SqlTimes = {}
    connect = sqlite3.connect
    _TimedCursor.spent = spent

    def timed_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return connect(*args, **kwargs, factory=_TimedConnection)

    sqlite3.connect = timed_connect  # type: ignore[assignment]
    try:
        yield spent
    finally:
        sqlite3.connect = connect  # type: ignore[assignment]


def sql_text(
    spent: SqlTimes, top: int = 8, what: str = "one more request without the profiler"
) -> str:
    total = sum(v[0] for v in spent.values())
    calls = sum(v[1] for v in spent.values())
    lines = [f"SQL, {what}: {calls} statements, {total:.0f} ms in execute + fetch; the slowest:"]
    for (sql, caller), (ms, n, rows) in sorted(spent.items(), key=lambda kv: -kv[1][0])[:top]:
        short = sql if len(sql) <= 300 else sql[:297] + "..."
        lines.append(f"  {ms:8.1f} ms  {n:>4}×  {rows:>7,} rows  {caller}\n      {short}")
    return "\n".join(lines)


def profile_text(prof: cProfile.Profile, top: int = 25) -> str:
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    text = buf.getvalue().replace(str(SRC) + "/", "")
    return re.sub(r"\S*/site-packages/", "", text)


# ---- reporting --------------------------------------------------------------------------


def source_sha() -> str:
    """sha256 of the package's Python source as imported: the code measured."""
    h = hashlib.sha256()
    for path in sorted((SRC / "newsweave").rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: VmHWM, which exec resets (getrusage's
    ru_maxrss in a spawned child still counts the parent it was forked from)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_mb(db: Location) -> float:
    if not isinstance(db, Path):  # the database on the server, its indexes and TOAST included
        with Store(db, readonly=True) as store:
            sql = "SELECT pg_database_size(current_database())"
            return int(store.conn.execute(sql).fetchone()[0]) / 1024**2
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    return sum(p.stat().st_size for p in files if p.exists()) / 1024**2


def machine() -> str:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), ""
            )
    except OSError:
        pass
    cpu = model or platform.processor() or platform.machine()
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} ({platform.platform()})"
    )


def report(
    db: Location,
    built: Build | None,
    t: dict[str, Any],
    timings: list[Timing],
    peak: float,
    sha: str,
    args: argparse.Namespace,
) -> None:
    print()
    print("## Web desk — `python benchmarks/desk.py`")
    print()
    print(f"Machine: {machine()}. Date: {dt.date.today().isoformat()}.")
    print()
    if built is not None:
        ms = built.ms_per_article
        print(
            f"Store: {t['articles']:,} articles ({built.real:,} real articles analysed once "
            f"— {built.real_source} — replicated at {args.per_day} a day over {built.days} "
            f"days with rare keys renamed per copy, plus {built.case_copies} copies of the two "
            f"case articles), {t['stories']:,} stories, **{store_mb(db):.0f} MB** on disk. "
            f"Built through `Store.write_batch` (200 a batch, one clusterer) in "
            f"{built.seconds:.0f} s: {ms[0]:.2f} ms/article for the first 1,000, "
            f"{ms[-1]:.2f} for the last (min {min(ms):.2f}, max {max(ms):.2f}); build peak RSS "
            f"{built.peak_rss_mb:.0f} MB (NLP models loaded), built {built.date} "
            f"(source sha256 {built.source_sha})."
        )
    else:
        print(
            f"Store: {t['articles']:,} articles, {t['stories']:,} stories, {store_mb(db):.0f} MB."
        )
    print()
    print(
        f"Requests through starlette's TestClient, in-process, in a fresh process (the app "
        f"opens the database read-only per request); {args.warmup} warm-up rounds, then "
        f"{args.repeat} rounds of every page in turn. Serving peak RSS **{peak:.0f} MB**. "
        f"Package source sha256 {sha}."
    )
    print()
    print("| page | path | median ms | p90 ms | max ms | status | KB |")
    print("|---|---|---|---|---|---|---|")
    for r in timings:
        median = f"**{r.median:.1f}**" if r.median > args.target else f"{r.median:.1f}"
        print(
            f"| {r.label} | `{r.path}` | {median} | {r.p90:.1f} | {r.max:.1f} | {r.status} "
            f"| {r.bytes / 1024:.0f} |"
        )
    if built is not None:
        print()
        print("Build time per 1,000 articles, ms/article:")
        print(", ".join(f"{x:.2f}" for x in built.ms_per_article))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group()
    where.add_argument(
        "--db", type=location, help="build the store here, a file or a PostgreSQL URL (kept; "
        "never overwritten)"
    )  # fmt: skip
    where.add_argument("--reuse", type=location, help="measure this store; build nothing")
    ap.add_argument("--ner", help="the NER tier the real articles are analysed with")
    ap.add_argument("--articles", type=int, default=50_000, help="articles in the store")
    ap.add_argument("--per-day", type=int, default=300, help="simulated articles a day")
    ap.add_argument("--case-copies", type=int, default=200, help="copies of the case articles")
    ap.add_argument(
        "--rare-share",
        type=float,
        default=0.05,
        help="non-word keys in at most this share of the real articles are renamed per copy",
    )
    ap.add_argument("--limit", type=int, default=0, help="use only this many real articles")
    ap.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    ap.add_argument("--warmup", type=int, default=3, help="untimed requests per page first")
    ap.add_argument("--q", help="the search word (default: the most common English word)")
    ap.add_argument("--target", type=float, default=100.0, help="ms; slower medians are bold")
    ap.add_argument("--profile", choices=("slow", "all", "none"), default="slow")
    ap.add_argument("--profile-build", action="store_true", help="cProfile the last tenth")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        built: Build | None = None
        if args.reuse:
            db = args.reuse
            figures = sidecar(db)
            if figures.exists():
                built = Build(**json.loads(figures.read_text()))
            print(f"reusing {db}")
            upgrade(db)
        else:
            db = args.db or Path(tmp) / "desk.db"
            if holds_a_store(db):
                raise SystemExit(f"{db} exists; measure it with --reuse {db}, or delete it")
            built = build(db, args)
        t0 = time.perf_counter()
        t = targets(db, args.q)
        print(f"targets chosen in {time.perf_counter() - t0:.1f} s: {json.dumps(t)}", flush=True)
        pages = requests(t)
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(1) as pool:
            rows, peak, profiles, sha = pool.apply(
                measure, (str(db), pages, args.repeat, args.warmup, args.target, args.profile)
            )
        timings = [Timing(**r) for r in rows]
        report(db, built, t, timings, peak, sha, args)
        for title, text in profiles:
            print(f"\n### cProfile, one request: {title}\n")
            print(text)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
