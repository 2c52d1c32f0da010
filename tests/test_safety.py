"""Safe defaults: the UI listens on localhost only; `newsledger sql` changes
nothing and reads nothing but the lake; inputs cannot leave the inbox; article
text and file names never reach SQL as code."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import subprocess
import threading
import uuid
from pathlib import Path

import dagster as dg
import pytest
from lake_worker import article_text

from newsledger import warehouse as wh
from newsledger.cli import main
from newsledger.config import PROJECT_ROOT, Settings
from newsledger.ingest import read_raw
from newsledger.lake import Lake
from newsledger.schemas import PUBLIC_TABLES
from newsledger.stages import plan_articles, plan_entities, plan_nlp, plan_raw, plan_sections

BATCH = "2026-11-27"
INJECTION = "'); DROP VIEW articles; --"


def build_warehouse(settings: Settings, files: dict[str, str], batch: str = BATCH) -> Lake:
    """Every stage function on the files as one batch, then a publish."""
    folder = settings.inbox / batch
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    lake = settings.lake()
    plan_raw(lake, batch, [folder], settings.max_bytes).commit()
    plan_articles(lake, batch, settings.max_bytes).commit()
    plan_sections(lake, batch).commit()
    plan_nlp(lake, batch).commit()
    plan_entities(lake).commit()
    assert wh.publish(lake, settings).published
    return lake


def tree_digest(settings: Settings) -> str:
    """Every file under the warehouse folder (data files, attach.sql) by its bytes,
    and the SQLite catalog by its content: every row of every catalog table. (A
    reader's close may checkpoint the catalog's WAL, which moves bytes between
    the catalog's files without changing a row.)"""
    import duckdb

    from newsledger.lake import extension_path

    h = hashlib.sha256()
    for p in sorted(settings.warehouse_dir.rglob("*")):
        if p.is_file() and not p.name.startswith("newsledger.sqlite"):
            h.update(str(p).encode() + p.read_bytes())
    catalog = settings.catalog.removeprefix("sqlite:")
    with duckdb.connect() as con:
        con.execute(f"LOAD '{extension_path('sqlite_scanner')}'")
        con.execute(f"ATTACH '{catalog}' AS cat (TYPE sqlite, READ_ONLY)")
        tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'cat' ORDER BY 1"
        ).fetchall()
        for (t,) in tables:
            rows = con.execute(f'SELECT * FROM cat."{t}"').fetchall()
            h.update(t.encode() + repr(sorted(map(repr, rows))).encode())
    return h.hexdigest()


# -- the UI ----------------------------------------------------------------------


