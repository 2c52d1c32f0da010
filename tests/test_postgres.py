"""The instance for many machines (``pipelines/dagster-cluster.yaml``) against a real
PostgreSQL server started by the tests: Dagster's run, event-log and schedule
storage in Postgres, runs queued by the daemon (QueuedRunCoordinator, 4 at once)
and launched as processes of their own, and the lake's DuckLake catalog in the
same server: a backfill of 8 batches, 4 runs at once, must land every article
exactly once, as a serial run does."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import dagster as dg
import postgres_server
import pytest
from lake_worker import make_batches, publish, stage_batch, stage_raw_together, view_rows
from test_e2e_services import code_location, runs, wait_for

from bench.bench_latency import free_port, graphql, stop
from newsledger.config import PROJECT_ROOT, Settings
from newsledger.schemas import TABLES

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
PROFILE = PROJECT_ROOT / "pipelines" / "dagster-cluster.yaml"
DEADLINE_S = 600


@pytest.fixture(scope="module")
def postgres():
    reason = postgres_server.unavailable()
    if reason:
        pytest.skip(reason)
    with postgres_server.running() as server:
        server.create_database("dagster")
        server.create_database("newsledger")
        yield server


@pytest.fixture(scope="module")
def cluster(postgres, tmp_path_factory: pytest.TempPathFactory):
    """``dagster dev`` (webserver and daemon) on the cluster profile."""
    tmp = tmp_path_factory.mktemp("cluster")
    home = tmp / "dagster_home"
    home.mkdir()
    shutil.copy(PROFILE, home / "dagster.yaml")
    env = {
        "DAGSTER_HOME": str(home),
        "DAGSTER_POSTGRES_URL": postgres.url("dagster"),
        "NEWSLEDGER_CATALOG": "postgres:" + postgres.libpq("newsledger"),
        "NEWSLEDGER_WAREHOUSE": str(tmp / "warehouse"),
        "NEWSLEDGER_LAKE": str(tmp / "lake"),
        "NEWSLEDGER_INBOX": str(tmp / "inbox"),
        "NEWSLEDGER_SENSOR_INTERVAL": "2",
        "DAGSTER_TELEMETRY_DISABLED": "1",
    }
    port = free_port()
    log = (tmp / "dagster.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("dagster")), "dev", "-m", "pipelines.definitions"]
        + ["-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env=os.environ | env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + DEADLINE_S
        location = code_location(port, deadline, proc)
        repo = {"repositoryLocationName": location, "repositoryName": "__repository__"}
        yield {"port": port, "repo": repo, "tmp": tmp, "proc": proc, "env": env}
    finally:
        stop(proc, log)


def launch(port: int, repo: dict, job: str, batch: str | None = None, folder: Path | None = None):
    """Submit a run to the queue: an ingest run of ``batch`` (files of ``folder``),
    or a publish run."""
    tags, config = [], {}
    if batch is not None:
        added = graphql(
            port,
            """mutation($r: RepositorySelector!, $k: String!) {
                 addDynamicPartition(repositorySelector: $r, partitionsDefName: "batches",
                                     partitionKey: $k) { __typename } }""",
            {"r": repo, "k": batch},
        )["addDynamicPartition"]
        assert added["__typename"] == "AddDynamicPartitionSuccess", added
        tags = [
            {"key": "dagster/partition", "value": batch},
            {"key": "newsledger/batch", "value": batch},
        ]
        config = {"ops": {"raw_articles": {"config": {"paths": [str(folder)]}}}}
    launched = graphql(
        port,
        """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
             __typename ... on PythonError { message } } }""",
        {
            "p": {
                "selector": repo | {"jobName": job},
                "runConfigData": config,
                "executionMetadata": {"tags": tags},
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched


def finished(cluster: dict, before: set[str], ingests: int, publishes: int):
    """The new runs once ``ingests`` ingest and ``publishes`` publish runs succeeded
    and none is left queued or running; fails on a failed run."""
    new = [r for r in runs(cluster["port"]) if r["runId"] not in before]
    failed = [r for r in new if r["status"] in ("FAILURE", "CANCELED")]
    assert not failed, [failure(cluster["port"], r["runId"]) for r in failed]
    ok = [r["jobName"] for r in new if r["status"] == "SUCCESS"]
    busy = [r for r in new if r["status"] not in ("SUCCESS", "FAILURE", "CANCELED")]
    done = ok.count("ingest") == ingests and ok.count("publish") >= publishes and not busy
    return new if done else None


def failure(port: int, run_id: str) -> list[str]:
    """What a failed run's event log says went wrong: its step and run failures,
    with the error's message and the last lines of its stack."""
    events = graphql(
        port,
        """query($id: ID!) { logsForRun(runId: $id) { ... on EventConnection { events {
             __typename ... on MessageEvent { message }
             ... on ExecutionStepFailureEvent { error { message stack } }
             ... on RunFailureEvent { pipelineRunError: error { message stack } } } } } }""",
        {"id": run_id},
    )["logsForRun"]["events"]
    said = []
    for e in events:
        if "Failure" not in e["__typename"] and "Engine" not in e["__typename"]:
            continue
        error = e.get("error") or e.get("pipelineRunError") or {}
        stack = "".join((error.get("stack") or [])[-3:])
        said.append(f"{e['__typename']}: {e.get('message')} {error.get('message', '')} {stack}")
    return said or [f"run {run_id} failed with no failure event"]


