"""What every stage asset does after planning: validate, commit, report."""

from collections.abc import Iterator

import dagster as dg
import pyarrow as pa

from newsledger import quality
from newsledger.lake import Lake
from newsledger.schemas import TABLES
from newsledger.stages import StagePlan
from pipelines.partitions import REPROCESS_TAG

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60


def suite_check(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"{table}_suite",
        asset=table,
        blocking=True,
        description=f"Great Expectations suite expectations/{table}.json on the new rows.",
    )


def is_full(context: dg.AssetExecutionContext) -> bool:
    return context.run.tags.get(REPROCESS_TAG) == "full"


def column_schema(table: str) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(c.name, str(c.type), description=c.description)
            for c in TABLES[table].columns
        ]
    )


def preview(rows: pa.Table) -> str:
    """Markdown of the first rows, long values cut and binary left out."""
    cols = [f.name for f in rows.schema if not pa.types.is_binary(f.type)]
    head = rows.select(cols).slice(0, PREVIEW_ROWS).to_pylist()
    if not head:
        return "_no rows_"

    def cell(v: object) -> str:
        s = "" if v is None else str(v)
        s = s.replace("\n", " ").replace("|", "\\|")
        return s if len(s) <= PREVIEW_CHARS else s[: PREVIEW_CHARS - 1] + "…"

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(r[c]) for c in cols) + " |" for r in head]
    return "\n".join(lines)


def texts_for(lake: Lake, batch: str | None, rows: pa.Table) -> dict[str, str]:
    if "article_id" not in rows.column_names or rows.num_rows == 0 or batch is None:
        return {}
    ids = set(rows.column("article_id").to_pylist())
    arts = lake.read("articles", batch, columns=["article_id", "text"]).to_pylist()
    return {a["article_id"]: a["text"] for a in arts if a["article_id"] in ids}


def publish(
    context: dg.AssetExecutionContext,
    plan: StagePlan,
    checked: bool = True,
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Validate a plan's new rows with each table's suite; commit only if all pass.

    A failing suite leaves the lake as it was and fails the blocking check, so
    the bad rows never reach the warehouse.
    """
    reports: dict[str, quality.Report] = {}
    if checked:
        sections = None
        for table, rows in plan.new.items():
            if not quality.suite_path(table).exists():
                continue
            texts = texts_for(plan.lake, plan.batch, rows)
            if table == "articles":
                texts = {}
            if "section_id" in rows.column_names and table != "sections":
                sections = plan.lake.read("sections", plan.batch).to_pandas()
            frame = quality.prepare(table, rows, texts, sections)
            reports[table] = quality.validate(table, frame)
    ok = all(r.success for r in reports.values())
    live = plan.commit() if ok else {t: plan.lake.parts(t, plan.batch) for t in plan.new}
    for table, rows in plan.new.items():
        total = sum(p.rows for p in live[table])
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "dagster/row_count": total,
                "dagster/column_schema": column_schema(table),
                "new_rows": rows.num_rows,
                "new_part": plan.part_name or "none (nothing new)",
                "committed": ok,
                "preview": dg.MetadataValue.md(preview(rows)),
            },
        )
    for table, report in reports.items():
        yield dg.AssetCheckResult(
            asset_key=table,
            check_name=f"{table}_suite",
            passed=report.success,
            metadata={
                "rows_validated": report.rows,
                "expectations": report.evaluated,
                "failed_expectations": len(report.failures),
                "result": dg.MetadataValue.md(report.markdown()),
            },
        )
