"""Warehouse stage: DuckDB views over the whole lake, with cross-table checks."""

import dagster as dg

from newsledger import warehouse as wh
from newsledger.schemas import PUBLIC_TABLES
from pipelines.resources import NewsledgerResource

CROSS_TABLE_CHECKS = list(wh.load_checks())
# Tables whose assets feed the views; each view over a table without rows is empty.
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
    kinds={"duckdb"},
    deps=WAREHOUSE_TABLES,
    pool="warehouse_writer",
    check_specs=[
        dg.AssetCheckSpec(name=name, asset="warehouse", blocking=True)
        for name in CROSS_TABLE_CHECKS
    ],
)
def warehouse(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """The DuckDB file users query: one view per table over the lake's released parts,
    with a COMMENT on every view and column (warehouse/schema.sql).

    Built into a new file and renamed into place, so open readers never block it.
    Superseded lake parts are deleted afterwards.
    """
    settings = newsledger.settings
    lake = newsledger.lake()
    result = wh.build(lake, settings.warehouse_path)
    if result.published:
        removed = sum(lake.collect_garbage(t, result.files_in_use) for t in PUBLIC_TABLES)
        context.log.info(f"warehouse at {result.path}; {removed} superseded part(s) deleted")
    else:
        failed = [c.name for c in result.checks if not c.passed]
        context.log.error(f"cross-table checks failed ({failed}); the old warehouse stays")
    yield dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "published": result.published,
            "dagster/row_count": sum(result.row_counts.values()),
            "rows_per_view": dg.MetadataValue.md(
                "| view | rows |\n|---|---|\n"
                + "\n".join(f"| {t} | {n} |" for t, n in result.row_counts.items())
            ),
            "example_query": "SELECT section_type, heading FROM sections",
            # A batch listed here has a run in progress, or one that failed after
            # its first commit: the views show it as its last finished run left it.
            "unreleased_batches": dg.MetadataValue.json(result.unreleased),
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
