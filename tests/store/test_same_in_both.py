"""The same input ingested into a SQLite store and into a PostgreSQL one gives the same
store: articles with their annotations, stories with the same ids, links, headlines, the
clusterer's checkpoint, and the same answers from the read side."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.views.entities import entity_record
from newsweave.views.search import search
from newsweave.views.stories import list_stories
from newsweave.views.story import story_view

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
TABLES = {
    "story_articles": "SELECT article_id, story_id, score, why, at, joined, merged "
    "FROM story_articles ORDER BY rowid",
    "stories": "SELECT id, first, last, merged_into, published_first, published_last, revision "
    "FROM stories ORDER BY id",
    "entity_links": "SELECT story_id, entity, into_entity, reason FROM entity_links "
    "ORDER BY story_id, entity",
    "story_headlines": "SELECT story_id, language, article_id, closeness FROM story_headlines "
    "ORDER BY story_id, language",
    "article_keys": "SELECT article_id, key, n FROM article_keys ORDER BY article_id, key",
    "runs": "SELECT id, status, added, already_stored, duplicates, skipped, updated FROM runs "
    "ORDER BY id",
    "story_checkpoint": "SELECT upto, params FROM story_checkpoint",
    "article_embeddings": "SELECT article_id, vector FROM article_embeddings ORDER BY article_id",
    "sentence_embeddings": "SELECT article_id, count, dimensions, vectors "
    "FROM sentence_embeddings ORDER BY article_id",
    "name_vectors": "SELECT entity, vector FROM name_vectors ORDER BY entity",
}


@pytest.fixture(scope="module")
def both(tmp_path_factory, postgresql, analysed):
    """The sample's MEANTIME reports (in English, Spanish, Italian and Dutch, four on each
    event) and its Wikinews feed, ingested in two runs into each store."""
    folder = tmp_path_factory.mktemp("same")
    rows = (SAMPLE / "meantime.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    first.write_text("\n".join(rows[:16]) + "\n", encoding="utf-8")
    second.write_text("\n".join(rows[12:28]) + "\n", encoding="utf-8")  # 4 stored already
    pipeline = analysed  # one analysis, stored in both
    stores = []
    for location in (folder / "n.db", postgresql.new()):
        store = Store(location)
        ingest(store, [first], pipeline)
        ingest(store, [second, SAMPLE / "wikinews-feed.rss"], pipeline)
        stores.append(store)
    yield stores
    for store in stores:
        store.close()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_same_rows(both, table):
    lite, pg = ([tuple(bytes(x) if isinstance(x, memoryview) else x for x in r)
                 for r in store.conn.execute(TABLES[table]).fetchall()] for store in both)
    assert lite and lite == pg


def test_the_same_articles_with_their_annotations(both):
    lite, pg = both
    assert lite.count() == pg.count() > 30
    assert lite.articles() == pg.articles() and lite.languages() == pg.languages()
    ids = [row.id for row in lite.articles()]
    a, b = lite.get_many(ids), pg.get_many(ids)
    assert {k: v.to_json() for k, v in a.items()} == {k: v.to_json() for k, v in b.items()}


def test_the_same_answers_from_the_read_side(both):
    lite, pg = both
    assert list_stories(lite, limit=500) == list_stories(pg, limit=500)
    for row in list_stories(lite, limit=500):
        assert story_view(lite, row.id).to_json() == story_view(pg, row.id).to_json()
    top = lite.conn.execute(
        "SELECT entity FROM mentions WHERE entity != '' GROUP BY entity "
        "ORDER BY count(*) DESC, entity LIMIT 8"
    ).fetchall()
    assert len(top) == 8
    for (entity,) in top:
        found = [entity_record(store, entity) for store in both]
        assert found[0] is not None and found[0].to_json() == found[1].to_json(), entity
    for query in ("Boeing", "aviones cisterna", "Airbus", "il", "zzzz"):
        hits = [sorted(h.article_id for h in search(store, query, limit=500)) for store in both]
        assert hits[0] == hits[1], query
