"""`newsweave report`: the desk's pages as a static site — every link resolves to a file,
each page has its JSON twin, nothing escapes the folder, untrusted text is escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markupsafe import escape

from newsweave.desk.render import CSP
from newsweave.desk.urls import file_name
from newsweave.report import write_report
from newsweave.store import Store
from tests.desk.conftest import HOSTILE_TITLE, story_of

HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def site(desk_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    with Store(desk_db, readonly=True) as store:
        write_report(store, out)
    return out


def test_every_link_resolves_to_a_file_of_the_site(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            parts = urlsplit(href.replace("&amp;", "&"))
            if parts.scheme in ("http", "https") or not parts.path:
                continue  # an article's original (http only) or an anchor on the page
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(site)} links to missing {href}"
            assert site.resolve() in target.parents, f"{href} leaves the site"


def test_the_case_story_and_its_json_twin(site, desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    html = (site / "story" / f"{sid}.html").read_text(encoding="utf-8")
    assert "Iver Neumann" in html and "Carl Schuster" in html and "<svg" in html
    data = json.loads((site / "story" / f"{sid}.json").read_text(encoding="utf-8"))
    assert data["id"] == sid and {"da", "de"} <= set(data["languages"])
    index = json.loads((site / "index.json").read_text(encoding="utf-8"))
    assert sid in {s["id"] for s in index["stories"]}
    assert "Search articles" not in (site / "index.html").read_text()  # needs the server


def test_entity_pages_are_written_for_what_the_pages_link(site):
    neumann = site / "entity" / f"{file_name('per:iver-neumann')}.html"
    assert "Ruslands-ekspert" in neumann.read_text(encoding="utf-8")


def test_hostile_ids_and_text_stay_inside_and_escaped(site):
    assert not (site.parent / "etc").exists()
    name = file_name("../../etc/passwd")
    assert name.startswith("h-") and "/" not in name
    html = (site / "article" / f"{name}.html").read_text(encoding="utf-8")
    assert HOSTILE_TITLE not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "javascript:" not in html
    for page in site.rglob("*.html"):
        assert "<script" not in page.read_text(encoding="utf-8"), page


def test_each_page_carries_its_policy(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">' in html


def test_an_empty_store_says_what_to_do(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        html = write_report(store, tmp_path / "site").read_text(encoding="utf-8")
    assert "No stories yet" in html and "newsweave ingest" in html


def test_file_names_cannot_leave_their_folder():
    assert file_name("meantime-en-100911") == "meantime-en-100911"
    assert file_name("country:RU") == "country~RU"
    for hostile in ("../x", "a/b", "..", "x.html", "", "a" * 200, "ü"):
        assert re.fullmatch(r"h-[0-9a-f]{20}", file_name(hostile)), hostile
