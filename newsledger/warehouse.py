"""Publishing and reading: what users see of the lake.

A publish (:func:`publish`) makes the complete staged batches and the entities
merged from them visible in one DuckLake transaction, after the cross-table
checks (``warehouse/checks.sql``) passed on the new rows inside that very
transaction: when one fails it rolls back, and readers keep the previous
snapshot. It then writes ``attach.sql`` and runs the maintenance (compaction of
small files, DuckLake's snapshot expiry and file cleanup).

Readers attach the lake read-only (:func:`reader_sql`, the same statements as
``attach.sql``): they read one snapshot per query and never wait on a writer's
lock for long (the SQLite catalog is in WAL mode).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from newsledger.config import MACROS_SQL, PROJECT_ROOT, QUESTIONS_SQL, Settings
from newsledger.lake import (
    ALIAS,
    PARTITIONED,
    Lake,
    count_rows,
    ident,
    is_remote,
    new_instance,
    setup_sql,
    sql_string,
    stage_schema,
)
from newsledger.schemas import PUBLIC_TABLES
from newsledger.stages import is_complete

CHECKS_SQL = PROJECT_ROOT / "warehouse" / "checks.sql"
REPORT_SQL = PROJECT_ROOT / "warehouse" / "report.sql"
LAKE_FILES_SQL = PROJECT_ROOT / "warehouse" / "lake_files.sql"
# How long a file that no snapshot kept needs stays on disk: queries that started
# on an older snapshot finish reading it.
FILE_GRACE = "15 minutes"
# Snapshots kept for time travel; older ones are expired after a publish.
SNAPSHOT_RETENTION = "7 days"
# A publish adds one data file per table; once a table has this many files
# smaller than SMALL_FILE_BYTES, they are rewritten as one (see compact()).
COMPACT_MIN_FILES = 8
SMALL_FILE_BYTES = 64 * 2**20


@dataclass
class CheckResult:
    name: str
    failing_rows: int
    examples: list[tuple]

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


@dataclass
class PublishResult:
    attach_sql: Path
    row_counts: dict[str, int]
    checks: list[CheckResult]
    published: bool
    batches: list[str] = field(default_factory=list)
    # Rows the checks looked at: the new ones, or all after a reprocess.
    checked_rows: int = 0
    # Staged batches left for a later publish: a run in progress, or one that failed.
    unpublished: list[str] = field(default_factory=list)
    snapshot: int | None = None


def load_named(path: Path, tag: str) -> dict[str, str]:
    """Named queries of a .sql file, each introduced by ``-- <tag>: name``; a
    header with another tag (``-- total: name``) ends the query before it."""
    checks: dict[str, str] = {}
    name = None
    for line in path.read_text().splitlines():
        m = re.match(r"--\s*(\w+):\s*(\w+)\s*$", line)
        if m:
            name = m.group(2) if m.group(1) == tag else None
            if name:
                checks[name] = ""
        elif name and not line.lstrip().startswith("--"):
            checks[name] += line + "\n"
    return {k: v.strip().rstrip(";") for k, v in checks.items()}


def load_checks(path: Path = CHECKS_SQL) -> dict[str, str]:
    return load_named(path, "check")


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    """Run checks.sql; ``new_<table>`` must be defined."""
    results = []
    for name, query in load_checks().items():
        rows = con.execute(f"SELECT * FROM ({query}) LIMIT 6").fetchall()
        count = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0] if rows else 0
        results.append(CheckResult(name, count, rows[:5]))
    return results


def publish(lake: Lake, settings: Settings) -> PublishResult:
    """Install the batches and entities the entities stage prepared, in one
    transaction that commits only when every cross-table check passes."""
    con = lake.con
    checks: list[CheckResult] = []
    checked = 0
    published = True
    # Inside the transaction: a publish that waited for another one finds what that
    # one left (nothing, when it installed the same plan).
    lake.begin()
    try:
        planned = [r[0] for r in con.execute("SELECT batch FROM publish.batches").fetchall()]
        staged = lake.staged_batches()
        planned = [b for b in dict.fromkeys(planned) if b in staged]
        changed = [b for b in planned if not is_complete(lake, b)]
        if changed:
            raise RuntimeError(
                f"batch(es) {changed} changed since the entities stage merged them: "
                "materialize entities and warehouse again"
            )
        if planned:
            # Which batches this snapshot published: what the report renders next.
            con.execute(
                f"CALL {ALIAS}.set_commit_message('newsledger', 'publish', extra_info => ?)",
                [json.dumps({"batches": planned})],
            )
            recheck = _install(lake, planned)
            for t in PUBLIC_TABLES:
                if recheck or t == "entities":
                    source = f"main.{ident(t)}"
                else:
                    source = " UNION ALL ".join(
                        f"SELECT * FROM {stage_schema(b)}.{ident(t)}" for b in planned
                    )
                    source = f"({source})"
                con.execute(f"CREATE OR REPLACE TEMP VIEW new_{t} AS SELECT * FROM {source}")
            checked = sum(count_rows(con, [f"new_{t}" for t in PUBLIC_TABLES]))
            checks = run_checks(con)
            for t in PUBLIC_TABLES:
                con.execute(f"DROP VIEW IF EXISTS new_{t}")
            published = all(c.passed for c in checks)
        if published and planned:
            for b in planned:
                con.execute(f"DROP SCHEMA {stage_schema(b)} CASCADE")
            con.execute("DELETE FROM publish.entities; DELETE FROM publish.batches;")
            lake.commit()
        else:
            lake.rollback()
    except BaseException:
        lake.rollback()
        raise
    if published:
        write_attach_sql(settings)
        maintain(lake)
    counts = dict(
        zip(
            PUBLIC_TABLES, count_rows(con, [f"main.{ident(t)}" for t in PUBLIC_TABLES]), strict=True
        )
    )
    left = [b for b in lake.staged_batches() if b not in planned or not published]
    return PublishResult(
        settings.attach_sql,
        counts,
        checks,
        published,
        planned if published else [],
        checked,
        left,
        lake.snapshot(),
    )


def _install(lake: Lake, batches: list[str]) -> bool:
    """Move the batches' staged rows into the published tables and install the new
    entities; True when published rows were replaced or an entity ID was lost
    (the checks then look at every row)."""
    con = lake.con
    recheck = False
    for b in batches:
        replaced = lake.replaced(b)
        for t in PARTITIONED:
            if t in replaced:
                con.execute(f"DELETE FROM main.{ident(t)} WHERE batch = ?", [b])
                recheck = True
            con.execute(f"INSERT INTO main.{ident(t)} SELECT * FROM {stage_schema(b)}.{ident(t)}")
    lost = con.execute(
        "SELECT count(*) FROM main.entities WHERE entity_id NOT IN "
        "(SELECT entity_id FROM publish.entities)"
    ).fetchone()[0]
    con.execute("DELETE FROM main.entities")
    con.execute("INSERT INTO main.entities SELECT * FROM publish.entities")
    return recheck or bool(lost)


def small_files(lake: Lake, table: str) -> list[str]:
    """The published table's data files smaller than :data:`SMALL_FILE_BYTES`."""
    return _small_files(lake, [table])[table]


