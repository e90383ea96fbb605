"""Stories in the store: writing the clusterer's assignments and resuming it. Reading
stories back is the read side's (`newsweave.views.stories`).

Assignments are written in the same transaction as the articles they concern
(`Store.write_batch`), so a story never points at an article that is not stored, and an
article is never stored without its story. A story that merges into another keeps its row
with `merged_into` set; its articles move, and `story_merges` records when.

Resuming gives the clusterer exactly the state the last writer left, so that an ingest
killed at any point and run again weaves the same stories, with the same ids, as one that
was never interrupted. The choice: the clusterer's state is a pure function of the stored
assignments in the order they were made (`story_articles` rowid order: the story each
article joined, the stories it merged, its stream time and its keys), replayed with
`StoryClusterer.restore`; and, so that a start does not cost the whole stream, the state
after some assignment is saved as a checkpoint (`newsweave.stories.checkpoint`) in the
transaction that made it — every `CHECKPOINT_EVERY` articles and when an ingest finishes
— and a resume loads it and replays only the assignments after it. Memory follows the
window while replaying (rows are streamed, closed stories leave). Any rarity count,
clock, sweep or expiry the uninterrupted run had, the resumed one has too: stories
closed by later news stay closed, those an out-of-order stream kept open stay open.
A store woven before the replay columns existed replays each article into the story it
is in now (its merges cannot be replayed); from then on, resumes are exact.

Story ids come from the clusterer in step with the store: inside the writer's
transaction `assign` checks that the store holds no assignment the clusterer has not
seen (another writer), and a new story's id is inserted, never merged into a row that
exists.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from itertools import groupby

import numpy as np

from newsweave.article import Article
from newsweave.store import headlines
from newsweave.store.db import Database
from newsweave.store.lock import StoreBusy
from newsweave.store.names import relink
from newsweave.stories import checkpoint as state
from newsweave.stories import stream
from newsweave.stories.cluster import Assignment, StoryClusterer

CHECKPOINT_EVERY = 2000  # assignments between checkpoints within a run
STORY_WINDOW = timedelta(days=30)  # a story with no new article for this long is closed


def assign(
    conn: Database,
    clusterer: StoryClusterer,
    run_id: int,
    articles: Iterable[tuple[Article, Counter[str]]],
    now: datetime,
) -> list[Assignment]:
    """Put newly stored articles in stories as the stream policy says (one batch:
    `newsweave.stories.stream.assign`), and record each assignment as it is made (call
    inside the batch's transaction)."""
    _in_step(conn, clusterer)
    done: list[Assignment] = []
    joined: list[tuple[int, Article, Counter[str]]] = []
    keyed: list[tuple[str, str, int]] = []  # every article's keys, stored in one go
    for article, keys, when, a in stream.assign(clusterer, articles, now):
        keyed += [(article.id, k, n) for k, n in keys.items()]
        if a.new:  # an id already in the store fails here: never two stories in one
            conn.execute(
                "INSERT INTO stories (id, first, last, run_id) VALUES (?, ?, ?, ?)",
                (a.story, when.isoformat(), when.isoformat(), run_id),
            )
        else:
            conn.execute(  # first = min(first, when), last = max(last, when), NULL aside
                "UPDATE stories SET first = CASE WHEN first IS NULL OR first > ? THEN ? "
                "ELSE first END, last = CASE WHEN last IS NULL OR last < ? THEN ? "
                "ELSE last END WHERE id = ?",
                (when.isoformat(), when.isoformat(), when.isoformat(), when.isoformat(), a.story),
            )
        for gone in a.merged:
            conn.execute(
                "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (a.story, gone)
            )
            conn.execute("UPDATE stories SET merged_into = ? WHERE id = ?", (a.story, gone))
            conn.execute(
                "INSERT INTO story_merges (story_id, into_id, run_id, at) VALUES (?, ?, ?, ?)",
                (gone, a.story, run_id, now.isoformat(timespec="seconds")),
            )
        position = conn.insert(
            "INSERT INTO story_articles (article_id, story_id, score, why, at, joined, merged) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                a.story,
                a.score,
                json.dumps(a.why),
                when.isoformat(),
                a.story,
                json.dumps(a.merged),
            ),
        )
        clusterer.position = int(position or 0)
        done.append(a)
        joined.append((a.story, article, keys))
    conn.executemany("INSERT INTO article_keys (article_id, key, n) VALUES (?, ?, ?)", keyed)
    gone = {s for a in done for s in a.merged}
    grown = sorted({a.story for a in done} - gone)
    refresh_spans(conn, grown)
    relink(conn, grown, sorted(gone))
    headlines.update(conn, clusterer, joined, [(g, a.story) for a in done for g in a.merged])
    saved = conn.execute("SELECT upto FROM story_checkpoint WHERE id = 1").fetchone()
    if clusterer.position - (saved[0] if saved else 0) >= CHECKPOINT_EVERY:
        checkpoint(conn, clusterer)
    return done


