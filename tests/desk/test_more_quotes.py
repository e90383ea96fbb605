"""A speaker with more quotes than the story page shows at once: the rest are one click
away under "And N more", and the speaker's entity page is linked for everything else."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.desk.app import create_app
from newsweave.store import Store
from tests.desk.conftest import DESK

# Eight quotations of one speaker, each with its own attribution, in one English report.
SAID = [
    "We are going to win the nomination",
    "The establishment has never understood what working families need",
    "Wall Street cannot keep writing the rules for everybody else",
    "Health care is a right and not a privilege in this country",
    "Young people are not going to accept a world of low wages",
    "This campaign is funded by millions of small donors",
    "Nobody should doubt that we will take this fight to the convention",
    "Public colleges and universities should be tuition free for every student",
]
TEXT = "Bernie Sanders spoke to thousands of supporters in Burlington on Tuesday.\n" + "\n".join(
    f'"{line}," Bernie Sanders said.' for line in SAID
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("more")
    feed = folder / "feed.jsonl"
    row = {"id": "sanders", "language": "en", "published": "2016-02-02", "text": TEXT}
    feed.write_text(json.dumps(row), encoding="utf-8")
    store = Store(folder / "more.db")
    ingest(store, [feed], default_pipeline())
    sid = store.conn.execute("SELECT story_id FROM story_articles").fetchone()[0]
    store.close()
    return TestClient(
        create_app(folder / "more.db"), base_url=DESK, raise_server_exceptions=False
    ), sid


def test_the_story_page_says_how_many_more_quotes_there_are(client):
    app, sid = client
    data = app.get(f"/story/{sid}?format=json").json()
    sanders = next(s for s in data["speakers"] if s["speaker"] == "Bernie Sanders")
    assert len(sanders["quotes"]) == len(SAID)  # the JSON has them all
    page = app.get(f"/story/{sid}").text
    said = page[page.index('id="said"') : page.index('id="adds"')]
    first, _, rest = said.partition("<details")
    assert rest, "no folded list of the other quotes"
    assert "<summary>And 2 more quotes of <bdi>Bernie Sanders</bdi> in this story</summary>" in rest
    for line in SAID[:6]:
        assert line in first and line not in rest
    for line in SAID[6:]:
        assert line in rest and line not in first  # shown in the fold, not lost
    link = re.search(
        r'<a href="([^"]+)">Everything <bdi>Bernie Sanders</bdi> said, in every story</a>', rest
    )
    assert link and app.get(link.group(1)).status_code == 200


def test_no_fold_when_every_quote_is_shown(client):
    app, sid = client
    page = app.get(f"/story/{sid}").text
    assert page.count("<details class=\"more\"") == 1  # only Sanders, and no fold for beliefs
