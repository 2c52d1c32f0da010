"""One dynamic partition per ingest batch, keyed by ingest date (2026-11-27)."""

import datetime as dt

import dagster as dg

batches = dg.DynamicPartitionsDefinition(name="batches")

# Run tags: one run per batch at a time (see dagster.yaml), and full reprocessing.
BATCH_TAG = "newsledger/batch"
REPROCESS_TAG = "newsledger/reprocess"


def today_batch() -> str:
    return dt.date.today().isoformat()