def _small_files(lake: Lake, tables: list[str]) -> dict[str, list[str]]:
    """:func:`small_files` of several tables, in one query."""
    source = " UNION ALL ".join(
        f"SELECT {sql_string(t)} AS tbl, data_file, data_file_size_bytes "
        f"FROM ducklake_list_files({sql_string(ALIAS)}, {sql_string(t)}, schema => 'main')"
        for t in tables
    )
    rows = lake.con.execute(
        f"SELECT tbl, data_file FROM ({source}) WHERE data_file_size_bytes < ? "
        "ORDER BY tbl, data_file",
        [SMALL_FILE_BYTES],
    ).fetchall()
    out: dict[str, list[str]] = {t: [] for t in tables}
    for t, f in rows:
        out[t].append(f)
    return out


def compact(lake: Lake, min_files: int | None = None) -> list[str]:
    """Rewrite the small data files of every published table that has at least
    ``min_files`` (default :data:`COMPACT_MIN_FILES`) of them into one, in one
    transaction (commit message ``compaction``); the tables compacted.

    Not DuckLake's ``ducklake_merge_adjacent_files``: in DuckDB 1.5.5 a reader
    whose transaction (or single query) took its snapshot before a merge
    committed reads none of the merged file's rows, so a query racing the merge
    saw an article without its sentences (``tests/test_concurrency.py`` has the
    case). The rewrite is an ordinary transaction: the old files end at its
    snapshot instead of leaving the catalog, readers on an earlier snapshot keep
    reading them, and they stay for time travel until their snapshots expire.
    """
    least = COMPACT_MIN_FILES if min_files is None else min_files
    files = _small_files(lake, list(PUBLIC_TABLES))
    todo = {t: f for t in PUBLIC_TABLES if len(f := files[t]) >= least}
    if not todo:
        return []
    with lake.transaction() as con:
        con.execute(f"CALL {ALIAS}.set_commit_message('newsledger', 'compaction')")
        for t, files in todo.items():
            # Copy first: the copies land in new files, which the delete then leaves alone.
            table = f"main.{ident(t)}"
            con.execute(
                f"INSERT INTO {table} SELECT * FROM {table} WHERE filename IN (SELECT unnest(?))",
                [files],
            )
            con.execute(f"DELETE FROM {table} WHERE filename IN (SELECT unnest(?))", [files])
    return list(todo)


