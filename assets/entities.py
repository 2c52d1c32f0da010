"""Entity stage: the global entities table across batches."""

import dagster as dg

from assets._publish import Checker, publish, suite_check
from newsledger import stages
from pipelines.resources import NewsledgerResource


@dg.asset(
    group_name="entities",
    kinds={"python", "ducklake"},
    deps=["entity_facts"],
    pool="lake_publish",
    check_specs=[suite_check("entities")],
)
def entities(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per real-world entity across all articles: the same person,
    organization, country or place gets the same entity_id in every article.
    Merges the entity facts of the batches complete since the last publish into
    the published entities; the warehouse step installs the result with them."""
    lake = newsledger.lake()
    checker = Checker(lake, None)
    plan = stages.plan_entities(lake)
    if plan.publish:
        rows = lake.con.execute("SELECT * FROM publish.entities").to_arrow_table()
        checker("entities", rows, rows.slice(0, 0))
        context.log.info(f"entities merged for batch(es) {plan.publish}")
    yield from publish(context, plan, checker)
