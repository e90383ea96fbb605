"""A re-analysis in the store, write side: the bookkeeping that makes
`newsweave reanalyze` (`newsweave.reanalysis`) resumable, and the rebuild of the stories.

A re-analysis has two phases, each done in batches of one transaction:

1. *analyse*: every stored article, in the order it was stored (rowid), is analysed again
   and its annotations and story keys are replaced; `reanalysis.upto` is the last article
   done, moved in the batch's transaction.
2. *stories*: the stories are woven again from the new keys. The switch is one
   transaction: each article's story is noted (`reanalysis_stories`), every assignment,
   link, headline and checkpoint is dropped, and each story then live is *retired*
   (`merged_into` = its own id: hidden from lists, its page says it is being rebuilt).
   Then the articles join new stories (ids above the highest old one) as an ingest of
   them would, in the order they were stored, in batches of `stream.BATCH_SIZE` cut
   where the run that stored them changes. The clusterer resumes from the new
   assignments as after an ingest (`newsweave.store.stories.resume`), so a rebuild killed
   at any point and run again gives the same stories with the same ids.

At the end each retired story is merged into its successor, the new story holding most
of its articles (the lowest id of a tie), so that its links lead there; the bookkeeping
rows go. While a re-analysis is unfinished an ingest refuses to run (it would weave into
stories half rebuilt): `pending` says so.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from newsweave.article import Article
from newsweave.store import rows
from newsweave.store.db import Database
from newsweave.store.stories import stored_embeddings, stored_keys

CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class Reanalysis:
    """The unfinished re-analysis of a store (its `reanalysis` row)."""

    run_id: int
    options: dict[str, object]
    phase: str  # "analyse" or "stories"
    upto: int  # rowid of the last article done in this phase
    last_story: int  # the highest story id before the rebuild
    started_at: str


def pending(conn: Database) -> Reanalysis | None:
    """The unfinished re-analysis, or None."""
    row = conn.execute(
        "SELECT run_id, options, phase, upto, last_story, started_at FROM reanalysis WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return Reanalysis(row[0], json.loads(row[1]), row[2], row[3], row[4], row[5])


def begin(conn: Database, run_id: int, options: dict[str, object]) -> Reanalysis:
    """Start a re-analysis from the first stored article, or start an unfinished one over
    with these options (call inside a write transaction). A rebuild already switched
    keeps what it noted of the old stories."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    top = conn.execute("SELECT max(id) FROM stories").fetchone()[0] or 0
    before = pending(conn)
    conn.execute("DELETE FROM reanalysis WHERE id = 1")
    conn.execute(
        "INSERT INTO reanalysis (id, run_id, options, phase, upto, last_story, started_at) "
        "VALUES (1, ?, ?, 'analyse', 0, ?, ?)",
        (run_id, json.dumps(options, sort_keys=True), before.last_story if before else top, now),
    )
    found = pending(conn)
    assert found is not None
    return found


def take_over(conn: Database, run_id: int) -> None:
    """Carry the unfinished re-analysis on in this run (call inside a write transaction)."""
    conn.execute("UPDATE reanalysis SET run_id = ? WHERE id = 1", (run_id,))


def remaining(conn: Database, after: int) -> int:
    """How many stored articles come after rowid `after`."""
    return int(
        conn.execute("SELECT count(*) FROM articles WHERE rowid > ?", (after,)).fetchone()[0]
    )


def to_analyse(
    conn: Database, after: int, limit: int, keep: Sequence[str]
) -> list[tuple[int, Article]]:
    """The next `limit` stored articles after rowid `after`, in the order they were stored,
    as the analysis takes them: text and metadata, and of their notes only those of the
    `keep` stages (what reading the input mended, which no analysis finds again)."""
    found = [
        (row[0], rows.article(row[1:]))
        for row in conn.execute(
            f"SELECT rowid, {rows.ARTICLE_COLUMNS} FROM articles WHERE rowid > ? "
            "ORDER BY rowid LIMIT ?",
            (after, limit),
        ).fetchall()
    ]
    if keep and found:
        by_id = {a.id: a for _, a in found}
        ids = list(by_id)
        stages = ",".join("?" * len(keep))
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            for aid, stage, message in conn.execute(
                "SELECT article_id, stage, message FROM article_issues WHERE article_id IN "
                f"({','.join('?' * len(chunk))}) AND stage IN ({stages}) ORDER BY article_id, n",
                [*chunk, *keep],
            ):
                by_id[aid].note(stage, message)
    return found


