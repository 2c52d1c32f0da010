"""`newsledger run` records into the Dagster instance that `make ui` serves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.storage.dagster_run import DagsterRun

from conftest import SEED
from newsledger.cli import main
from newsledger.config import PROJECT_ROOT
from pipelines import runner
from pipelines.partitions import batches

pytestmark = pytest.mark.slow


def _ui_home(env: dict[str, str]) -> Path:
    """The folder `make ui` would serve, from the command make would run."""
    out = subprocess.run(
        ["make", "-n", "ui"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("mkdir -p "))
    return Path(line.removeprefix("mkdir -p ").strip())


def test_make_ui_serves_the_instance_the_runner_records_into(tmp_path, monkeypatch):
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "MAKEFLAGS")}
    monkeypatch.delenv("DAGSTER_HOME")
    assert runner.dagster_home() == PROJECT_ROOT / ".dagster_home"
    assert _ui_home(env) == PROJECT_ROOT / ".dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    assert runner.dagster_home() == tmp_path / "home"
    assert _ui_home(env | {"DAGSTER_HOME": str(tmp_path / "home")}) == tmp_path / "home"


def test_newsledger_run_materializations_show_in_the_ui_instance(settings, tmp_path, capsys):
    home = Path(os.environ["DAGSTER_HOME"])
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "empty.txt").write_bytes(b"")
    assert main(["run", "--quiet", "--batch", "2026-11-27", str(folder)]) == 0
    assert f"Dagster runs: {home}" in capsys.readouterr().out

    # A fresh process would open the instance from DAGSTER_HOME, as `dagster dev` does.
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert (home / "dagster.yaml").read_text() == (
            PROJECT_ROOT / "pipelines" / "dagster.yaml"
        ).read_text()
        runs = instance.get_runs()
        # One run from the files to the warehouse.
        assert [r.job_name for r in runs] == ["ingest_and_publish"]
        assert all(r.status == dg.DagsterRunStatus.SUCCESS for r in runs)
        assert instance.get_dynamic_partitions(batches.name) == ["2026-11-27"]
        for key in ["raw_articles", "articles", "rejected_articles", "sections", "claims"]:
            event = instance.get_latest_materialization_event(dg.AssetKey(key))
            assert event is not None, key
            assert event.asset_materialization.partition == "2026-11-27"
        articles = instance.get_latest_materialization_event(dg.AssetKey("articles"))
        assert articles.asset_materialization.metadata["dagster/row_count"].value == 1
        assert instance.get_latest_materialization_event(dg.AssetKey("warehouse")) is not None
        # Partition status, as the UI's partitions page reads it.
        assert instance.get_materialized_partitions(dg.AssetKey("sections")) == {"2026-11-27"}
        # The blocking quality checks ran and passed.
        check = dg.AssetCheckKey(dg.AssetKey("articles"), "articles_suite")
        history = instance.event_log_storage.get_asset_check_execution_history(check, limit=5)
        assert history and history[0].status.value == "SUCCEEDED"
    # Another process, as `make ui` is, sees the run and its events while this one
    # still holds its connections to the instance's files (pipelines/instance_storage.py).
    code = (
        "import sys, dagster as dg\n"
        "with dg.DagsterInstance.from_config(sys.argv[1]) as i:\n"
        "    [run] = i.get_runs()\n"
        "    print(run.status.value, len(i.all_logs(run.run_id)) > 50)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(home)], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["SUCCESS", "True"], out.stderr[-2000:]


def test_only_the_instance_files_flush_less(tmp_path):
    """Connections to the SQLite files under the instance folder get synchronous
    NORMAL (1); any other SQLite file keeps SQLite's default, FULL (2)."""
    import sqlalchemy as sa

    from pipelines.instance_storage import fewer_disk_flushes

    home = tmp_path / "home"
    home.mkdir()
    fewer_disk_flushes(home)
    for path, expected in [(home / "index.db", 1), (tmp_path / "other.db", 2)]:
        engine = sa.create_engine(f"sqlite:///{path}")
        with engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA synchronous").scalar() == expected, path
        engine.dispose()


def test_a_killed_run_does_not_hold_the_warehouse_pool(settings, tmp_path):
    """A run whose process died keeps its pool slot claimed; the next run closes it
    as failed and frees the slot, instead of waiting for it forever."""
    host = runner.socket.gethostname()
    with runner._instance() as instance:
        dead, alive = (
            instance.add_run(
                DagsterRun(
                    job_name="publish",
                    run_id=run_id,
                    status=dg.DagsterRunStatus.STARTED,
                    tags={runner._PID_TAG: f"{host}:{pid}"},
                )
            )
            for run_id, pid in [("dead-run", _dead_pid()), ("live-run", os.getpid())]
        )
        storage = instance.event_log_storage
        storage.set_concurrency_slots("lake_publish", 1)
        assert storage.claim_concurrency_slot("lake_publish", dead.run_id, "warehouse").is_claimed
        assert runner._close_dead_runs(instance) == [dead.run_id]
        assert instance.get_run_by_id(dead.run_id).status == dg.DagsterRunStatus.FAILURE
        assert instance.get_run_by_id(alive.run_id).status == dg.DagsterRunStatus.STARTED
        assert storage.get_concurrency_info("lake_publish").active_slot_count == 0


def test_a_run_marked_failed_with_its_claim_still_held_frees_the_pool(settings, tmp_path):
    """A run killed in its warehouse step and marked failed by whoever saw it die can
    keep its claim on the pool slot; the next run frees it instead of waiting for it."""
    with runner._instance() as instance:
        failed = instance.add_run(
            DagsterRun(job_name="publish", run_id="failed-run", status=dg.DagsterRunStatus.FAILURE)
        )
        live = instance.add_run(
            DagsterRun(
                job_name="publish",
                run_id="running-run",
                status=dg.DagsterRunStatus.STARTED,
                tags={runner._PID_TAG: f"{runner.socket.gethostname()}:{os.getpid()}"},
            )
        )
        storage = instance.event_log_storage
        storage.set_concurrency_slots("lake_publish", 1)
        assert storage.claim_concurrency_slot("lake_publish", failed.run_id, "warehouse").is_claimed
        assert not storage.claim_concurrency_slot(
            "lake_publish", live.run_id, "entities"
        ).is_claimed
        assert runner._close_dead_runs(instance) == [failed.run_id]
        info = storage.get_concurrency_info("lake_publish")
        assert {c.run_id for c in info.claimed_slots} <= {live.run_id}
        assert failed.run_id not in {p.run_id for p in info.pending_steps}


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid
