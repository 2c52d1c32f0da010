"""The lake: a DuckLake (a catalog database and Parquet data files), and the one
writer of it.

Layout inside the catalog (attached as ``newsledger``):

* ``main``: the contract's tables, what readers see. Only a publish
  (:mod:`newsledger.warehouse`) changes them, in one transaction per publish.
* ``"stage:<batch>"``: one schema per batch with work in progress: the rows its
  stages committed that readers do not see yet, ``_done`` (the upstream rows
  each stage has processed) and ``_replaced`` (tables whose published rows of
  the batch this work replaces). Each stage commits its outputs and its
  ``_done`` rows in one transaction, so a crash leaves a stage done or not.
  Batches get their own schemas because DuckLake refuses to commit a delete
  and an insert on one table made concurrently: runs of different batches then
  never touch the same table.
* ``publish``: the entities a publish will install and the batches they were
  merged from (written by the entities stage, read by the publish).

The extensions are loaded from the PyPI packages of the pinned DuckDB
(``duckdb-extension-*``), by path: nothing is downloaded at run time.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from newsledger.schemas import TABLES, Table
from newsledger.schemas import table as table_spec

ALIAS = "newsledger"
PARTITIONED = tuple(name for name, spec in TABLES.items() if spec.partitioned)
# Rows a stage holds in memory at once.
CHUNK_ROWS = 200
STAGE_PREFIX = "stage:"
_EXTENSION_PACKAGES = {
    "ducklake": "duckdb_extension_ducklake",
    "sqlite_scanner": "duckdb_extension_sqlite_scanner",
    "postgres_scanner": "duckdb_extension_postgres_scanner",
    "httpfs": "duckdb_extension_httpfs",
}
# Layout of the published tables' data files, kept in the catalog (DuckLake
# options and sort orders) so that every write follows it, a publish's insert
# and compaction alike: row groups of QUERY_ROW_GROUP rows, few enough that
# DuckDB skips those whose min/max cannot match a filter, and mentions sorted by
# entity_id, so that a query on one entity reads a few row groups
# (co_occurrence at 100,000 articles: 233 -> 84 ms, see BENCHMARKS.md). Tables
# holding article texts keep DuckDB's default row groups.
QUERY_ROW_GROUP = 16_384
SORTED_BY = {"mentions": ("entity_id",)}
_TEXT_TABLES = frozenset({"raw_articles", "articles"})
# A commit that lost a race with another writer's is retried by DuckLake itself
# when the two do not conflict; these give a busy shared catalog more patience.
_RETRY = "SET ducklake_max_retry_count = 20; SET ducklake_retry_wait_ms = 50"
# DuckDB threads of the pipeline's own instances: the lake's writer and the readers of
# the report step and of the summary after a run. Their queries are many and small
# (a stage's reads and writes, every query's catalog lookups); on 2 cores a second
# thread cost a one-article run 1.5 CPU seconds and 1.2 s of wall time and gained
# nothing at 300 articles (bench/bench_latency.py, BENCHMARKS.md). A person's queries
# (``newsledger sql``) keep DuckDB's default, a thread per core.
PIPELINE_THREADS = 1


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def extension_path(name: str) -> str:
    """The extension binary shipped by its PyPI package for this DuckDB version."""
    spec = importlib.util.find_spec(_EXTENSION_PACKAGES[name])
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"the DuckDB extension {name} is not installed: install "
            f"{_EXTENSION_PACKAGES[name].replace('_', '-')}=={duckdb.__version__}"
        )
    base = Path(next(iter(spec.submodule_search_locations)))
    path = base / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if not path.exists():
        raise RuntimeError(f"{path} is missing: the extension package does not match DuckDB")
    return str(path)


def new_instance(threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB instance, for :func:`setup_sql` to load the lake's
    extensions into and attach the lake; with ``threads``, DuckDB's thread count
    (default: one per core).

    DuckDB checks an extension's signature on every load, hashing the whole file
    (70 MB for ducklake and sqlite_scanner together): about 0.2 s of CPU per
    instance, and ``newsledger run`` opens three (bench/bench_latency.py). Here the
    check guards nothing the environment does not already: the extensions are
    loaded by path from their PyPI packages, installed with DuckDB itself from the
    hash-pinned requirements.lock, and DuckDB's own library is never checked at
    all; nothing is installed or loaded from the network (:func:`setup_sql`). So
    it is skipped. A locked reader (``newsledger sql``) still loads no extension:
    external access is off there (:func:`newsledger.warehouse.lock_to_lake_files`).
    """
    config = {"allow_unsigned_extensions": "true"}
    if threads is not None:
        config["threads"] = str(threads)
    return duckdb.connect(config=config)


