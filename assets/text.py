"""Text stage: sections."""

import dagster as dg

from assets._publish import Checker, is_full, publish, suite_check
from newsledger import stages
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource


@dg.asset(
    partitions_def=batches,
    group_name="text",
    kinds={"python", "ducklake"},
    deps=["articles"],
    check_specs=[suite_check("sections")],
)
def sections(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per section of an article, typed events, foreign_reactions, history or
    other, from sub-headings when present and from paragraph content otherwise. An
    article the segmentation fails on becomes a rejected_articles row (failed_articles
    in the metadata) and gets no sections and no NLP rows."""
    lake, batch = newsledger.lake(), context.partition_key
    checker = Checker(lake, batch)
    plan = stages.plan_sections(lake, batch, full=is_full(context), validate=checker)
    yield from publish(context, plan, checker)
