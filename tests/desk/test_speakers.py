"""The desk shows how each speaker was found: an inferred speaker is marked with its
reason on the story, article and entity pages (and their JSON twins), and beliefs and
plans stand apart from who said what."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from tests.desk.conftest import DESK, story_of

# The Danish case names its expert by description twice ("en Ruslands-ekspert", "den
# norske ekspert"): inferred speakers. (The German case's unattributed closing lines were
# Schuster's by continuation until an attribution to others between them ended that.)
MATCHED = "inferred: “{}” matched to a role the article gives Iver Neumann"
DESCRIBED = ("en Ruslands-ekspert", "den norske ekspert")
BELIEF = "es in naher Zukunft ein Treffen zwischen Putin und Kim geben könnte"


@pytest.fixture(scope="module")
def client(desk_db):
    return TestClient(create_app(desk_db), base_url=DESK, raise_server_exceptions=False)


def _section(html: str, start: str, end: str) -> str:
    return html[html.index(start) : html.index(end, html.index(start))]


def test_the_story_page_marks_inferred_speakers_with_the_reason(client, desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    data = client.get(f"/story/{sid}?format=json").json()
    neumann = next(s for s in data["speakers"] if s["speaker"] == "Iver Neumann")
    inferred = [q for q in neumann["quotes"] if q["inferred"]]
    assert sorted(q["why"] for q in inferred) == sorted(MATCHED.format(d) for d in DESCRIBED)
    assert all(q["evidence"] == "description" for q in inferred)
    stated = [q for q in neumann["quotes"] if q["evidence"] == "cue"]
    assert stated and all(q["why"] is None and q["inferred"] is False for q in stated)
    said = _section(client.get(f"/story/{sid}").text, 'id="said"', 'id="adds"')
    for q in inferred:
        block = said[said.index(q["text"][:40]) :]
        block = block[: block.index("</blockquote>")]
        assert f'<span class="inferred"><bdi>{q["why"]}</bdi></span>' in block


def test_the_story_page_shows_beliefs_apart_from_who_said_what(client, desk_db):
    sid = story_of(desk_db, "de_kim_putin.txt")
    data = client.get(f"/story/{sid}?format=json").json()
    usa = [s for s in data["speakers"] if any(q["text"] == BELIEF for q in s["beliefs"])]
    assert len(usa) == 1 and usa[0]["quotes"] == []
    assert all(q["act"] == "speech" for s in data["speakers"] for q in s["quotes"])
    page = client.get(f"/story/{sid}").text
    said = _section(page, 'id="said"', 'id="beliefs"')
    beliefs = _section(page, 'id="beliefs"', 'id="adds"')
    assert BELIEF not in said and BELIEF in beliefs
    assert "Stated beliefs and plans" in beliefs and "Carl Schuster" not in beliefs


def test_the_article_page_marks_inferred_speakers_and_beliefs(client):
    page = client.get("/article/da_kim_putin.txt").text
    rows = _section(page, "<h2>Who said what</h2>", "<h2>When</h2>")
    for described in DESCRIBED:
        assert MATCHED.format(described) in rows
        assert f"(\u2068{MATCHED.format(described)}\u2069)" in page  # the quote's mark, isolated
    page = client.get("/article/de_kim_putin.txt").text
    said, beliefs = _section(page, "<h2>Who said what</h2>", "<h2>When</h2>").split(
        "Stated beliefs and plans"
    )
    assert BELIEF not in said and BELIEF in beliefs
    data = client.get("/article/de_kim_putin.txt?format=json").json()
    acts = {q["text"]: q["act"] for q in data["quotes"]}
    assert acts[BELIEF] == "belief"


def test_the_entity_page_marks_inferred_quotes(client):
    page = client.get("/entity/" + quote("per:iver-neumann", safe=""))
    assert page.status_code == 200
    data = client.get("/entity/per:iver-neumann?format=json").json()
    inferred = [q for q in data["quotes"] if q["inferred"]]
    assert sorted(q["why"] for q in inferred) == sorted(MATCHED.format(d) for d in DESCRIBED)
    assert MATCHED.format(DESCRIBED[0]) in page.text
