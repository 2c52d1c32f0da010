"""The HTML report: built from the warehouse, and rendered by a real browser.

The browser test drives Debian's chromium with Playwright (no browser
download): the page must render its map and charts with no console error and
no network request. Screenshots go to tests/artifacts/ (git-ignored). Without
chromium the browser test skips with the reason; `make test` installs it where
it can.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import SEED, scratch_env
from newsledger.cli import main
from newsledger.config import PROJECT_ROOT, Settings

pytestmark = pytest.mark.slow

PAGES = PROJECT_ROOT / "tests" / "data" / "pages"
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """`newsledger run` on the seed and the saved pages, then `newsledger report`."""
    root = tmp_path_factory.mktemp("report")
    with scratch_env(root):
        folder = root / "articles"
        shutil.copytree(PAGES, folder)
        shutil.copy(SEED, folder)
        assert main(["run", "--quiet", "--batch", "r1", str(folder)]) == 0
        settings = Settings.from_env()
        out = root / "custom" / "report.html"
        assert main(["report", "--batch", "r1", "-o", str(out)]) == 0
        yield settings, out


def test_the_report_asset_writes_the_page_on_every_run(report):
    settings, _ = report
    page = settings.report_path.read_text()
    assert '<h2 id="claims">Claims ledger</h2>' in page


def test_the_page_is_self_contained_and_links_each_fact_to_its_sentence(report):
    _, path = report
    page = path.read_text()
    # No script, style, image or font from anywhere else.
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert "cdn.plot.ly" not in page.split("</script>", 1)[1]
    counts = json.loads(
        re.search(r'<script type="application/json" id="counts">(.*?)</script>', page).group(1)
    )
    assert counts["claims"] > 0 and counts["quotes"] > 0 and counts["reactions"] > 0
    assert counts["timeline"] > 0 and counts["places"] > 0
    # Every evidence link lands on a sentence listed in the page.
    targets = set(re.findall(r'<a class="ev" href="#([^"]+)"', page))
    ids = set(re.findall(r"<li id='([^']+)'>", page.split('<h2 id="evidence">', 1)[1]))
    assert targets and targets <= ids
    # A quote of the seed, under its speaker.
    assert "Ilham Aliyev" in page and "we are defending ourselves" in page


def _browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover
        pytest.skip(f"playwright is not installed: {exc}")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"chromium not found at {CHROMIUM}: apt-get install -y chromium")
    return sync_playwright


def test_the_report_renders_in_chromium_without_network(report):
    sync_playwright = _browser()
    _, path = report
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_selector("#map .main-svg", timeout=20_000)
            page.wait_for_selector("#timeline .main-svg", timeout=20_000)
            # The map draws country outlines and the places as points.
            assert page.locator("#map .scatterlayer .trace").count() >= 2
            assert page.locator("#map .point").count() >= 1
            assert page.locator("#timeline .point").count() >= 1
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
            page.locator("#map").screenshot(path=str(ARTIFACTS / "report-map.png"))
            # Following an evidence link shows the sentence.
            first = page.locator("a.ev").first
            target = first.get_attribute("href")
            first.click()
            assert page.evaluate("location.hash") == target
            assert page.locator(f"li[id='{target[1:]}']").is_visible()
        finally:
            browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
