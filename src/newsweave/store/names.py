"""The names knowledge base, write side: the links between the ids of one story, kept with
their reasons.

Per article, the entities stage gives one id to the spellings tables know (Rusland,
Russland -> country:RU). Across articles, `newsweave.stories.linking` links ids within one
story ("Kim" and "Ким Чен Ын" are the story's Kim Jong-un); those links are kept in
`entity_links`, one set per story, rewritten (`relink`) in the transaction that makes the
story grow, merge or change. Reading them back — an entity's record, finding a name — is
the read side's (`newsweave.views.entities`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsweave.store.db import Database
from newsweave.stories.linking import link, summarise

if TYPE_CHECKING:
    import numpy as np

CHUNK = 500  # ids per IN list


def story_names(conn: Database, story_id: int) -> dict[str, tuple[str, str, int]]:
    """{entity id: (label, name, mentions)} for the named entities of one story (in the
    order of their ids and names, as SQLite groups them: a tie goes the same way in every
    database)."""
    rows = conn.execute(
        "SELECT m.entity, m.label, m.name, count(*) FROM mentions m "
        "JOIN story_articles sa ON sa.article_id = m.article_id "
        "WHERE sa.story_id = ? AND m.kind = 'name' AND m.entity != '' "
        "GROUP BY m.entity, m.label, m.name ORDER BY m.entity, m.label, m.name",
        (story_id,),
    )
    return summarise(rows)


def name_vectors(conn: Database, entities: Iterable[str]) -> dict[str, np.ndarray]:
    """{entity id: its name's vector} for the people of `entities` that have one (analysed
    with the accurate tier, from migration 0017 on)."""
    from newsweave.store.stories import embedding_of  # (which imports this module)

    ids = sorted(entities)
    out: dict[str, np.ndarray] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" for _ in chunk)
        for entity, blob in conn.execute(
            f"SELECT entity, vector FROM name_vectors WHERE entity IN ({marks})", chunk
        ):
            out[entity] = embedding_of(blob)
    return out


def relink(
    conn: Database, stories: Iterable[int], gone: Iterable[int] = (), *, vectors: bool = True
) -> None:
    """Rewrite the links of `stories` (which have grown) and drop those of `gone` (merged
    into another); call inside the transaction that changed them. `vectors`: whether the
    store has the people's name vectors (migration 0017_name_vectors)."""
    for story in gone:
        conn.execute("DELETE FROM entity_links WHERE story_id = ?", (story,))
    for story in stories:
        conn.execute("DELETE FROM entity_links WHERE story_id = ?", (story,))
        names = story_names(conn, story)
        people = [e for e, v in names.items() if v[0] == "PER"]
        near = name_vectors(conn, people) if vectors else {}
        conn.executemany(
            "INSERT INTO entity_links (story_id, entity, into_entity, reason) VALUES (?, ?, ?, ?)",
            [(story, k.entity, k.into, k.reason) for k in link(names, near)],
        )


def relink_all(conn: Database) -> None:
    """Links for every story not merged into another: the backfill of migration
    0006_entity_links (a database written before links were kept), run in its
    transaction (a store without name vectors yet)."""
    ids = [r[0] for r in conn.execute("SELECT id FROM stories WHERE merged_into IS NULL")]
    relink(conn, ids, vectors=False)
