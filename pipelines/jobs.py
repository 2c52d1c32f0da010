"""Jobs: ingest one batch, publish (global tables and the warehouse), or both in one run."""

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
    description="Merge entities across batches, publish the complete batches to the "
    "warehouse, write their report pages.",
)

# New files to readable rows in one run, what the sensors launch and `newsledger run`
# runs: under `dagster dev` a second run would wait for a sensor tick and a new
# process that loads the code and its libraries again (bench/bench_latency.py). The
# publish steps run only when every step of the batch succeeded.
ingest_and_publish_job = dg.define_asset_job(
    "ingest_and_publish",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Process one ingest batch, then merge entities, publish it to the warehouse "
    "and write its report page, in one run.",
)
