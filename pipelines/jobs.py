"""Jobs: ingest one batch, then publish (global tables and the warehouse)."""

import dagster as dg

# Partitioned stages: everything that works on one ingest batch.
ingest_job = dg.define_asset_job(
    "ingest",
    selection=dg.AssetSelection.groups("ingest", "text", "nlp"),
    # One process for the whole run: spaCy and GX load once, not once per step.
    executor_def=dg.in_process_executor,
    description="Process one ingest batch: register files, parse, extract, check.",
)

publish_job = dg.define_asset_job(
    "publish",
    selection=dg.AssetSelection.groups("entities", "warehouse", "report"),
    executor_def=dg.in_process_executor,
    description="Merge entities across batches, rebuild the DuckDB warehouse and the report.",
)
