"""Entity stage: mentions, person roles and entity facts per batch; the global
entities table across batches."""

import dagster as dg

from assets._publish import is_full, publish, suite_check
from newsledger import stages
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "mentions",
            deps=["nlp_docs", "sentences"],
            description="One row per surface mention of a person, organization, country "
            "or place, resolved to its entity (demonyms and capitals to the country).",
            kinds={"spacy", "parquet"},
        ),
        dg.AssetSpec(
            "person_roles",
            deps=["nlp_docs"],
            description="A person's title, role, organization and country as the article "
            "states them; the byline's author has role 'author'.",
            kinds={"spacy", "parquet"},
        ),
        dg.AssetSpec(
            "entity_facts",
            deps=["nlp_docs"],
            description="What each article says about each entity; merged into `entities`.",
            kinds={"spacy", "parquet"},
        ),
    ],
    check_specs=[suite_check("mentions"), suite_check("person_roles")],
    partitions_def=batches,
    group_name="nlp",
)
def mentions(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """Find and resolve every entity mention of the batch's new articles."""
    plan = stages.plan_mentions(newsledger.lake(), context.partition_key, full=is_full(context))
    yield from publish(context, plan)


@dg.asset(
    group_name="entities",
    kinds={"python", "parquet"},
    deps=["entity_facts"],
    pool="lake_global_writer",
    check_specs=[suite_check("entities")],
)
def entities(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per real-world entity across all articles: the same person,
    organization, country or place gets the same entity_id in every article."""
    plan = stages.plan_entities(newsledger.lake())
    yield from publish(context, plan)