def is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def duck_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return duck_type(t.value_type) + "[]"
    return {
        pa.string(): "VARCHAR",
        pa.int64(): "BIGINT",
        pa.float64(): "DOUBLE",
        pa.bool_(): "BOOLEAN",
        pa.date32(): "DATE",
        pa.binary(): "BLOB",
    }[t]


def s3_secret_sql() -> str:
    """A DuckDB secret for an S3 data path from the standard AWS variables
    (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION``, and
    ``AWS_ENDPOINT_URL`` for an S3-compatible store)."""
    env = os.environ
    parts = ["TYPE s3", "PROVIDER config"]
    for key, var in [
        ("KEY_ID", "AWS_ACCESS_KEY_ID"),
        ("SECRET", "AWS_SECRET_ACCESS_KEY"),
        ("REGION", "AWS_REGION"),
        ("SESSION_TOKEN", "AWS_SESSION_TOKEN"),
    ]:
        if env.get(var):
            parts.append(f"{key} {sql_string(env[var])}")
    endpoint = env.get("AWS_ENDPOINT_URL", "")
    if endpoint:
        host = re.sub(r"^https?://", "", endpoint).rstrip("/")
        parts += [f"ENDPOINT {sql_string(host)}", "URL_STYLE 'path'"]
        parts.append(f"USE_SSL {'false' if endpoint.startswith('http://') else 'true'}")
    return f"CREATE OR REPLACE SECRET newsledger_s3 ({', '.join(parts)});"


def setup_sql(
    catalog: str, data_path: str | None, read_only: bool, secrets: bool = True
) -> list[str]:
    """Statements that load the extensions (by path, never from the network) and
    attach the lake as ``newsledger``: what a writer, ``newsledger sql`` and
    ``warehouse/attach.sql`` all run."""
    kind = catalog.split(":", 1)[0]
    names = ["ducklake", {"sqlite": "sqlite_scanner", "postgres": "postgres_scanner"}[kind]]
    remote = data_path is not None and is_remote(data_path)
    if remote:
        names.append("httpfs")
    out = [
        "SET autoinstall_known_extensions = false;",
        "SET autoload_known_extensions = false;",
        *(f"LOAD {sql_string(extension_path(n))};" for n in names),
    ]
    if remote and secrets:
        out.append(s3_secret_sql())
    options = []
    if read_only:
        options.append("READ_ONLY")
    elif data_path is not None:
        # Only a new lake takes these; an existing one keeps what its catalog says.
        options += [f"DATA_PATH {sql_string(data_path)}", "DATA_INLINING_ROW_LIMIT 0"]
    opts = f" ({', '.join(options)})" if options else ""
    out.append(f"ATTACH IF NOT EXISTS {sql_string('ducklake:' + catalog)} AS {ALIAS}{opts};")
    out.append(f"USE {ALIAS};")
    return out


def create_table_sql(qualified: str, spec: Table, comments: bool) -> list[str]:
    cols = ", ".join(f"{ident(c.name)} {duck_type(c.type)}" for c in spec.columns)
    out = [f"CREATE TABLE IF NOT EXISTS {qualified} ({cols});"]
    if comments:
        out.append(f"COMMENT ON TABLE {qualified} IS {sql_string(spec.description)};")
        out += [
            f"COMMENT ON COLUMN {qualified}.{ident(c.name)} IS {sql_string(c.description)};"
            for c in spec.columns
        ]
    return out


def insert_arrow(con: duckdb.DuckDBPyConnection, qualified: str, data: pa.Table) -> None:
    """Append an Arrow table's rows to a table, matching columns by name.

    Through a relation, not ``register``: DuckDB keeps a registered Arrow table
    alive until the transaction ends, even once unregistered, so a stage held
    every row it had written until its commit, and its memory grew with the
    batch (BENCHMARKS.md, "Peak RSS of a large batch").
    """
    columns = con.table(qualified).columns
    missing = [c for c in columns if c not in data.column_names]
    if missing:
        raise ValueError(f"{qualified} has columns the rows lack: {', '.join(missing)}")
    con.from_arrow(data.select(columns)).insert_into(qualified)


