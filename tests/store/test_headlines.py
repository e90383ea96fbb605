"""Story headlines kept on ingest (`newsweave.store.headlines`): the most central article
per language, and a store written before they were kept gets them when opened."""

import json
import sqlite3

import pytest

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.store.headlines import headline_article
from newsweave.views.stories import list_stories

LATER = {
    "id": "en-later",
    "language": "en",
    "published": "2023-09-14",
    "text": "North Korean leader Kim Jong Un left Russia on Thursday after meeting Vladimir "
    "Putin at the Vostochny cosmodrome. Putin said Russia would help North Korea build "
    "satellites. Kim travelled by armoured train from Pyongyang to Vladivostok.",
}


@pytest.fixture(scope="module")
def db(cases, tmp_path_factory):
    folder = tmp_path_factory.mktemp("headlines")
    rows = [{"id": c["file"], "text": c["text"], "language": c["language"],
             "published": c["published"] or "2023-09-05"} for c in cases]  # fmt: skip
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [*rows, LATER]))
    with Store(folder / "h.db") as store:
        ingest(store, [feed], default_pipeline())
    return folder / "h.db"


def rows(path):
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT story_id, language, article_id FROM story_headlines ORDER BY 1, 2"
        ).fetchall()


def test_one_headline_per_language_of_the_story(db):
    with Store(db, readonly=True) as store:
        (story,) = list_stories(store)
        assert story.articles == 3
        kept = {lang: aid for _, lang, aid in rows(db)}
        assert kept == {"da": "da_kim_putin.txt", "de": "de_kim_putin.txt", "en": "en-later"}
        assert story.title_article in kept.values()
        for language, article in kept.items():
            assert headline_article(store.conn, story.id, language) == article
        # a language the story has no article in: its most central article
        assert headline_article(store.conn, story.id, "fi") == story.title_article


def test_a_store_written_before_headlines_were_kept_gets_them(db, tmp_path):
    old = tmp_path / "old.db"
    with sqlite3.connect(db) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    with sqlite3.connect(old) as conn:
        conn.execute("DROP TABLE story_headlines")
        conn.execute("DELETE FROM migrations WHERE name = '0012_story_headlines'")
    with Store(old):
        pass  # opening it for writing upgrades it
    assert rows(old) == rows(db)
