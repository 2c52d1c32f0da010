"""Schedule: fully reprocess batches made by another extractor version."""

from __future__ import annotations

import datetime as dt

import dagster as dg

from newsledger import EXTRACTOR_VERSION
from newsledger.config import Settings
from newsledger.lake import Lake
from pipelines.jobs import ingest_job
from pipelines.partitions import BATCH_TAG, REPROCESS_TAG


def outdated_batches(lake: Lake) -> list[str]:
    """Published batches holding rows of an extractor version other than the code's."""
    rows = lake.con.execute(
        "SELECT DISTINCT batch FROM (SELECT batch, extractor_version FROM main.articles "
        "UNION ALL SELECT batch, extractor_version FROM main.rejected_articles) "
        "WHERE extractor_version IS DISTINCT FROM ? ORDER BY batch",
        [EXTRACTOR_VERSION],
    ).fetchall()
    return [r[0] for r in rows]


@dg.schedule(
    job=ingest_job,
    cron_schedule="0 3 * * *",
    description="Nightly: reprocess every batch whose extractor_version differs from the code's.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
def reprocess_outdated(context: dg.ScheduleEvaluationContext):
    lake = Settings.from_env().lake()
    batches = outdated_batches(lake)
    if not batches:
        return dg.SkipReason(f"every batch is at extractor version {EXTRACTOR_VERSION}")
    return [
        dg.RunRequest(
            # One attempt per batch, version and day: a failed run is retried tomorrow.
            run_key=f"reprocess:{b}:{EXTRACTOR_VERSION}:{dt.date.today():%Y%m%d}",
            partition_key=b,
            tags={REPROCESS_TAG: "full", BATCH_TAG: b},
        )
        for b in batches
    ]
