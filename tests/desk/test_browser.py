"""The desk in a real browser: Debian's chromium, headless, driven by playwright, over
`newsweave serve`'s app on a live port, and over the static site opened from disk. A
title, a source and names with a right-to-left override (U+202E) must leave the page's
own text after them in reading order, measured from the characters' boxes as drawn.

Skips where chromium or playwright is missing (a user's machine) unless
NEWSWEAVE_REQUIRE_BROWSER=1, which `.ci/run` sets so CI never skips it. The story page's
and the override pages' screenshots are saved in test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette

from newsweave.desk.app import create_app
from newsweave.report import write_report
from newsweave.store import Store
from newsweave.translation import load_translator
from tests.desk.conftest import HOSTILE_TITLE, RLO_TITLE, story_of
from tests.translation.builders import needs_argos, save_argos

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSWEAVE_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    required = os.environ.get("NEWSWEAVE_REQUIRE_BROWSER") == "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            raise
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if not shutil.which(CHROMIUM):
        if required:
            pytest.fail(f"chromium not found at {CHROMIUM}")
        pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield b
        b.close()


@contextmanager
def running(app: Starlette, port: int) -> Iterator[str]:
    """`app` served by uvicorn on 127.0.0.1:`port`, in a thread; its address."""
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(desk_db):
    """`newsweave serve`'s app on a free port of 127.0.0.1, in a thread."""
    port = free_port()
    with running(create_app(desk_db, port=port), port) as address:
        yield address


def watch(page) -> list[str]:
    """Every dialog (an injected alert would open one) and every console error."""
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("console", lambda m: seen.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    return seen


def test_stories_to_story_to_speaker_to_article(browser, server, desk_db):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = watch(page)
    page.goto(server + "/")
    assert page.title() == "Stories · newsweave"
    assert page.get_by_role("heading", name="Stories", exact=True).is_visible()
    sid = story_of(desk_db, "da_kim_putin.txt")
    page.locator(f'a[href="/story/{sid}"]').first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/story/{sid}")
    assert page.get_by_role("heading", name="Who said what").is_visible()
    assert page.get_by_role("heading", name="What each source adds").is_visible()
    neumann = page.get_by_role("link", name="Iver Neumann", exact=True).first
    assert neumann.is_visible()
    assert page.get_by_text("Ruslands-ekspert").first.is_visible()
    assert page.locator("figure.graph svg circle").count() >= 5  # the graph is drawn
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "desk-story.png"), full_page=True)
    neumann.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Iver Neumann", exact=True).is_visible()
    assert page.get_by_role("heading", name="What Iver Neumann said").is_visible()
    page.get_by_role("link", name="in the article").first.click()
    page.wait_for_load_state()
    assert "/article/da_kim_putin.txt#q" in page.url
    target = page.locator("q:target")
    assert target.count() == 1 and target.is_visible()  # the quote the link pointed at
    assert page.locator(".body mark.date").first.get_attribute("title") == "2023-09-13"
    assert seen == []


def test_search_and_hostile_text_run_nothing(browser, server):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = watch(page)
    page.goto(server + "/")
    page.get_by_label("Search articles").fill("Zweifel")
    page.get_by_role("button", name="Show").click()
    page.wait_for_load_state()
    hits = page.get_by_role("region", name="Articles matching “Zweifel”")
    hits.get_by_role("link", name=HOSTILE_TITLE).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name=HOSTILE_TITLE).is_visible()  # shown as text
    assert "<img src=x onerror=alert(1)>" in page.locator(".body").inner_text()
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    assert seen == []


def test_the_pages_read_on_a_phone(browser, server, desk_db):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    sid = story_of(desk_db, "da_kim_putin.txt")
    for path in ("/", f"/story/{sid}", "/entity/per:iver-neumann"):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path


def test_keyboard_reaches_the_stories(browser, server):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'", timeout=5000)  # followed the link


def test_the_static_site_looks_the_same_from_disk(browser, desk_db, tmp_path):
    with Store(desk_db, readonly=True) as store:
        index = write_report(store, tmp_path / "site")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = watch(page)
    page.goto(index.as_uri())
    # the inline stylesheet is allowed by its hash: the page is styled, not bare
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
    page.locator('a[href^="story/"]').first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Timeline").is_visible()
    assert seen == []


# The boxes of each drawn character of an element's text, in the DOM's order.
CHAR_BOXES = """el => { const out = []; const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    for (let i = 0; i < n.data.length; i++) {
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
      const b = r.getBoundingClientRect();
      if (b.width > 0) out.push([n.data[i], b.x, b.y + b.height / 2]);
    } }
  return out; }"""


def drawn_in_order(locator) -> bool:
    """True when `locator`'s characters are drawn left to right in the DOM's order, line
    by line (an override reverses them: "story 9" drawn as "9 yrots")."""
    boxes = locator.evaluate(CHAR_BOXES)
    assert boxes, "nothing drawn"
    return all(b[1] > a[1] or b[2] > a[2] + 4 for a, b in pairwise(boxes))


def boxes_in_order(locators) -> bool:
    """True when each element starts to the right of the one before (one line)."""
    xs = [loc.bounding_box()["x"] for loc in locators]
    return xs == sorted(xs) and len(set(xs)) == len(xs)


