"""Build the DuckDB warehouse: views over the lake, COMMENTs, cross-table checks.

The database is written to a temporary file and renamed over the old one, so
a user holding the warehouse open read-only never blocks the build, and every
reader sees the views of one complete build. Builds of one warehouse file
take turns (a file lock), so the last build to finish is also the last to have
read the lake: two runs publishing at once cannot leave the older view in place.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: builds are not serialized there
    fcntl = None  # type: ignore[assignment]

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


def source_sql(lake: Lake, table: str, uris: list[str] | None = None) -> str:
    """Relation for a table: its released parts (or the given files), or an empty
    typed relation."""
    if uris is None:
        uris = [u for u, _ in view_parts(lake, table)]
    if uris:
        listed = ", ".join(_sql_string(u) for u in uris)
        return f"read_parquet([{listed}], union_by_name = true, hive_partitioning = false)"
    cols = ", ".join(
        f"CAST(NULL AS {_duck_type(c.type)}) AS {c.name}" for c in TABLES[table].columns
    )
    return f"(SELECT {cols} WHERE false)"


def render_schema(lake: Lake, files: dict[str, list[str]] | None = None) -> str:
    template = SCHEMA_SQL.read_text()
    return _PLACEHOLDER.sub(
        lambda m: source_sql(lake, m.group(1), (files or {}).get(m.group(1))), template
    )


def view_parts(lake: Lake, table: str) -> list[tuple[str, int]]:
    """(URI, rows) of every part readers should see: each batch's release (see
    newsledger.lake), so a batch whose run is still going is seen as it was."""
    keys: list[str | None] = list(lake.batches(table)) if TABLES[table].partitioned else [None]
    return [
        (lake.uri(f"{lake.folder(table, k)}/{p.filename}"), p.rows)
        for k in keys
        for p in lake.released_parts(table, k)
    ]


_QUOTED = re.compile(r"'((?:[^']|'')*)'")


def published_files(db_path: Path) -> dict[str, set[str]] | None:
    """The files each view of the published warehouse reads: their rows passed
    the cross-table checks. None when there is no readable warehouse."""
    if not db_path.exists():
        return None
    try:
        con = duckdb.connect(str(db_path), read_only=True)
        try:
            views = con.execute(
                "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal"
            ).fetchall()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return {name: {m.replace("''", "'") for m in _QUOTED.findall(sql)} for name, sql in views}


def new_files(
    con: duckdb.DuckDBPyConnection,
    lake: Lake,
    files: dict[str, list[str]],
    checked: dict[str, set[str]] | None,
) -> dict[str, list[str]]:
    """Files whose rows the checks have not passed yet: those the published
    warehouse does not read. Every file when there is none, when a batch was
    reprocessed (a checked file is no longer live) or when entities lost an ID
    (rows checked against it may now point nowhere): then the build checks all."""
    if checked is None or set(checked) != set(files):
        return files
    for table, uris in files.items():
        if table != "entities" and not checked[table] <= set(uris):
            return files
    if checked["entities"]:
        old = source_sql(lake, "entities", sorted(checked["entities"]))
        try:
            lost = con.execute(
                f"SELECT count(*) FROM {old} WHERE entity_id NOT IN (SELECT entity_id FROM entities)"
            ).fetchone()
        except duckdb.Error:  # the old entities part is gone
            return files
        if lost is None or lost[0]:
            return files
    return {t: [u for u in uris if u not in checked[t]] for t, uris in files.items()}


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
    """Run checks.sql; ``new_<table>`` must be defined (see :func:`define_new`)."""
    results = []
    for name, query in load_checks().items():
        rows = con.execute(f"SELECT * FROM ({query}) LIMIT 6").fetchall()
        count = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0] if rows else 0
        results.append(CheckResult(name, count, rows[:5]))
    return results


def define_new(
    con: duckdb.DuckDBPyConnection, lake: Lake, files: dict[str, list[str]] | None = None
) -> None:
    """Temporary views ``new_<table>`` (not saved in the warehouse) over the files
    the checks must look at; every live part when ``files`` is None."""
    for t in PUBLIC_TABLES:
        uris = None if files is None else files.get(t, [])
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW new_{t} AS SELECT * FROM {source_sql(lake, t, uris)}"
        )


@dataclass
class BuildResult:
    path: Path
    row_counts: dict[str, int]
    checks: list[CheckResult]
    files_in_use: set[str]
    published: bool
    # Files whose rows the checks looked at: all, or those new since the last build.
    checked_files: int = 0
    # Batches with commits the views leave out until their run releases them.
    unreleased: list[str] = field(default_factory=list)


def build(lake: Lake, db_path: Path) -> BuildResult:
    """Write a new warehouse file beside ``db_path`` and rename it into place.

    The cross-table checks run on the new file first: when one fails, the old
    warehouse stays in place, so users never query data that failed a check.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(db_path):
        _remove_leftovers(db_path)
        return _build(lake, db_path)


