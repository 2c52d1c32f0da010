"""Data quality: one Great Expectations suite per table, kept as JSON in
``expectations/``, run on the rows a stage is about to commit.

Some rules span columns or tables (offsets inside the article text, sections
contiguous, sentences inside their section). :func:`prepare` adds derived
columns for them, so that every rule is an ordinary expectation in a suite.
GX is imported on the first validation, once per process, and without the
modules that only expectations no suite uses need (see :data:`DEFERRED_MODULES`);
each suite is read once per process.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
import types
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from newsledger.config import EXPECTATIONS_DIR
from newsledger.parse import is_separator

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class Failure:
    expectation: str
    column: str | None
    unexpected_count: int | None
    examples: list
    detail: str = ""
    # GX severity: "critical" failures keep a stage's rows out of the lake; a
    # "warning" (a quality signal such as the share of quotes with a speaker) is
    # reported and lets the rows land.
    severity: str = "critical"


@dataclass
class Report:
    suite: str
    rows: int
    evaluated: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not [f for f in self.failures if f.severity == "critical"]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != "critical"]

    def merge(self, other: Report) -> Report:
        """One report for two chunks validated by the same suite."""
        failures: dict[tuple, Failure] = {}
        for f in [*self.failures, *other.failures]:
            key = (f.expectation, f.column)
            if key in failures:
                prev = failures[key]
                prev.unexpected_count = (prev.unexpected_count or 0) + (f.unexpected_count or 0)
                prev.examples = (prev.examples + f.examples)[:5]
            else:
                failures[key] = Failure(
                    f.expectation,
                    f.column,
                    f.unexpected_count,
                    list(f.examples),
                    f.detail,
                    f.severity,
                )
        return Report(
            self.suite,
            self.rows + other.rows,
            max(self.evaluated, other.evaluated),
            list(failures.values()),
        )

    def summary(self) -> str:
        """The failed expectations in one line, for a rejected_articles detail."""
        return "; ".join(
            f"{f.expectation}({f.column or ''}) failed on {f.unexpected_count} row(s)"
            + (f", e.g. {f.examples[0]!r}" if f.examples else "")
            for f in self.failures
            if f.severity == "critical"
        )

    def markdown(self) -> str:
        if not self.failures:
            return (
                f"All {self.evaluated} expectations of `{self.suite}` passed on {self.rows} rows."
            )
        lines = [
            "| expectation | column | severity | failing rows | examples |",
            "|---|---|---|---|---|",
        ]
        for f in self.failures:
            ex = ", ".join(repr(e) for e in f.examples[:5]).replace("|", "\\|")
            lines.append(
                f"| {f.expectation} | {f.column or ''} | {f.severity} | "
                f"{f.unexpected_count} | {ex} |"
            )
        return "\n".join(lines)


def suite_path(table: str) -> Path:
    return EXPECTATIONS_DIR / f"{table}.json"


# Modules GX imports when it loads but that none of our suites runs: scipy.stats
# for the KL-divergence and KS-test expectations, altair for their charts. They
# cost about half of GX's import time; deferred, they load on first use.
DEFERRED_MODULES = ("scipy.stats", "altair")


class _Deferred(types.ModuleType):
    """Stands in for a module in ``sys.modules`` until one of its attributes is
    read; then imports the real module and hands every attribute on to it."""

    def __getattr__(self, attr: str) -> object:
        real = self.__dict__.get("_real")
        if real is None:
            # Out of the way, so that the import system loads the real module.
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
            self.__dict__["_real"] = real
        return getattr(real, attr)


def _defer(name: str) -> None:
    if name in sys.modules or importlib.util.find_spec(name) is None:
        return
    module = _Deferred(name)
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _import_gx():
    for name in DEFERRED_MODULES:
        _defer(name)
    import great_expectations as gx

    return gx


@cache
def _context():
    gx = _import_gx()

    # GX's progress bars would flood the Dagster logs.
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = {"globally": False}
    source = ctx.data_sources.add_pandas("newsledger")
    return ctx, source


@cache
def _batch_definition(table: str):
    _, source = _context()
    return source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)


@cache
def load_suite(table: str):
    """The table's suite, read and built once per process (validation leaves it as is)."""
    gx = _import_gx()
    spec = json.loads(suite_path(table).read_text())
    return gx.ExpectationSuite(**spec)


def validate(table: str, frame: pd.DataFrame) -> Report:
    """Run the table's suite on a frame (as made by :func:`prepare`)."""
    suite = load_suite(table)
    if frame.empty:
        return Report(suite.name, 0, len(suite.expectations))
    batch = _batch_definition(table).get_batch(batch_parameters={"dataframe": frame})
    # Most validations pass, and the verdict alone costs half of what counting and
    # sampling the failing rows does: those are asked for only after a failure.
    result = batch.validate(suite, result_format={"result_format": "BOOLEAN_ONLY"})
    if not result.success:
        result = batch.validate(suite, result_format={"result_format": "SUMMARY"})
    report = Report(suite.name, len(frame), len(result.results))
    for r in result.results:
        if r.success:
            continue
        cfg = r.expectation_config
        res = r.result or {}
        detail = ""
        if r.exception_info and r.exception_info.get("raised_exception"):
            detail = str(r.exception_info.get("exception_message"))
        report.failures.append(
            Failure(
                expectation=cfg.type,
                column=cfg.kwargs.get("column") or cfg.kwargs.get("column_A"),
                unexpected_count=res.get("unexpected_count"),
                examples=[_plain(v) for v in (res.get("partial_unexpected_list") or [])[:5]],
                detail=detail,
                severity=str(getattr(cfg.severity, "value", cfg.severity) or "critical"),
            )
        )
    return report


