"""The article page shows a time expression as the story page does: a range with both
ends, a value at its precision ("June 2022", "week 36 of 2023"), and what it could not
resolve — on the page, in the marked text and in the JSON twin."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.desk.app import create_app
from newsweave.store import Store
from tests.desk.conftest import DESK

ROWS = [
    {"id": "de-range", "language": "de", "published": "2023-09-13",
     "text": "Die Werft baute von 1991 bis 1997 U-Boote. Im Juni 2022 kam der Auftrag zurück, "
             "sagte der Sprecher am Mittwoch."},
    {"id": "en-undated", "language": "en",
     "text": "The factory was closed on Wednesday, a year after it opened in 2019."},
]  # fmt: skip


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("article-dates")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    with Store(folder / "desk.db") as store:
        ingest(store, [feed], default_pipeline())
    return TestClient(create_app(folder / "desk.db"), base_url=DESK, raise_server_exceptions=False)


def _row(page: str, expression: str) -> str:
    start = page.index(f"<tr><td><bdi>{expression}</bdi></td>")
    return page[start : page.index("</tr>", start)]


def test_a_range_shows_both_ends_and_that_it_is_a_range(client):
    page = client.get("/article/de-range").text
    row = _row(page, "von 1991 bis 1997")
    assert "1991 – 1997" in row and 'title="1991 – 1997"' in row
    assert '<span class="chip">range</span>' in row
    assert 'class="date" title="1991 – 1997"' in page  # the marked text says both ends too


def test_a_value_is_shown_at_its_precision_never_as_a_made_up_day(client):
    page = client.get("/article/de-range").text
    month = _row(page, "Juni 2022")
    assert "June 2022" in month and '<span class="chip">month</span>' in month
    assert "2022-06-01" not in month
    day = _row(page, "Mittwoch")
    assert "13 September 2023" in day and "chip" not in day  # a day needs no chip


def test_the_json_twin_keeps_both_ends(client):
    dates = client.get("/article/de-range?format=json").json()["dates"]
    assert {"text": "von 1991 bis 1997", "value": "1991", "value_end": "1997"}.items() <= next(
        d for d in dates if d["text"] == "von 1991 bis 1997"
    ).items()


def test_an_unresolved_expression_says_so(client):
    page = client.get("/article/en-undated").text
    assert "unresolved" in _row(page, "Wednesday")
    assert "2019" in _row(page, "2019")
