"""The lake's data files on S3, against a local S3 emulator (moto's server, started
here on 127.0.0.1 on a free port; credentials and endpoint from the standard AWS_*
variables, as a deployment sets them).

* A batch lands: its data files are objects under the lake's prefix, nothing is
  written to a local data folder, and ``newsledger sql`` (locked down: it may read
  the lake's prefix and nothing else) reads them back.
* ``attach.sql`` works in the duckdb CLI once the user has an S3 secret.
* A process killed in a publish after the published tables' data files were
  written to S3 and before the catalog commit leaves the previous snapshot
  readable and complete; running again publishes the batch.

The runs go through the fork server of the crash-safety test (tests/lake_worker.py).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lake_worker import (
    Server,
    command,
    digest,
    lake_problems,
    make_batches,
    shared_server,
    view_rows,
)

from newsledger.config import Settings
from newsledger.lake import ALIAS, ident
from newsledger.warehouse import connect_readonly

pytestmark = pytest.mark.slow

BUCKET = "newsledger-test"
BATCH_SIZES = [2, 1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_env() -> Iterator[dict[str, str]]:
    """An S3 emulator with one bucket; the variables that point a client at it."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        "AWS_ACCESS_KEY_ID": "newsledger-test",
        "AWS_SECRET_ACCESS_KEY": "newsledger-test-secret",
        "AWS_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
    }
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None, "the S3 emulator (moto.server) exited"
                assert time.monotonic() < deadline, "the S3 emulator did not start in 30 s"
                time.sleep(0.1)
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        client().create_bucket(Bucket=BUCKET)
        yield env
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def client():
    import boto3

    return boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"])


def objects(prefix: str) -> set[str]:
    """Every object under ``prefix`` of the bucket, as s3:// URLs."""
    keys: set[str] = set()
    for page in client().get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        keys |= {f"s3://{BUCKET}/{o['Key']}" for o in page.get("Contents", [])}
    return keys


def listed_files(settings: Settings) -> set[str]:
    """The data and delete files the catalog's current snapshot lists, of every table."""
    con = connect_readonly(settings)
    try:
        tables = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ?", [ALIAS]
        ).fetchall()
        files: set[str] = set()
        for schema, table in tables:
            rows = con.execute(
                "SELECT data_file, delete_file FROM ducklake_list_files(?, ?, schema => ?)",
                [ALIAS, table, schema],
            ).fetchall()
            files |= {f for row in rows for f in row if f}
        return files
    finally:
        con.close()


class S3Lake:
    """A lake whose catalog is in ``root``/warehouse and data files under ``prefix``."""

    def __init__(self, root: Path, prefix: str, env: dict[str, str]) -> None:
        self.root, self.prefix, self.env = root, prefix, env
        self.warehouse = root / "warehouse"
        self.data_path = f"s3://{BUCKET}/{prefix}/"
        self.settings = Settings(warehouse_dir=self.warehouse, inbox=root, data_path=self.data_path)

    def command(self, batches, **extra) -> dict:
        return command(self.root, batches, lake=self.data_path, env=self.env, **extra)

    def sql(self, query: str) -> subprocess.CompletedProcess:
        """``newsledger sql`` in a process of its own, as a user runs it."""
        env = os.environ | self.env
        env |= {"NEWSLEDGER_WAREHOUSE": str(self.warehouse), "NEWSLEDGER_LAKE": self.data_path}
        env.pop("NEWSLEDGER_CATALOG", None)
        cli = Path(sys.executable).with_name("newsledger")
        return subprocess.run(
            [str(cli), "sql", "--format", "csv", query],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )


@pytest.fixture(scope="module")
def server() -> Server:
    return shared_server()


@pytest.fixture(scope="module")
def batches(tmp_path_factory):
    return make_batches(tmp_path_factory.mktemp("s3-inputs"), BATCH_SIZES, offset=700)


@pytest.fixture(scope="module")
def reference(server, batches, s3_env, tmp_path_factory) -> tuple[S3Lake, list[str]]:
    """Both batches run cleanly into an S3 lake, and the published state after each."""
    lake = S3Lake(tmp_path_factory.mktemp("s3-reference"), "reference", s3_env)
    record = lake.root / "states.txt"
    answer = server.run(**lake.command(batches, record=str(record)))
    assert answer["exit"] == 0, answer
    states = record.read_text().split()
    assert len(states) == len(batches)
    return lake, states


