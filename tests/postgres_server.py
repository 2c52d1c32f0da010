"""A throwaway PostgreSQL server for the tests (not a test module).

Debian's ``postgresql`` package (``make test`` installs it when run as root):
a new cluster in a scratch folder, on a free port of 127.0.0.1, trust
authentication, fsync off; stopped and deleted afterwards. As root the server
runs as the package's ``postgres`` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.bench_latency import free_port

INSTALL_HINT = (
    "apt-get update && apt-get install -y postgresql (make test does it when run as root)"
)


def bindir() -> Path | None:
    """The newest installed PostgreSQL's programs (Debian keeps them off PATH)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def unavailable() -> str | None:
    """Why no server can be started here, or None."""
    if bindir() is None:
        return f"PostgreSQL is not installed: {INSTALL_HINT}"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a 'postgres' user to run the server as"
    return None


@dataclass
class Server:
    port: int
    folder: Path

    def url(self, db: str) -> str:
        """For Dagster (``DAGSTER_POSTGRES_URL``) and psycopg2."""
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/{db}"

    def libpq(self, db: str) -> str:
        """For DuckLake (``NEWSLEDGER_CATALOG=postgres:...``)."""
        return f"dbname={db} host=127.0.0.1 port={self.port} user=postgres"

    def create_database(self, db: str) -> None:
        import psycopg2

        con = psycopg2.connect(self.libpq("postgres"))
        try:
            con.autocommit = True
            with con.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{db}"')
        finally:
            con.close()

    def query(self, db: str, sql: str) -> list[tuple]:
        import psycopg2

        con = psycopg2.connect(self.libpq(db))
        try:
            with con.cursor() as cur:
                cur.execute(sql)
                return cur.fetchall()
        finally:
            con.close()


@contextlib.contextmanager
def running() -> Iterator[Server]:
    """Start a server; stop and delete it on exit."""
    bin_ = bindir()
    assert bin_ is not None, INSTALL_HINT
    folder = Path(tempfile.mkdtemp(prefix="newsledger-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log = folder / "data", folder / "server.log"
    port = free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    try:
        run(str(bin_ / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        run(str(bin_ / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
    except subprocess.CalledProcessError as exc:
        text = log.read_text() if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr!r} {text[-2000:]}") from exc
    try:
        yield Server(port, folder)
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            run(str(bin_ / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)
