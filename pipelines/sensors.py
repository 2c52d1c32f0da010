"""Sensors: new inbox files and feed entries, each one run from the files to the
warehouse; a publish run after each successful run of the ingest job alone."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from newsledger.feeds import poll_feeds
from newsledger.ingest import expand_paths, outside_inbox
from pipelines.jobs import ingest_and_publish_job, ingest_job, publish_job
from pipelines.partitions import BATCH_TAG, batches, today_batch


def _fingerprint(path: Path, cursor: dict[str, list]) -> list | None:
    """[size, mtime_ns, sha256] of a file; hashes only when size or mtime changed."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        # Never open a FIFO (it would block the sensor) or a device; the raw stage
        # rejects them as not_a_file.
        return None
    known = cursor.get(str(path))
    if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
        return known
    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, h.hexdigest()]


def scan_inbox(inbox: Path, cursor: dict[str, list]) -> tuple[list[str], dict[str, list]]:
    """Files that are new or whose content changed since the cursor, and the new cursor."""
    if not inbox.is_dir():
        return [], cursor
    new_cursor: dict[str, list] = {}
    changed: list[str] = []
    for path in expand_paths([inbox]):
        fp = _fingerprint(path, cursor) if not outside_inbox(path, inbox) else None
        if fp is None:
            # Unreadable or escaping files still go to the batch, to be rejected with a reason.
            fp = [0, 0, "unreadable:" + str(path)]
        new_cursor[str(path)] = fp
        old = cursor.get(str(path))
        if old is None or old[2] != fp[2]:
            changed.append(str(path))
    return changed, new_cursor


# Seconds between inbox scans, and between looks for finished ingest runs. A scan
# stats the inbox and hashes only new or changed files, so it is cheap; a long
# interval is most of the wait between a file landing and its rows being readable
# (bench/bench_latency.py).
SENSOR_INTERVAL_S = int(os.environ.get("NEWSLEDGER_SENSOR_INTERVAL", "5"))


@dg.sensor(
    job=ingest_and_publish_job,
    minimum_interval_seconds=SENSOR_INTERVAL_S,
    description="Registers new or changed files in the inbox into today's batch and "
    "publishes them, in one run.",
    default_status=dg.DefaultSensorStatus.STOPPED,
)
def inbox_sensor(context: dg.SensorEvaluationContext):
    settings = Settings.from_env()
    cursor = json.loads(context.cursor) if context.cursor else {}
    changed, new_cursor = scan_inbox(settings.inbox, cursor)
    if not changed:
        return dg.SensorResult(
            skip_reason=f"no new files in {settings.inbox}", cursor=context.cursor
        )
    batch = today_batch()
    digest = hashlib.sha256(
        json.dumps([[p, new_cursor[p][2]] for p in changed]).encode()
    ).hexdigest()[:16]
    request = dg.RunRequest(
        run_key=f"{batch}:{digest}",
        partition_key=batch,
        run_config={
            "ops": {"raw_articles": {"config": {"paths": changed, "restrict_to_inbox": True}}}
        },
        tags={BATCH_TAG: batch},
    )
    context.log.info(f"{len(changed)} new or changed file(s) for batch {batch}")
    return dg.SensorResult(
        run_requests=[request],
        dynamic_partitions_requests=[batches.build_add_request([batch])],
        cursor=json.dumps(new_cursor, sort_keys=True),
    )


@dg.sensor(
    job=ingest_and_publish_job,
    minimum_interval_seconds=int(os.environ.get("NEWSLEDGER_FEED_INTERVAL", "900")),
    description="Polls the feed URLs of feeds.yaml (NEWSLEDGER_FEEDS) and ingests new "
    "entries into today's batch, each once; fetches politely (robots.txt, rate limit).",
    default_status=dg.DefaultSensorStatus.STOPPED,
)
def feed_sensor(context: dg.SensorEvaluationContext):
    settings = Settings.from_env()
    cursor = json.loads(context.cursor) if context.cursor else {}
    poll = poll_feeds(settings.feeds, settings.spool, cursor)
    for url in poll.failed:
        context.log.warning(f"could not fetch the feed {url}; the run retries and records why")
    if not poll.files:
        return dg.SensorResult(
            skip_reason=f"nothing new in the feeds of {settings.feeds}",
            cursor=json.dumps(poll.cursor, sort_keys=True),
        )
    batch = today_batch()
    digest = hashlib.sha256(json.dumps([poll.files, poll.entries]).encode()).hexdigest()[:16]
    request = dg.RunRequest(
        run_key=f"{batch}:feeds:{digest}",
        partition_key=batch,
        run_config={
            "ops": {"raw_articles": {"config": {"paths": poll.files, "feed_entries": poll.entries}}}
        },
        tags={BATCH_TAG: batch},
    )
    context.log.info(f"{len(poll.entries)} new feed entries for batch {batch}")
    return dg.SensorResult(
        run_requests=[request],
        dynamic_partitions_requests=[batches.build_add_request([batch])],
        cursor=json.dumps(poll.cursor, sort_keys=True),
    )


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[ingest_job],
    request_job=publish_job,
    minimum_interval_seconds=SENSOR_INTERVAL_S,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Rebuilds entities and the warehouse after each successful batch.",
)
def publish_after_ingest(context: dg.RunStatusSensorContext):
    return dg.RunRequest(run_key=f"publish:{context.dagster_run.run_id}")
