"""The static report in a real browser: Debian's chromium, headless, driven by playwright.

Skips where chromium or playwright is missing (a user's machine) unless
NEWSWEAVE_REQUIRE_BROWSER=1, which `.ci/run` sets so CI never skips it.
"""

import os
import shutil
from pathlib import Path

import pytest

from newsweave.report import write_report
from tests.test_report import hostile_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSWEAVE_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


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
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def site(tmp_path):
    with hostile_store(tmp_path / "b.db") as s:
        return write_report(s, tmp_path / "site")


def test_a_reader_goes_from_the_index_to_an_article_and_no_script_runs(browser, site):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site.as_uri())
    assert page.title() == "Articles · newsweave"
    assert page.get_by_role("heading", name="Danish").is_visible()
    # The hostile title shows as text, and runs nothing.
    assert page.get_by_role("link", name="<script>alert(1)</script>").is_visible()
    page.get_by_role("link", name="Kim og Putin mødes").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Kim og Putin mødes").is_visible()
    date_mark = page.locator("mark.date").first
    assert date_mark.inner_text() == "onsdag"
    assert date_mark.get_attribute("title") == "2023-09-13"
    assert page.get_by_role("cell", name="2023-09-13").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-article.png"), full_page=True)
    page.go_back()
    page.get_by_role("link", name="<script>alert(1)</script>").click()
    page.wait_for_load_state()
    assert "<img src=x onerror=alert(1)>" in page.locator(".body").inner_text()
    assert dialogs == []


def test_the_index_reads_on_a_phone(browser, site):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(site.as_uri())
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375  # no sideways scrolling
