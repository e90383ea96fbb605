"""The store: articles, their annotations and ingest runs, in one SQLite file (the
embedded default) or a PostgreSQL database (`newsweave.store.db`: the connection layer).

One writer at a time: a run holds the store from `start_run` to `finish_run`
(`newsweave.store.lock`: a second ingest waits for it or stops with `StoreBusy`; a run
whose process is gone is marked `interrupted`), and the database's write lock guards each
transaction. Each batch is one transaction, so an ingest killed at any point leaves
every article either wholly stored with its annotations or absent, and the same command
run again completes the work:
articles are keyed by id and content hash, so storing one twice is a no-op.
"""

from __future__ import annotations

import json
import shlex
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsweave import __version__
from newsweave.article import Article, Issue, Mention, Quote, Span, Speaker, TimeRef
from newsweave.store import migrations, reanalysis, rows
from newsweave.store.db import Database, connect, is_url, sqlite_settings, unreadable
from newsweave.store.errors import SchemaTooOld, StoreError
from newsweave.store.lock import Holder, StoreBusy
from newsweave.store.search import index_article, unindex_article
from newsweave.store.stories import (
    STORY_WINDOW,
    assign,
    checkpoint,
    embedding_blob,
    resume,
    revise,
    sentence_blob,
    stored_sentence_vectors,
)
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.stream import BATCH_SIZE

if TYPE_CHECKING:
    import numpy as np

DEFAULT_DB = "newsweave.db"
T = TypeVar("T")


class NotStored(Exception):
    """An article whose values cannot be stored; the rest of its batch is."""


def _printable(value: str) -> str:
    """`value` without lone surrogates, so that it can be stored in a problem row."""
    return value.encode("utf-8", "replace").decode("utf-8")


@dataclass(frozen=True)
class ArticleRow:
    """An article's metadata as listed from the store (no text, no annotations)."""

    id: str
    title: str | None
    published: str | None
    language: str | None
    source: str | None
    url: str | None
    origin: str | None
    chars: int
    opening: str  # the first characters of the text
    first_start: int | None = None  # where the first sentence starts and ends
    first_end: int | None = None

    @property
    def headline(self) -> str:
        """The title, or else the first sentence (`Article.headline`)."""
        article = Article(self.opening, id=self.id, title=self.title)
        start, end = self.first_start, self.first_end
        if start is not None and end is not None and start < len(self.opening):
            article.sentences = [Span(start, min(end, len(self.opening)))]
        return article.headline()


@dataclass(frozen=True)
class StoredMeta:
    """What an input may say about an article besides its text, as stored."""

    FIELDS = ("id", "title", "published", "language", "source", "url")

    id: str
    title: str | None
    published: str | None
    language: str | None
    source: str | None
    url: str | None


# the tables that hold an article's annotations, replaced when it is analysed again
ANNOTATION_TABLES = (
    "sentences",
    "mentions",
    "timerefs",
    "quotes",
    "article_issues",
    "article_embeddings",
    "sentence_embeddings",
)


