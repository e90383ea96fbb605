"""Named schema migrations, each applied once, in order, inside its own transaction.

A migration is a name and its steps, run in order: SQL statements and Python functions
over the connection (the backfills: data an older store lacks, such as the links, the
search index or the headlines of what it already holds). A migration's steps and its
row in `migrations` commit together or not at all, so a crash anywhere in one — in a
backfill too — leaves the database at the version before it, and the next open applies
it again. A step runs against the schema as of its own migration (later ones have not
run yet): it may read only what that schema has (`resume_before_replay`).

Never edit one that has shipped, not even its SQL's spelling (tests/store pins each
one's SQL): add a new one. `migrations` records what a database has had applied; its
last row is the database's schema version. A database with a migration this newsweave
does not know was written by a newer one and is refused (`SchemaTooNew`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from newsweave import __version__
from newsweave.store.db import Database, as_database
from newsweave.store.errors import SchemaTooNew
from newsweave.store.headlines import rebuild as rebuild_headlines
from newsweave.store.names import relink_all
from newsweave.store.search import index_all
from newsweave.store.stories import STORY_WINDOW, resume_before_replay

Step = Callable[[Database], None]  # a backfill, run in its migration's transaction


def headlines_all(conn: Database) -> None:
    """Headlines for the stories an older newsweave wove (the backfill of
    0012_story_headlines), with the clusterer as its last ingest left it."""
    rebuild_headlines(conn, resume_before_replay(conn, STORY_WINDOW))


MIGRATIONS: tuple[tuple[str, tuple[str | Step, ...]], ...] = (
    (
        "0001_articles_runs_annotations",
        (
            """CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                command TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'complete', 'interrupted', 'failed')),
                added INTEGER NOT NULL DEFAULT 0,
                already_stored INTEGER NOT NULL DEFAULT 0,
                duplicates INTEGER NOT NULL DEFAULT 0,
                skipped INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT,
                published TEXT,
                language TEXT,
                source TEXT,
                url TEXT,
                origin TEXT,
                text TEXT NOT NULL,
                run_id INTEGER REFERENCES runs(id),
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_by_published ON articles(published)",
            "CREATE INDEX articles_by_language ON articles(language, published)",
            """CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                n INTEGER NOT NULL,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, n)
            ) WITHOUT ROWID""",
            """CREATE TABLE timerefs (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                n INTEGER NOT NULL,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                text TEXT NOT NULL,
                value TEXT,
                PRIMARY KEY (article_id, n)
            ) WITHOUT ROWID""",
            "CREATE INDEX timerefs_by_value ON timerefs(value)",
            """CREATE TABLE article_issues (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                n INTEGER NOT NULL,
                stage TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (article_id, n)
            ) WITHOUT ROWID""",
            """CREATE TABLE run_problems (
                run_id INTEGER NOT NULL REFERENCES runs(id),
                path TEXT NOT NULL,
                line INTEGER,
                reason TEXT NOT NULL
            )""",
            """CREATE TABLE run_duplicates (
                run_id INTEGER NOT NULL REFERENCES runs(id),
                origin TEXT NOT NULL,
                same_as TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0002_mentions",
        (
            """CREATE TABLE mentions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                n INTEGER NOT NULL,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                text TEXT NOT NULL,
                label TEXT NOT NULL,
                name TEXT NOT NULL,
                entity TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'name',
                PRIMARY KEY (article_id, n)
            ) WITHOUT ROWID""",
            "CREATE INDEX mentions_by_entity ON mentions(entity, article_id)",
        ),
    ),
    (
        "0003_quotes",
        (
            """CREATE TABLE quotes (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                n INTEGER NOT NULL,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                parts TEXT NOT NULL DEFAULT '[]',
                cue_start INTEGER,
                cue_end INTEGER,
                speaker_start INTEGER,
                speaker_end INTEGER,
                speaker_text TEXT,
                speaker_name TEXT,
                speaker_entity TEXT,
                roles TEXT NOT NULL DEFAULT '[]',
                PRIMARY KEY (article_id, n)
            ) WITHOUT ROWID""",
            "CREATE INDEX quotes_by_speaker ON quotes(speaker_entity, article_id)",
        ),
    ),
    (
        "0004_stories",
        (
            # what each article is about (newsweave.stories.features), kept so that the
            # clusterer can resume where the last ingest left it and explain its choices
            """CREATE TABLE article_keys (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (article_id, key)
            ) WITHOUT ROWID""",
            """CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                first TEXT,
                last TEXT,
                merged_into INTEGER REFERENCES stories(id),
                run_id INTEGER REFERENCES runs(id)
            )""",
            "CREATE INDEX stories_by_last ON stories(last)",
            """CREATE TABLE story_articles (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id INTEGER NOT NULL REFERENCES stories(id),
                score REAL NOT NULL,
                why TEXT NOT NULL DEFAULT '[]',
                at TEXT
            )""",
            "CREATE INDEX story_articles_by_story ON story_articles(story_id)",
            """CREATE TABLE story_merges (
                story_id INTEGER NOT NULL REFERENCES stories(id),
                into_id INTEGER NOT NULL REFERENCES stories(id),
                run_id INTEGER REFERENCES runs(id),
                at TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0005_entity_names",
        (
            # the names knowledge base: every canonical entity with its spellings per
            # language, how often and in how many articles; and the roles quotes give it
            """CREATE VIEW entity_names AS
                SELECT m.entity, m.label, a.language, m.text AS spelling, m.name,
                       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.entity IS NOT NULL
                GROUP BY m.entity, m.label, a.language, m.text, m.name""",
            """CREATE VIEW entity_roles AS
                SELECT q.speaker_entity AS entity, r.value AS role, a.language,
                       count(*) AS quotes, min(a.published) AS first, max(a.published) AS last
                FROM quotes q JOIN articles a ON a.id = q.article_id, json_each(q.roles) r
                WHERE q.speaker_entity IS NOT NULL
                GROUP BY q.speaker_entity, r.value, a.language""",
        ),
    ),
    (
        "0006_entity_links",
        (
            # the links `newsweave.stories.linking` makes within each story, each with
            # its reason: the merges of the names knowledge base (newsweave.store.names)
            """CREATE TABLE entity_links (
                story_id INTEGER NOT NULL REFERENCES stories(id),
                entity TEXT NOT NULL,
                into_entity TEXT NOT NULL,
                reason TEXT NOT NULL,
                PRIMARY KEY (story_id, entity)
            )""",
            "CREATE INDEX entity_links_by_entity ON entity_links(entity)",
            "CREATE INDEX entity_links_by_into ON entity_links(into_entity)",
            "CREATE INDEX mentions_by_name ON mentions(lower(name))",
            "CREATE INDEX mentions_by_text ON mentions(lower(text))",
            # the links of the stories it already holds (newsweave.store.names)
            relink_all,
        ),
    ),
    (
        "0007_search",
        (
            # the full-text index of titles and texts (newsweave.store.search), which keeps
            # no copy of them: rowid = the article's rowid; marks count as parts of words
            """CREATE VIRTUAL TABLE article_search USING fts5(
                title, body, content='',
                tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
            )""",
            # the articles it already holds (newsweave.store.search)
            index_all,
        ),
    ),
    (
        "0008_articles_meta",
        (
            # an article's date and language without reading its row (and its text):
            # what an entity's record needs for each of thousands of articles; and
            "CREATE INDEX articles_meta ON articles(id, published, language)",
            # names looked up with their entity, from the index alone
            "DROP INDEX mentions_by_name",
            "DROP INDEX mentions_by_text",
            "CREATE INDEX mentions_by_name ON mentions(lower(name), entity)",
            "CREATE INDEX mentions_by_text ON mentions(lower(text), entity)",
        ),
    ),
    (
        "0009_quote_evidence",
        (
            # how each quote's speaker was found (cue, transcript, continuation, pronoun,
            # description; the last three inferred) and what the quote reports (speech or
            # belief). Quotes stored before get what their columns tell for certain: no
            # cue means a continuation, a ':' cue with a label in capitals a transcript
            # turn, a speaker at its own name (or with no name) a cue. A pronoun or a
            # description resolved to a name cannot be told apart: evidence stays NULL,
            # marked inferred. Their act was never recorded: NULL.
            "ALTER TABLE quotes ADD COLUMN speaker_evidence TEXT",
            "ALTER TABLE quotes ADD COLUMN speaker_inferred INTEGER",
            "ALTER TABLE quotes ADD COLUMN act TEXT",
            """UPDATE quotes SET speaker_evidence = CASE
                WHEN speaker_start IS NULL THEN NULL
                WHEN cue_start IS NULL THEN 'continuation'
                WHEN cue_end = cue_start + 1
                     AND speaker_text = upper(speaker_text)
                     AND (SELECT substr(a.text, quotes.cue_start + 1, 1) FROM articles a
                          WHERE a.id = quotes.article_id) = ':' THEN 'transcript'
                WHEN speaker_entity IS NULL THEN 'cue'
                WHEN speaker_text = speaker_name THEN 'cue'
                WHEN EXISTS (SELECT 1 FROM mentions m
                             WHERE m.article_id = quotes.article_id
                               AND m.char_start = quotes.speaker_start
                               AND m.entity = quotes.speaker_entity) THEN 'cue'
                ELSE NULL END""",
            """UPDATE quotes SET speaker_inferred = CASE
                WHEN speaker_start IS NULL THEN NULL
                WHEN speaker_evidence IN ('cue', 'transcript') THEN 0
                ELSE 1 END""",
        ),
    ),
    (
        "0010_timeref_end",
        (
            # the last value of a range ("from 1991 to 1997": value 1991, value_end 1997);
            # NULL for every other time expression
            "ALTER TABLE timerefs ADD COLUMN value_end TEXT",
        ),
    ),
    (
        "0011_story_dates",
        (
            # first/last are stream times (an undated article joins at the stream's newest
            # time): they order stories and bound the window, but are never shown. What a
            # reader sees is the span of the story's publication dates, null when no
            # article of the story is dated (newsweave.store.stories.refresh_spans)
            "ALTER TABLE stories ADD COLUMN published_first TEXT",
            "ALTER TABLE stories ADD COLUMN published_last TEXT",
            """UPDATE stories SET
                published_first = (SELECT min(a.published) FROM story_articles sa
                    JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id),
                published_last = (SELECT max(a.published) FROM story_articles sa
                    JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id)""",
            "CREATE INDEX stories_by_published ON stories(published_last)",
            # bumped when an article of the story is updated in place (its metadata
            # corrected): with the story's article count, what says a built page is stale
            "ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
            # articles whose metadata a later input corrected (same text)
            "ALTER TABLE runs ADD COLUMN updated INTEGER NOT NULL DEFAULT 0",
        ),
    ),
    (
        "0012_story_headlines",
        (
            # each story's most representative article per language (the one closest to
            # the story's centre), kept as articles join: a story's title without reading
            # its articles (newsweave.store.headlines); language '' for articles with none
            """CREATE TABLE story_headlines (
                story_id INTEGER NOT NULL REFERENCES stories(id),
                language TEXT NOT NULL,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                closeness REAL NOT NULL,
                PRIMARY KEY (story_id, language)
            ) WITHOUT ROWID""",
            # the headlines of the stories it already holds
            headlines_all,
        ),
    ),
    (
        "0013_story_replay_and_run_holders",
        (
            # what replaying an assignment needs (newsweave.store.stories.resume): the story
            # the article joined when it was assigned (story_id follows later merges) and
            # the stories that merged into it then; NULL and [] for rows from before
            "ALTER TABLE story_articles ADD COLUMN joined INTEGER",
            "ALTER TABLE story_articles ADD COLUMN merged TEXT NOT NULL DEFAULT '[]'",
            # the clusterer's state after the assignment with rowid `upto`
            # (newsweave.stories.checkpoint, JSON compressed with zlib); `params`: the
            # settings it is valid for
            """CREATE TABLE story_checkpoint (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                upto INTEGER NOT NULL,
                params TEXT NOT NULL,
                state BLOB NOT NULL,
                at TEXT NOT NULL
            )""",
            # who holds a running run (newsweave.store.lock): its process id, host name
            # and the process's start time, so that a run whose process is gone is known
            # as interrupted, and a second ingest does not weave at the same time
            "ALTER TABLE runs ADD COLUMN pid INTEGER",
            "ALTER TABLE runs ADD COLUMN host TEXT",
            "ALTER TABLE runs ADD COLUMN holder TEXT",
        ),
    ),
    (
        "0014_reanalysis",
        (
            # a re-analysis under way (newsweave.reanalysis, newsweave.store.reanalysis):
            # the run doing it, the options it analyses with (JSON), its phase ('analyse':
            # articles analysed again up to rowid `upto`; 'stories': stories rebuilt for
            # the articles up to rowid `upto`) and the highest story id before the rebuild
            # (the rebuilt stories get higher ones). At most one row; none when no
            # re-analysis is unfinished
            """CREATE TABLE reanalysis (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                run_id INTEGER NOT NULL REFERENCES runs(id),
                options TEXT NOT NULL,
                phase TEXT NOT NULL CHECK (phase IN ('analyse', 'stories')),
                upto INTEGER NOT NULL,
                last_story INTEGER NOT NULL,
                started_at TEXT NOT NULL
            )""",
            # each article's story before the rebuild: what the old stories' successors
            # are found from when it ends
            """CREATE TABLE reanalysis_stories (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id INTEGER NOT NULL REFERENCES stories(id)
            ) WITHOUT ROWID""",
        ),
    ),
    (
        "0015_article_embeddings",
        (
            # an article's embedding (newsweave.meaning: what its opening says, in any
            # language) as the story clusterer took it: little-endian float32, unit length.
            # Articles analysed without one (the fast tier) have no row
            """CREATE TABLE article_embeddings (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                vector BLOB NOT NULL
            ) WITHOUT ROWID""",
        ),
    ),
    (
        "0016_sentence_embeddings",
        (
            # each sentence's vector (newsweave.meaning), one blob per article, a row per
            # sentence in the order of its `sentences` rows: `count` little-endian float32
            # scales, then `count` × `dimensions` int8 (a row is its int8 × its scale;
            # newsweave.store.stories.sentence_blob). Articles analysed without them (the
            # fast tier) have no row
            """CREATE TABLE sentence_embeddings (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                count INTEGER NOT NULL,
                dimensions INTEGER NOT NULL,
                vectors BLOB NOT NULL
            ) WITHOUT ROWID""",
        ),
    ),
    (
        "0017_name_vectors",
        (
            # a vector for each person's id (newsweave.meaning.NameVectorStage: the name an
            # article gives the person, read by the article embedder), little-endian
            # float32 of length 1; the latest analysis that named the person wrote it. Stories
            # link a person written in two scripts by them (newsweave.store.names)
            """CREATE TABLE name_vectors (
                entity TEXT PRIMARY KEY,
                vector BLOB NOT NULL
            ) WITHOUT ROWID""",
        ),
    ),
)


