"""Entity stage: the global entities table across batches."""

import dagster as dg

from assets._publish import Checker, publish, suite_check
from newsledger import stages
from pipelines.resources import NewsledgerResource


@dg.asset(
    group_name="entities",
    kinds={"python", "parquet"},
    deps=["entity_facts"],
    pool="lake_global_writer",
    check_specs=[suite_check("entities")],
)
def entities(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per real-world entity across all articles: the same person,
    organization, country or place gets the same entity_id in every article.
    Only entity facts new since the last build are merged."""
    lake = newsledger.lake()
    checker = Checker(lake, None)
    plan = stages.plan_entities(lake)
    for table in plan.written.get("entities", []):
        rows = lake.read("entities", None, parts=[table])
        checker("entities", rows, rows.slice(0, 0))
    yield from publish(context, plan, checker)