@dataclass(frozen=True)
class Run:
    id: int
    command: str
    started_at: str
    finished_at: str | None
    status: str
    added: int
    already_stored: int
    duplicates: int
    skipped: int
    updated: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A newsweave database: a SQLite file, or a PostgreSQL database named by its URL
    (`postgresql://user@host:port/dbname`). `Store(location)` opens it for writing,
    creating a SQLite file and applying the migrations it lacks (named in `migrated`);
    `Store(location, readonly=True)` opens an existing one for reading only, at this
    newsweave's schema version (else `SchemaTooOld`). Either refuses a database from a
    newer newsweave (`SchemaTooNew`), and says in one line what is wrong with one it
    cannot open or reach (`StoreError`)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.readonly = readonly
        self.conn: Database = connect(path, readonly=readonly)
        self.dialect = self.conn.dialect
        # how messages name it: the file, or the URL without its password
        self.where = self.conn.where
        self.path: Path | None = None if is_url(path) else Path(path)
        self._run: int | None = None  # the run this store holds
        if readonly:
            self.migrated: list[str] = []
            self._or_close(self.check_schema)
        else:
            # each migration with its backfills in one transaction; a newer store is refused
            self.migrated = self._or_close(lambda: migrations.migrate(self.conn, self.where))
        sqlite_settings(self.conn)

    def _or_close(self, opening: Callable[[], T]) -> T:
        """`opening()`, the connection closed if it raises (the store is not opened)."""
        try:
            return opening()
        except BaseException:
            self.conn.close()
            raise

    def check_schema(self) -> None:
        """Raise `StoreError` unless the database is at the schema version this newsweave
        writes: `SchemaTooNew` (a newer newsweave wrote it: upgrade newsweave),
        `SchemaTooOld` (read-only and not yet migrated: say what to run). Cheap (the
        `migrations` table's few rows): the desk asks before each page."""
        try:
            names = migrations.recorded(self.conn)
        except self.conn.Error as exc:
            raise StoreError(unreadable(self.conn, exc)) from exc
        migrations.refuse_newer(names, self.where)
        if migrations.missing(names):
            command = f"newsweave migrate --db {shlex.quote(self.where)}"
            raise SchemaTooOld(
                f"{self.where} was written by an older newsweave (schema "
                f"{names[-1] if names else 'none'}); newsweave {__version__} needs "
                f"{migrations.latest()}: run `{command}` to upgrade it"
            )

    @property
    def lost(self) -> bool:
        """Whether the connection to the database is gone (a PostgreSQL server that
        restarted or ended it): a new `Store` connects again."""
        return self.conn.lost

    @property
    def schema(self) -> str | None:
        """The database's schema version: the last migration it has had applied."""
        names = migrations.recorded(self.conn)
        return names[-1] if names else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- runs ---------------------------------------------------------------------------

    def start_run(self, command: str, *, wait: float = 0.0) -> int:
        """Start a run held by this process and return its id. Runs left `running` by a
        process that is gone are marked `interrupted` first. While another live process
        holds a running run, wait for it up to `wait` seconds, then raise `StoreBusy`
        (`newsweave.store.lock`)."""
        me = Holder.current()
        deadline = time.monotonic() + wait
        while True:
            self.conn.begin_write()
            try:
                free = self.conn.hold_runs()  # PostgreSQL: whether no live process holds one
                busy = self._clear_stale_runs(free)
                if busy is None:
                    run_id = self.conn.insert(
                        "INSERT INTO runs (command, started_at, pid, host, holder) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (command, _now(), me.pid, me.host, me.started),
                        key="id",
                    )
                self.conn.commit()
            except BaseException:
                self.conn.rollback()
                self.conn.release_runs()
                raise
            if busy is None:
                self._run = int(run_id or 0)
                return self._run
            left = deadline - time.monotonic()
            if left <= 0:
                run_id, started_at, holder = busy
                raise StoreBusy(
                    f"another ingest is writing to {self.where} (run {run_id}, started "
                    f"{started_at}, {holder.describe()}); wait for it to finish and run this "
                    "again, or pass --wait SECONDS to wait for it"
                )
            time.sleep(min(left, WAIT_POLL))

    def _clear_stale_runs(self, free: bool | None) -> tuple[int, str, Holder] | None:
        """Mark the running runs whose holder is gone `interrupted`; the run held by
        another live process, if any (call inside a write transaction). `free`: whether
        the database's run lock was free (PostgreSQL: then every holder is gone, else one
        is alive, taken to be the newest), None where the system is asked instead."""
        busy = None
        for run_id, started_at, pid, host, started in self.conn.execute(
            "SELECT id, started_at, pid, host, holder FROM runs WHERE status = 'running' "
            "ORDER BY id"
        ).fetchall():
            holder = Holder(pid, host, started)
            if holder.is_current():
                continue
            if free is None and holder.alive():
                busy = busy or (run_id, started_at, holder)
            elif free is False:
                busy = (run_id, started_at, holder)
            else:
                self.finish_run(run_id, "interrupted")
        return busy

    def finish_run(self, run_id: int, status: str = "complete") -> None:
        self.conn.execute(
            "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", (status, _now(), run_id)
        )
        if run_id == self._run:
            self._run = None
            self.conn.release_runs()

    def others_ran(self) -> bool:
        """Whether a process other than this one has started a run in this store (a
        database this process created is then no longer its own to remove)."""
        return any(
            not Holder(pid, host, started).is_current()
            for pid, host, started in self.conn.execute("SELECT pid, host, holder FROM runs")
        )

    def runs(self, limit: int = 20) -> list[Run]:
        rows = self.conn.execute(
            "SELECT id, command, started_at, finished_at, status, added, already_stored, "
            "duplicates, skipped, updated FROM runs ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [Run(*r) for r in rows]

    def run_problems(self, run_id: int) -> list[tuple[str, int | None, str]]:
        return list(
            self.conn.execute(
                "SELECT path, line, reason FROM run_problems WHERE run_id = ? ORDER BY rowid",
                (run_id,),
            )
        )

    # ---- writing --------------------------------------------------------------------------

    def clusterer(self, window: timedelta | None = STORY_WINDOW) -> StoryClusterer:
        """The story clusterer exactly as the last ingest left it, whether it finished or
        was killed (`newsweave.store.stories.resume`)."""
        return resume(self.conn, window)

    def checkpoint(self, clusterer: StoryClusterer) -> None:
        """Save `clusterer`'s state (in step with the store) so that the next resume
        need not replay what it holds."""
        with self.conn.transaction():
            checkpoint(self.conn, clusterer)

    def known(self, hashes: Sequence[str]) -> set[str]:
        """The subset of these content hashes already stored (one indexed query)."""
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk
                )
            )
        return found

    def stored_meta(self, hashes: Sequence[str]) -> dict[str, StoredMeta]:
        """The stored metadata of the articles with these content hashes, by hash."""
        found: dict[str, StoredMeta] = {}
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT content_hash, {', '.join(StoredMeta.FIELDS)} FROM articles "
                f"WHERE content_hash IN ({marks})",
                chunk,
            ):
                found[row[0]] = StoredMeta(*row[1:])
        return found

    def write_batch(
        self,
        run_id: int,
        articles: Sequence[Article] = (),
        *,
        updated: Sequence[Article] = (),
        already_stored: int = 0,
        duplicates: Iterable[tuple[str, str]] = (),
        problems: Iterable[tuple[str, int | None, str]] = (),
        clusterer: StoryClusterer | None = None,
        keys: Mapping[str, Counter[str]] | None = None,
    ) -> int:
        """Store analysed articles with their annotations, and the run's bookkeeping, in one
        transaction. Articles whose text is already stored are left as they are (the
        caller counts them in `already_stored`); an id already used for another text is
        recorded as a problem. With a `clusterer` and each article's `keys` (its
        `newsweave.stories.features`), the added articles join their stories in the same
        transaction. `updated` are stored articles analysed again with corrected metadata
        (same id and text): their metadata and annotations are replaced, and their
        stories' date spans and links follow; they stay in their stories. Returns how many
        articles were added."""
        duplicates, problems = list(duplicates), list(problems)
        added = 0
        fresh: list[tuple[Article, Counter[str]]] = []
        self.conn.begin_write()
        try:
            for article in articles:
                try:
                    inserted = self._insert(run_id, article)
                except NotStored as exc:  # this article only: the batch goes on
                    problems.append((_printable(article.origin or article.id), None, str(exc)))
                    continue
                if inserted:
                    added += 1
                    if keys is not None:
                        fresh.append((article, keys.get(article.id, Counter())))
                elif not self.known([article.content_hash]):
                    problems.append(
                        (
                            article.origin or article.id,
                            None,
                            f"id {article.id!r} is already stored for a different text; "
                            "give this article another id",
                        )
                    )
            self.conn.executemany(
                "INSERT INTO run_duplicates (run_id, origin, same_as) VALUES (?, ?, ?)",
                [(run_id, o, s) for o, s in duplicates],
            )
            self.conn.executemany(
                "INSERT INTO run_problems (run_id, path, line, reason) VALUES (?, ?, ?, ?)",
                [(run_id, p, ln, r) for p, ln, r in problems],
            )
            touched = sorted({s for s in map(self._update, updated) if s is not None})
            self.conn.execute(
                "UPDATE runs SET added = added + ?, already_stored = already_stored + ?, "
                "duplicates = duplicates + ?, skipped = skipped + ?, updated = updated + ? "
                "WHERE id = ?",
                (added, already_stored, len(duplicates), len(problems), len(updated), run_id),
            )
            if touched:
                revise(self.conn, touched)
            if clusterer is not None and fresh:
                assign(self.conn, clusterer, run_id, fresh, datetime.now(UTC))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return added

    def _insert(self, run_id: int, a: Article) -> bool:
        """Store one article and its annotations: True when added, False when its id or
        text is stored already. Raises `NotStored` (with nothing of it written) for an
        article whose values the database cannot take, e.g. a string with a lone
        surrogate."""
        self.conn.execute("SAVEPOINT article")
        try:
            added = self._insert_article(run_id, a)
        except self.conn.unstorable as exc:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
            raise NotStored(
                _printable(f"could not be stored ({type(exc).__name__}: {exc}); not stored")
            ) from exc
        self.conn.execute("RELEASE article")
        return added

    def _insert_article(self, run_id: int, a: Article) -> bool:
        rowid = self.conn.insert(
            "INSERT OR IGNORE INTO articles (id, content_hash, title, published, language, "
            "source, url, origin, text, run_id, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.content_hash,
                a.title,
                a.published.isoformat() if a.published else None,
                a.language,
                a.source,
                a.url,
                a.origin,
                a.text,
                run_id,
                _now(),
            ),
        )
        if rowid is None:
            return False
        index_article(self.conn, rowid, a.title, a.text)
        self._annotate(a)
        return True

    def _update(self, a: Article) -> int | None:
        """Replace a stored article's metadata and annotations (same id, same text); its
        story id, or None when it has none."""
        rowid, title = self.conn.execute(
            "SELECT rowid, title FROM articles WHERE id = ?", (a.id,)
        ).fetchone()
        self.conn.execute(
            "UPDATE articles SET title = ?, published = ?, language = ?, source = ?, url = ? "
            "WHERE id = ?",
            (
                a.title,
                a.published.isoformat() if a.published else None,
                a.language,
                a.source,
                a.url,
                a.id,
            ),
        )
        if title != a.title:
            unindex_article(self.conn, rowid, title, a.text)
            index_article(self.conn, rowid, a.title, a.text)
        self._reannotate(a)
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (a.id,)
        ).fetchone()
        return row[0] if row else None

    def _reannotate(self, a: Article) -> None:
        """Replace a stored article's annotations with `a`'s."""
        for table in ANNOTATION_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
        self._annotate(a)

    def _annotate(self, a: Article) -> None:
        """Insert an article's annotations (its row is already stored)."""
        self.conn.executemany(
            "INSERT INTO sentences (article_id, n, char_start, char_end) VALUES (?,?,?,?)",
            [(a.id, n, s.start, s.end) for n, s in enumerate(a.sentences)],
        )
        self.conn.executemany(
            "INSERT INTO mentions (article_id, n, char_start, char_end, text, label, name, "
            "entity, kind) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (a.id, n, m.start, m.end, m.text, m.label, m.name, m.entity, m.kind)
                for n, m in enumerate(a.entities)
            ],
        )
        self.conn.executemany(
            "INSERT INTO timerefs (article_id, n, char_start, char_end, text, value, value_end) "
            "VALUES (?,?,?,?,?,?,?)",
            [
                (a.id, n, d.start, d.end, d.text, d.value, d.value_end)
                for n, d in enumerate(a.dates)
            ],
        )
        self.conn.executemany(
            f"INSERT INTO quotes (article_id, n, {_QUOTE_COLUMNS}) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, n, *_quote_row(q)) for n, q in enumerate(a.quotes)],
        )
        self.conn.executemany(
            "INSERT INTO article_issues (article_id, n, stage, message) VALUES (?,?,?,?)",
            [(a.id, n, i.stage, i.message) for n, i in enumerate(a.issues)],
        )
        if a.embedding is not None:
            self.conn.execute(
                "INSERT INTO article_embeddings (article_id, vector) VALUES (?, ?)",
                (a.id, embedding_blob(a.embedding)),
            )
        if a.name_vectors:
            self.conn.executemany(
                "INSERT INTO name_vectors (entity, vector) VALUES (?, ?) "
                "ON CONFLICT (entity) DO UPDATE SET vector = excluded.vector",
                [(e, embedding_blob(v)) for e, v in sorted(a.name_vectors.items())],
            )
        vectors = a.sentence_vectors
        if vectors is not None and len(vectors) and len(vectors) == len(a.sentences):
            self.conn.execute(
                "INSERT INTO sentence_embeddings (article_id, count, dimensions, vectors) "
                "VALUES (?, ?, ?, ?)",
                (a.id, len(vectors), vectors.shape[1], sentence_blob(vectors)),
            )

    # ---- re-analysis (newsweave.store.reanalysis) -----------------------------------------

    def reanalysis(self) -> reanalysis.Reanalysis | None:
        """The unfinished re-analysis of this store, or None."""
        return reanalysis.pending(self.conn)

    def remaining(self, after: int) -> int:
        """How many stored articles were stored after the one with rowid `after`."""
        return reanalysis.remaining(self.conn, after)

    def to_reanalyse(
        self, after: int, limit: int, keep: Sequence[str] = ()
    ) -> list[tuple[int, Article]]:
        """The next `limit` stored articles after rowid `after`, as the analysis takes
        them, each with its rowid (`newsweave.store.reanalysis.to_analyse`)."""
        return reanalysis.to_analyse(self.conn, after, limit, keep)

    def start_reanalysis(
        self, run_id: int, options: dict[str, object], *, over: bool = False
    ) -> reanalysis.Reanalysis:
        """Start a re-analysis in this run, or carry on the unfinished one (`over`: start
        that over with these options instead)."""
        with self.conn.transaction():
            state = reanalysis.pending(self.conn)
            if state is None or over:
                return reanalysis.begin(self.conn, run_id, options)
            reanalysis.take_over(self.conn, run_id)
        return replace(state, run_id=run_id)

    def write_reanalysed(
        self,
        run_id: int,
        articles: Sequence[Article],
        keys: Mapping[str, Counter[str]],
        upto: int,
        problems: Iterable[tuple[str, int | None, str]] = (),
    ) -> None:
        """Replace the annotations and story keys of these stored articles, analysed
        again, and move the re-analysis on to rowid `upto`, in one transaction."""
        problems = list(problems)
        with self.conn.transaction():
            for article in articles:
                self._reannotate(article)
            reanalysis.replace_keys(self.conn, {a.id: keys[a.id] for a in articles})
            self.conn.executemany(
                "INSERT INTO run_problems (run_id, path, line, reason) VALUES (?, ?, ?, ?)",
                [(run_id, p, ln, r) for p, ln, r in problems],
            )
            self.conn.execute(
                "UPDATE runs SET updated = updated + ?, skipped = skipped + ? WHERE id = ?",
                (len(articles), len(problems), run_id),
            )
            reanalysis.analysed(self.conn, upto)

    def start_rebuild(self) -> None:
        """Switch the re-analysis to rebuilding the stories (one transaction)."""
        with self.conn.transaction():
            reanalysis.switch_to_stories(self.conn)

    def weave_again(
        self, run_id: int, clusterer: StoryClusterer, after: int
    ) -> tuple[int, int] | None:
        """Put the next batch of the rebuild (the articles after rowid `after`) in
        stories, in one transaction: the rowid of its last article and how many it held,
        or None when every article is in one."""
        with self.conn.transaction():
            batch = reanalysis.to_weave(self.conn, after, BATCH_SIZE)
            if not batch:
                return None
            pairs = [(article, keys) for _, article, keys in batch]
            assign(self.conn, clusterer, run_id, pairs, datetime.now(UTC))
            reanalysis.woven(self.conn, batch[-1][0])
        return batch[-1][0], len(batch)

    def finish_reanalysis(self, run_id: int, clusterer: StoryClusterer) -> dict[int, int]:
        """End the re-analysis (one transaction): {old story: the new story it led to}."""
        with self.conn.transaction():
            checkpoint(self.conn, clusterer)
            return reanalysis.finish(self.conn, run_id)

    # ---- reading --------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(
        self,
        *,
        language: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        """Articles, newest publication first (undated last), optionally one language."""
        sql = f"SELECT {_ROW_COLUMNS} FROM articles"
        args: list[object] = []
        if language:
            sql += " WHERE language = ?"
            args.append(language)
        # NULLs first among equal dates, as SQLite sorts them (PostgreSQL puts them last)
        sql += (
            " ORDER BY published IS NULL, published DESC, title IS NOT NULL, title, id "
            "LIMIT ? OFFSET ?"
        )
        args += [self.conn.no_limit if limit is None else limit, offset]
        return [ArticleRow(*r) for r in self.conn.execute(sql, args)]

    def languages(self) -> list[tuple[str | None, int]]:
        return list(
            self.conn.execute(
                "SELECT language, count(*) FROM articles GROUP BY language "
                "ORDER BY count(*) DESC, language IS NOT NULL, language"
            )
        )

    def resolve_id(self, prefix: str) -> list[str]:
        """Ids equal to `prefix`, or else starting with it (for `show` with a short id)."""
        exact = self.conn.execute("SELECT id FROM articles WHERE id = ?", (prefix,)).fetchone()
        if exact:
            return [exact[0]]
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10",
            (escaped + "%",),
        )
        return [r[0] for r in rows]

    def get(self, article_id: str) -> Article | None:
        """The article with all its stored annotations, or None."""
        return self.get_many([article_id]).get(article_id)

    def get_many(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The stored articles among `article_ids`, with their annotations: a few queries
        for a whole story, not a few per article."""
        found: dict[str, Article] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), _CHUNK):
            found.update(self._load(ids[i : i + _CHUNK]))
        return found

    def _load(self, ids: list[str]) -> dict[str, Article]:
        marks = ",".join("?" * len(ids))
        found: dict[str, Article] = {}
        for row in self.conn.execute(
            f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", ids
        ):
            found[row[0]] = rows.article(row)

        def annotations(sql: str) -> Iterator[tuple]:
            return self.conn.execute(sql.format(marks=marks), ids)

        for aid, start, end in annotations(
            "SELECT article_id, char_start, char_end FROM sentences "
            "WHERE article_id IN ({marks}) ORDER BY article_id, n"
        ):
            found[aid].sentences.append(Span(start, end))
        for aid, *r in annotations(
            "SELECT article_id, char_start, char_end, text, label, name, entity, kind "
            "FROM mentions WHERE article_id IN ({marks}) ORDER BY article_id, n"
        ):
            found[aid].entities.append(Mention(*r))
        for aid, *r in annotations(
            "SELECT article_id, char_start, char_end, text, value, value_end FROM timerefs "
            "WHERE article_id IN ({marks}) ORDER BY article_id, n"
        ):
            found[aid].dates.append(TimeRef(*r))
        for aid, *r in annotations(
            f"SELECT article_id, {_QUOTE_COLUMNS} FROM quotes "
            "WHERE article_id IN ({marks}) ORDER BY article_id, n"
        ):
            found[aid].quotes.append(_quote(*r))
        for aid, *r in annotations(
            "SELECT article_id, stage, message FROM article_issues "
            "WHERE article_id IN ({marks}) ORDER BY article_id, n"
        ):
            found[aid].issues.append(Issue(*r))
        return found

    def sentence_vectors(self, article_ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored sentence vectors (a float32 row per sentence, in order) of those of
        `article_ids` that have them (articles analysed with the accurate tier)."""
        return stored_sentence_vectors(self.conn, list(dict.fromkeys(article_ids)))

    def quotes_at(self, keys: Sequence[tuple[str, int]]) -> list[tuple[ArticleRow, Quote]]:
        """The quotes at these (article id, quote number) keys, in their order, each with
        its article's row (`newsweave.views.quotes` finds whose they are)."""
        ids = sorted({aid for aid, _ in keys})
        articles: dict[str, ArticleRow] = {}
        quotes: dict[tuple[str, int], Quote] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_ROW_COLUMNS} FROM articles WHERE id IN ({marks})"
            articles.update((r[0], ArticleRow(*r)) for r in self.conn.execute(sql, chunk))
            sql = f"SELECT article_id, n, {_QUOTE_COLUMNS} FROM quotes WHERE article_id IN "
            sql += f"({marks})"
            quotes.update(((r[0], r[1]), _quote(*r[2:])) for r in self.conn.execute(sql, chunk))
        return [(articles[aid], quotes[(aid, n)]) for aid, n in keys]

    def iter_articles(self, *, language: str | None = None) -> Iterator[Article]:
        """Every stored article with its annotations, newest first (loaded `_CHUNK` at a
        time)."""
        ids = [row.id for row in self.articles(language=language)]
        for i in range(0, len(ids), _CHUNK):
            loaded = self.get_many(ids[i : i + _CHUNK])
            yield from (loaded[aid] for aid in ids[i : i + _CHUNK] if aid in loaded)


