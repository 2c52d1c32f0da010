"""End to end through the real services: `dagster dev` (webserver and daemon),
the inbox sensor switched on over GraphQL, an article dropped in the inbox,
and the article found in DuckDB; then two batches launched at once while a
reader queries the warehouse; then the UI in chromium: the asset catalog, and a
materialization launched by clicking. Bounded in time; stops what it starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from lake_worker import Batch, connect, make_batches, start_reader, stop_reader

from bench.bench_latency import free_port, graphql, stop
from conftest import SEED
from newsledger.config import PROJECT_ROOT
from newsledger.lake import Lake
from newsledger.schemas import TABLES

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
DEADLINE_S = 300


def wait_for(what: str, fn, deadline: float, proc: subprocess.Popen, every: float = 2.0):
    last = None
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"dagster dev exited with {proc.returncode} waiting for {what}"
        try:
            last = fn()
            if last:
                return last
        except OSError as exc:  # server not up yet
            last = exc
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}; last: {last!r}")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory):
    tmp_path = tmp_path_factory.mktemp("services")
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "pipelines" / "dagster.yaml", home / "dagster.yaml")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    port = free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "NEWSLEDGER_WAREHOUSE": str(tmp_path / "warehouse"),
        "NEWSLEDGER_INBOX": str(inbox),
        "NEWSLEDGER_SENSOR_INTERVAL": "3",
        "DAGSTER_TELEMETRY_DISABLED": "1",
    }
    dagster = Path(sys.executable).with_name("dagster")
    log = (tmp_path / "dagster.log").open("wb")
    proc = subprocess.Popen(
        [str(dagster), "dev", "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield port, inbox, tmp_path, proc
    finally:
        stop(proc, log)


def code_location(port: int, deadline: float, proc: subprocess.Popen) -> str:
    return wait_for(
        "the webserver and code location",
        lambda: [
            loc["name"]
            for loc in graphql(
                port,
                "{ workspaceOrError { ... on Workspace { locationEntries { name "
                "locationOrLoadError { __typename } } } } }",
            )["workspaceOrError"]["locationEntries"]
            if loc["locationOrLoadError"]["__typename"] == "RepositoryLocation"
        ],
        deadline,
        proc,
    )[0]


def no_community_popup(port: int) -> None:
    """Mark the UI's "Join the Dagster community" dialog as seen, as its Skip button
    does: on a fresh instance it opens a second after the first page loads, over
    whatever the test is about to click."""
    assert graphql(port, "mutation { setNuxSeen }")["setNuxSeen"] is True


def runs(port: int) -> list[dict]:
    query = "{ runsOrError { ... on Runs { results { runId jobName status startTime endTime } } } }"
    return graphql(port, query)["runsOrError"]["results"]


def test_inbox_to_duckdb_through_dagster_dev(services):
    port, inbox, tmp, proc = services
    deadline = time.monotonic() + DEADLINE_S
    location = code_location(port, deadline, proc)
    started = graphql(
        port,
        """mutation($s: SensorSelector!) { startSensor(sensorSelector: $s) {
             __typename ... on Sensor { sensorState { status } } ... on PythonError { message } } }""",
        {
            "s": {
                "repositoryLocationName": location,
                "repositoryName": "__repository__",
                "sensorName": "inbox_sensor",
            }
        },
    )["startSensor"]
    assert started["__typename"] == "Sensor", started
    assert started["sensorState"]["status"] == "RUNNING"

    shutil.copy(SEED, inbox / "article.txt")

    def done():
        found = runs(port)
        failed = [r for r in found if r["status"] in ("FAILURE", "CANCELED")]
        assert not failed, (found, (tmp / "dagster.log").read_text()[-3000:])
        ok = {r["jobName"] for r in found if r["status"] == "SUCCESS"}
        return "ingest_and_publish" in ok

    wait_for("the ingest_and_publish run", done, deadline, proc)
    with connect(tmp / "warehouse") as con:
        headline = con.execute("SELECT headline FROM articles").fetchall()
        types = con.execute("SELECT section_type FROM sections ORDER BY ordinal").fetchall()
    assert headline == [
        ("Azerbaijan Liberates Several Villages Within Counteroffensive Measures In Karabakh",)
    ]
    assert [t for (t,) in types] == ["events", "foreign_reactions", "history"]


def test_two_batches_launched_at_once_while_a_reader_queries(services):
    """Two ingest runs of different batches launched together through the daemon,
    each followed by its publish run, while a reader queries every view in a
    loop: both batches land whole, the reader never sees one in part (an article
    without sentences, or some of a batch's articles), and the publish steps of
    the two publish runs (pool lake_publish) never overlap."""
    port, _inbox, tmp, proc = services
    deadline = time.monotonic() + DEADLINE_S
    location = code_location(port, deadline, proc)
    repo = {"repositoryLocationName": location, "repositoryName": "__repository__"}
    batches = make_batches(tmp / "inputs", [3, 2], offset=40)
    before = {r["runId"] for r in runs(port)}
    reader_dir = tmp / "reader"
    reader_dir.mkdir()
    reader = start_reader(tmp / "warehouse", reader_dir)
    try:
        for b in batches:
            added = graphql(
                port,
                """mutation($r: RepositorySelector!, $k: String!) {
                     addDynamicPartition(repositorySelector: $r, partitionsDefName: "batches",
                                         partitionKey: $k) { __typename } }""",
                {"r": repo, "k": b.key},
            )["addDynamicPartition"]
            assert added["__typename"] == "AddDynamicPartitionSuccess", added
        for b in batches:
            launched = graphql(
                port,
                """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
                     __typename ... on PythonError { message } } }""",
                {
                    "p": {
                        "selector": repo | {"jobName": "ingest"},
                        "runConfigData": {
                            "ops": {"raw_articles": {"config": {"paths": [str(b.folder)]}}}
                        },
                        "executionMetadata": {
                            "tags": [
                                {"key": "dagster/partition", "value": b.key},
                                {"key": "newsledger/batch", "value": b.key},
                            ]
                        },
                    }
                },
            )["launchRun"]
            assert launched["__typename"] == "LaunchRunSuccess", launched

        def done():
            new = [r for r in runs(port) if r["runId"] not in before]
            failed = [r for r in new if r["status"] in ("FAILURE", "CANCELED")]
            assert not failed, (failed, (tmp / "dagster.log").read_text()[-3000:])
            ok = [r["jobName"] for r in new if r["status"] == "SUCCESS"]
            return ok.count("ingest") == 2 and ok.count("publish") == 2 and new

        new = wait_for("two ingest and two publish runs", done, deadline, proc)
        time.sleep(1.0)  # let the reader see the final warehouse
    finally:
        stats = stop_reader(reader, reader_dir)

    with connect(tmp / "warehouse") as con:
        arts = dict(con.execute("SELECT batch, count(*) FROM articles GROUP BY 1").fetchall())
        rejected = dict(
            con.execute("SELECT batch, count(*) FROM rejected_articles GROUP BY 1").fetchall()
        )
    for b in batches:
        assert arts.get(b.key) == b.articles and rejected.get(b.key) == b.rejected
    assert stats["iterations"] > 0 and stats["errors"] == [], stats["errors"][:5]
    assert stats["unfinished"] == 0 and stats["vanished"] == 0, stats
    for state in stats["states"]:
        for b in batches:
            assert state["articles"].get(b.key, 0) in (0, b.articles), state
            assert state["rejected"].get(b.key, 0) in (0, b.rejected), state

    spans = []
    for r in new:
        if r["jobName"] != "publish":
            continue
        stats_q = graphql(
            port,
            """query($id: ID!) { runOrError(runId: $id) { ... on Run {
                 stepStats { stepKey startTime endTime } } } }""",
            {"id": r["runId"]},
        )["runOrError"]["stepStats"]
        spans += [
            (s["startTime"], s["endTime"])
            for s in stats_q
            if s["stepKey"] in ("entities", "warehouse")
        ]
    spans.sort()
    assert len(spans) == 4
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans
    ingests = sorted((r["startTime"], r["endTime"]) for r in new if r["jobName"] == "ingest")
    overlap = max(0.0, ingests[0][1] - ingests[1][0])
    print(
        f"\ndaemon: 2 batches at once landed (ingest runs overlapped {overlap:.0f} s); reader {stats['iterations']} queries, "
        f"{len(stats['states'])} states, 0 errors, 0 partial batches, longest query "
        f"{stats['worst_query_s']:.2f} s"
    )


def test_the_ui_in_chromium_lists_assets_and_checks(services):
    """Debian's chromium through Playwright: the asset catalog lists the assets, and an
    asset's page its blocking check. Screenshots in tests/artifacts/."""
    from test_report import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, _browser

    sync_playwright = _browser()

    port, _, _, proc = services
    deadline = time.monotonic() + DEADLINE_S
    code_location(port, deadline, proc)
    no_community_popup(port)
    ARTIFACTS.mkdir(exist_ok=True)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/assets", wait_until="domcontentloaded")
            try:
                for name in ["raw_articles", "articles", "claims", "warehouse", "report"]:
                    page.get_by_text(name, exact=True).first.wait_for(timeout=60_000)
            finally:
                page.screenshot(path=str(ARTIFACTS / "ui-assets.png"), full_page=True)
            page.goto(f"{base}/assets/articles?view=checks", wait_until="domcontentloaded")
            page.get_by_text("articles_suite").first.wait_for(timeout=60_000)
            page.screenshot(path=str(ARTIFACTS / "ui-articles-checks.png"), full_page=True)
        finally:
            browser.close()


