"""Bidi isolation: every piece of article text on every page (served and static) sits in
a `<bdi>` or an element with `dir`, or — in a `<title>`, an attribute, SVG text — between
FSI and PDI; so a U+202E in a title, a source or a name ends with it. The JSON twins keep
the text as stored. (What a browser then draws is in test_browser.py.)"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from newsweave.desk.bidi import FSI, PDI, balanced, bdi, bdi_join, isolated
from newsweave.report import write_report
from newsweave.store import Store
from tests.desk.conftest import DESK, RLO, RLO_TITLE, story_of

CONTROLS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"  # what opens an embedding or isolate
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "col", "area", "base"}


class Leaks(HTMLParser):
    """Each place a bidi control stands without isolation: text outside any `<bdi>` or
    element with `dir` (or, in `<title>` and SVG `<text>`, outside FSI … PDI), and
    attribute values other than links and form values not wrapped in FSI … PDI."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, isolates)
        self.leaks: list[str] = []
        self.seen = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and any(c in value for c in CONTROLS) and name not in ("href", "value"):
                self.seen += 1
                if not _wrapped(value):
                    self.leaks.append(f"<{tag} {name}={value!r}>")
        if tag not in VOID:
            isolating = tag == "bdi" or any(name == "dir" for name, _ in attrs)
            self.stack.append((tag, isolating))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not any(c in data for c in CONTROLS):
            return
        self.seen += 1
        plain = self.stack and self.stack[-1][0] in ("title", "text")
        ok = _wrapped(data) if plain else any(isolating for _, isolating in self.stack)
        if not ok:
            where = "/".join(tag for tag, _ in self.stack)
            self.leaks.append(f"{where}: {data[:80]!r}")


def _wrapped(value: str) -> bool:
    """Every override in `value` lies between an FSI and its PDI."""
    depth = 0
    for c in value:
        if c == FSI:
            depth += 1
        elif c == PDI:
            depth -= 1
        elif c in CONTROLS and depth <= 0:
            return False
    return True


def leaks(html: str) -> tuple[int, list[str]]:
    parser = Leaks()
    parser.feed(html)
    return parser.seen, parser.leaks


@pytest.fixture(scope="module")
def client(desk_db):
    return TestClient(create_app(desk_db), base_url=DESK)


@pytest.fixture(scope="module")
def sid(desk_db) -> int:
    return story_of(desk_db, "rlo-lagos")


def pages(client: TestClient, sid: int) -> list[str]:
    article = client.get("/article/rlo-lagos?format=json").json()
    (speaker,) = {q["speaker"]["entity"] for q in article["quotes"] if RLO in q["speaker"]["name"]}
    return [
        "/",
        "/?q=Lagos",
        "/?entity=Lagos",
        f"/story/{sid}",
        "/article/rlo-lagos",
        "/entity/" + quote(speaker, safe=""),
        "/?q=" + quote(f"{RLO}Lagos"),  # the analyst's own search text, reflected
    ]


def test_every_override_on_every_served_page_is_isolated(client, sid):
    total = 0
    for path in pages(client, sid):
        response = client.get(path)
        assert response.status_code == 200, path
        seen, found = leaks(response.text)
        assert found == [], path
        total += seen
    assert total >= 15  # the probe reached titles, sources, names, quotes, snippets


def test_every_page_of_the_static_report_is_isolated(desk_db, tmp_path):
    with Store(desk_db, readonly=True) as store:
        write_report(store, tmp_path / "site")
    total = 0
    for page in sorted((tmp_path / "site").rglob("*.html")):
        seen, found = leaks(page.read_text(encoding="utf-8"))
        assert found == [], page.name
        total += seen
    assert total >= 10


def test_the_json_twins_keep_the_text_as_stored(client, sid):
    story = client.get(f"/story/{sid}?format=json").json()
    assert story["title"] == RLO_TITLE
    article = client.get("/article/rlo-lagos?format=json").json()
    assert article["title"] == RLO_TITLE and article["source"] == f"Daily \u2069{RLO}Mirror"
    assert FSI not in str(story) and "<bdi>" not in str(story)


def test_the_leak_check_sees_a_leak():
    assert leaks(f"<p>{RLO_TITLE} · story 1</p>")[1]
    assert leaks(f'<p title="{RLO}x">x</p>')[1]
    assert leaks(f"<title>{RLO}x</title>")[1]
    assert not leaks(f"<p>{bdi(RLO_TITLE)} · story 1</p>")[1]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("plain", "plain"),
        (f"a{PDI}{RLO}b", f"a{RLO}b"),  # a PDI closing nothing would close our isolate
        (f"a\u202c{RLO}b", f"a{RLO}b"),  # so would a PDF popping nothing
        (f"{FSI}x{PDI}", f"{FSI}x{PDI}"),  # matched pairs stay
        (f"{RLO}x\u202c y", f"{RLO}x\u202c y"),
        (f"\u2067{RLO}x{PDI}{PDI}", f"\u2067{RLO}x{PDI}"),  # a PDI also closes the override
        ("שלום עולם", "שלום עולם"),
    ],
)
def test_balanced_drops_only_terminators_that_close_nothing(text, kept):
    assert balanced(text) == kept


def test_the_filters():
    assert str(bdi("<b>")) == "<bdi>&lt;b&gt;</bdi>" and bdi(None) == "" and bdi("") == ""
    assert str(bdi_join(["a", "", "b"], " · ")) == "<bdi>a</bdi> · <bdi>b</bdi>"
    assert isolated(f"x{PDI}") == f"{FSI}x{PDI}" and isolated("") == ""