WAIT_POLL = 0.5  # seconds between looks at a busy store
_CHUNK = 500  # ids per query (SQLite allows 32,766 parameters; keep statements small)

# the columns of an `ArticleRow`
_ROW_COLUMNS = (
    "id, title, published, language, source, url, origin, length(text), substr(text, 1, 400), "
    "(SELECT char_start FROM sentences WHERE article_id = articles.id AND n = 0), "
    "(SELECT char_end FROM sentences WHERE article_id = articles.id AND n = 0)"
)
_QUOTE_COLUMNS = (
    "char_start, char_end, text, kind, parts, cue_start, cue_end, speaker_start, speaker_end, "
    "speaker_text, speaker_name, speaker_entity, roles, speaker_evidence, speaker_inferred, act"
)


def _prefixed(columns: str, table: str) -> str:
    return ", ".join(f"{table}.{c.strip()}" for c in columns.split(","))


def _quote_row(q: Quote) -> tuple[object, ...]:
    s = q.speaker
    return (
        q.start,
        q.end,
        q.text,
        q.kind,
        json.dumps([[p.start, p.end] for p in q.parts]),
        q.cue.start if q.cue else None,
        q.cue.end if q.cue else None,
        *((s.start, s.end, s.text, s.name, s.entity) if s else (None,) * 5),
        json.dumps(list(s.roles) if s else [], ensure_ascii=False),
        s.evidence if s else None,
        None if s is None or s.inferred is None else int(s.inferred),
        q.act,
    )


def _quote(
    start: int,
    end: int,
    text: str,
    kind: str,
    parts: str,
    cue_start: int | None,
    cue_end: int | None,
    speaker_start: int | None,
    speaker_end: int | None,
    speaker_text: str | None,
    speaker_name: str | None,
    speaker_entity: str | None,
    roles: str,
    speaker_evidence: str | None,
    speaker_inferred: int | None,
    act: str | None,
) -> Quote:
    speaker = None
    if speaker_start is not None and speaker_end is not None and speaker_text is not None:
        speaker = Speaker(
            speaker_start,
            speaker_end,
            speaker_text,
            speaker_name,
            speaker_entity,
            tuple(json.loads(roles)),
            speaker_evidence,
            None if speaker_inferred is None else bool(speaker_inferred),
        )
    cue = Span(cue_start, cue_end) if cue_start is not None and cue_end is not None else None
    spans = tuple(Span(a, b) for a, b in json.loads(parts))
    return Quote(start, end, text, kind, cue, speaker, spans, act)
