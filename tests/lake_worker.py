"""Helpers for the crash-safety and concurrency tests (not a test module).

* :func:`make_batches`: small batches of generated articles, each with one file
  that is rejected, so every stage and both outputs of the articles stage are
  exercised.
* :func:`view_rows` / :func:`digest`: every published table of a lake, sorted,
  and a fingerprint of it, to compare states.
* :func:`serve`: a fork server. Loading spaCy, the reference data, Dagster and
  Great Expectations costs 10-15 s per process; the server pays it once and then
  forks one worker per attempt, so that killing a run and starting it again
  costs a fork. A worker runs ``run_batch`` (the same in-process Dagster run as
  ``newsledger run``) batch after batch.
* :func:`read_loop`: a reader process that attaches the lake with attach.sql and
  queries it in a loop, timing every query.

Run as ``python tests/lake_worker.py serve`` or ``... read <json args>``.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

PLACES = ["Fuzuli", "Jabrayil", "Kramatorsk", "Donetsk", "Stepanakert", "Kharkiv", "Tavush"]
SPEAKERS = [
    ("Anar Eyvazov", "Azerbaijan's Defense Ministry spokesperson"),
    ("Artsrun Hovhannisyan", "the representative of Armenia's Ministry of Defense"),
    ("Charles Michel", "President of the European Council"),
    ("Sergey Lavrov", "Russian Foreign Minister"),
]


def article_text(i: int) -> str:
    """A small, valid article, different for every ``i``."""
    place = PLACES[i % len(PLACES)]
    name, role = SPEAKERS[i % len(SPEAKERS)]
    day = 1 + i % 28
    return (
        f"Fighting Resumes Near {place} On Day {i}\n\n"
        f"By Staff Reporter {day} September 2020\n\n"
        f"Shelling resumed near {place} on {day} September 2020, officials said, "
        f"and {3 + i % 5} soldiers were wounded in the clashes.\n\n"
        f'"We are defending ourselves," said {name}, {role}, in Baku on Monday.\n\n'
        f"Foreign reactions\n\n"
        f"The United Nations called for an immediate ceasefire and a return to talks "
        f"in the region, report number {i}.\n"
    )


@dataclass(frozen=True)
class Batch:
    key: str
    folder: Path
    articles: int
    rejected: int


def make_batches(root: Path, sizes: list[int], offset: int = 0) -> list[Batch]:
    """One folder per batch: ``sizes[k]`` articles plus one empty file (rejected)."""
    out = []
    n = offset
    for k, size in enumerate(sizes):
        folder = root / f"batch{k}"
        folder.mkdir(parents=True, exist_ok=True)
        for _ in range(size):
            (folder / f"article-{n:03d}.txt").write_text(article_text(n))
            n += 1
        (folder / "empty.txt").write_bytes(b"")
        out.append(Batch(f"b{offset:03d}-{k:02d}", folder, size, 1))
    return out


def stage_batch(lake, key: str, folder: Path | None, full: bool = False) -> None:
    """Every stage of one batch through the stage functions (no Dagster)."""
    from newsledger.stages import plan_articles, plan_nlp, plan_raw, plan_sections

    if folder is not None:
        plan_raw(lake, key, [folder], 10**6).commit()
    plan_articles(lake, key, 10**6, full=full).commit()
    plan_sections(lake, key, full=full).commit()
    plan_nlp(lake, key, full=full).commit()


def stage_raw_together(catalog: str, data_path: str, key: str, folder: str, barrier) -> str:
    """One of several processes that open the same lake at the same moment
    (``barrier``) and each stage a batch's raw rows: "ok", or what went wrong."""
    from newsledger.lake import Lake
    from newsledger.stages import plan_raw

    try:
        barrier.wait(timeout=120)
        plan_raw(Lake(catalog, data_path), key, [Path(folder)], 10**6).commit()
        return "ok"
    except Exception as e:  # reported to the test, which shows it
        return f"{type(e).__name__}: {e}"


