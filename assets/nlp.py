"""NLP stage: one spaCy parse per article feeds every extractor.

A single multi-asset, so that the parse is done once and used while it is in
memory: sentences, entity mentions, person roles, quotes, claims, reactions and
the timeline are written together, chunk by chunk.
"""

import dagster as dg

from assets._publish import Checker, is_full, publish, suite_check
from newsledger import stages
from newsledger.schemas import TABLES
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource

_KINDS = {"spacy", "ducklake"}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name, deps=["articles", "sections"], description=TABLES[name].description, kinds=_KINDS
        )
        for name in stages.NLP_OUTPUTS
    ],
    check_specs=[suite_check(name) for name in stages.NLP_OUTPUTS if name != "entity_facts"],
    partitions_def=batches,
    group_name="nlp",
)
def nlp(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """Parse the batch's new articles with spaCy and extract sentences, entities,
    roles, quotes, claims, reactions and the timeline. The batch is then complete:
    the next publish shows its rows of every table at once. An article an extractor
    fails on, or whose rows alone fail a suite, costs its own rows only: it becomes a
    rejected_articles row, counted in the metadata as failed_articles."""
    lake, batch = newsledger.lake(), context.partition_key
    checker = Checker(lake, batch)
    plan = stages.plan_nlp(lake, batch, full=is_full(context), validate=checker)
    yield from publish(context, plan, checker)