def test_an_override_in_a_title_leaves_the_page_text_in_order(browser, server, desk_db):
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    seen = watch(page)
    page.goto(server + "/?q=Lagos")
    hit = page.locator("section li").filter(has_text=RLO_TITLE).first
    assert hit.is_visible()
    meta = hit.locator(".meta > span")
    assert meta.count() == 3  # language, date, story: the page's text after the title
    assert boxes_in_order([hit.locator("a").first, *meta.all()])
    for span in meta.all():
        assert drawn_in_order(span), span.inner_text()
    title = hit.locator("a bdi").first
    assert (
        title.bounding_box()["x"] + title.bounding_box()["width"] <= meta.first.bounding_box()["x"]
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "desk-bidi-search.png"))
    sid = story_of(desk_db, "rlo-lagos")
    page.goto(server + f"/story/{sid}")
    meta = page.locator("main > p.meta > span")
    assert boxes_in_order(meta.all())  # after a source with a stray PDI and an override
    for span in meta.all():
        if "Mirror" not in span.inner_text():
            assert drawn_in_order(span), span.inner_text()
    entry = page.locator("ol.timeline li").filter(has_text="Mirror")
    assert boxes_in_order(entry.locator(".meta > span").all())
    assert drawn_in_order(entry.locator(".meta > span").first)
    page.screenshot(path=str(ARTIFACTS / "desk-bidi-story.png"), full_page=True)
    assert seen == []


def test_an_override_in_the_static_site_stays_in_its_title(browser, desk_db, tmp_path):
    with Store(desk_db, readonly=True) as store:
        write_report(store, tmp_path / "site")
    sid = story_of(desk_db, "rlo-lagos")
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    page.goto((tmp_path / "site" / "story" / f"{sid}.html").as_uri())
    assert page.locator("h1").inner_text() == RLO_TITLE
    meta = page.locator("main > p.meta > span")
    assert boxes_in_order(meta.all())
    for span in meta.all():
        if "Mirror" not in span.inner_text():
            assert drawn_in_order(span), span.inner_text()  # the date after the source
    entry = page.locator("ol.timeline li").filter(has_text="Mirror")
    assert boxes_in_order(entry.locator(".meta > span").all())
    assert drawn_in_order(entry.locator(".meta > span").first)


# ---- the story page as a picture (issue 17): layout regressions caught in the browser ----

# Elements of <main> whose right edge leaves the viewport, outside the boxes that scroll
# by design (tables, the pictures, the table of contents on a phone): text that overflows
# its box.
OVERFLOWING = """() => { const width = document.documentElement.clientWidth; const out = [];
  for (const el of document.querySelectorAll('main *')) {
    if (el.closest('.scroll, figure.picture, nav.toc')) continue;
    const b = el.getBoundingClientRect();
    if (b.width > 0 && b.right > width + 1) out.push(el.tagName + '.' + el.className + ': ' +
      (el.textContent || '').slice(0, 40));
  }
  return out; }"""
# The rendered boxes of the graph's labels, [x1, y1, x2, y2].
LABEL_BOXES = """() => [...document.querySelectorAll('figure.graph > svg a text')].map(t => {
  const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_story_page_draws_its_pictures_and_nothing_overflows(browser, server, desk_db, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    seen = watch(page)
    sid = story_of(desk_db, "da_kim_putin.txt")
    page.goto(server + f"/story/{sid}")
    for picture in ("figure.timeline-svg > svg", "figure.graph > svg"):
        box = page.locator(picture).bounding_box()
        assert box and box["width"] >= 300 and box["height"] >= 60, (picture, box)
    # one mark per dated article on the timeline, the axis with its ticks
    dated = page.locator("ol.timeline li").filter(has_not_text="undated").count()
    assert page.locator("figure.timeline-svg > svg circle[class^=c]").count() == dated >= 2
    assert page.locator("figure.timeline-svg > svg text.tick").count() >= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    assert page.evaluate(OVERFLOWING) == []
    labels = page.evaluate(LABEL_BOXES)
    assert len(labels) >= 5
    crossing = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :]
                if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]
    assert len(crossing) <= 1, crossing  # fmt: skip
    # the table of contents stays at the top while the reader is deep in the page
    page.locator("nav.toc a[href='#entities']").click()
    page.wait_for_function("location.hash === '#entities'", timeout=5000)
    toc = page.locator("nav.toc").bounding_box()
    assert toc and abs(toc["y"]) <= 1
    heading = page.locator("h2#entities").bounding_box()
    assert heading and heading["y"] >= toc["height"] - 1  # not hidden under it
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + f"/story/{sid}")
    page.screenshot(path=str(ARTIFACTS / f"desk-story-{width}.png"), full_page=True)
    assert seen == []  # the pictures broke no rule of the Content-Security-Policy


@needs_argos
def test_machine_translations_keep_to_the_page_s_width(browser, desk_db, tmp_path):
    """The tiny models' translations are long runs of pieces without a space: they wrap
    on a phone instead of pushing the page sideways."""
    save_argos(tmp_path / "translate-da_en", "da", "en")
    port = free_port()
    app = create_app(desk_db, port=port, translator=load_translator(f"argos:{tmp_path}"))
    page = browser.new_page(viewport={"width": 390, "height": 900})
    seen = watch(page)
    sid = story_of(desk_db, "da_kim_putin.txt")
    with running(app, port) as address:
        page.goto(address + f"/story/{sid}?ui=en&translate=1")
        assert page.locator(".mt").count() >= 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.evaluate(OVERFLOWING) == []
    assert seen == []
