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


class Checker:
    """Runs each table's suite on every chunk a stage writes, and keeps the verdict."""

    def __init__(self, lake: Lake, batch: str | None) -> None:
        self.lake = lake
        self.batch = batch
        self.reports: dict[str, quality.Report] = {}

    def __call__(self, table: str, rows: pa.Table, upstream: pa.Table) -> None:
        if not quality.suite_path(table).exists():
            return
        frame = quality.prepare(table, rows, self._texts(rows, upstream), self._sections(rows))
        report = quality.validate(table, frame)
        if table in self.reports:
            self.reports[table] = self.reports[table].merge(report)
        else:
            self.reports[table] = report

    @property
    def passed(self) -> bool:
        return all(r.success for r in self.reports.values())

    def _texts(self, rows: pa.Table, upstream: pa.Table) -> dict[str, str]:
        if "article_id" not in rows.column_names or rows.num_rows == 0:
            return {}
        if "text" in upstream.column_names and "article_id" in upstream.column_names:
            return dict(
                zip(
                    upstream.column("article_id").to_pylist(),
                    upstream.column("text").to_pylist(),
                    strict=True,
                )
            )
        if self.batch is None:
            return {}
        ids = rows.column("article_id").to_pylist()
        arts = self.lake.read("articles", self.batch, ["article_id", "text"], ids=ids)
        return dict(zip(arts.column(0).to_pylist(), arts.column(1).to_pylist(), strict=True))

    def _sections(self, rows: pa.Table):
        if "section_id" not in rows.column_names or rows.num_rows == 0 or self.batch is None:
            return None
        ids = rows.column("article_id").to_pylist()
        cols = ["section_id", "article_id", "char_start", "char_end"]
        return self.lake.read("sections", self.batch, cols, ids=ids).to_pandas()


def publish(
    context: dg.AssetExecutionContext, plan: StagePlan, checker: Checker | None = None
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Commit a plan whose chunks all passed their suites, and report.

    A failing suite leaves the lake as it was (the plan's parts are deleted) and
    fails the blocking check, so the bad rows never reach the warehouse.
    """
    ok = checker is None or checker.passed
    if ok:
        live = plan.commit()
    else:
        plan.abort()
        live = {t: plan.lake.parts(t, plan.batch) for t in plan.outputs}
    for table in plan.outputs:
        preview_rows = plan.preview.get(table)
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "dagster/row_count": sum(p.rows for p in live[table]),
                "dagster/column_schema": column_schema(table),
                "new_rows": plan.new_rows.get(table, 0),
                "new_parts": len(plan.written.get(table, [])),
                "committed": ok,
                "preview": dg.MetadataValue.md(
                    preview(preview_rows) if preview_rows is not None else "_no new rows_"
                ),
            },
        )
    for table, report in (checker.reports if checker else {}).items():
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
    # A check spec with no new rows to validate still reports, as passed on 0 rows.
    if checker is not None:
        for table in plan.outputs:
            if table not in checker.reports and quality.suite_path(table).exists():
                yield dg.AssetCheckResult(
                    asset_key=table,
                    check_name=f"{table}_suite",
                    passed=True,
                    metadata={"rows_validated": 0},
                )
