"""No raw id on any page: the static report of the desk's store, every page's visible text
(tags, attribute values and the stylesheet left out: ids in links are fine) is searched
for entity ids and sound keys."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsweave.report import write_report
from newsweave.store import Store

RAW_ID = re.compile(r"\b(?:country|region|city|per|org|loc|misc):(?=\S)|≈")
KINDS = ("country", "region", "city", "per", "org", "loc")


class Visible(HTMLParser):
    """The text a reader sees: data outside tags, not the stylesheet."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._style = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._style += tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._style -= tag == "style"

    def handle_data(self, data: str) -> None:
        if not self._style:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = Visible()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.fixture(scope="module")
def site(desk_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site-ids")
    with Store(desk_db, readonly=True) as store:
        write_report(store, out)
    return out


def test_the_store_holds_every_kind_of_id_a_page_could_leak(desk_db):
    with Store(desk_db, readonly=True) as store:
        ids = {r[0] for r in store.conn.execute("SELECT DISTINCT entity FROM mentions")}
        whys = " ".join(r[0] for r in store.conn.execute("SELECT why FROM story_articles"))
    assert {kind for kind in KINDS if any(e.startswith(f"{kind}:") for e in ids)} == set(KINDS)
    assert '"s:' in whys  # a sound key among the reasons a story holds together


def test_no_page_shows_a_raw_id(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    assert {p.parent.name for p in pages} >= {"story", "entity", "article"}
    leaks = []
    for page in pages:
        text = visible(page.read_text(encoding="utf-8"))
        for found in RAW_ID.finditer(text):
            context = text[max(0, found.start() - 40) : found.end() + 30]
            leaks.append(f"{page.relative_to(site)}: …{context}…")
    assert leaks == []


def test_the_pattern_finds_what_it_looks_for():
    page = '<p title="per:x">Norge</p><p>country:NO and ≈rslnd</p><a href="../entity/per~x.html">'
    assert [m.group() for m in RAW_ID.finditer(visible(page))] == ["country:", "≈"]