# Playwright's waits in the UI tests: the UI loads each part of a page with a query
# of its own, which on a busy machine takes longer than the 5 s default.
UI_WAIT_MS = 30_000


def register_files(
    port: int, repo: dict, batch: Batch, deadline: float, proc: subprocess.Popen
) -> None:
    """Add the batch's partition and register its files (raw_articles only) over
    GraphQL, as the inbox sensor would, and wait for the run."""
    added = graphql(
        port,
        """mutation($r: RepositorySelector!, $k: String!) {
             addDynamicPartition(repositorySelector: $r, partitionsDefName: "batches",
                                 partitionKey: $k) { __typename } }""",
        {"r": repo, "k": batch.key},
    )["addDynamicPartition"]
    assert added["__typename"] == "AddDynamicPartitionSuccess", added
    launched = graphql(
        port,
        """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
             __typename ... on LaunchRunSuccess { run { runId } }
             ... on PythonError { message } } }""",
        {
            "p": {
                "selector": repo
                | {"jobName": "__ASSET_JOB", "assetSelection": [{"path": ["raw_articles"]}]},
                "runConfigData": {
                    "ops": {"raw_articles": {"config": {"paths": [str(batch.folder)]}}}
                },
                "executionMetadata": {"tags": [{"key": "dagster/partition", "value": batch.key}]},
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    wait_for("the raw_articles run", lambda: succeeded(port, run_id), deadline, proc, 1.0)


def succeeded(port: int, run_id: str) -> bool:
    run = graphql(
        port,
        "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
        {"id": run_id},
    )["runOrError"]
    assert run["status"] not in ("FAILURE", "CANCELED"), run
    return run["status"] == "SUCCESS"


def click_materialize(page: Page, base: str, partition: str) -> None:
    """On articles' page: "Materialize…", confirm, pick the partition, launch."""
    from playwright.sync_api import expect
    from test_report import ARTIFACTS

    page.goto(f"{base}/assets/articles", wait_until="domcontentloaded")
    page.get_by_role("button", name="Materialize…").click()
    # articles and rejected_articles are one multi-asset, materialized together: the
    # UI asks to confirm that before it opens the launch dialog.
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("rejected_articles", timeout=UI_WAIT_MS)
    dialog.get_by_role("button", name="Confirm").click()
    # A partitioned asset's launch dialog starts with no partition chosen, and its
    # button ("Launch backfill") disabled, until one is picked from the list.
    dialog = page.get_by_role("dialog").filter(has_text="Partition selection")
    dialog.get_by_text("Select a partition or create one").click()
    page.get_by_placeholder("Filter partitions").fill(partition)
    page.get_by_title(partition, exact=True).click()
    page.keyboard.press("Escape")  # closes the list, not the dialog
    expect(page.get_by_placeholder("Filter partitions")).to_be_hidden(timeout=UI_WAIT_MS)
    launch = dialog.get_by_role("button", name="Launch 1 run")
    expect(launch).to_be_enabled(timeout=UI_WAIT_MS)
    page.screenshot(path=str(ARTIFACTS / "ui-materialize-dialog.png"))
    launch.click()
    expect(page.get_by_text("Launched run")).to_be_visible(timeout=UI_WAIT_MS)


def shows_metadata(page: Page, base: str, partition: str, ids: list[str]) -> None:
    """articles' page shows the partition's materialization: its row count, the
    table's columns and the preview of the rows, which are ``ids``."""
    from playwright.sync_api import expect
    from test_report import ARTIFACTS

    # Tall enough for the status, the columns and the metadata in one picture (the
    # page scrolls inside itself: a full-page screenshot would show no more).
    page.set_viewport_size({"width": 1400, "height": 2400})
    page.goto(f"{base}/assets/articles", wait_until="domcontentloaded")
    latest = page.locator("div", has=page.get_by_text("Latest materialization")).last
    expect(latest.get_by_text(partition, exact=True)).to_be_visible(timeout=UI_WAIT_MS)
    row_count = page.locator("div", has=page.get_by_text("Row count", exact=True)).last
    expect(row_count).to_have_text(f"Row count{len(ids)}", timeout=UI_WAIT_MS)
    schema = page.locator("table", has=page.get_by_text("Column name", exact=True))
    expect(schema.locator("tbody > tr > td:first-child > span")).to_have_text(
        TABLES["articles"].column_names, timeout=UI_WAIT_MS
    )
    preview = page.locator("tr", has=page.get_by_text("preview", exact=True)).last
    preview.wait_for()
    page.screenshot(path=str(ARTIFACTS / "ui-articles-materialized.png"))
    # A short markdown value shows in place, a longer one (two rows already) behind
    # a link that opens it in a dialog.
    show = preview.get_by_text("[Show Markdown]")
    if show.count():
        show.click()
        shown = page.get_by_role("dialog")
    else:
        shown = preview
    table = shown.locator("table")
    expect(table.locator("thead th").first).to_have_text("article_id", timeout=UI_WAIT_MS)
    cells = table.locator("tbody tr td:first-child")
    expect(cells).to_have_count(len(ids), timeout=UI_WAIT_MS)
    assert sorted(cells.all_inner_texts()) == ids
    shown.screenshot(path=str(ARTIFACTS / "ui-articles-preview.png"))


def test_a_materialization_clicked_in_the_ui_succeeds_and_shows_its_metadata(services):
    """A batch's files registered over GraphQL, then in chromium: articles' page,
    "Materialize…", confirm that rejected_articles comes along, choose the batch in
    the partition dialog, "Launch 1 run". The run, tagged as launched from the UI,
    succeeds, and the asset's page shows that materialization's row count, column
    schema and preview, matching the lake. Screenshots in tests/artifacts/."""
    from test_report import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, _browser

    sync_playwright = _browser()

    port, _, tmp, proc = services
    deadline = time.monotonic() + DEADLINE_S
    location = code_location(port, deadline, proc)
    no_community_popup(port)
    repo = {"repositoryLocationName": location, "repositoryName": "__repository__"}
    (batch,) = make_batches(tmp / "ui-inputs", [2], offset=60)
    register_files(port, repo, batch, deadline, proc)
    before = {r["runId"] for r in runs(port)}

    ARTIFACTS.mkdir(exist_ok=True)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(UI_WAIT_MS)
            try:
                click_materialize(page, base, batch.key)
                new = wait_for(
                    "the run launched from the UI",
                    lambda: [r["runId"] for r in runs(port) if r["runId"] not in before],
                    deadline,
                    proc,
                    0.5,
                )
                assert len(new) == 1, new
                wait_for("it to succeed", lambda: succeeded(port, new[0]), deadline, proc, 1.0)
                tags = graphql(
                    port,
                    "query($id: ID!) { runOrError(runId: $id) { ... on Run { tags { key value } } } }",
                    {"id": new[0]},
                )["runOrError"]["tags"]
                tags = {t["key"]: t["value"] for t in tags}
                assert tags["dagster/from_ui"] == "true", tags
                assert tags["dagster/partition"] == batch.key, tags

                lake = Lake.local(tmp / "warehouse")  # the defaults: catalog and data there
                try:
                    rows = lake.read("articles", batch.key, ["article_id"])
                finally:
                    lake.close()
                ids = sorted(rows.column("article_id").to_pylist())
                assert len(ids) == batch.articles
                shows_metadata(page, base, batch.key, ids)
            except Exception:
                page.screenshot(path=str(ARTIFACTS / "ui-materialize-failed.png"))
                raise
        finally:
            browser.close()