def publish(lake, settings):
    """The publish job through its functions: entities, then the warehouse."""
    from newsledger import warehouse
    from newsledger.stages import plan_entities

    plan_entities(lake).commit()
    return warehouse.publish(lake, settings)


# -- reading the lake -----------------------------------------------------------


def public_tables() -> list[str]:
    from newsledger.schemas import PUBLIC_TABLES

    return list(PUBLIC_TABLES)


def connect(warehouse: Path):
    """A fresh DuckDB session running the lake's attach.sql, as a user's would (with
    an S3 secret from the environment after it when the data files are on S3)."""
    import duckdb

    from newsledger.lake import s3_secret_sql

    con = duckdb.connect()
    try:
        text = (Path(warehouse) / "attach.sql").read_text()
        con.execute(text)
        if "httpfs" in text:
            con.execute(s3_secret_sql())
    except BaseException:
        con.close()
        raise
    return con


def view_rows(warehouse: Path) -> dict[str, list[tuple]]:
    """Every row of every published table, sorted; raises if a table is unreadable."""
    con = connect(warehouse)
    try:
        # Table names come from the schema module, never from data.
        return {
            t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in public_tables()
        }
    finally:
        con.close()


def digest(rows: dict[str, list[tuple]]) -> str:
    return hashlib.sha256(repr(sorted(rows.items())).encode()).hexdigest()[:16]


def per_batch_counts(rows: dict[str, list[tuple]]) -> dict[str, dict[str, int]]:
    """view -> batch -> rows, for failure messages; the batch column is found by name."""
    from newsledger.schemas import TABLES

    out: dict[str, dict[str, int]] = {}
    for t, table_rows in rows.items():
        names = TABLES[t].column_names
        if "batch" not in names:
            out[t] = {"*": len(table_rows)}
            continue
        i = names.index("batch")
        counts: dict[str, int] = {}
        for r in table_rows:
            counts[r[i]] = counts.get(r[i], 0) + 1
        out[t] = dict(sorted(counts.items()))
    return out


def lake_problems(warehouse: str, data_path: str = "") -> list[str]:
    """Tables, published or staged, whose rows cannot be read whole (a data file
    the catalog lists that is missing or torn would land here)."""
    from newsledger.config import Settings
    from newsledger.warehouse import connect_readonly

    settings = Settings(warehouse_dir=Path(warehouse), inbox=Path(warehouse), data_path=data_path)
    if not Path(settings.catalog.removeprefix("sqlite:")).exists():
        return []
    problems = []
    try:
        con = connect_readonly(settings)
    except FileNotFoundError:  # killed before its first commit: nothing to read
        return []
    try:
        tables = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'newsledger'"
        ).fetchall()
        for schema, table in tables:
            try:
                con.execute(f'SELECT * FROM "{schema}"."{table}"').fetchall()
            except Exception as exc:
                problems.append(f"{schema}.{table}: {exc}")
    finally:
        con.close()
    return problems


# -- the fork server ------------------------------------------------------------


def warm_up() -> None:
    """Load everything a run needs by running one tiny batch in a scratch lake.

    A forked worker then runs a batch in about 1.5 s instead of 15 s. The arrow
    and DuckDB thread pools this leaves are idle at fork time; both libraries
    recreate their pools in a forked child.
    """
    import shutil
    import tempfile

    from newsledger.config import Settings
    from pipelines.runner import run_batch

    scratch = Path(tempfile.mkdtemp(prefix="newsledger-warm-"))
    try:
        (batch,) = make_batches(scratch / "in", [1], offset=900)
        settings = Settings(warehouse_dir=scratch / "warehouse", inbox=scratch)
        result = run_batch([str(batch.folder)], batch="warm", settings=settings, progress=False)
        assert result.success, result.failures
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _install_io_kill(kill_at: int, after: bool) -> None:
    """SIGKILL this process just before (or after) its ``kill_at``-th lake write:
    a data insert, a transaction commit, attach.sql, DuckLake maintenance."""
    from newsledger import warehouse
    from newsledger.lake import Lake

    calls = [0]

    def wrap(fn):
        def inner(*args, **kwargs):
            calls[0] += 1
            if calls[0] == kill_at and not after:
                os.kill(os.getpid(), signal.SIGKILL)
            out = fn(*args, **kwargs)
            if calls[0] == kill_at and after:
                os.kill(os.getpid(), signal.SIGKILL)
            return out

        return inner

    for name in ("insert", "commit"):
        setattr(Lake, name, wrap(getattr(Lake, name)))
    for name in ("write_attach_sql", "maintain"):
        setattr(warehouse, name, wrap(getattr(warehouse, name)))


