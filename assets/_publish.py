"""What every stage asset does after planning: validate, commit, report."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
import pyarrow as pa

from newsledger import quality, stages
from newsledger.lake import Lake, count_rows
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


# Rows a suite validates at once. A GX validation costs 0.1 to 0.2 s however few
# its rows, and a chunk of 200 articles has a few hundred rows per table:
# validating chunk by chunk was most of the suites' time. Prepared rows of several
# chunks are gathered up to this many (a few MB of pandas per table), then
# validated together.
VALIDATE_ROWS = 10_000
# ... or up to this many chunks, whichever comes first. A table with a row or two
# per article (articles, with their texts; reactions; timeline) never reached
# VALIDATE_ROWS before the end of a large batch, so its frames were held for the
# whole stage and the stage's memory grew with the batch: 30 to 50 MB more at
# 10,000 articles than at 1,000 (BENCHMARKS.md, issue 11).
VALIDATE_CHUNKS = 5


class Checker:
    """Runs each table's suite on the chunks a stage writes, and keeps the verdict.

    Each chunk gets its derived columns right away (they need the chunk's article
    texts); the suite runs once ``VALIDATE_ROWS`` rows have gathered, and on what
    is left when the verdict is asked for (:attr:`passed`, :meth:`flush`).
    """

    def __init__(self, lake: Lake, batch: str | None) -> None:
        self.lake = lake
        self.batch = batch
        self._reports: dict[str, quality.Report] = {}
        self._pending: dict[str, list[pd.DataFrame]] = {}
        # Validated frames that failed (kept to find the articles at fault), the
        # reports of those that passed, and the failing reports that
        # :meth:`isolate` confined to some articles.
        self._failed: dict[str, list[pd.DataFrame]] = {}
        self._ok: dict[str, quality.Report] = {}
        self.isolated: dict[str, quality.Report] = {}
        self._sections_of: tuple[pa.Table, pd.DataFrame] | None = None

    def __call__(self, table: str, rows: pa.Table, upstream: pa.Table) -> None:
        if not quality.suite_path(table).exists():
            return
        sections = self._sections(rows, upstream) if table != "sections" else None
        frame = quality.prepare(table, rows, self._texts(rows, upstream), sections)
        pending = self._pending.setdefault(table, [])
        pending.append(frame)
        if len(pending) >= VALIDATE_CHUNKS or sum(len(f) for f in pending) >= VALIDATE_ROWS:
            self._validate(table)

    def _validate(self, table: str) -> None:
        frames = [f for f in self._pending.pop(table, []) if not f.empty]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        report = quality.validate(table, frame)
        if report.success:
            self._ok[table] = self._ok[table].merge(report) if table in self._ok else report
        else:
            self._failed.setdefault(table, []).append(frame)
        if table in self._reports:
            self._reports[table] = self._reports[table].merge(report)
        else:
            self._reports[table] = report

    def isolate(self) -> dict[str, str] | None:
        """The articles whose rows fail their tables' suites on their own, each with
        what failed, when every failure is confined to such articles; else None.
        Their rows are then left out of the verdict (the caller drops them)."""
        self.flush()
        failing = [t for t, r in self._reports.items() if not r.success]
        blamed: dict[str, list[str]] = {}
        for table in failing:
            if not self._failed.get(table):
                return None
            frame = pd.concat(self._failed[table], ignore_index=True)
            found = quality.blame(table, frame)
            if not found:
                return None
            for aid, report in found.items():
                blamed.setdefault(aid, []).append(f"{table}: {report.summary()}")
        for table in failing:
            frame = pd.concat(self._failed[table], ignore_index=True)
            report = quality.validate(table, frame[~frame["article_id"].isin(list(blamed))])
            if not report.success:
                return None
            self.isolated[table] = self._reports[table]
            self._reports[table] = self._ok[table].merge(report) if table in self._ok else report
        return {aid: "; ".join(parts) for aid, parts in blamed.items()}

    def flush(self) -> None:
        """Validate every row gathered so far."""
        for table in list(self._pending):
            self._validate(table)

    @property
    def reports(self) -> dict[str, quality.Report]:
        self.flush()
        return self._reports

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

    def _sections(self, rows: pa.Table, upstream: pa.Table) -> pd.DataFrame | None:
        if "section_id" not in rows.column_names or rows.num_rows == 0 or self.batch is None:
            return None
        # Several tables of one chunk point into sections: read them once per chunk,
        # for the chunk's articles when the chunk is articles.
        if self._sections_of is not None and self._sections_of[0] is upstream:
            return self._sections_of[1]
        source = upstream if "article_id" in upstream.column_names else rows
        ids = source.column("article_id").to_pylist()
        cols = ["section_id", "article_id", "char_start", "char_end"]
        frame = self.lake.read("sections", self.batch, cols, ids=ids).to_pandas()
        self._sections_of = (upstream, frame)
        return frame


def failures_markdown(failures: list[dict]) -> str:
    """The articles a stage could not process, as a Markdown table."""
    if not failures:
        return "_none_"
    lines = ["| article_id | source_path | reason | detail |", "|---|---|---|---|"]
    for f in failures:
        cells = [f["article_id"] or "", f["source_path"], f["reason"], f["detail"]]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def row_counts(plan: StagePlan) -> dict[str, int]:
    """Rows of each output table as the batch's next publish will show them: one
    query for all (:func:`newsledger.lake.count_rows`)."""
    if plan.publish is not None or not plan.outputs:
        return {t: plan.new_rows.get(t, 0) for t in plan.outputs}
    relations = [plan.lake.relation_sql(t, plan.batch) for t in plan.outputs]
    return dict(zip(plan.outputs, count_rows(plan.lake.con, relations), strict=True))


def publish(
    context: dg.AssetExecutionContext, plan: StagePlan, checker: Checker | None = None
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Commit a plan whose chunks all passed their suites, and report.

    A failing suite rolls the plan's transaction back, so the lake stays as it
    was, and fails the blocking check: the bad rows never reach readers.
    """
    ok = checker is None or checker.passed
    if not ok:
        # Rows of single articles at fault are dropped and the articles recorded in
        # rejected_articles; any other failure keeps the whole stage out.
        blamed = checker.isolate()  # type: ignore[union-attr]
        if blamed:
            stages.reject_invalid(plan, blamed)
            ok = checker.passed  # type: ignore[union-attr]
    if ok:
        plan.commit()
    else:
        plan.abort()
    for f in plan.failures:
        context.log.error(
            f"{plan.stage}: article {f['article_id']} ({f['source_path']}): "
            f"{f['reason']}: {f['detail']}\n{f['traceback']}".rstrip()
        )
    failed = {
        "failed_articles": len(plan.failures),
        "failures": dg.MetadataValue.md(failures_markdown(plan.failures)),
    }
    counts = row_counts(plan)
    for table in plan.outputs:
        preview_rows = plan.preview.get(table)
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "dagster/row_count": counts[table],
                "dagster/column_schema": column_schema(table),
                "new_rows": plan.new_rows.get(table, 0),
                "committed": ok,
                **(failed if plan.publish is None and plan.stage != "raw" else {}),
                "preview": dg.MetadataValue.md(
                    preview(preview_rows) if preview_rows is not None else "_no new rows_"
                ),
            },
        )
    for table, report in (checker.reports if checker else {}).items():
        isolated = checker.isolated.get(table) if checker else None
        yield dg.AssetCheckResult(
            asset_key=table,
            check_name=f"{table}_suite",
            passed=report.success,
            metadata={
                "rows_validated": report.rows,
                "expectations": report.evaluated,
                "failed_expectations": len(report.failures) - len(report.warnings),
                "warnings": len(report.warnings),
                "result": dg.MetadataValue.md(report.markdown()),
                # Failures confined to some articles: their rows were left out.
                **(
                    {"failed_before_dropping_articles": dg.MetadataValue.md(isolated.markdown())}
                    if isolated
                    else {}
                ),
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