def test_a_batch_lands_on_s3_and_newsledger_sql_reads_it(reference, batches):
    lake, _ = reference
    # The data files are objects under the prefix; no local data folder was made.
    assert not (lake.warehouse / "lake").exists()
    stored = objects(lake.prefix + "/")
    assert any(o.startswith(f"{lake.data_path}main/articles/") for o in stored), stored
    listed = listed_files(lake.settings)
    assert listed and listed <= stored, listed - stored

    out = lake.sql(
        "SELECT count(*) AS articles, count(DISTINCT batch) AS batches, "
        "sum(length(text)) AS chars, (SELECT count(*) FROM sentences) AS sentences, "
        "(SELECT min(evidence(article_id, 0, 8)) FROM sentences) AS head FROM articles"
    )
    assert out.returncode == 0, out.stderr
    (row,) = csv.DictReader(io.StringIO(out.stdout))
    assert int(row["articles"]) == sum(BATCH_SIZES)
    assert int(row["batches"]) == len(batches)
    assert int(row["chars"]) > 500
    assert row["head"] == "Fighting"
    assert int(row["sentences"]) >= 3 * sum(BATCH_SIZES)
    assert view_rows(lake.warehouse)["rejected_articles"], "the empty files were rejected"


def test_newsledger_sql_reads_only_the_lakes_prefix(reference):
    lake, _ = reference
    client().put_object(Bucket=BUCKET, Key="elsewhere/secret.csv", Body=b"a\n1\n")
    refused = {
        f"SELECT * FROM read_csv('s3://{BUCKET}/elsewhere/secret.csv')": "reads only the lake",
        f"SELECT * FROM glob('s3://{BUCKET}/*')": "reads only the lake",
        "SELECT * FROM read_csv('/etc/passwd')": "reads only the lake",
        f"COPY (SELECT 1) TO '{lake.data_path}main/articles/x.parquet'": "read-only",
    }
    for query, message in refused.items():
        out = lake.sql(query)
        assert out.returncode != 0, (query, out.stdout)
        assert message in out.stderr, (query, out.stderr)
    assert not any(o.endswith("/x.parquet") for o in objects(lake.prefix + "/"))


def test_dot_segments_do_not_leave_the_lakes_prefix(reference):
    """DuckDB's prefix check does not resolve '..' in an S3 URL and the store does:
    newsledger sql allows the files the catalog lists, by exact path, so neither a
    literal nor a path the query builds at run time gets out."""
    lake, _ = reference
    client().put_object(Bucket=BUCKET, Key="elsewhere/secret.csv", Body=b"a\n1\n")
    file = sorted(listed_files(lake.settings))[0]
    queries = [
        f"SELECT * FROM read_csv('{lake.data_path}../elsewhere/secret.csv')",
        f"SELECT * FROM read_csv('{file}/../../../../elsewhere/secret.csv')",
        # Built at run time: no check of the statement's text could see it.
        f"SELECT * FROM read_csv('{lake.data_path}' || '..' || '/elsewhere/secret.csv')",
        f"SELECT * FROM read_csv(concat('{lake.data_path}', repeat('../', 1), 'elsewhere/secret.csv'))",
    ]
    for query in queries:
        out = lake.sql(query)
        assert out.returncode != 0, (query, out.stdout)
        assert "reads only the lake" in out.stderr, (query, out.stderr)
    # A file of the lake, by its exact path, is the lake.
    out = lake.sql(f"SELECT count(*) AS n FROM read_parquet('{file}')")
    assert out.returncode == 0, out.stderr


