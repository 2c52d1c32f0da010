"""Ingest stage: register input files, then parse them into articles."""

from pathlib import Path

import dagster as dg

from assets._publish import Checker, is_full, publish, suite_check
from newsledger import stages
from pipelines.partitions import batches
from pipelines.resources import NewsledgerResource


class RawArticlesConfig(dg.Config):
    paths: list[str] = []
    # Set by the inbox sensor: files that resolve outside the inbox are rejected.
    # Without it, each folder named is the inbox of the files found in it.
    restrict_to_inbox: bool = False
    # Set by the feed sensor: the keys of the feed entries to take (all when None).
    feed_entries: list[str] | None = None


@dg.asset(
    partitions_def=batches,
    group_name="ingest",
    kinds={"python", "ducklake"},
)
def raw_articles(
    context: dg.AssetExecutionContext, config: RawArticlesConfig, newsledger: NewsledgerResource
):
    """Every input file registered into the batch, with its bytes and hash.

    Files already in the batch with the same content are skipped, so a rerun
    adds nothing. The bytes are kept so the batch can be reprocessed later.
    The batch's new rows reach readers with the publish that follows its last
    stage (nlp), all tables at once.
    """
    settings = newsledger.settings
    inbox = Path(settings.inbox) if config.restrict_to_inbox else None
    lake = newsledger.lake()
    plan = stages.plan_raw(
        lake,
        context.partition_key,
        config.paths,
        settings.max_bytes,
        inbox,
        outputs=settings.pipeline_outputs(),
        feed_entries=config.feed_entries,
    )
    context.log.info(f"{plan.new_rows.get('raw_articles', 0)} new file(s) in batch {plan.batch}")
    yield from publish(context, plan)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "articles",
            deps=[raw_articles],
            description="One row per article: head fields and the normalized text "
            "that every offset points into.",
            kinds={"python", "ducklake"},
        ),
        dg.AssetSpec(
            "rejected_articles",
            deps=[raw_articles],
            description="One row per input file that did not become an article, with "
            "the reason (empty, binary, undecodable, too_large, no_body, duplicate...), "
            "and per article a later stage could not process (extraction_failed, "
            "invalid_output; those rows are written by that stage).",
            kinds={"python", "ducklake"},
        ),
    ],
    check_specs=[suite_check("articles"), suite_check("rejected_articles")],
    partitions_def=batches,
    group_name="ingest",
)
def articles(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """Decode, normalize and parse the batch's new files into articles or rejections."""
    lake, batch = newsledger.lake(), context.partition_key
    checker = Checker(lake, batch)
    plan = stages.plan_articles(
        lake, batch, newsledger.settings.max_bytes, full=is_full(context), validate=checker
    )
    rejected = plan.new_rows.get("rejected_articles", 0)
    if rejected:
        context.log.warning(f"{rejected} file(s) rejected; see rejected_articles")
    yield from publish(context, plan, checker)
