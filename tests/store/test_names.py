"""The names knowledge base: links kept per story with their reasons, and an entity's
record across stories, languages and scripts."""

import json
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.analysis import default_pipeline
from newsweave.article import Article, Mention
from newsweave.batch import ingest
from newsweave.cli import main
from newsweave.store import Store
from newsweave.stories.cluster import StoryClusterer
from newsweave.views.entities import entity_record, find_entities, story_links
from tests.conftest import STORES, new_location

RUSSIAN = {  # the same meeting, in Cyrillic, the day after
    "id": "ru-meeting",
    "language": "ru",
    "published": "2023-09-14",
    "text": "Лидер КНДР Ким Чен Ын встретился с президентом России Владимиром Путиным на "
    "космодроме Восточный. Ким Чен Ын прибыл из Пхеньяна во Владивосток на бронепоезде. "
    "Путин пообещал помочь Северной Корее со спутниками.",
}


@pytest.fixture(scope="module", params=STORES)
def db(request, cases, tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    rows = [{"id": c["file"], "text": c["text"], "language": c["language"],
             "published": c["published"] or "2023-09-05"} for c in cases]  # fmt: skip
    path = folder / "feed.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in [*rows, RUSSIAN]), encoding="utf-8"
    )
    location = new_location(request, request.param, folder)
    store = Store(location)
    ingest(store, [path], default_pipeline())
    store.close()
    return location


@pytest.fixture
def store(db):
    with Store(db, readonly=True) as s:
        yield s


def story(store, article_id):
    return store.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()[0]


def test_each_story_keeps_its_links_with_the_reason(store):
    sid = story(store, "da_kim_putin.txt")
    assert story(store, "ru-meeting") == sid
    links = {k.entity: k for k in story_links(store, sid)}
    assert links["per:kim"].into == "per:kim-jong-un"
    assert "Kim Jong-un" in links["per:kim"].reason


def test_a_record_gathers_spellings_across_languages_and_scripts(store):
    record = entity_record(store, find_entities(store, "Kim")[0].entity)
    assert record.entity == "per:kim-jong-un"  # "Kim" is read as the story's Kim Jong-un
    assert record.label == "PER" and record.name == "Kim Jong-un"
    assert "Kim Jong-un" in record.variants["da"] and "Kim" in record.variants["de"]
    assert any("the only person" in k["reason"] for k in record.links)
    vostochny = entity_record(store, find_entities(store, "Vostotsjnyj")[0].entity)
    assert "Vostotsjnyj" in vostochny.variants["da"]
    assert "Восточный" in vostochny.variants["ru"]  # another script, linked by sound
    assert any("sound alike" in k["reason"] for k in vostochny.links)
    assert vostochny.article_count == 2 and len(vostochny.stories) == 1


def test_a_place_is_found_by_any_of_its_names(store):
    for name in ("Pjöngjang", "Pyongyang", "Пхеньян"):
        (top, *_) = find_entities(store, name)
        record = entity_record(store, top.entity)
        assert "Pjöngjang" in record.variants["de"], name
        assert any(s.startswith("Пхенья") for s in record.variants["ru"]), name


def test_a_record_holds_the_roles_and_quotes(store):
    (top,) = find_entities(store, "Iver Neumann")
    record = entity_record(store, top.entity)
    assert any("Ruslands-ekspert" in r["role"] for r in record.roles)
    assert record.quote_count >= 3
    assert all(q["language"] == "da" for q in record.quotes)
    before, mention, after = record.articles[0]["context"]  # the first mention in its sentence
    assert mention == "Iver Neumann" and (before + mention + after).count(".") <= 2


def test_a_word_of_a_name_finds_it(store):
    (top, *_) = find_entities(store, "Vostotsjnyj")
    assert "Vostotsjnyj" in top.name
    assert find_entities(store, "100%") == []


def test_a_name_an_article_only_declines_is_found_by_its_base(store):
    """The German case names Stalin only in the genitive ("Stalins Hilfe")."""
    (top, *_) = find_entities(store, "Stalin")
    assert top.name == "Stalins" and top.label == "PER"
    assert find_entities(store, "Stalinn") == []  # not any name that starts alike


def test_a_link_holds_in_its_own_story_only(location):
    """ "Clinton" is Hillary in one story and Bill in another: neither record takes the
    other's articles, and "Clinton" itself says where it is whom."""

    def article(aid: str, full: str) -> Article:
        text = f"{full} spoke on Monday. Clinton said the vote would be close."
        first, second = text.index(full), text.index("Clinton said")
        slug = full.lower().replace(" ", "-")
        return Article(
            text, id=aid, language="en", published=date(2016, 5, 2),
            entities=[
                Mention(first, first + len(full), full, "PER", full, f"per:{slug}"),
                Mention(second, second + 7, "Clinton", "PER", "Clinton", "per:clinton"),
            ],
        )  # fmt: skip

    store = Store(location)
    run = store.start_run("test")
    store.write_batch(
        run,
        [article("a", "Hillary Clinton"), article("b", "Bill Clinton")],
        clusterer=StoryClusterer(),
        keys={"a": Counter({"topic:one": 3}), "b": Counter({"topic:two": 3})},
    )
    assert story(store, "a") != story(store, "b")
    hillary = entity_record(store, "per:hillary-clinton")
    assert entity_record(store, "per:clinton").entity == "per:clinton"  # two targets
    assert hillary.variants == {"en": {"Hillary Clinton": 1, "Clinton": 1}}
    assert [a["id"] for a in hillary.articles] == ["a"]
    clinton = entity_record(store, "per:clinton")
    assert {k["into"] for k in clinton.links} == {"per:hillary-clinton", "per:bill-clinton"}
    assert clinton.variants == {"en": {"Clinton": 2}}


def test_a_database_from_before_links_gets_them_when_opened(request, db, tmp_path):
    drop = (
        "DROP TABLE entity_links; DROP INDEX mentions_by_name; DROP INDEX mentions_by_text; "
        "DELETE FROM migrations WHERE name = '0006_entity_links';"
    )
    if isinstance(db, Path):
        old = tmp_path / "old.db"
        source = sqlite3.connect(db)
        source.backup(dest := sqlite3.connect(old))
        source.close()
        dest.executescript(drop)
        dest.close()
    else:  # a copy of the database, without its links (0006 is applied after 0013 here)
        old = request.getfixturevalue("postgresql").new(copy_of=db)
        with Store(old) as copy:
            copy.conn.script(drop)
    with Store(old) as store:
        sid = story(store, "da_kim_putin.txt")
        assert "per:kim" in {k.entity for k in story_links(store, sid)}


def test_the_entity_command(db):
    runner = CliRunner()
    shown = runner.invoke(main, ["entity", "Rusland", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "Russland" in shown.output and "России" in shown.output
    data = json.loads(
        runner.invoke(main, ["entity", "Iver Neumann", "--json", "--db", str(db)]).output
    )
    assert data["entity"] == "per:iver-neumann" and data["quote_count"] >= 3
    missing = runner.invoke(main, ["entity", "Nobody Atall", "--db", str(db)])
    assert missing.exit_code == 1 and "No entity 'Nobody Atall'" in missing.output