def _install_publish_kill() -> None:
    """SIGKILL this process in a publish just before its catalog commit: the
    published tables' new data files are written, the catalog does not list them."""
    from newsledger import warehouse
    from newsledger.lake import Lake

    real_publish, real_commit = warehouse.publish, Lake.commit
    publishing = [False]

    def publish(*args, **kwargs):
        publishing[0] = True
        return real_publish(*args, **kwargs)

    def commit(self):
        if publishing[0] and self._tx:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_commit(self)

    warehouse.publish, Lake.commit = publish, commit


def work(cmd: dict) -> int:
    """Run every batch not yet done; exit status 0 when all are done."""
    from newsledger.config import Settings
    from pipelines.runner import run_batch

    os.environ.update(cmd.get("env", {}))
    if cmd.get("kill_at"):
        _install_io_kill(cmd["kill_at"], cmd.get("after", False))
    if cmd.get("kill_in_publish"):
        _install_publish_kill()
    settings = Settings(
        warehouse_dir=Path(cmd["warehouse"]),
        inbox=Path(cmd["done"]),
        data_path=cmd.get("lake", ""),
    )
    done = Path(cmd["done"])
    for key, folder in cmd["batches"]:
        if (done / key).exists():
            continue
        result = run_batch([folder], batch=key, settings=settings, progress=False)
        if not result.success:
            print("\n".join(result.failures), file=sys.stderr)
            return 3
        if cmd.get("record"):
            # The reference run: remember the warehouse state after each batch.
            with open(cmd["record"], "a") as f:
                f.write(digest(view_rows(Path(cmd["warehouse"]))) + "\n")
        (done / key).touch()
    return 0


def serve() -> None:
    """Fork server: one JSON command per stdin line, one JSON answer per line.

    A command names the warehouse, done-marker folder and batches (optionally the
    data path ``lake`` and ``env`` variables for the worker), and either ``delay``
    (SIGKILL the worker after that many seconds), ``kill_at`` (the worker kills
    itself at that write), ``kill_in_publish`` (... before a publish's commit) or
    none (run to the end).
    """
    warm_up()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        Path(cmd["done"]).mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.dup2(2, 1)  # stdout is the answer channel: the worker writes to stderr only
            code = 1
            try:
                code = work(cmd)
            except BaseException as exc:  # report, then leave without cleanup
                print(f"worker error: {exc!r}", file=sys.stderr)
            finally:
                os._exit(code)
        # A hang detector, not a speed limit: two test workers (make test) share the cores.
        deadline = started + (cmd.get("delay") or cmd.get("timeout", 300))
        status, timed_out = None, False
        while status is None:
            got, st = os.waitpid(pid, os.WNOHANG)
            if got:
                status = st
            elif time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                timed_out = not cmd.get("delay")  # a hang, not a planned kill
            else:
                time.sleep(0.01)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        answer = {
            "killed": killed,
            "timed_out": timed_out,
            "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "seconds": round(time.monotonic() - started, 2),
        }
        print(json.dumps(answer), flush=True)