def test_the_ui_binds_localhost_unless_configured():
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    assert re.search(r"^HOST \?= 127\.0\.0\.1$", makefile, re.MULTILINE)
    assert re.search(r"dagster dev .*-h \$\(HOST\)", makefile)
    assert "127.0.0.1" in (PROJECT_ROOT / "README.md").read_text()
    if shutil.which("make"):
        dry = subprocess.run(
            ["make", "-n", "ui"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60
        ).stdout
        assert re.search(r"dagster dev .*-h 127\.0\.0\.1 ", dry), dry
        other = subprocess.run(
            ["make", "-n", "ui", "HOST=0.0.0.0"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        assert "-h 0.0.0.0 " in other  # only when asked for


# -- newsledger sql ------------------------------------------------------------------


@pytest.fixture
def warehouse_ready(settings: Settings) -> Settings:
    build_warehouse(settings, {"a.txt": article_text(1), "empty.txt": ""})
    return settings


def sql(capsys, query: str) -> tuple[int, str, str]:
    code = main(["sql", query])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_sql_reads(warehouse_ready, capsys):
    code, out, _ = sql(capsys, "SELECT count(*) AS n FROM articles")
    assert code == 0 and re.search(r"\|\s+1 \|", out), out
    code, out, _ = sql(capsys, "SELECT evidence(article_id, 0, 8) AS words FROM articles")
    assert code == 0 and "Fighting" in out
    code, out, _ = sql(capsys, "PRAGMA show_tables")
    assert code == 0 and "sections" in out


def test_evidence_called_from_a_table_of_many_articles(settings: Settings, capsys):
    """evidence(article_id, ...) from articles itself: each row its own article's words."""
    build_warehouse(settings, {"a.txt": article_text(1), "b.txt": article_text(2)})
    code, out, err = sql(
        capsys,
        "SELECT count(*) AS n FROM articles WHERE evidence(article_id, 0, length(text)) = text",
    )
    assert code == 0 and re.search(r"\|\s+2 \|", out), out + err


def test_sql_changes_nothing_and_reads_nothing_but_the_lake(warehouse_ready, capsys, tmp_path):
    settings = warehouse_ready
    outside = Path(f"/tmp/newsledger-safety-{uuid.uuid4().hex}")
    before = tree_digest(settings)
    refused = {
        # Statements that write: refused by kind before DuckDB sees them.
        "DROP TABLE articles": "read-only",
        "DELETE FROM articles": "read-only",
        "UPDATE articles SET headline = 'x'": "read-only",
        "CALL ducklake_expire_snapshots('newsledger', versions => [1])": "read-only",
        "INSERT INTO articles (article_id) VALUES ('x')": "read-only",
        "CREATE TABLE t AS SELECT 1": "read-only",
        f"COPY (SELECT 1) TO '{outside}.csv'": "read-only",
        "COPY articles TO '/tmp/x.csv'": "read-only",
        f"ATTACH '{tmp_path}/other.duckdb' AS other": "read-only",
        "SET enable_external_access = true": "read-only",
        "PRAGMA enable_external_access = true": "read-only",  # parsed as a SET
        "INSTALL httpfs": "read-only",
        "LOAD httpfs": "read-only",
        "SELECT 1; DROP TABLE articles": "read-only",
        # SELECTs and EXPLAINs that would read or write other files: refused by DuckDB.
        "SELECT * FROM read_csv('/etc/passwd')": "reads only the lake",
        "SELECT * FROM read_text('/etc/hostname')": "reads only the lake",
        "SELECT * FROM glob('/*')": "reads only the lake",
        f"SELECT * FROM read_text('{settings.data_path}/../../README.md')": "reads only the lake",
        f"SELECT * FROM read_text('{settings.attach_sql}')": "reads only the lake",
        # A path built at run time, out of the lake by '..'.
        f"SELECT * FROM read_text('{settings.data_path}' || '..' || '/attach.sql')": (
            "reads only the lake"
        ),
        f"EXPLAIN ANALYZE COPY (SELECT 1) TO '{outside}.parquet'": "reads only the lake",
        "SELECT * FROM read_csv('https://example.com/x.csv')": "reads only the lake",
        # A PRAGMA that changes a setting: the settings are locked.
        "PRAGMA enable_profiling": "locked",
    }
    for query, message in refused.items():
        code, out, err = sql(capsys, query)
        assert code != 0, (query, out)
        assert err.startswith("error:") and message in err, (query, err)
        assert not out, (query, out)
    assert not list(Path("/tmp").glob(f"{outside.name}*"))
    assert not (tmp_path / "other.duckdb").exists()
    assert tree_digest(settings) == before
    code, out, _ = sql(capsys, "SELECT count(*) FROM articles")
    assert code == 0 and "1" in out


def test_the_locked_connection_reads_its_snapshot_while_a_batch_publishes(warehouse_ready):
    """The locked connection allows the files its catalog listed when it connected;
    a batch published since adds files it does not allow, so it keeps reading the
    snapshot it started on (one transaction), whole, with no permission error."""
    from newsledger.queries import connect

    settings = warehouse_ready
    con = connect(settings)
    try:
        allowed = set(con.execute("SELECT current_setting('allowed_paths')").fetchone()[0])
        current = {
            row[0]
            for t in PUBLIC_TABLES
            for row in con.execute(
                "SELECT data_file FROM ducklake_list_files('newsledger', ?)", [t]
            ).fetchall()
        }
        assert current and current <= allowed, current - allowed
        build_warehouse(settings, {"b.txt": article_text(2)}, batch="second")
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0
    finally:
        con.close()
    con = connect(settings)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    finally:
        con.close()


def test_the_lake_loads_its_extensions_unchecked_but_a_locked_reader_loads_none(
    warehouse_ready,
):
    """The lake's DuckDB instances load the extensions without DuckDB's signature
    check (0.2 s of CPU per instance; see newsledger.lake.new_instance), from the
    packages' paths and never from the network; a locked reader, the one that runs
    a person's SQL, still cannot load any extension file."""
    import duckdb

    from newsledger.lake import extension_path
    from newsledger.queries import connect

    settings = warehouse_ready
    lake = settings.lake()
    reader = wh.connect_readonly(settings)
    locked = connect(settings)
    try:
        for con in (lake.con, reader, locked):
            settings_now = dict(
                con.execute(
                    "SELECT name, value FROM duckdb_settings() WHERE name IN "
                    "('allow_unsigned_extensions', 'autoinstall_known_extensions', "
                    "'autoload_known_extensions')"
                ).fetchall()
            )
            assert settings_now == {
                "allow_unsigned_extensions": "true",
                "autoinstall_known_extensions": "false",
                "autoload_known_extensions": "false",
            }, settings_now
        loaded = {
            r[0]
            for r in reader.execute(
                "SELECT extension_name FROM duckdb_extensions() WHERE loaded"
            ).fetchall()
        }
        assert {"ducklake", "sqlite_scanner"} <= loaded
        with pytest.raises(duckdb.PermissionException, match="extensions is disabled"):
            locked.execute(f"LOAD '{extension_path('postgres_scanner')}'")
        assert locked.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    finally:
        locked.close()
        reader.close()
        lake.close()


def test_a_quote_in_the_lake_path_or_batch_key_is_data(tmp_path, monkeypatch, capsys):
    """Lake paths go into attach.sql and schema names as string literals and
    identifiers: a quote there must be escaped, not end them."""
    root = tmp_path / "O'Brien's \"data\""
    monkeypatch.delenv("NEWSLEDGER_LAKE", raising=False)
    monkeypatch.delenv("NEWSLEDGER_CATALOG", raising=False)
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(root / "warehouse"))
    monkeypatch.setenv("NEWSLEDGER_INBOX", str(tmp_path / "inbox"))
    settings = Settings.from_env()
    build_warehouse(settings, {"a.txt": article_text(2)}, batch="b'1")
    code, out, err = sql(capsys, "SELECT batch, count(*) FROM articles GROUP BY 1")
    assert code == 0, err
    assert "b'1" in out


def test_article_text_and_file_names_never_run_as_sql(settings, capsys):
    text = (
        f"Statement Says {INJECTION} Officials Report\n\nBy Staff Reporter 2 October 2020\n\n"
        f'The statement read {INJECTION} and "; DELETE FROM sections; and {{{{articles}}}} '
        "and $1, officials in Baku said on Friday.\n"
    )
    build_warehouse(settings, {f"x{INJECTION}.txt": text, "b.txt": article_text(3)})
    with wh.connect_readonly(settings) as con:
        for table in PUBLIC_TABLES:
            con.execute(f"SELECT count(*) FROM {table}").fetchone()
        rows = con.execute("SELECT source_path, headline, text FROM articles").fetchall()
    assert len(rows) == 2
    (path, headline, stored) = next(r for r in rows if INJECTION in r[2])
    assert path.endswith(f"x{INJECTION}.txt")
    assert headline == f"Statement Says {INJECTION} Officials Report"
    assert stored == text.rstrip("\n")
    code, out, _ = sql(capsys, "SELECT count(*) AS n FROM articles")
    assert code == 0 and "2" in out


# What the code may format into SQL. Each is code, not data: a table name from
# the schema module (t, table, name), a query from the project's .sql files (query),
# a column name or type from the schema, an identifier quoted by ident() or
# stage_schema() (which double a double quote), a literal quoted by sql_string()
# (which doubles a single quote), the lake's alias, or a local name holding SQL
# built from those alone (rel, clause, main, staged, target, schema, key, done,
# source, cols, opts, qualified, and the DDL lists). A new kind needs a review.
ALLOWED_IN_SQL = re.compile(
    r"^(t|table|name|query|cols|c\.name|ALIAS|rel|clause|main|staged|target|schema|key"
    r"|done|source|opts|qualified|', '\.join\(parts\)|'BEGIN; ' \+ ' '\.join\(ddl\) \+ ' COMMIT;'"
    r"|ident\([\w.]*\)|stage_schema\([\w.]*\)|sql_string\([\w.'+: ]*\))$"
)


def formatted_sql(path: Path) -> list[tuple[int, str]]:
    """(line, expression) of every value formatted into SQL text in a module: in
    f-strings passed to execute/sql, or in f-strings that start with a SQL keyword."""
    sql_start = re.compile(r"^\s*\(?(SELECT|CREATE|COMMENT|SET|INSERT|COPY|ATTACH|read_parquet)\b")
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        # SQL built with % or + or .format() and passed to execute/sql/query.
        call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if call and node.func.attr in {"execute", "sql", "query"} and node.args:
            arg = node.args[0]
            formats = isinstance(arg, ast.Call) and getattr(arg.func, "attr", "") == "format"
            if isinstance(arg, ast.BinOp) or formats:
                out.append((node.lineno, ast.unparse(arg)))
        if isinstance(node, ast.JoinedStr):
            head = node.values[0]
            if isinstance(head, ast.Constant) and sql_start.match(str(head.value)):
                for value in node.values:
                    if isinstance(value, ast.FormattedValue):
                        out.append((node.lineno, ast.unparse(value.value)))
    return out


def test_no_sql_is_built_from_data():
    """Scan the code for values formatted into SQL; only reviewed kinds may be."""
    unreviewed = []
    for folder in ("newsledger", "pipelines", "assets"):
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            for line, expr in formatted_sql(path):
                if not ALLOWED_IN_SQL.match(expr):
                    unreviewed.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: {{{expr}}}")
    assert not unreviewed, "values formatted into SQL, to review:\n" + "\n".join(unreviewed)
    # The lake paths and descriptions in the views and comments are quoted literals.
    source = (PROJECT_ROOT / "newsledger" / "lake.py").read_text()
    assert "sql_string('ducklake:' + catalog)" in source
    assert "sql_string(spec.description)" in source


# -- the inbox ------------------------------------------------------------------------


def test_the_sensor_and_the_raw_stage_keep_inputs_in_the_inbox(settings, tmp_path, monkeypatch):
    from pipelines import sensors

    secret = tmp_path / "secret.txt"
    secret.write_text(article_text(5))
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    (outside_dir / "c.txt").write_text(article_text(6))
    inbox = settings.inbox
    (inbox / "good.txt").write_text(article_text(4))
    (inbox / "link.txt").symlink_to(secret)
    (inbox / "linked-dir").symlink_to(outside_dir)
    os.mkfifo(inbox / "pipe.txt")

    hashed: list[str] = []
    real = sensors._fingerprint
    monkeypatch.setattr(sensors, "_fingerprint", lambda p, c: hashed.append(p.name) or real(p, c))
    result: list = []
    # A FIFO in the inbox must not block the scan (opening it would wait for a writer).
    tick = threading.Thread(
        target=lambda: result.append(
            sensors.inbox_sensor(dg.build_sensor_context(instance=dg.DagsterInstance.ephemeral()))
        ),
        daemon=True,
    )
    tick.start()
    tick.join(30)
    assert not tick.is_alive(), "the inbox scan hung"
    (request,) = result[0].run_requests
    config = request.run_config["ops"]["raw_articles"]["config"]
    assert config["restrict_to_inbox"] is True
    assert "link.txt" not in hashed and "linked-dir" not in hashed  # never read
    assert sorted(Path(p).name for p in config["paths"]) == [
        "good.txt",
        "link.txt",
        "linked-dir",
        "pipe.txt",
    ]

    # The raw stage with the sensor's config: links out are rejected unread, and a
    # path climbing out with '..' too.
    lake = settings.lake()
    paths = [*config["paths"], str(inbox / ".." / "secret.txt")]
    plan_raw(lake, BATCH, paths, settings.max_bytes, inbox).commit()
    raw = {Path(r["source_path"]).name: r for r in lake.read("raw_articles", BATCH).to_pylist()}
    assert raw["link.txt"]["error"].startswith("outside_inbox")
    assert raw["linked-dir"]["error"].startswith("outside_inbox")
    assert raw["secret.txt"]["error"].startswith("outside_inbox")
    assert raw["pipe.txt"]["error"].startswith("not_a_file")
    assert all(r["content"] is None for n, r in raw.items() if n != "good.txt")
    assert raw["good.txt"]["content"]


def test_the_raw_asset_applies_the_sensor_restriction(settings, tmp_path):
    """The sensor's restrict_to_inbox reaches the raw stage through the asset."""
    from assets.ingest import raw_articles
    from pipelines.resources import NewsledgerResource

    secret = tmp_path / "secret.txt"
    secret.write_text(article_text(7))
    (settings.inbox / "link.txt").symlink_to(secret)
    resource = NewsledgerResource.from_settings(settings)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("batches", [BATCH])
        config = {"paths": [str(settings.inbox / "link.txt")], "restrict_to_inbox": True}
        result = dg.materialize(
            [raw_articles],
            instance=instance,
            partition_key=BATCH,
            resources={"newsledger": resource},
            run_config={"ops": {"raw_articles": {"config": config}}},
        )
    assert result.success
    (row,) = settings.lake().read("raw_articles", BATCH).to_pylist()
    assert row["error"].startswith("outside_inbox") and row["content"] is None


def test_read_raw_never_follows_a_link_out_of_the_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "etc").symlink_to("/etc")
    row = read_raw(inbox / "etc" / "passwd", BATCH, 10**6, inbox)
    assert row["error"].startswith("outside_inbox") and row["content"] is None