# the table of applied migrations, in each database's dialect (PostgreSQL's has a `rowid`
# column: the order they were applied in)
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)


def latest() -> str:
    """The newest migration this newsweave knows: the schema version it writes."""
    return MIGRATIONS[-1][0]


def steps(db: Database, name: str, sqlite_steps: tuple[str | Step, ...]) -> tuple[str | Step, ...]:
    """A migration's steps in `db`'s dialect: SQLite's as `MIGRATIONS` holds them, or their
    PostgreSQL spelling (`newsweave.store.postgresql`)."""
    if db.dialect == "sqlite":
        return sqlite_steps
    from newsweave.store import postgresql

    if name not in postgresql.STEPS:
        raise KeyError(f"migration {name} has no PostgreSQL spelling in newsweave.store.postgresql")
    return postgresql.STEPS[name]


def applied(conn: Database | sqlite3.Connection) -> list[str]:
    """Names of the migrations this database has had applied, in order."""
    db = as_database(conn)
    if db.dialect == "sqlite":
        db.script(_MIGRATIONS_TABLE)
    else:
        from newsweave.store import postgresql

        if db.in_transaction:
            db.script(postgresql.MIGRATIONS_TABLE)
        else:  # two processes opening a new database at once take turns
            with db.transaction():
                db.script(postgresql.MIGRATIONS_TABLE)
    return recorded(db)