class Server:
    """The fork server as a subprocess, spoken to one JSON line at a time."""

    def __init__(self) -> None:
        import subprocess

        env = os.environ | {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert json.loads(self.proc.stdout.readline()) == {"ready": True}

    def run(self, **cmd: object) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, f"fork server exited with {self.proc.poll()}"
        return json.loads(line)

    def close(self) -> None:
        import subprocess

        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


_SERVER: list[Server] = []


def shared_server() -> Server:
    """One fork server per test session (its warm-up costs 10-15 s); it exits
    when the session ends and closes its stdin."""
    if not _SERVER or _SERVER[0].proc.poll() is not None:
        import atexit

        _SERVER[:] = [Server()]
        atexit.register(_SERVER[0].close)
    return _SERVER[0]


def command(root: Path, batches: list[Batch], **extra: object) -> dict:
    """A server command: the lake (catalog, data files, attach.sql) and done markers
    under ``root``."""
    return {
        "warehouse": str(root / "warehouse"),
        "done": str(root / "done"),
        "batches": [[b.key, str(b.folder)] for b in batches],
        **extra,
    }


def start_reader(warehouse: Path, workdir: Path):
    """A reader process (see :func:`read_loop`); stop it with :func:`stop_reader`."""
    import subprocess

    args = {
        "warehouse": str(warehouse),
        "stop": str(workdir / "stop"),
        "out": str(workdir / "reader.json"),
    }
    return subprocess.Popen([sys.executable, __file__, "read", json.dumps(args)])


def stop_reader(proc, workdir: Path) -> dict:
    (workdir / "stop").touch()
    proc.wait(timeout=60)
    return json.loads((workdir / "reader.json").read_text())


# -- a reader -------------------------------------------------------------------


def read_loop(args: dict) -> None:
    """Attach the lake with attach.sql in a new session, query every table, close;
    until ``stop`` exists.

    Records, per iteration, each batch's article and rejected counts, the
    articles that have no sentence (a batch seen between two of its stages),
    batches seen before that are gone (``vanished``: a published batch never
    leaves), every error by kind, and the longest time one query took
    (``worst_query_s``): how long a reader waited while the pipeline wrote.
    """
    import duckdb

    warehouse, stop = Path(args["warehouse"]), Path(args["stop"])
    attach = warehouse / "attach.sql"
    stats: dict = {
        "iterations": 0,
        "missing": 0,
        "errors": [],
        "states": [],
        "unfinished": 0,
        "vanished": 0,
        "worst_query_s": 0.0,
        "queries": 0,
    }
    seen_states: set[str] = set()
    seen_batches: set[str] = set()
    tables = public_tables()

    def timed(con, sql):
        started = time.perf_counter()
        rows = con.execute(sql).fetchall()
        stats["worst_query_s"] = max(stats["worst_query_s"], time.perf_counter() - started)
        stats["queries"] += 1
        return rows

    while not stop.exists():
        if not attach.exists():
            stats["missing"] += 1
            time.sleep(0.01)
            continue
        try:
            con = connect(warehouse)
            try:
                for t in tables:
                    timed(con, f"SELECT count(*) FROM {t}")
                # One snapshot for the three questions: a transaction.
                con.execute("BEGIN")
                arts = dict(timed(con, "SELECT batch, count(*) FROM articles GROUP BY 1"))
                rej = dict(timed(con, "SELECT batch, count(*) FROM rejected_articles GROUP BY 1"))
                unfinished = timed(
                    con, "SELECT count(*) FROM articles a ANTI JOIN sentences s USING (article_id)"
                )[0][0]
                con.execute("COMMIT")
            finally:
                con.close()
        except duckdb.Error as exc:
            stats["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
            continue
        stats["iterations"] += 1
        stats["unfinished"] += bool(unfinished)
        stats["vanished"] += bool(seen_batches - set(arts))
        seen_batches |= set(arts)
        time.sleep(0.02)  # leave the writers some CPU (the tests run on 2 cores)
        state = json.dumps({"articles": arts, "rejected": rej}, sort_keys=True)
        if state not in seen_states:
            seen_states.add(state)
            stats["states"].append(json.loads(state))
    Path(args["out"]).write_text(json.dumps(stats))


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    elif sys.argv[1] == "read":
        read_loop(json.loads(sys.argv[2]))