def replace_keys(conn: Database, keys: dict[str, Counter[str]]) -> None:
    """Replace the story keys of these articles (call inside a write transaction)."""
    for aid, counts in keys.items():
        conn.execute("DELETE FROM article_keys WHERE article_id = ?", (aid,))
        conn.executemany(
            "INSERT INTO article_keys (article_id, key, n) VALUES (?, ?, ?)",
            [(aid, k, n) for k, n in sorted(counts.items())],
        )


def analysed(conn: Database, upto: int) -> None:
    """Record that the articles up to rowid `upto` are analysed again (in the batch's
    transaction)."""
    conn.execute("UPDATE reanalysis SET upto = ? WHERE id = 1", (upto,))


def switch_to_stories(conn: Database) -> None:
    """The switch to the rebuild (call inside a write transaction; see the module's doc).
    Run again after a rebuild started (a re-analysis started over), it drops the stories
    that rebuild made and keeps what was noted of the old ones."""
    state = pending(conn)
    assert state is not None, "no re-analysis under way"
    noted = conn.execute("SELECT count(*) FROM reanalysis_stories").fetchone()[0]
    if not noted:
        conn.execute(
            "INSERT INTO reanalysis_stories (article_id, story_id) "
            "SELECT article_id, story_id FROM story_articles"
        )
    made = "(SELECT id FROM stories WHERE id > ?)"
    for sql in (
        "DELETE FROM story_articles",
        "DELETE FROM entity_links",
        "DELETE FROM story_headlines",
        "DELETE FROM story_checkpoint",
        f"DELETE FROM story_merges WHERE story_id IN {made} OR into_id IN {made}",
    ):
        conn.execute(sql, (state.last_story, state.last_story) if "?" in sql else ())
    conn.execute("UPDATE stories SET merged_into = NULL WHERE id > ?", (state.last_story,))
    conn.execute("DELETE FROM stories WHERE id > ?", (state.last_story,))
    conn.execute(
        "UPDATE stories SET merged_into = id WHERE merged_into IS NULL OR merged_into = id"
    )
    conn.execute("UPDATE reanalysis SET phase = 'stories', upto = 0 WHERE id = 1")


def to_weave(conn: Database, after: int, limit: int) -> list[tuple[int, Article, Counter[str]]]:
    """The next batch of the rebuild: up to `limit` stored articles after rowid `after`,
    in the order they were stored, ending where the run that stored them changes; each
    with its story keys. The articles carry what the stories need (id, date, language,
    embedding), not their text."""
    rows = conn.execute(
        "SELECT rowid, id, content_hash, published, language, run_id FROM articles "
        "WHERE rowid > ? ORDER BY rowid LIMIT ?",
        (after, limit),
    ).fetchall()
    rows = [r for r in rows if r[5] == rows[0][5]] if rows else []
    ids = [r[1] for r in rows]
    keys = stored_keys(conn, ids)
    vectors = stored_embeddings(conn, ids)
    for i in range(0, len(ids), CHUNK):  # `assign` stores them again
        chunk = ids[i : i + CHUNK]
        conn.execute(
            f"DELETE FROM article_keys WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    return [
        (
            rowid,
            Article(
                text="",
                id=aid,
                content_hash=chash,
                published=date.fromisoformat(published) if published else None,
                language=language,
                embedding=vectors.get(aid),
            ),
            keys[aid],
        )
        for rowid, aid, chash, published, language, _ in rows
    ]


def woven(conn: Database, upto: int) -> None:
    """Record that the articles up to rowid `upto` are in their new stories (in the
    batch's transaction)."""
    conn.execute("UPDATE reanalysis SET upto = ? WHERE id = 1", (upto,))


def finish(conn: Database, run_id: int) -> dict[int, int]:
    """End the rebuild (call inside a write transaction): each retired story merged into
    its successor, the bookkeeping gone. Returns {old story: successor}."""
    counts: dict[int, Counter[int]] = defaultdict(Counter)
    for old, new in conn.execute(
        "SELECT r.story_id, sa.story_id FROM reanalysis_stories r "
        "JOIN story_articles sa ON sa.article_id = r.article_id"
    ):
        counts[old][new] += 1
    successors = {old: min(c, key=lambda s: (-c[s], s)) for old, c in sorted(counts.items())}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    retired = [r[0] for r in conn.execute("SELECT id FROM stories WHERE merged_into = id")]
    for old in retired:
        new = successors.get(old)
        conn.execute("UPDATE stories SET merged_into = ? WHERE id = ?", (new, old))
        if new is not None:
            conn.execute(
                "INSERT INTO story_merges (story_id, into_id, run_id, at) VALUES (?, ?, ?, ?)",
                (old, new, run_id, now),
            )
    conn.execute("DELETE FROM reanalysis_stories")
    conn.execute("DELETE FROM reanalysis WHERE id = 1")
    return {old: successors[old] for old in retired if old in successors}