def recorded(conn: Database | sqlite3.Connection) -> list[str]:
    """`applied` without creating the table (a read-only connection): raises the driver's
    error (`Database.Error`) where there is none (not a newsweave database)."""
    db = as_database(conn)
    return [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY rowid")]


def missing(names: Sequence[str]) -> list[str]:
    """The migrations this newsweave knows that `names` (a database's) lack, in order."""
    have = set(names)
    return [name for name, _ in MIGRATIONS if name not in have]


def refuse_newer(names: Sequence[str], where: str = "this database") -> None:
    """Raise `SchemaTooNew` when `names` (a database's migrations) hold one this newsweave
    does not know; the message names both versions, on one line."""
    known = {name for name, _ in MIGRATIONS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SchemaTooNew(
            f"{where} was written by a newer newsweave (schema {unknown[-1]}); newsweave "
            f"{__version__} knows up to {latest()}: upgrade newsweave to open it"
        )


def migrate(conn: Database | sqlite3.Connection, where: str = "this database") -> list[str]:
    """Apply every migration the database lacks, each with its backfills in one
    transaction; return the names applied now. A database from a newer newsweave is
    refused before anything is written (`SchemaTooNew`, naming it `where`).

    A bare sqlite3 connection must be in autocommit mode (isolation_level=None): each
    migration runs in its own write transaction (`Database.begin_write`: BEGIN IMMEDIATE
    in SQLite, BEGIN and the write lock in PostgreSQL) ... COMMIT, so a crash leaves it
    wholly applied or not at all.
    """
    db = as_database(conn)
    done = applied(db)
    refuse_newer(done, where)
    now = []
    for name, sqlite_steps in MIGRATIONS:
        if name in done:
            continue
        db.begin_write()
        try:
            current = applied(db)  # another writer may have migrated meanwhile
            refuse_newer(current, where)
            if name in current:
                db.rollback()
                continue
            for step in steps(db, name, sqlite_steps):
                if isinstance(step, str):
                    db.script(step)
                else:
                    step(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            db.commit()
        except BaseException:
            db.rollback()
            raise
        now.append(name)
    return now