def blame(table: str, frame: pd.DataFrame) -> dict[str, Report] | None:
    """The articles whose rows fail the suite on their own, each with its report;
    None when the failure is not confined to some articles' rows.

    Called only after the frame failed, so the passing path costs nothing more.
    Halves of the frame's articles are validated in turn down to single articles
    (a few validations per bad article, not one per article); the rest must then
    pass. A failure of the table as a whole (its columns) is nobody's.
    """
    if "article_id" not in frame.columns or frame.empty:
        return None
    found: dict[str, Report] = {}

    def search(ids: list[str], report: Report | None) -> None:
        if report is None:
            report = validate(table, frame[frame["article_id"].isin(ids)])
        if report.success:
            return
        if len(ids) == 1:
            found[ids[0]] = report
            return
        half = len(ids) // 2
        search(ids[:half], None)
        search(ids[half:], None)

    ids = sorted(frame["article_id"].dropna().unique())
    whole = validate(table, frame)
    if whole.success:
        return {}
    if any(f.unexpected_count is None for f in whole.failures if f.severity == "critical"):
        return None
    search(ids, whole)
    rest = frame[~frame["article_id"].isin(list(found))]
    if not found or not validate(table, rest).success:
        return None
    return found


def _plain(value: object) -> object:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


# -- derived columns ---------------------------------------------------------


def to_frame(rows: pa.Table) -> pd.DataFrame:
    """Rows as pandas, without binary payloads (no rule looks inside them)."""
    keep = [f.name for f in rows.schema if not pa.types.is_binary(f.type)]
    return rows.select(keep).to_pandas()


def prepare(
    table: str,
    rows: pa.Table,
    texts: dict[str, str] | None = None,
    sections: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Frame to validate: the rows plus the derived columns the suite reads.

    ``texts`` maps article_id to ``articles.text`` for tables with offsets;
    ``sections`` is the batch's sections, for tables that point into them.
    """
    frame = to_frame(rows)
    if frame.empty:
        return frame
    texts = texts or {}
    if "char_end" in frame.columns and "article_id" in frame.columns:
        frame["text_length"] = frame["article_id"].map(lambda a: len(texts.get(a, "")))
    if table == "articles":
        frame["text_length"] = frame["text"].str.len()
        frame["published_year"] = frame["published_date"].map(
            lambda d: d.year if d is not None and not pd.isna(d) else None
        )
        frame["body_char_start_ok"] = frame["body_char_start"] < frame["text_length"]
    if table == "sections":
        frame["contiguous"] = _sections_contiguous(frame, texts)
    if table in {"quotes", "sentences"} and "text" in frame.columns:
        frame["text_matches_offsets"] = _words_match(frame, "text", texts)
    if "surface" in frame.columns:
        frame["surface_matches_offsets"] = _words_match(frame, "surface", texts)
    if sections is not None and "section_id" in frame.columns and table != "sections":
        frame["inside_section"] = sentence_inside_section(frame, sections)
    return frame


def _words_match(frame: pd.DataFrame, column: str, texts: dict[str, str]) -> list[bool]:
    """Whether each row's words equal articles.text[char_start:char_end]."""
    cols = (frame["article_id"], frame["char_start"], frame["char_end"], frame[column])
    return [texts.get(a, "")[s:e] == t for a, s, e, t in zip(*cols, strict=True)]


def _sections_contiguous(frame: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """True for a section when only whitespace and rule lines ("-----") separate it
    from the one before, ordinals run 0, 1, 2... and no section overlaps the next."""
    ok = pd.Series(True, index=frame.index)
    for aid, group in frame.groupby("article_id", sort=False):
        group = group.sort_values("ordinal")
        text = texts.get(aid, "")
        prev_end = None
        for expected, (idx, row) in enumerate(group.iterrows()):
            good = row["ordinal"] == expected
            if prev_end is not None:
                good = good and row["char_start"] >= prev_end
                good = good and is_separator(text[prev_end : row["char_start"]])
            ok[idx] = bool(good)
            prev_end = row["char_end"]
    return ok.tolist()


def sentence_inside_section(frame: pd.DataFrame, sections: pd.DataFrame) -> pd.Series:
    """For each sentence row, whether it lies inside its section's offsets."""
    spans = sections.set_index("section_id")[["char_start", "char_end"]]
    start = pd.to_numeric(frame["section_id"].map(spans["char_start"]))
    end = pd.to_numeric(frame["section_id"].map(spans["char_end"]))
    inside = (frame["char_start"] >= start) & (frame["char_end"] <= end)
    # A fact outside every section (a byline, say) has no section_id: that is allowed.
    return (inside | frame["section_id"].isna()).astype(bool)
