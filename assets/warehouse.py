"""Warehouse stage: publish the complete batches, with cross-table checks."""

import dagster as dg

from newsledger import warehouse as wh
from pipelines.resources import NewsledgerResource

CROSS_TABLE_CHECKS = list(wh.load_checks())
# Tables whose assets feed the published state.
WAREHOUSE_TABLES = [
    "articles",
    "rejected_articles",
    "sections",
    "sentences",
    "entities",
    "mentions",
    "person_roles",
    "quotes",
    "claims",
    "reactions",
    "timeline",
]


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "ducklake"},
    deps=WAREHOUSE_TABLES,
    pool="lake_publish",
    check_specs=[
        dg.AssetCheckSpec(name=name, asset="warehouse", blocking=True)
        for name in CROSS_TABLE_CHECKS
    ],
)
def warehouse(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """What users query: the DuckLake's published tables, each with a COMMENT on
    the table and every column, and warehouse/attach.sql to attach them.

    Installs the complete batches and the entities merged from them in one
    transaction, committed only when every cross-table check passes; then
    compacts small files (a rewrite readers never see in part) and expires old
    snapshots (DuckLake's own).
    """
    settings = newsledger.settings
    result = wh.publish(newsledger.lake(), settings)
    if result.published:
        context.log.info(
            f"published batch(es) {result.batches} as snapshot {result.snapshot}; "
            f"attach with {result.attach_sql}"
        )
    else:
        failed = [c.name for c in result.checks if not c.passed]
        context.log.error(f"cross-table checks failed ({failed}); readers keep the last snapshot")
    yield dg.MaterializeResult(
        metadata={
            "attach_sql": dg.MetadataValue.path(str(result.attach_sql)),
            "published": result.published,
            "snapshot": result.snapshot,
            "published_batches": dg.MetadataValue.json(result.batches),
            "dagster/row_count": sum(result.row_counts.values()),
            "rows_per_table": dg.MetadataValue.md(
                "| table | rows |\n|---|---|\n"
                + "\n".join(f"| {t} | {n} |" for t, n in result.row_counts.items())
            ),
            "checked_rows": result.checked_rows,
            "example_query": "SELECT section_type, heading FROM sections",
            # A batch listed here has a run in progress, or one that failed after
            # its first commit: readers see it as its last publish left it.
            "unpublished_batches": dg.MetadataValue.json(result.unpublished),
        }
    )
    for check in result.checks:
        yield dg.AssetCheckResult(
            check_name=check.name,
            passed=check.passed,
            metadata={
                "failing_rows": check.failing_rows,
                "examples": dg.MetadataValue.md(
                    "\n".join(f"- `{row}`" for row in check.examples) or "none"
                ),
            },
        )
    if not result.checks:
        for name in CROSS_TABLE_CHECKS:
            yield dg.AssetCheckResult(
                check_name=name, passed=True, metadata={"failing_rows": 0, "note": "no new batch"}
            )
