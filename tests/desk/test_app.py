"""Every desk page and its JSON twin, in-process over HTTP, from a SQLite store and from a
PostgreSQL one; and what keeps the desk safe with untrusted articles: escaping, the
Content-Security-Policy, no path traversal, read-only, and errors without a stack trace."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from newsweave.store import Store, StoreError
from tests.desk.conftest import DESK, HOSTILE_TITLE, story_of


@pytest.fixture(scope="module")
def client(desk_location):
    return TestClient(create_app(desk_location), base_url=DESK, raise_server_exceptions=False)


def test_the_stories_page_lists_the_case_story_with_its_languages(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Stories" in page.text and "Kim Jong-un" in page.text
    data = client.get("/?format=json").json()
    case = next(s for s in data["stories"] if set(s["languages"]) >= {"da", "de"})
    assert case["articles"] >= 3 and "en" in case["languages"]
    assert {"entity", "name", "label", "mentions"} <= set(case["entities"][0])
    assert {"code": "da", "name": "Danish", "articles": 1} in data["languages"]


def test_filters_by_language_date_and_entity(client):
    danish = client.get("/?language=da&format=json").json()["stories"]
    assert danish and all("da" in s["languages"] for s in danish)
    later = client.get("/?since=2023-09-14&format=json").json()["stories"]
    assert later and all(s["last"] >= "2023-09-14" for s in later)
    before = client.get("/?until=2020-01-01&format=json").json()["stories"]
    assert all(s["first"] <= "2020-01-01" for s in before)
    by_entity = client.get("/?entity=Pjöngjang&format=json").json()
    assert by_entity["entity"]["entity"] == "city:1871859"
    assert all({"da", "de"} & set(s["languages"]) for s in by_entity["stories"])
    nobody = client.get("/?entity=Nobody+Atall")
    assert "No entity is called" in nobody.text


def test_full_text_search_in_any_language(client):
    hits = client.get("/?q=Wladiwostok&format=json").json()["hits"]
    assert {h["article"] for h in hits} >= {"de_kim_putin.txt"}
    assert all(h["story"] for h in hits)
    page = client.get("/?q=" + quote("Pjöngjang"))
    assert "<mark>Pjöngjang</mark>" in page.text
    assert "No article contains" in client.get("/?q=xyzzyplugh").text


def test_stories_across_languages_come_first_and_can_be_the_only_ones(client):
    data = client.get("/?format=json").json()
    across = data["across"]
    assert across and all(len(s["languages"]) >= 2 for s in across)
    assert any({"da", "de"} <= set(s["languages"]) for s in across)
    page = client.get("/")
    assert page.text.index("Across languages") < page.text.index("All stories")
    multi = client.get("/?multi=1&format=json").json()
    assert multi["stories"] and all(len(s["languages"]) >= 2 for s in multi["stories"])
    assert multi["across"] == []  # a filtered list has no section before it
    assert len(multi["stories"]) < len(data["stories"])
    assert client.get("/?multi=maybe").status_code == 400


def test_a_search_lists_only_the_stories_that_hold_its_articles_with_titles(client):
    data = client.get("/?q=Wladiwostok&format=json").json()
    stories = {h["story"] for h in data["hits"]}
    assert stories and {s["id"] for s in data["stories"]} == stories
    assert all(h["title"] for h in data["hits"])  # untitled articles: their first sentence
    german = next(h for h in data["hits"] if h["article"] == "de_kim_putin.txt")
    assert german["title"].startswith("Die USA glauben auch")
    nothing = client.get("/?q=xyzzyplugh&format=json").json()
    assert nothing["stories"] == []


def test_bad_filter_values_are_refused_by_name_not_trusted(client):
    for query, name in (("since=yesterday", "since"), ("until=2023-02-30", "until"),
                        ("page=-3", "page"), ("page=abc", "page"), ("page=%C2%B2", "page")):  # fmt: skip
        page = client.get(f"/?{query}")
        assert page.status_code == 400 and f"Bad value for {name}" in page.text, query
        assert (
            client.get(f"/?{query}&format=json")
            .json()["error"]
            .startswith(f"Bad value for {name}:")
        )
    assert client.get("/?q=NEAR(%22").status_code == 200  # search text is text, not syntax
    assert client.get("/?since=&until=&page=&q=").status_code == 200  # an empty form


def test_the_story_page_shows_the_case_as_one_story(client, desk_location):
    sid = story_of(desk_location, "da_kim_putin.txt")
    page = client.get(f"/story/{sid}")
    assert page.status_code == 200
    for seen in ("Iver Neumann", "Leif-Eric Easley", "Carl Schuster", "Ruslands-ekspert",
                 "What each source adds", "<svg", "Pjöngjang"):  # fmt: skip
        assert seen in page.text, seen
    data = client.get(f"/story/{sid}?format=json").json()
    assert data["id"] == sid and set(data["languages"]) >= {"da", "de"}
    speakers = {s["speaker"]: s for s in data["speakers"]}
    quote_ = speakers["Iver Neumann"]["quotes"][0]
    assert f"/article/da_kim_putin.txt#q{quote_['n']}" in page.text  # links to the sentence
    assert data["graph"]["nodes"] and data["graph"]["edges"]


def test_the_entity_page_gathers_spellings_roles_and_quotes(client):
    page = client.get("/entity/" + quote("per:iver-neumann", safe=""))
    assert page.status_code == 200
    assert "Ruslands-ekspert" in page.text and "What <bdi>Iver Neumann</bdi> said" in page.text
    data = client.get("/entity/per:iver-neumann?format=json").json()
    assert data["quote_count"] >= 3 and data["variants"]["da"]
    russia = client.get("/entity/country:RU?format=json").json()
    assert {"da", "de", "en"} <= set(russia["variants"])


def test_the_article_page_marks_entities_quotes_and_dates(client):
    page = client.get("/article/da_kim_putin.txt")
    assert page.status_code == 200
    assert 'class="s" id="s0"' in page.text and '<q class="quote' in page.text
    assert 'class="date" title="2023-09-13"' in page.text
    data = client.get("/article/da_kim_putin.txt?format=json").json()
    assert data["schema"] == 1 and data["language"] == "da" and data["story"]


def test_untrusted_text_is_escaped_everywhere(client):
    listing = client.get("/")
    assert HOSTILE_TITLE not in listing.text
    article = client.get("/article/" + quote("../../etc/passwd", safe=""))
    assert article.status_code == 200  # an id is a key, never a path
    assert HOSTILE_TITLE not in article.text and "&lt;script&gt;" in article.text
    assert "<img src=x" not in article.text and "<b>Das</b>" not in article.text
    assert "javascript:" not in article.text


def test_every_response_carries_a_strict_policy(client):
    for url in ("/", "/story/1", "/nope", "/entity/nobody:x"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp  # no script at all
        assert "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert "server" not in headers


def test_missing_pages_and_other_methods_fail_plainly(client):
    missing = client.get("/story/999999")
    assert missing.status_code == 404 and "No story" in missing.text
    assert client.get("/story/999999?format=json").json() == {
        "error": "No story with this id in the store."
    }
    assert client.get("/article/nothing-here").status_code == 404
    assert client.get("/story/abc").status_code == 404
    assert client.post("/").status_code == 405


def test_an_error_shows_no_stack_trace(desk_db, monkeypatch):
    from newsweave.desk import pages

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail at /home/user/db")

    monkeypatch.setattr(pages, "story_view", broken)
    client = TestClient(create_app(desk_db), base_url=DESK, raise_server_exceptions=False)
    page = client.get("/story/1")
    assert page.status_code == 500
    assert "secret detail" not in page.text and "Traceback" not in page.text
    assert "Server error" in page.text


def test_the_desk_opens_the_store_read_only(desk_location):
    with Store(desk_location, readonly=True) as store:
        with pytest.raises(store.conn.Error, match=r"read.?only"):
            store.conn.execute("DELETE FROM articles")
        assert store.count() > 0


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_an_empty_store_says_what_to_do(tmp_path):
    Store(tmp_path / "empty.db").close()
    page = TestClient(create_app(tmp_path / "empty.db"), base_url=DESK).get("/")
    assert "No stories yet" in page.text and "newsweave ingest" in page.text


def test_a_story_page_is_rebuilt_when_its_story_grows(desk_db, tmp_path):
    import json
    import shutil

    from newsweave.analysis import default_pipeline
    from newsweave.batch import ingest

    db = tmp_path / "grow.db"
    shutil.copy(desk_db, db)
    client = TestClient(create_app(db), base_url=DESK)
    sid = story_of(db, "da_kim_putin.txt")
    before = client.get(f"/story/{sid}?format=json").json()["articles"]
    assert client.get(f"/story/{sid}?format=json").json()["articles"] == before  # cached
    feed = tmp_path / "more.jsonl"
    feed.write_text(json.dumps({
        "id": "en-more", "language": "en", "published": "2023-09-15",
        "text": "Kim Jong Un ended his visit to Russia after talks with Vladimir Putin at the "
                "Vostochny cosmodrome, and returned to Pyongyang from Vladivostok.",
    }), encoding="utf-8")  # fmt: skip
    with Store(db) as store:
        ingest(store, [feed], default_pipeline())
    assert story_of(db, "en-more") == sid
    assert client.get(f"/story/{sid}?format=json").json()["articles"] == before + 1


def test_a_story_page_is_rebuilt_when_an_article_date_is_corrected(desk_db, cases, tmp_path):
    import json
    import shutil

    from newsweave.analysis import default_pipeline
    from newsweave.batch import ingest

    db = tmp_path / "fix.db"
    shutil.copy(desk_db, db)
    client = TestClient(create_app(db), base_url=DESK)
    sid = story_of(db, "de_kim_putin.txt")
    page = client.get(f"/story/{sid}?format=json").json()
    assert page["first"] == "2023-09-05"  # the fixture's stand-in date for the German case
    german = next(c for c in cases if c["file"] == "de_kim_putin.txt")
    feed = tmp_path / "fix.jsonl"
    row = {"id": "de_kim_putin.txt", "text": german["text"], "published": "2023-09-08"}
    feed.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store:
        assert len(ingest(store, [feed], default_pipeline()).updated) == 1
    assert client.get(f"/story/{sid}?format=json").json()["first"] == "2023-09-08"