def _in_step(conn: Database, clusterer: StoryClusterer) -> None:
    """Refuse to assign with a clusterer that does not hold every assignment stored (or
    whose next story id the store has already given): another writer wove since it was
    resumed, and going on would put unrelated articles under one id."""
    last, top = conn.execute(
        "SELECT (SELECT max(rowid) FROM story_articles), (SELECT max(id) FROM stories)"
    ).fetchone()
    if (last or 0) != clusterer.position or (top or 0) >= clusterer.next_id:
        raise StoreBusy(
            "the stories in the store changed since this ingest resumed them (another writer "
            "wove meanwhile); nothing of this batch was stored: run the ingest again"
        )


def checkpoint(conn: Database, clusterer: StoryClusterer) -> None:
    """Save the clusterer's state as of its last stored assignment (call inside a write
    transaction, with a clusterer in step with the store)."""
    saved = conn.execute("SELECT upto FROM story_checkpoint WHERE id = 1").fetchone()
    if clusterer.position == (saved[0] if saved else 0):
        return  # nothing new since the last one
    _in_step(conn, clusterer)
    blob = zlib.compress(json.dumps(state.snapshot(clusterer)).encode(), 1)
    conn.execute("DELETE FROM story_checkpoint WHERE id = 1")  # replaced
    conn.execute(
        "INSERT INTO story_checkpoint (id, upto, params, state, at) VALUES (1, ?, ?, ?, ?)",
        (
            clusterer.position,
            json.dumps(state.params(clusterer)),
            blob,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )


def refresh_spans(conn: Database, story_ids: Sequence[int]) -> None:
    """Set each story's span of publication dates from its articles' dates (null when
    none is dated): what a reader is shown, never the stream times an undated article
    joined at. One indexed pass over each story's articles."""
    conn.executemany(
        "UPDATE stories SET (published_first, published_last) = (SELECT min(a.published), "
        "max(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE sa.story_id = ?) WHERE id = ?",
        [(sid, sid) for sid in story_ids],
    )


def resume(conn: Database, window: timedelta | None) -> StoryClusterer:
    """The clusterer exactly as the last writer left it: the checkpoint, if one was saved
    with these settings, and every assignment stored after it replayed in the order it
    was made (see the module's doc)."""
    clusterer = StoryClusterer(window=window)
    saved = conn.execute("SELECT upto, params, state FROM story_checkpoint WHERE id = 1").fetchone()
    if saved is not None and json.loads(saved[1]) == state.params(clusterer):
        data = json.loads(zlib.decompress(bytes(saved[2])))
        keys = stored_keys(conn, state.recent_articles(data))
        vectors = stored_embeddings(conn, state.embedded_articles(data))
        clusterer = state.restored(data, clusterer, keys, vectors)
        clusterer.position = saved[0]
    return _replay(conn, clusterer, _REPLAY)


def resume_before_replay(conn: Database, window: timedelta | None) -> StoryClusterer:
    """`resume` for a store not yet at migration 0013_story_replay_and_run_holders (what
    the backfill of 0012_story_headlines sees: a migration's step reads only the schema
    of its own version). Such a store has no checkpoint and no replay columns: each
    article is replayed into the story it is in now, as `resume` replays those rows once
    0013 has given them NULL and '[]'."""
    return _replay(conn, StoryClusterer(window=window), _REPLAY_BEFORE_0013)


# the stored assignments after a position, in the order they were made, with each
# article's language, embedding and keys
_REPLAY = (
    "SELECT sa.rowid, sa.article_id, coalesce(sa.joined, sa.story_id), sa.merged, sa.at, "
    "a.language, e.vector, k.key, k.n FROM story_articles sa "
    "JOIN articles a ON a.id = sa.article_id "
    "LEFT JOIN article_embeddings e ON e.article_id = sa.article_id "
    "LEFT JOIN article_keys k ON k.article_id = sa.article_id "
    "WHERE sa.rowid > ? ORDER BY sa.rowid"
)
_REPLAY_BEFORE_0013 = (  # (before 0015 too: no embeddings)
    "SELECT sa.rowid, sa.article_id, sa.story_id, '[]', sa.at, a.language, NULL, "
    "k.key, k.n FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
    "LEFT JOIN article_keys k ON k.article_id = sa.article_id "
    "WHERE sa.rowid > ? ORDER BY sa.rowid"
)


def _replay(conn: Database, clusterer: StoryClusterer, sql: str) -> StoryClusterer:
    """`clusterer` with every assignment after its position replayed (rows of `sql`)."""
    rows = conn.stream(sql, (clusterer.position,))
    for (rowid, article, story, merged, at, language, vector), group in groupby(
        rows, key=lambda r: r[:7]
    ):
        keys = Counter({key: n for *_, key, n in group if key is not None})
        when = datetime.fromisoformat(at) if at else None
        embedding = None if vector is None else embedding_of(vector)
        clusterer.restore(story, article, keys, when, json.loads(merged), embedding, language)
        clusterer.position = rowid
    top = conn.execute("SELECT max(id) FROM stories").fetchone()[0]
    clusterer.next_id = max(clusterer.next_id, (top or 0) + 1)
    return clusterer


def stored_keys(conn: Database, articles: Sequence[str]) -> dict[str, Counter[str]]:
    """The stored keys of these articles (each in sorted order, as the clusterer takes
    them)."""
    found: dict[str, Counter[str]] = {a: Counter() for a in articles}
    for i in range(0, len(articles), 500):
        chunk = list(articles[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for article, key, n in conn.execute(
            f"SELECT article_id, key, n FROM article_keys WHERE article_id IN ({marks}) "
            "ORDER BY article_id, key",
            chunk,
        ):
            found[article][key] = n
    return found


def embedding_blob(vector: np.ndarray) -> bytes:
    """An embedding as stored: little-endian float32."""
    return np.asarray(vector, "<f4").tobytes()


def embedding_of(blob: bytes | memoryview) -> np.ndarray:
    """A stored embedding back as the float32 vector the clusterer took."""
    return np.frombuffer(bytes(blob), "<f4").astype(np.float32)


def sentence_blob(vectors: np.ndarray) -> bytes:
    """Sentence vectors as stored: each row's scale (its largest magnitude / 127) as
    little-endian float32, then the rows over their scales rounded to int8. A unit row
    comes back within 0.004 of itself per component; cosines move by less than 0.001."""
    rows = np.asarray(vectors, np.float32)
    scales = np.abs(rows).max(axis=1, initial=0.0) / 127
    scales = np.where(scales > 0, scales, 1).astype("<f4")
    quantised = np.clip(np.rint(rows / scales[:, None]), -127, 127).astype(np.int8)
    return scales.tobytes() + quantised.tobytes()


def sentence_vectors_of(blob: bytes | memoryview, count: int, dimensions: int) -> np.ndarray:
    """Stored sentence vectors back as float32 rows (`sentence_blob`)."""
    raw = bytes(blob)
    scales = np.frombuffer(raw, "<f4", count)
    rows = np.frombuffer(raw, np.int8, count * dimensions, 4 * count)
    return rows.reshape(count, dimensions).astype(np.float32) * scales[:, None]


def stored_sentence_vectors(conn: Database, articles: Sequence[str]) -> dict[str, np.ndarray]:
    """The stored sentence vectors of those of these articles that have them."""
    found: dict[str, np.ndarray] = {}
    for i in range(0, len(articles), 500):
        chunk = list(articles[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for article, count, dimensions, blob in conn.execute(
            "SELECT article_id, count, dimensions, vectors FROM sentence_embeddings "
            f"WHERE article_id IN ({marks})",
            chunk,
        ):
            found[article] = sentence_vectors_of(blob, count, dimensions)
    return found


def stored_embeddings(conn: Database, articles: Sequence[str]) -> dict[str, np.ndarray]:
    """The stored embeddings of those of these articles that have one."""
    found: dict[str, np.ndarray] = {}
    for i in range(0, len(articles), 500):
        chunk = list(articles[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for article, vector in conn.execute(
            f"SELECT article_id, vector FROM article_embeddings WHERE article_id IN ({marks})",
            chunk,
        ):
            found[article] = embedding_of(vector)
    return found


def revise(conn: Database, story_ids: Sequence[int]) -> None:
    """After articles of these stories were updated in place: their date spans and
    names links follow, and their revision moves on (a built page is stale)."""
    refresh_spans(conn, story_ids)
    relink(conn, story_ids, [])
    conn.executemany(
        "UPDATE stories SET revision = revision + 1 WHERE id = ?", [(s,) for s in story_ids]
    )
