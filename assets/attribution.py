"""Attribution stage: who said what, who claimed what, who reacted, and when."""

import dagster as dg

from assets._publish import is_full, publish, suite_check
from newsledger import stages
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource

_DESCRIPTIONS = {
    "quotes": "One row per direct or partial quotation, with its cue verb and its "
    "speaker resolved to an entity.",
    "claims": "One row per numeric or territorial claim: kind, quantity range, unit, "
    "claimant, side or target, places, and the claim it disputes.",
    "reactions": "One row per stance of an outside state or international body, with "
    "its CAMEO code, target and quote.",
    "timeline": "One row per dated event: date range, precision and the clause that "
    "holds the event.",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            deps=["nlp_docs", "mentions", "entity_facts", "sections"],
            description=text,
            kinds={"spacy", "parquet"},
        )
        for name, text in _DESCRIPTIONS.items()
    ],
    check_specs=[suite_check(name) for name in _DESCRIPTIONS],
    partitions_def=batches,
    group_name="attribution",
)
def attribution(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """Extract quotes, claims, reactions and the timeline of the batch's new articles."""
    plan = stages.plan_attribution(newsledger.lake(), context.partition_key, full=is_full(context))
    yield from publish(context, plan)
