"""Build the DuckDB warehouse: views over the lake, COMMENTs, cross-table checks.

The database is written to a temporary file and renamed over the old one, so
a user holding the warehouse open read-only never blocks the build, and every
reader sees the views of one complete build.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from newsledger.config import PROJECT_ROOT, SCHEMA_SQL
from newsledger.lake import Lake
from newsledger.schemas import PUBLIC_TABLES, TABLES

CHECKS_SQL = PROJECT_ROOT / "warehouse" / "checks.sql"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _duck_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    return {
        pa.string(): "VARCHAR",
        pa.int64(): "BIGINT",
        pa.float64(): "DOUBLE",
        pa.bool_(): "BOOLEAN",
        pa.date32(): "DATE",
        pa.binary(): "BLOB",
    }[t]


def source_sql(lake: Lake, table: str) -> str:
    """Relation for a table: its live parts, or an empty typed relation."""
    files = lake.files(table)
    if files:
        listed = ", ".join(_sql_string(lake.uri(f)) for f in files)
        return f"read_parquet([{listed}], union_by_name = true, hive_partitioning = false)"
    cols = ", ".join(
        f"CAST(NULL AS {_duck_type(c.type)}) AS {c.name}" for c in TABLES[table].columns
    )
    return f"(SELECT {cols} WHERE false)"


def render_schema(lake: Lake) -> str:
    template = SCHEMA_SQL.read_text()
    return _PLACEHOLDER.sub(lambda m: source_sql(lake, m.group(1)), template)


def comments_sql() -> str:
    out = []
    for name in PUBLIC_TABLES:
        spec = TABLES[name]
        out.append(f"COMMENT ON VIEW {name} IS {_sql_string(spec.description)};")
        for c in spec.columns:
            out.append(f"COMMENT ON COLUMN {name}.{c.name} IS {_sql_string(c.description)};")
    return "\n".join(out)


@dataclass
class CheckResult:
    name: str
    failing_rows: int
    examples: list[tuple]

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


REPORT_SQL = PROJECT_ROOT / "warehouse" / "report.sql"


def load_named(path: Path, tag: str) -> dict[str, str]:
    """Named queries of a .sql file, each introduced by ``-- <tag>: name``."""
    checks: dict[str, str] = {}
    name = None
    for line in path.read_text().splitlines():
        m = re.match(rf"--\s*{tag}:\s*(\w+)", line)
        if m:
            name = m.group(1)
            checks[name] = ""
        elif name and not line.lstrip().startswith("--"):
            checks[name] += line + "\n"
    return {k: v.strip().rstrip(";") for k, v in checks.items()}


def load_checks(path: Path = CHECKS_SQL) -> dict[str, str]:
    return load_named(path, "check")


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    results = []
    for name, query in load_checks().items():
        rows = con.execute(f"SELECT * FROM ({query}) LIMIT 6").fetchall()
        count = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0] if rows else 0
        results.append(CheckResult(name, count, rows[:5]))
    return results


@dataclass
class BuildResult:
    path: Path
    row_counts: dict[str, int]
    checks: list[CheckResult]
    files_in_use: set[str]
    published: bool


def build(lake: Lake, db_path: Path) -> BuildResult:
    """Write a new warehouse file beside ``db_path`` and rename it into place.

    The cross-table checks run on the new file first: when one fails, the old
    warehouse stays in place, so users never query data that failed a check.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.tmp-{uuid.uuid4().hex}")
    in_use = {lake.uri(f) for t in PUBLIC_TABLES for f in lake.files(t)}
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(render_schema(lake))
            con.execute(comments_sql())
            counts = {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in PUBLIC_TABLES
            }
            checks = run_checks(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        published = all(c.passed for c in checks)
        if published:
            os.replace(tmp, db_path)
    finally:
        for leftover in (tmp, Path(f"{tmp}.wal")):
            leftover.unlink(missing_ok=True)
    return BuildResult(db_path, counts, checks, in_use, published)


def connect_readonly(db_path: Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse for reading. The views need nothing else."""
    if not Path(db_path).exists():
        raise FileNotFoundError(
            f"no warehouse at {db_path}: run `newsledger run` (or `make run`) first"
        )
    return duckdb.connect(str(db_path), read_only=True)
