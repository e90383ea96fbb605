"""The case articles (Danish, German; ../shared/cases) ingested with unrelated news: one
story, with the people, roles and spellings the issue asks for, and what each adds — in a
SQLite store and in a PostgreSQL one."""

import json
from pathlib import Path

import pytest

from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.views.stories import list_stories, story_of
from newsweave.views.story import story_view
from tests.conftest import STORES, new_location

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
LATER = {  # a third report, in English, after the meeting
    "id": "en-later",
    "language": "en",
    "published": "2023-09-14",
    "text": "North Korean leader Kim Jong Un left Russia on Thursday after meeting Vladimir "
    "Putin at the Vostochny cosmodrome. Putin said Russia would help North Korea build "
    "satellites. Kim travelled by armoured train from Pyongyang to Vladivostok.",
}


@pytest.fixture(scope="module")
def pipeline(analysed):
    return analysed


@pytest.fixture(scope="module", params=STORES)
def store(request, cases, tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("stories")
    with (folder / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for c in cases:
            row = {"id": c["file"], "text": c["text"], "language": c["language"],
                   "published": c["published"] or "2023-09-05"}  # fmt: skip
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    unrelated = sorted((SAMPLE / "wikinews").glob("*.txt"))[:12]
    store = Store(new_location(request, request.param, folder))
    ingest(store, [*unrelated, folder / "cases.jsonl"], pipeline)
    return store


def story_id(store, article_id):
    (sid,) = store.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    return story_of(store, sid)


def test_the_case_articles_are_one_story_apart_from_unrelated_news(store):
    sid = story_id(store, "da_kim_putin.txt")
    assert story_id(store, "de_kim_putin.txt") == sid
    members = {r[0] for r in store.conn.execute(
        "SELECT article_id FROM story_articles WHERE story_id = ?", (sid,))}  # fmt: skip
    assert members == {"da_kim_putin.txt", "de_kim_putin.txt"}
    (row,) = [r for r in list_stories(store) if r.id == sid]
    assert row.languages == ("da", "de") and row.articles == 2


def test_the_story_shows_speakers_with_roles_and_entities_with_their_spellings(store):
    view = story_view(store, story_id(store, "da_kim_putin.txt")).to_json()
    speakers = {s["speaker"]: s for s in view["speakers"]}
    assert "Ruslands-ekspert" in speakers["Iver Neumann"]["roles"][0]
    assert len(speakers["Iver Neumann"]["quotes"]) >= 3
    assert speakers["Leif-Eric Easley"]["roles"][0] == "Professor für internationale Studien"
    assert len(speakers["Carl Schuster"]["roles"]) == 2
    entities = {e["entity"]: e for e in view["entities"]}
    russia = entities["country:RU"]["variants"]
    assert "Rusland" in russia["da"] and "Russland" in russia["de"]
    kim = next(e for e in view["entities"] if e["name"] == "Kim Jong-un")
    assert "Kim" in kim["variants"]["de"] and kim["linked"]  # "Kim" is Kim Jong-un, and why
    assert any(w["label"] in ("Kim", "Putin") for w in view["why"])


def test_a_name_is_one_reason_even_when_its_sound_also_weighed(store):
    why = story_view(store, story_id(store, "da_kim_putin.txt")).to_json()["why"]
    named = [part for w in why for part in w["label"].split(" / ")]
    assert len(named) == len(set(named)), why  # "Rusland" and "Rusland / Russland" are one


def test_what_each_source_adds(store):
    view = story_view(store, story_id(store, "da_kim_putin.txt")).to_json()
    adds = {a["article"]: a for a in view["adds"]}
    assert "Iver Neumann" in adds["da_kim_putin.txt"]["speakers"]
    assert "Carl Schuster" in adds["de_kim_putin.txt"]["speakers"]
    assert "Pjöngjang" in adds["de_kim_putin.txt"]["entities"]
    assert "Iver Neumann" not in adds["de_kim_putin.txt"]["speakers"]


def test_a_later_ingest_resumes_the_story_and_links_other_spellings(store, pipeline, tmp_path):
    sid = story_id(store, "da_kim_putin.txt")
    path = tmp_path / "later.jsonl"
    path.write_text(json.dumps(LATER), encoding="utf-8")
    ingest(store, [path], pipeline)
    assert story_id(store, "en-later") == sid  # same id, grown
    view = story_view(store, sid).to_json()
    entities = {e["entity"]: e for e in view["entities"]}
    pyongyang = next(e for e in entities.values() if "Pjöngjang" in e["variants"].get("de", {}))
    assert "Pyongyang" in pyongyang["variants"]["en"]
    vladivostok = [e for e in entities.values() if "Wladiwostok" in e["variants"].get("de", {})]
    assert "Vladivostok" in vladivostok[0]["variants"]["en"]
    vostochny = [e for e in entities.values() if "da" in e["variants"]
                 and any("Vostotsjnyj" in v for v in e["variants"]["da"])]  # fmt: skip
    assert any("Vostochny" in v for v in vostochny[0]["variants"].get("en", {}))


def test_a_failing_assignment_leaves_the_batch_unwritten(store, pipeline, tmp_path, monkeypatch):
    from newsweave.stories.cluster import StoryClusterer

    before = store.count()
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({**LATER, "id": "x", "text": LATER["text"] + " Again."}))

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(StoryClusterer, "add", broken)
    with pytest.raises(RuntimeError):
        ingest(store, [path], pipeline)
    assert store.count() == before
    assert (
        store.conn.execute("SELECT count(*) FROM story_articles WHERE article_id = 'x'").fetchone()[
            0
        ]
        == 0
    )


def test_numbers_two_sources_state_differently_are_shown_with_their_sentences(pipeline, tmp_path):
    reports = [
        {"id": "en-morbi", "language": "en", "published": "2022-10-31",
         "text": "A suspension bridge collapsed in Morbi, Gujarat, India on Sunday. "
                 "At least 135 people died when the bridge over the river collapsed in Morbi."},
        {"id": "de-morbi", "language": "de", "published": "2022-10-31",
         "text": "In Morbi im indischen Bundesstaat Gujarat ist am Sonntag eine Hängebrücke "
                 "eingestürzt. Mindestens 141 Menschen kamen in Morbi ums Leben."},
    ]  # fmt: skip
    path = tmp_path / "morbi.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in reports), "utf-8")
    store = Store(tmp_path / "n.db")
    ingest(store, [path], pipeline)
    sid = story_id(store, "en-morbi")
    assert story_id(store, "de-morbi") == sid
    (conflict,) = story_view(store, sid).to_json()["conflicts"]
    assert sorted(conflict["values"]) == [135, 141]
    assert "Morbi" in conflict["about"]
    assert {s["article"]: s["value"] for s in conflict["stated"]} == {
        "en-morbi": 135,
        "de-morbi": 141,
    }
    assert "141 Menschen" in next(s["sentence"] for s in conflict["stated"] if s["value"] == 141)


def test_the_store_keeps_a_names_knowledge_base(store):
    spellings = {
        (language, spelling)
        for language, spelling in store.conn.execute(
            "SELECT language, spelling FROM entity_names WHERE entity = 'country:RU'"
        )
    }
    assert {("da", "Rusland"), ("de", "Russland")} <= spellings
    roles = [r for (r,) in store.conn.execute(
        "SELECT role FROM entity_roles WHERE entity = 'per:iver-neumann'")]  # fmt: skip
    assert any("Ruslands-ekspert" in r for r in roles)


def test_the_case_articles_alone_are_one_story(cases, tmp_path, pipeline, location):
    # a new user's first ingest: no other news to tell what is rare
    for c in cases:
        (tmp_path / c["file"]).write_text(c["text"], encoding="utf-8")
    store = Store(location)
    ingest(store, [tmp_path / c["file"] for c in cases], pipeline)
    (row,) = list_stories(store)
    assert row.articles == 2 and row.languages == ("da", "de")


def test_a_speaker_the_articles_never_mention_gets_no_link_to_a_page_that_does_not_exist():
    from newsweave.article import Article, Mention, Quote, Span, Speaker
    from newsweave.stories.compare import _speakers
    from newsweave.stories.labels import Labels

    text = "«Vi åbner broen i morgen,» sagde guvernør Babajide. Lagos venter."
    lagos = Mention(52, 57, "Lagos", "LOC", "Lagos", "city:2332459")
    quote = Quote(1, 25, text[1:25], "direct", Span(28, 33),
                  Speaker(43, 51, "Babajide", "Babajide", "per:babajide", (), "cue"), (), "speech")  # fmt: skip
    article = Article(text, id="a", language="da", entities=[lagos], quotes=[quote])
    names = {"city:2332459": ("LOC", "Lagos", 1, {"a"})}
    (group,) = _speakers([article], lambda e: e, names, Labels([article], lambda e: e))
    assert (group["speaker"], group["entity"]) == ("Babajide", None)
    assert group["quotes"][0]["text"] == "Vi åbner broen i morgen,"
