"""End to end through the real services: `dagster dev` (webserver and daemon),
the inbox sensor switched on over GraphQL, an article dropped in the inbox,
and the article found in DuckDB. Bounded in time; stops what it starts."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from conftest import SEED
from newsledger.config import PROJECT_ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
DEADLINE_S = 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        out = json.loads(resp.read())
    assert "errors" not in out, out
    return out["data"]


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


@pytest.fixture
def services(tmp_path: Path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "pipelines" / "dagster.yaml", home / "dagster.yaml")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    port = free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "NEWSLEDGER_LAKE": str(tmp_path / "lake"),
        "NEWSLEDGER_WAREHOUSE": str(tmp_path / "newsledger.duckdb"),
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
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_inbox_to_duckdb_through_dagster_dev(services):
    port, inbox, tmp, proc = services
    deadline = time.monotonic() + DEADLINE_S
    location = wait_for(
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

    def runs():
        data = graphql(port, "{ runsOrError { ... on Runs { results { jobName status } } } }")
        return data["runsOrError"]["results"]

    def done():
        found = runs()
        failed = [r for r in found if r["status"] in ("FAILURE", "CANCELED")]
        assert not failed, (found, (tmp / "dagster.log").read_text()[-3000:])
        ok = {r["jobName"] for r in found if r["status"] == "SUCCESS"}
        return {"ingest", "publish"} <= ok

    wait_for("the ingest and publish runs", done, deadline, proc)
    with duckdb.connect(str(tmp / "newsledger.duckdb"), read_only=True) as con:
        headline = con.execute("SELECT headline FROM articles").fetchall()
        types = con.execute("SELECT section_type FROM sections ORDER BY ordinal").fetchall()
    assert headline == [
        ("Azerbaijan Liberates Several Villages Within Counteroffensive Measures In Karabakh",)
    ]
    assert [t for (t,) in types] == ["events", "foreign_reactions", "history"]