def test_attach_sql_with_a_persistent_secret_in_the_duckdb_cli(reference, tmp_path):
    """attach.sql holds no credentials: a user creates a DuckDB secret once (here a
    persistent one, in the HOME of this test) and attach.sql works in every later
    session of the duckdb CLI."""
    lake, _ = reference
    text = lake.settings.attach_sql.read_text()
    assert "httpfs" in text and os.environ["AWS_SECRET_ACCESS_KEY"] not in text
    assert "CREATE PERSISTENT SECRET" in text  # the comment says how
    cli = Path(sys.executable).with_name("duckdb")
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "")}

    def run(sql: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(cli), "-csv", "-noheader", "-init", str(lake.settings.attach_sql), "-c", sql],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=60,
        )

    endpoint = os.environ["AWS_ENDPOINT_URL"].removeprefix("http://")
    created = run(
        "CREATE PERSISTENT SECRET newsledger_s3 (TYPE s3, "
        f"KEY_ID '{os.environ['AWS_ACCESS_KEY_ID']}', "
        f"SECRET '{os.environ['AWS_SECRET_ACCESS_KEY']}', REGION 'us-east-1', "
        f"ENDPOINT '{endpoint}', URL_STYLE 'path', USE_SSL false);"
    )
    assert created.returncode == 0, created.stderr
    assert list((tmp_path / ".duckdb" / "stored_secrets").iterdir())
    out = run(
        "SELECT count(*) FROM articles; SELECT min(evidence(article_id, 0, 8)) FROM sentences;"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(sum(BATCH_SIZES)), "Fighting"], out.stdout + out.stderr


def test_a_crash_before_the_catalog_commit_leaves_the_previous_snapshot(
    server, reference, batches, s3_env, tmp_path
):
    _, states = reference
    lake = S3Lake(tmp_path, "crash", s3_env)
    answer = server.run(**lake.command(batches[:1]))
    assert answer["exit"] == 0, answer
    assert digest(view_rows(lake.warehouse)) == states[0]
    before = objects(lake.prefix + "/")
    snapshot = (
        connect_readonly(lake.settings)
        .execute(f"SELECT id FROM {ident(ALIAS)}.current_snapshot()")
        .fetchone()[0]
    )

    # The second batch: every stage commits, then the publish dies before its commit.
    answer = server.run(**lake.command(batches, kill_in_publish=True))
    assert answer["killed"], answer
    written = {o for o in objects(lake.prefix + "/") - before if "/main/" in o}
    assert written, "the publish wrote the published tables' new data files before dying"
    assert not written & listed_files(lake.settings), "the catalog lists none of them"

    # Readers see the previous snapshot, whole.
    assert not lake_problems(str(lake.warehouse), lake.data_path)
    assert digest(view_rows(lake.warehouse)) == states[0]
    con = connect_readonly(lake.settings)
    assert con.execute(f"SELECT id FROM {ident(ALIAS)}.current_snapshot()").fetchone()[0] > (
        snapshot
    ), "the stages of the second batch committed"
    con.close()
    out = lake.sql("SELECT count(*) AS n FROM articles")
    assert out.returncode == 0, out.stderr
    assert [r["n"] for r in csv.DictReader(io.StringIO(out.stdout))] == [str(BATCH_SIZES[0])]

    # Running again publishes the second batch: the same state as the clean run.
    answer = server.run(**lake.command(batches))
    assert answer["exit"] == 0, answer
    assert digest(view_rows(lake.warehouse)) == states[1]
    assert not lake_problems(str(lake.warehouse), lake.data_path)


def test_the_s3_secret_comes_from_the_aws_variables(monkeypatch):
    """Values are quoted as data; an endpoint URL gives the host, path-style URLs
    and TLS as its scheme says."""
    import duckdb

    from newsledger.lake import extension_path, s3_secret_sql

    for var in ["AWS_SESSION_TOKEN", "AWS_REGION"]:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key'); DROP TABLE x; --")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "s3cret")
    con = duckdb.connect(config={"allow_unredacted_secrets": True})
    con.execute("SET autoinstall_known_extensions = false")
    con.execute(f"LOAD '{extension_path('httpfs')}'")
    for url, host, ssl in [
        ("http://127.0.0.1:9000", "127.0.0.1:9000", "false"),
        ("https://store.example:443/", "store.example:443", "true"),
    ]:
        monkeypatch.setenv("AWS_ENDPOINT_URL", url)
        con.execute(s3_secret_sql())
        (secret,) = con.execute(
            "SELECT secret_string FROM duckdb_secrets(redact := false) WHERE name = 'newsledger_s3'"
        ).fetchone()
        assert "key_id=key'); DROP TABLE x; --" in secret, secret
        assert f"endpoint={host}" in secret and "url_style=path" in secret, secret
        assert f"use_ssl={ssl}" in secret, secret
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "token")
    con.execute(s3_secret_sql())
    (secret,) = con.execute(
        "SELECT secret_string FROM duckdb_secrets(redact := false) WHERE name = 'newsledger_s3'"
    ).fetchone()
    assert "session_token=token" in secret and "endpoint=" not in secret, secret
