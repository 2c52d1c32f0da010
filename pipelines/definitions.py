"""The one Definitions object of newsledger."""

import os

import dagster as dg

from assets import entities, ingest, nlp, report, text, warehouse
from pipelines.instance_storage import fewer_disk_flushes
from pipelines.jobs import ingest_and_publish_job, ingest_job, publish_job
from pipelines.resources import NewsledgerResource
from pipelines.schedules import reprocess_outdated
from pipelines.sensors import feed_sensor, inbox_sensor, publish_after_ingest

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, text, nlp, entities, warehouse, report]),
    asset_checks=dg.load_asset_checks_from_modules([ingest, text, nlp, entities, warehouse]),
    jobs=[ingest_and_publish_job, ingest_job, publish_job],
    sensors=[inbox_sensor, feed_sensor, publish_after_ingest],
    schedules=[reprocess_outdated],
    resources={"newsledger": NewsledgerResource()},
    # A materialization launched from the UI ("Materialize all") runs every step in
    # the run's one process, so spaCy and Great Expectations load once, not per step.
    executor=dg.in_process_executor,
)

# The run workers of `dagster dev` load this module and record into the instance at
# DAGSTER_HOME: one disk flush per event there cost more than a small run's work.
if os.environ.get("DAGSTER_HOME"):
    fewer_disk_flushes(os.environ["DAGSTER_HOME"])
