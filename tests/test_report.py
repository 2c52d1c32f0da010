"""The HTML report: built from the warehouse, and rendered by a real browser.

The browser test drives Debian's chromium with Playwright (no browser
download): the page must render its map and charts with no console error and
no network request. Screenshots go to tests/artifacts/ (git-ignored). Without
chromium the browser test skips with the reason; `make test` installs it where
it can.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from conftest import SEED, scratch_env
from newsledger.cli import main
from newsledger.config import PROJECT_ROOT, Settings
from newsledger.report import LIMITS, batch_page, update_reports, write_report
from newsledger.warehouse import connect_readonly

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


INVENTED = PROJECT_ROOT / "tests" / "fixtures" / "invented"


@dataclass
class Runs:
    settings: Settings
    custom: Path  # `newsledger report --batch r1 -o ...`
    r1_after_r1: str  # the page of r1 as r1's run wrote it
    r1_mtime: int  # ... and its time, both read before r2's run
    r2_metadata: dict  # the report asset's metadata in r2's run


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """`newsledger run` of batch r1 (the seed and the saved pages), then of batch
    r2 (one invented article), then `newsledger report --batch r1 -o ...`."""
    root = tmp_path_factory.mktemp("report")
    with scratch_env(root):
        folder = root / "articles"
        shutil.copytree(PAGES, folder)
        shutil.copy(SEED, folder)
        assert main(["run", "--quiet", "--batch", "r1", str(folder)]) == 0
        settings = Settings.from_env()
        r1 = batch_page(settings, "r1")
        r1_text, r1_mtime = r1.read_text(), r1.stat().st_mtime_ns
        article = INVENTED / "01_kyrgyz_tajik_canal_clash.txt"
        assert main(["run", "--quiet", "--batch", "r2", str(article)]) == 0
        with dg.DagsterInstance.get() as instance:
            event = instance.get_latest_materialization_event(dg.AssetKey("report"))
            metadata = {k: v.value for k, v in event.asset_materialization.metadata.items()}
        out = root / "custom" / "report.html"
        assert main(["report", "--batch", "r1", "-o", str(out)]) == 0
        yield Runs(settings, out, r1_text, r1_mtime, metadata)


def _json(page: str, element: str) -> dict:
    found = re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', page)
    return json.loads(found.group(1))


def _per_batch(settings: Settings, table: str) -> dict[str, int]:
    with connect_readonly(settings) as con:
        rows = con.execute(f"SELECT batch, count(*) FROM {table} GROUP BY batch").fetchall()
    return dict(rows)


def test_each_run_writes_the_page_of_the_batch_it_published_and_the_index(report):
    settings = report.settings
    r1, r2 = batch_page(settings, "r1"), batch_page(settings, "r2")
    # r2's run wrote r2's page, and left r1's as r1's run wrote it.
    assert r1.stat().st_mtime_ns == report.r1_mtime
    assert r1.read_text() == report.r1_after_r1
    assert '<h2 id="claims">Claims ledger</h2>' in report.r1_after_r1
    assert "Ilham Aliyev" in report.r1_after_r1
    page2 = r2.read_text()
    assert "Ilham Aliyev" not in page2 and "batch r2" in page2
    # Each page counts its own batch's rows.
    claims = _per_batch(settings, "claims")
    assert _json(report.r1_after_r1, "totals")["claims"] == claims["r1"] > 0
    assert _json(page2, "totals")["claims"] == claims.get("r2", 0)
    # The pipeline never writes the whole warehouse's page: that is on demand.
    assert not settings.report_path.exists()
    # The index links every batch's page, with its counts.
    index = (settings.reports_dir / "index.html").read_text()
    links = re.findall(r"<a href='([^']+)'>(r\d)</a>", index)
    assert sorted(links) == [(r1.name, "r1"), (r2.name, "r2")]
    state = json.loads((settings.reports_dir / "index.json").read_text())
    assert {b: e["claims"] for b, e in state["batches"].items()} == {
        "r1": claims["r1"],
        "r2": claims.get("r2", 0),
    }
    # The asset's metadata in r2's run: the one page it wrote, and the index.
    meta = report.r2_metadata
    assert meta["pages"] == {"r2": str(r2)}
    assert meta["path"] == str(settings.reports_dir / "index.html")
    assert meta["batches_listed"] == 2
    assert meta["dagster/row_count"] == sum(_json(page2, "totals").values())


def test_the_whole_warehouse_page_is_written_on_demand(report, capsys):
    settings = report.settings
    with scratch_env(settings.warehouse_dir.parent):
        assert main(["report"]) == 0
    assert f"report: {settings.report_path}" in capsys.readouterr().out
    totals = _json(settings.report_path.read_text(), "totals")
    assert totals["articles"] == sum(_per_batch(settings, "articles").values())
    assert totals["claims"] == sum(_per_batch(settings, "claims").values())


def test_a_capped_list_shows_the_most_recent_rows_and_says_what_it_left_out(report, tmp_path):
    settings = report.settings
    out = tmp_path / "capped.html"
    limits = {"articles": 1, "claims": 2, "quotes": 3, "reactions": 1, "timeline": 2, "places": 2}
    result = write_report(settings, out, None, limits=limits)
    assert result.counts == limits
    assert all(result.totals[k] > n for k, n in limits.items())
    page = out.read_text()
    assert _json(page, "counts") == limits
    notes = re.findall(r"<p class='capped'>(\d+) of (\d+) shown", page)
    assert [(int(a), int(b)) for a, b in notes] == [(limits[k], result.totals[k]) for k in LIMITS]
    # The one article listed is the most recently published.
    with connect_readonly(settings) as con:
        latest = con.execute(
            "SELECT headline FROM articles ORDER BY published_date DESC NULLS LAST, headline LIMIT 1"
        ).fetchone()[0]
    articles = page.split('<h2 id="articles">', 1)[1].split("</ul>", 1)[0]
    assert articles.count("<li>") == 1 and html.escape(latest) in articles
    # The evidence lists the sentences of the facts shown, every link lands.
    targets = set(re.findall(r'<a class="ev" href="#([^"]+)"', page))
    ids = set(re.findall(r"<li id='([^']+)'>", page.split('<h2 id="evidence">', 1)[1]))
    assert targets and targets <= ids and len(ids) <= sum(limits.values())


def test_the_page_is_self_contained_and_links_each_fact_to_its_sentence(report):
    path = report.custom
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
    path = report.custom
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


def test_a_batch_published_again_gets_its_page_again_and_lost_pages_are_written_again(report):
    """Runs last: it changes the lake and the pages the tests above read."""
    settings = report.settings
    r1, r2 = batch_page(settings, "r1"), batch_page(settings, "r2")
    r2_mtime = r2.stat().st_mtime_ns
    article = INVENTED / "04_moldova_transnistria_bridge.txt"
    with scratch_env(settings.warehouse_dir.parent):
        assert main(["run", "--quiet", "--batch", "r1", str(article)]) == 0
    # r1 was published again (one more article): its page only is written again.
    assert r2.stat().st_mtime_ns == r2_mtime
    assert _json(r1.read_text(), "totals")["articles"] == _per_batch(settings, "articles")["r1"]
    assert r1.read_text() != report.r1_after_r1
    # A page deleted is written again, and only it.
    r1_mtime = r1.stat().st_mtime_ns
    r2.unlink()
    result = update_reports(settings)
    assert list(result.pages) == ["r2"] and r2.exists()
    assert r1.stat().st_mtime_ns == r1_mtime
    # Nothing published since: nothing written but the index.
    assert update_reports(settings).pages == {}
    # Without the record of the last update, every batch gets its page once.
    (settings.reports_dir / "index.json").unlink()
    assert sorted(update_reports(settings).pages) == ["r1", "r2"]
    assert update_reports(settings).pages == {}