def maintain(lake: Lake, min_files: int | None = None) -> None:
    """Upkeep after a publish: compact the published tables' small files
    (:func:`compact`), expire snapshots past the retention, delete files no
    snapshot needs once queries on older snapshots had time to finish, and
    files left by writers that died before their commit (DuckLake's own)."""
    lake.ensure_layout()
    compact(lake, min_files)
    calls = [
        f"ducklake_expire_snapshots({sql_string(ALIAS)}, "
        f"older_than => now() - INTERVAL '{SNAPSHOT_RETENTION}')",
        f"ducklake_cleanup_old_files({sql_string(ALIAS)}, "
        f"older_than => now() - INTERVAL '{FILE_GRACE}')",
        f"ducklake_delete_orphaned_files({sql_string(ALIAS)}, "
        "older_than => now() - INTERVAL '1 hour')",
    ]
    for call in calls:
        with lake.catalog_lock():  # each call commits on its own
            lake.con.execute(f"CALL {call}")


# -- readers -----------------------------------------------------------------


def reader_sql(settings: Settings) -> list[str]:
    """What a reader runs: the extensions, the lake attached read-only as the
    default database, and the macros (``macros.sql``, then the question macros of
    ``questions.sql``)."""
    return [
        *setup_sql(settings.catalog, settings.data_path, read_only=True, secrets=False),
        MACROS_SQL.read_text(),
        QUESTIONS_SQL.read_text(),
    ]


def write_attach_sql(settings: Settings) -> Path:
    """``attach.sql``: run it in any DuckDB session of the pinned version, from any
    directory, to read the contract's tables by their names."""
    lines = [
        "-- newsledger: attach the lake read-only. Written by every publish.",
        "--   duckdb -init warehouse/attach.sql",
        '--   con.execute(open("warehouse/attach.sql").read())   # Python',
        "-- Needs DuckDB of the version the pipeline pins, and its extension packages;",
        "-- nothing is downloaded.",
    ]
    if is_remote(settings.data_path):
        # Never credentials in this file: it is written for every reader.
        lines += [
            "-- The data files are on S3: DuckDB needs a secret for them (this file loads",
            "-- httpfs, so create it after running this file). Once per user:",
            "--   CREATE PERSISTENT SECRET newsledger_s3 (TYPE s3, KEY_ID '...', SECRET '...',",
            "--     REGION '...');  -- S3-compatible stores add: ENDPOINT 'host:port', URL_STYLE 'path'",
            "-- or per session: CREATE SECRET (...) after this file. See docs/deploy.md.",
        ]
    text = "\n".join(lines) + "\n" + "\n".join(reader_sql(settings)) + "\n"
    path = settings.attach_sql
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text)
    tmp.replace(path)
    return path


def connect_readonly(
    settings: Settings, locked: bool = False, threads: int | None = None
) -> duckdb.DuckDBPyConnection:
    """A connection that reads the lake, read-only, tables by their names; ``threads``
    as :func:`newsledger.lake.new_instance` takes it.

    With ``locked``, the connection reads the lake and nothing else: no other
    file (``read_csv('/etc/passwd')``, ``COPY ... TO``, ``ATTACH``), no network, no
    extension to install, and these settings cannot be changed back. It is then one
    transaction: every query reads the snapshot current when it connected.
    """
    if settings.catalog.startswith("sqlite:"):
        catalog_file = Path(settings.catalog.removeprefix("sqlite:"))
        if not catalog_file.exists():
            raise FileNotFoundError(
                f"no lake at {catalog_file}: run `newsledger run` (or `make run`) first"
            )
    con = new_instance(threads)
    try:
        # The S3 secret (from the environment) only here: attach.sql never holds one.
        for statement in setup_sql(settings.catalog, settings.data_path, read_only=True):
            con.execute(statement)
    except duckdb.InvalidInputException as exc:  # a catalog its first writer left empty
        con.close()
        if "does not exist" not in str(exc):
            raise
        raise FileNotFoundError(f"the lake at {settings.catalog} has no tables yet") from exc
    try:
        con.execute(MACROS_SQL.read_text())
        con.execute(QUESTIONS_SQL.read_text())
    except duckdb.CatalogException as exc:  # a catalog whose first writer died early
        con.close()
        raise FileNotFoundError(f"the lake at {settings.catalog} has no tables yet") from exc
    if locked:
        lock_to_lake_files(con)
    return con


def lock_to_lake_files(con: duckdb.DuckDBPyConnection) -> None:
    """Let ``con`` (the lake attached) read the files its catalog lists, by exact
    path, and nothing else; no network, no extension, settings locked.

    Exact paths, not the data folder or prefix: DuckDB's prefix check does not
    resolve '..' in an S3 URL (``s3://bucket/lake/../elsewhere/x`` passes a check
    for ``s3://bucket/lake/``), and S3 stores do. The files are those of the current
    snapshot and older ones, so ``con`` stays in one transaction, whose snapshot a
    publish in the meantime does not change.
    """
    con.execute("BEGIN TRANSACTION")
    con.execute(f"SELECT id FROM {ALIAS}.current_snapshot()").fetchone()  # pins it
    files = [row[0] for row in con.execute(LAKE_FILES_SQL.read_text()).fetchall()]
    con.execute("SET allowed_paths = ?", [files])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