def count_rows(con: duckdb.DuckDBPyConnection, relations: Sequence[str]) -> tuple[int, ...]:
    """Rows of each relation (a table's name or a parenthesized query), in one query:
    each query on the lake reads its catalog again, tens of milliseconds."""
    clause = ", ".join(f"(SELECT count(*) FROM {rel})" for rel in relations)
    return con.execute(f"SELECT {clause}").fetchone()


def stage_schema(batch: str) -> str:
    return ident(STAGE_PREFIX + batch)


class Lake:
    """One connection to the lake, opened on first use (again after a fork)."""

    def __init__(self, catalog: str, data_path: str) -> None:
        self.catalog = catalog
        self.data_path = data_path if data_path.endswith("/") else data_path + "/"
        self._con: duckdb.DuckDBPyConnection | None = None
        self._pid = 0
        self._tx = False
        # Stage schemas and their _replaced rows, as last read (listing schemas costs
        # tens of ms); forgotten at every transaction boundary of this connection.
        self._stages: list[str] | None = None
        self._replaced: dict[str, set[str]] = {}
        self._lock: contextlib.AbstractContextManager | None = None

    @classmethod
    def local(cls, folder: str | Path) -> Lake:
        """A lake in one folder: a SQLite catalog and the data files beside it."""
        folder = Path(folder).resolve()
        return cls(f"sqlite:{folder / 'newsledger.sqlite'}", str(folder / "lake"))

    # -- connection ----------------------------------------------------------
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None or self._pid != os.getpid():
            self._con, self._pid, self._tx = self._connect(), os.getpid(), False
        return self._con

    def _connect(self) -> duckdb.DuckDBPyConnection:
        # Loading the extensions costs 0.1-0.2 s each (their signatures are checked):
        # once per process and lake, then a connection of that instance per Lake.
        key = (os.getpid(), self.catalog, self.data_path)
        base = _INSTANCES.get(key)
        if base is None:
            if self.catalog.startswith("sqlite:"):
                _prepare_sqlite(Path(self.catalog.removeprefix("sqlite:")))
            if not is_remote(self.data_path):
                Path(self.data_path).mkdir(parents=True, exist_ok=True)
            base = new_instance(PIPELINE_THREADS)
            for statement in setup_sql(self.catalog, self.data_path, read_only=False):
                if statement.startswith("ATTACH"):
                    _attach(base, statement)
                else:
                    base.execute(statement)
            _INSTANCES.clear() if len(_INSTANCES) > 8 else None
            _INSTANCES[key] = base
        con = base.cursor()
        con.execute(f"USE {ALIAS}")
        con.execute(_RETRY)
        try:  # created last, with all the others in one transaction
            con.execute("SELECT 1 FROM publish.batches LIMIT 0")
            return con
        except duckdb.CatalogException:
            pass
        known = {
            (s, t)
            for s, t in con.execute(
                "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ?",
                [ALIAS],
            ).fetchall()
        }
        missing = [n for n in TABLES if ("main", n) not in known]
        if missing or ("publish", "entities") not in known:
            ddl = [s for n in missing for s in create_table_sql(ident(n), TABLES[n], True)]
            ddl += ["CREATE SCHEMA IF NOT EXISTS publish;"]
            ddl += create_table_sql("publish.entities", TABLES["entities"], False)
            ddl += ["CREATE TABLE IF NOT EXISTS publish.batches (batch VARCHAR);"]
            try:
                with self.catalog_lock():
                    con.execute("BEGIN; " + " ".join(ddl) + " COMMIT;")
            except duckdb.Error:
                # Another process created them at the same moment: theirs stand.
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
        # A writer of a Postgres catalog setting it at the same moment may win (a
        # conflict, or Postgres's "could not serialize access" on DuckLake's options
        # row): maintain() sees to it again after every publish.
        with contextlib.suppress(duckdb.Error):
            self.ensure_layout(con)
        return con

    def ensure_layout(self, con: duckdb.DuckDBPyConnection | None = None) -> bool:
        """Give the published tables the layout the catalog should hold (see
        :data:`QUERY_ROW_GROUP`) when they lack it: a new lake, or one made before
        the layout existed. Files written from then on follow it; True when
        something was set."""
        con = con or self.con
        query = (
            f"SELECT scope_entry FROM {ALIAS}.options() "
            "WHERE option_name = 'parquet_row_group_size' AND scope = 'TABLE'"
        )
        # Set apart from the tables' creation: DuckLake refuses options on a table
        # created in the same transaction. One transaction of its own: all or none.
        with self.catalog_lock():
            have = {r[0] for r in con.execute(query).fetchall()}
            todo = [t for t in TABLES if t not in _TEXT_TABLES and f"main.{t}" not in have]
            if not todo:
                return False
            con.execute("BEGIN")
            try:
                for t in todo:
                    if t in SORTED_BY:
                        keys = ", ".join(ident(c) for c in SORTED_BY[t])
                        con.execute(f"ALTER TABLE main.{ident(t)} SET SORTED BY ({keys})")
                    con.execute(
                        f"CALL {ALIAS}.set_option('parquet_row_group_size', {QUERY_ROW_GROUP}, "
                        f"schema => 'main', table_name => {sql_string(t)})"
                    )
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise
        return True

    def close(self) -> None:
        if self._con is not None and self._pid == os.getpid():
            self._con.close()
        self._con = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One DuckLake transaction: one snapshot, all of it or nothing."""
        self.begin()
        try:
            yield self.con
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def _forget(self) -> None:
        self._stages, self._replaced = None, {}

    def begin(self) -> None:
        if not self._tx:
            self._forget()
            con = self.con  # connects (and creates the catalog) before locking
            self._lock = self.catalog_lock()
            self._lock.__enter__()
            try:
                con.execute("BEGIN")
            except BaseException:
                self._unlock()
                raise
            self._tx = True

    def commit(self) -> None:
        if self._tx:
            self._tx = False
            self._forget()
            try:
                self.con.execute("COMMIT")
            finally:
                self._unlock()

    def rollback(self) -> None:
        if self._tx:
            self._tx = False
            self._forget()
            try:
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("ROLLBACK")
            finally:
                self._unlock()

    def _unlock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.__exit__(None, None, None)

    @contextlib.contextmanager
    def catalog_lock(self) -> Iterator[None]:
        """Write transactions on a SQLite catalog take turns.

        DuckLake keeps the catalog's SQLite transaction open from a write
        transaction's first statement to its commit, and SQLite fails a commit
        whose transaction began before another writer's commit ("database is
        locked") instead of waiting. A SQLite catalog has all its writers on one
        machine, so a file lock beside it, held from BEGIN to COMMIT, makes them
        take turns (a stage holds it only while it writes: its output is
        buffered first). Readers take no lock. Postgres catalogs need none.
        """
        if not self.catalog.startswith("sqlite:"):
            yield
            return
        import fcntl

        path = Path(self.catalog.removeprefix("sqlite:"))
        with open(path.with_name(f".{path.name}.commit-lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # -- what exists -----------------------------------------------------------
    def staged_batches(self, cached: bool = False) -> list[str]:
        if self._stages is None or not cached:
            rows = self.con.execute(
                "SELECT schema_name FROM duckdb_schemas() WHERE database_name = ? "
                "AND starts_with(schema_name, ?) ORDER BY 1",
                [ALIAS, STAGE_PREFIX],
            ).fetchall()
            self._stages = [r[0].removeprefix(STAGE_PREFIX) for r in rows]
            self._replaced = {}
        return list(self._stages)

    def published_batches(self, table: str = "raw_articles") -> list[str]:
        rows = self.con.execute(f"SELECT DISTINCT batch FROM main.{ident(table)} ORDER BY 1")
        return [r[0] for r in rows.fetchall()]

    def batches(self) -> list[str]:
        return sorted(set(self.published_batches()) | set(self.staged_batches()))

    def has_stage(self, batch: str) -> bool:
        """Whether the batch has a stage schema. One run per batch at a time: within
        a step, only this connection creates or drops it, so the answer is cached."""
        return batch in self.staged_batches(cached=True)

    def ensure_stage(self, batch: str) -> None:
        """Create the batch's stage schema (inside the caller's transaction)."""
        if self.has_stage(batch):
            return
        assert self._stages is not None
        self._stages.append(batch)
        schema = stage_schema(batch)
        ddl = [f"CREATE SCHEMA IF NOT EXISTS {schema};"]
        for name in PARTITIONED:
            ddl += create_table_sql(f"{schema}.{ident(name)}", TABLES[name], False)
        ddl.append(f"CREATE TABLE IF NOT EXISTS {schema}._done (stage VARCHAR, key VARCHAR);")
        ddl.append(f"CREATE TABLE IF NOT EXISTS {schema}._replaced (tbl VARCHAR);")
        self.con.execute(" ".join(ddl))

    def replaced(self, batch: str) -> set[str]:
        if not self.has_stage(batch):
            return set()
        if batch not in self._replaced:
            rows = self.con.execute(f"SELECT DISTINCT tbl FROM {stage_schema(batch)}._replaced")
            self._replaced[batch] = {r[0] for r in rows.fetchall()}
        return set(self._replaced[batch])

    def done(self, batch: str, stage: str) -> set[str]:
        if not self.has_stage(batch):
            return set()
        rows = self.con.execute(
            f"SELECT key FROM {stage_schema(batch)}._done WHERE stage = ?", [stage]
        ).fetchall()
        return {r[0] for r in rows}

    # -- reading ----------------------------------------------------------------
    def relation_sql(self, table: str, batch: str | None, staged_only: bool = False) -> str:
        """SQL for the batch's current rows of a table: what its stages committed
        (staged) and, unless the batch's work replaces them, its published rows.
        With ``batch`` None: the published rows of every batch."""
        main = f"main.{ident(table)}"
        if batch is None or not table_spec(table).partitioned:
            return f"(SELECT * FROM {main})"
        if not self.has_stage(batch):
            return (
                "" if staged_only else f"(SELECT * FROM {main} WHERE batch = {sql_string(batch)})"
            )
        staged = f"SELECT * FROM {stage_schema(batch)}.{ident(table)}"
        if staged_only or table in self.replaced(batch):
            return f"({staged})"
        return f"({staged} UNION ALL SELECT * FROM {main} WHERE batch = {sql_string(batch)})"

    def read(
        self,
        table: str,
        batch: str | None = None,
        columns: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        staged_only: bool = False,
        where: str = "",
    ) -> pa.Table:
        """The batch's current rows (see :meth:`relation_sql`); with ``ids``, only
        those articles' rows."""
        schema = _schema(table, columns)
        rel = self.relation_sql(table, batch, staged_only)
        if not rel:
            return schema.empty_table()
        cols = ", ".join(ident(c) for c in schema.names)
        conds = [where] if where else []
        params: list = []
        if ids is not None:
            conds.append("article_id IN (SELECT unnest(?))")
            params.append(sorted(set(ids)))
        clause = f" WHERE {' AND '.join(conds)}" if conds else ""
        data = self.con.execute(f"SELECT {cols} FROM {rel}{clause}", params).to_arrow_table()
        return data.cast(schema)

    def iter_chunks(
        self, query: str, params: Sequence = (), rows: int = CHUNK_ROWS
    ) -> Iterator[pa.Table]:
        """The result of a query, ``rows`` at a time, read on a cursor of its own."""
        cur = self.con.cursor()
        try:
            cur.execute(f"USE {ALIAS}")
            reader = cur.execute(query, list(params)).to_arrow_reader(rows)
            for rb in reader:
                yield pa.Table.from_batches([rb])
        finally:
            cur.close()

    # -- writing -----------------------------------------------------------------
    def insert(self, table: str, batch: str | None, rows: pa.Table, schema: str = "") -> None:
        """Append rows to the batch's stage table (or ``schema``'s), in the open
        transaction."""
        spec = table_spec(table).schema
        data = rows.select(spec.names).cast(spec)
        if not data.num_rows:
            return
        target = schema or (stage_schema(batch) if batch else "main")
        insert_arrow(self.con, f"{target}.{ident(table)}", data)

    def snapshot(self) -> int:
        return self.con.execute(f"SELECT id FROM {ALIAS}.current_snapshot()").fetchone()[0]


_INSTANCES: dict[tuple[int, str, str], duckdb.DuckDBPyConnection] = {}


def _attach(con: duckdb.DuckDBPyConnection, statement: str, attempts: int = 8) -> None:
    """Attach the lake, waiting out another process that is creating the same new
    catalog: DuckLake creates a Postgres catalog's tables without a lock, so when
    several workers open a new lake at once all but one fail ("Failed to initialize
    DuckLake ... already exists"); on the next try the catalog is there."""
    for attempt in range(attempts):
        try:
            con.execute(statement)
            return
        except duckdb.Error as e:
            if "Failed to initialize DuckLake" not in str(e) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def _schema(table: str, columns: Sequence[str] | None) -> pa.Schema:
    schema = table_spec(table).schema
    return pa.schema([schema.field(c) for c in columns]) if columns else schema


def _prepare_sqlite(path: Path) -> None:
    """Create the catalog file in WAL mode: readers then never wait for a writer's
    commit to end, and writers never wait for readers (the mode stays with the file).

    Only a new file: Python's sqlite3 is another copy of SQLite than the one in
    DuckDB's extension, and its closing a file that extension has open in this
    process would drop the extension's locks.
    """
    import sqlite3

    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=30)
    try:
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()
