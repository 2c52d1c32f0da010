"""Text stage: sections, the spaCy parse, sentences."""

import dagster as dg

from assets._publish import is_full, publish, suite_check
from newsledger import stages
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource


@dg.asset(
    partitions_def=batches,
    group_name="text",
    kinds={"python", "parquet"},
    deps=["articles"],
    check_specs=[suite_check("sections")],
)
def sections(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per section of an article, typed events, foreign_reactions, history or
    other, from sub-headings when present and from paragraph content otherwise."""
    plan = stages.plan_sections(newsledger.lake(), context.partition_key, full=is_full(context))
    yield from publish(context, plan)


@dg.asset(
    partitions_def=batches,
    group_name="text",
    kinds={"spacy", "parquet"},
    deps=["sections"],
)
def nlp_docs(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """spaCy parse of every article, paragraph by paragraph, stored as DocBins.

    Each article is parsed once per extractor version; every later NLP stage
    reads these docs instead of parsing again.
    """
    plan = stages.plan_nlp(newsledger.lake(), context.partition_key, full=is_full(context))
    yield from publish(context, plan, checked=False)


@dg.asset(
    partitions_def=batches,
    group_name="text",
    kinds={"spacy", "parquet"},
    deps=["nlp_docs"],
    check_specs=[suite_check("sentences")],
)
def sentences(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One row per sentence, with offsets, from the spaCy parse."""
    plan = stages.plan_sentences(newsledger.lake(), context.partition_key, full=is_full(context))
    yield from publish(context, plan)