@contextmanager
def _build_lock(db_path: Path) -> Iterator[None]:
    """One build of ``db_path`` at a time, across processes and threads.

    Without it, a build that read the lake before another run committed its
    batch could rename its file into place last and hide that batch. The lock
    file sits beside the temporary files (and under the same ignore rule).
    """
    if fcntl is None:
        yield
        return
    with open(db_path.with_name(f".{db_path.name}.tmp.lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _remove_leftovers(db_path: Path) -> None:
    """Delete temporary files of killed builds. Only under the lock: builds take
    turns, so no other build's temporary file can be in use."""
    for stale in db_path.parent.iterdir():
        if stale.name.startswith(f".{db_path.name}.tmp-"):
            stale.unlink(missing_ok=True)


def _build(lake: Lake, db_path: Path) -> BuildResult:
    tmp = db_path.with_name(f".{db_path.name}.tmp-{uuid.uuid4().hex}")
    # Read the lake under the lock: the build sees every commit made before it started.
    # Once, from the releases: the views, the row counts and in_use agree.
    parts = {t: view_parts(lake, t) for t in PUBLIC_TABLES}
    files = {t: [u for u, _ in ps] for t, ps in parts.items()}
    counts = {t: sum(n for _, n in ps) for t, ps in parts.items()}
    in_use = {u for uris in files.values() for u in uris}
    # The published warehouse's rows passed the checks: check only what it lacks, so a
    # build costs the new batch, not the lake.
    checked = published_files(db_path)
    try:
        con = duckdb.connect(str(tmp))
        try:
            # One transaction, one flush to disk: the file stays private until it is
            # renamed into place, and a commit per statement cost a flush each (about
            # 150, most of the build's time on a busy disk).
            con.begin()
            con.execute(render_schema(lake, files))
            con.execute(comments_sql())
            con.commit()
            to_check = new_files(con, lake, files, checked)
            define_new(con, lake, to_check)
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
    n_checked = sum(len(u) for u in to_check.values())
    unreleased = [b for b in lake.batches("raw_articles") if lake.unreleased(b)]
    return BuildResult(db_path, counts, checks, in_use, published, n_checked, unreleased)


def connect_readonly(db_path: Path, lake_root: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse for reading. The views need nothing else.

    With ``lake_root``, the connection reads the lake and nothing else: no other
    file (``read_csv('/etc/passwd')``, ``COPY ... TO``, ``ATTACH``), no network, no
    extension to install, and these settings cannot be changed back.
    """
    if not Path(db_path).exists():
        raise FileNotFoundError(
            f"no warehouse at {db_path}: run `newsledger run` (or `make run`) first"
        )
    con = duckdb.connect(str(db_path), read_only=True)
    if lake_root is not None:
        lake = Lake(lake_root)
        # The views name their parts as lake.uri() does; allow exactly that prefix.
        allowed = lake.uri(lake.root).rstrip("/") + "/"
        if lake.uri_prefix:  # an object store: its extension cannot load once locked
            with contextlib.suppress(duckdb.Error):
                con.execute("LOAD httpfs")
        con.execute(f"SET allowed_directories = [{_sql_string(allowed)}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con
