"""Run the asset graph in-process for one batch: what ``newsledger run`` does."""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from pipelines.partitions import BATCH_TAG, batches, today_batch

_BATCH_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass
class RunResult:
    batch: str
    success: bool
    run_ids: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _instance() -> dg.DagsterInstance:
    # With DAGSTER_HOME set, runs show up in the UI; otherwise nothing is kept.
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


class _Progress:
    """A tqdm bar over the run's steps, fed by Dagster's event stream."""

    def __init__(self, total: int, enabled: bool) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="step", disable=not enabled, leave=True)

    def __call__(self, event: dg.EventLogEntry) -> None:
        de = event.dagster_event
        if de is not None and de.event_type_value in (
            "STEP_SUCCESS",
            "STEP_FAILURE",
            "STEP_SKIPPED",
        ):
            self.bar.set_description(de.step_key or "")
            self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def run_batch(
    paths: list[str],
    batch: str | None = None,
    settings: Settings | None = None,
    progress: bool = True,
    full: bool = False,
) -> RunResult:
    """Register ``paths`` into ``batch`` and materialize every asset in-process."""
    from pipelines.definitions import defs

    settings = settings or Settings.from_env()
    batch = batch or today_batch()
    if not _BATCH_KEY.match(batch):
        raise ValueError(f"invalid batch key {batch!r}: letters, digits, '.', '_', '-' only")
    instance = _instance()
    instance.add_dynamic_partitions(batches.name, [batch])
    resources = {
        "newsledger": defs.resources["newsledger"].model_copy(  # type: ignore[union-attr]
            update={
                "lake_root": settings.lake_root,
                "warehouse_path": str(settings.warehouse_path),
                "inbox": str(settings.inbox),
                "max_bytes": settings.max_bytes,
            }
        )
    }
    result = RunResult(batch, True)
    tags = {BATCH_TAG: batch} | ({"newsledger/reprocess": "full"} if full else {})
    # The progress bar and the summary speak to the user; Dagster's own log only on trouble.
    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    steps = [
        (
            defs.resolve_job_def("ingest"),
            quiet | {"ops": {"raw_articles": {"config": {"paths": paths}}}},
            batch,
        ),
        (defs.resolve_job_def("publish"), quiet, None),
    ]
    for job, run_config, partition_key in steps:
        run_id = str(uuid.uuid4())
        bar = _Progress(len(job.graph.node_defs), progress)
        # Every event of the run reaches the bar as it happens.
        instance.add_event_listener(run_id, bar)
        try:
            out = job.execute_in_process(
                run_config=run_config,
                instance=instance,
                partition_key=partition_key,
                tags=tags,
                resources=resources,
                run_id=run_id,
                raise_on_error=False,
            )
        finally:
            bar.close()
        result.run_ids.append(out.run_id)
        if not out.success:
            result.success = False
            result.failures += [
                f"{e.step_key}: {e.message}" for e in out.all_events if e.is_failure
            ]
            break
    return result


def summary(result: RunResult, settings: Settings) -> str:
    """What a person wants to see after a run, from the warehouse views."""
    from tabulate import tabulate

    from newsledger.warehouse import REPORT_SQL, connect_readonly, load_named

    lines = [f"batch {result.batch}: {'succeeded' if result.success else 'FAILED'}"]
    lines += [f"  failure: {f}" for f in result.failures[:10]]
    if not Path(settings.warehouse_path).exists():
        return "\n".join(lines)
    queries = load_named(REPORT_SQL, "query")
    con = connect_readonly(settings.warehouse_path)
    try:

        def table(name: str, **params: object) -> str:
            rel = con.execute(queries[name], params or None)
            cols = [d[0] for d in rel.description]
            return tabulate(rel.fetchall(), headers=cols, tablefmt="github", maxcolwidths=70)

        lines += ["", "Warehouse totals:", table("totals")]
        lines += ["", "Sections by type:", table("sections_by_type")]
        lines += [
            "",
            f"Articles in batch {result.batch}:",
            table("batch_articles", batch=result.batch),
        ]
        lines += ["", f"Rejected files in batch {result.batch}:"]
        lines += [table("batch_rejected", batch=result.batch)]
    finally:
        con.close()
    example = "SELECT section_type, heading, char_start, char_end FROM sections"
    lines += [
        "",
        f"DuckDB warehouse: {settings.warehouse_path}",
        f'Try: .venv/bin/newsledger sql "{example}"',
        f"  or: duckdb -readonly {settings.warehouse_path}",
    ]
    return "\n".join(lines)


def evaluate_gold(gold_dir: Path, floors: dict[str, float] | None = None) -> tuple[str, bool]:
    raise NotImplementedError("evaluation arrives with the entity stage")