def peak_overlap(spans: list[tuple[float, float]]) -> int:
    """The most runs that were running at one moment."""
    events = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    peak = now = 0
    for _, step in events:
        now += step
        peak = max(peak, now)
    return peak


def ingest_spans(new: list[dict]) -> list[tuple[float, float]]:
    return [(r["startTime"], r["endTime"]) for r in new if r["jobName"] == "ingest"]


def outcome(future: Future) -> str:
    """A worker's answer, or how its process ended when it died before answering."""
    try:
        return future.result(timeout=300)
    except BrokenProcessPool as e:
        return f"worker process died: {e}"


def test_four_writers_opening_a_new_postgres_catalog_at_once_all_succeed(postgres, tmp_path):
    """DuckLake creates a new Postgres catalog's tables without a lock, so workers
    that open a new lake at the same moment (the first runs of a backfill) race to
    create it; every one of them must still land its batch."""
    batches = make_batches(tmp_path / "in", [1] * 4)
    ctx = multiprocessing.get_context("spawn")
    for attempt in range(3):
        db = f"fresh{attempt}"
        postgres.create_database(db)
        catalog, data = "postgres:" + postgres.libpq(db), str(tmp_path / db)
        # A process pool executor, not multiprocessing.Pool: a worker that dies (a
        # crash inside the database driver) breaks the executor, which the test then
        # reports, where Pool would wait for ever on the lock the dead worker held.
        with ctx.Manager() as manager, ProcessPoolExecutor(len(batches), ctx) as pool:
            barrier = manager.Barrier(len(batches))
            futures = [
                pool.submit(stage_raw_together, catalog, data, b.key, str(b.folder), barrier)
                for b in batches
            ]
            said = [outcome(f) for f in futures]
        assert said == ["ok"] * len(batches), said
        landed = postgres.query(
            db, "SELECT count(*) FROM ducklake_schema WHERE schema_name LIKE 'stage:%'"
        )
        assert landed == [(len(batches),)]


def test_the_cluster_profile_keeps_everything_in_postgres(cluster, postgres, monkeypatch):
    """The instance the daemon and webserver run on is Postgres-backed with the
    queued run coordinator, opened from the profile as any machine would."""
    from dagster._core.run_coordinator import QueuedRunCoordinator
    from dagster_postgres import (
        PostgresEventLogStorage,
        PostgresRunStorage,
        PostgresScheduleStorage,
    )

    monkeypatch.setenv("DAGSTER_POSTGRES_URL", cluster["env"]["DAGSTER_POSTGRES_URL"])
    with dg.DagsterInstance.from_config(cluster["env"]["DAGSTER_HOME"]) as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
        assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
        assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 4
    tables = {r[0] for r in postgres.query("dagster", "SELECT tablename FROM pg_tables")}
    assert {"runs", "event_logs", "jobs", "job_ticks"} <= tables


def test_a_backfill_of_8_batches_4_at_once_lands_every_article_once(cluster, postgres, tmp_path):
    """Eight ingest runs submitted at once through the Postgres-backed instance:
    the queue runs them in parallel, at most 4 at a time, each in a process of its
    own, into a lake whose DuckLake catalog is in the same Postgres server; one
    publish run after them. Every article lands exactly once, and every batched
    table's rows (IDs included) equal those of the same batches staged one after
    another in one process."""
    port, repo, tmp = cluster["port"], cluster["repo"], cluster["tmp"]
    # One publish after the backfill instead of one per batch: stop the sensor.
    state = graphql(
        port,
        """query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) {
             ... on Sensor { sensorState { id } } } }""",
        {"s": repo | {"sensorName": "publish_after_ingest"}},
    )["sensorOrError"]["sensorState"]["id"]
    sensor = (
        "SELECT status FROM jobs WHERE job_type = 'SENSOR'"
        " AND job_body LIKE '%publish_after_ingest%'"
    )
    # A sensor running by default gets its stored state from the daemon's first tick;
    # a stop written while that tick is under way is overwritten by it (the tick writes
    # back the state it read). Stop again until the stored state stays stopped.
    for _ in range(5):
        stopped = graphql(
            port,
            """mutation($id: String!) { stopSensor(id: $id) {
                 ... on StopSensorMutationResult { instigationState { status } } } }""",
            {"id": state},
        )["stopSensor"]
        assert stopped["instigationState"]["status"] == "STOPPED", stopped
        time.sleep(6)  # three ticks of the 2 s interval
        if postgres.query("dagster", sensor) == [("STOPPED",)]:
            break
    batches = make_batches(tmp / "backfill", [1] * 8, offset=100)
    before = {r["runId"] for r in runs(port)}
    started = time.monotonic()
    for b in batches:
        launch(port, repo, "ingest", b.key, b.folder)
    wait_for(
        "eight ingest runs",
        lambda: finished(cluster, before, 8, 0),
        time.monotonic() + DEADLINE_S,
        cluster["proc"],
    )
    launch(port, repo, "publish")
    new = wait_for(
        "the publish run",
        lambda: finished(cluster, before, 8, 1),
        time.monotonic() + DEADLINE_S,
        cluster["proc"],
    )
    seconds = time.monotonic() - started
    peak = peak_overlap(ingest_spans(new))
    assert 2 <= peak <= 4, ingest_spans(new)

    # Everything in Postgres: the catalog (no SQLite file), the runs' events, the
    # sensor's state (schedule storage).
    assert not list((tmp / "warehouse").glob("*.sqlite"))
    assert "ducklake:postgres:" in (tmp / "warehouse" / "attach.sql").read_text()
    snapshots = postgres.query("newsledger", "SELECT count(*) FROM ducklake_snapshot")[0][0]
    assert snapshots >= 9  # the eight ingest runs' commits and the publish, at least
    ids = "', '".join(r["runId"] for r in new)
    events = postgres.query("dagster", f"SELECT count(*) FROM event_logs WHERE run_id IN ('{ids}')")
    assert events[0][0] > 0
    assert postgres.query("dagster", sensor) == [("STOPPED",)]

    # The same batches one after another, in a lake of their own.
    serial_wh = tmp_path / "serial"
    settings = Settings(warehouse_dir=serial_wh, inbox=tmp_path)
    lake = settings.lake()
    for b in batches:
        stage_batch(lake, b.key, b.folder)
    assert publish(lake, settings).batches == [b.key for b in batches]

    parallel, serial = view_rows(tmp / "warehouse"), view_rows(serial_wh)
    for table, expected in serial.items():
        if TABLES[table].partitioned:
            assert len(parallel[table]) == len(expected), table
            assert parallel[table] == expected, table
        else:  # entities, merged across batches: by ID
            assert sorted(r[0] for r in parallel[table]) == sorted(r[0] for r in expected)
    article_col = TABLES["articles"].column_names.index("article_id")
    articles = [r[article_col] for r in parallel["articles"]]
    assert len(articles) == len(set(articles)) == len(batches)
    print(
        f"\nbackfill: 8 batches, at most {peak} ingest runs at once, {len(articles)} "
        f"articles once each; {seconds:.0f} s to the published lake"
    )
