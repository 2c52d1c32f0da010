"""Benchmark the whole pipeline; print one markdown table.

Every figure is measured beside its baseline in the same run:

- throughput: ``pipelines.runner.run_batch`` (every asset and check, no UI) on N
  generated articles, against bare spaCy ``nlp.pipe`` (``load_nlp()``: same model
  and components) over the same paragraph texts;
- peak RSS of that run, at each N (its own process, so the figures are comparable);
- incremental cost: ``run_batch`` of one new article in a new batch on a lake of
  ``--lake`` articles, against the same on an empty lake;
- query latency: the five queries of ``bench/queries.sql`` through the DuckLake
  (attached as readers attach it) on ``--query-articles`` articles, against the
  same SQL on the Parquet files of the same snapshot read directly;
- Dagster overhead: ``run_batch`` on one batch against the same stage functions,
  checks and publish called in sequence without Dagster.

The large lakes are synthetic: the processed lake of the first size is copied
into more batches with every row ID rewritten, so the copies are distinct
articles to every check and query. Each measurement group runs in a fresh
process; one-time process costs (imports, spaCy model, GeoNames index, GX
context) are paid by a small warm-up run first and are not in either side.

    python bench/bench_pipeline.py --quick             # about a minute
    python bench/bench_pipeline.py                     # 1,000 and 10,000 articles
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

QUERIES_SQL = ROOT / "bench" / "queries.sql"
# Row-ID columns: rewritten in each synthetic copy (entity IDs are global and stay).
ID_COLUMNS = (
    "article_id",
    "section_id",
    "sentence_id",
    "mention_id",
    "quote_id",
    "claim_id",
    "disputes_claim_id",
    "reaction_id",
    "event_id",
)
Result = dict[str, Any]


# -- helpers -------------------------------------------------------------------


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settings_for(folder: Path):
    from newsledger.config import Settings

    return Settings(warehouse_dir=folder / "warehouse", inbox=folder / "inbox")


@contextmanager
def timer(into: dict[str, float], key: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        into[key] = into.get(key, 0.0) + time.perf_counter() - t0


def run_pipeline(paths: list[str], batch: str, folder: Path) -> tuple[float, dict[str, float]]:
    """run_batch as ``newsledger run`` does it; seconds, and seconds per Dagster step."""
    import dagster as dg

    from pipelines import runner

    # In memory, and kept to read the step timings: the benchmark measures the
    # pipeline, not the disk of the instance `make ui` serves.
    instance = dg.DagsterInstance.ephemeral()
    t0 = time.perf_counter()
    result = runner.run_batch(paths, batch, settings_for(folder), progress=False, instance=instance)
    seconds = time.perf_counter() - t0
    if not result.success:
        raise RuntimeError(f"run_batch failed: {result.failures}")
    steps: dict[str, float] = {}
    for run_id in result.run_ids:
        for s in instance.get_run_step_stats(run_id):
            if s.start_time and s.end_time:
                steps[s.step_key] = steps.get(s.step_key, 0.0) + s.end_time - s.start_time
    return seconds, steps


def run_plain(paths: list[str], batch: str, folder: Path) -> float:
    """The work of run_batch without Dagster: stages, suites, entities, publish."""
    from assets._publish import Checker
    from newsledger import stages
    from newsledger import warehouse as wh

    settings = settings_for(folder)
    t0 = time.perf_counter()
    lake = settings.lake()
    stages.plan_raw(lake, batch, paths, settings.max_bytes).commit()
    for plan_stage in (
        lambda c: stages.plan_articles(lake, batch, settings.max_bytes, validate=c),
        lambda c: stages.plan_sections(lake, batch, validate=c),
        lambda c: stages.plan_nlp(lake, batch, validate=c),
    ):
        checker = Checker(lake, batch)
        plan = plan_stage(checker)
        assert checker.passed, checker.reports
        plan.commit()
    checker = Checker(lake, None)
    plan = stages.plan_entities(lake)
    if plan.publish:
        rows = lake.con.execute("SELECT * FROM publish.entities").to_arrow_table()
        checker("entities", rows, rows.slice(0, 0))
    assert checker.passed, checker.reports
    plan.commit()
    result = wh.publish(lake, settings)
    assert result.published, [c for c in result.checks if not c.passed]
    return time.perf_counter() - t0


_warm = False


def warm_up(workdir: Path) -> None:
    """Pay the one-time process costs outside every measurement (once per process)."""
    global _warm
    if _warm:
        return
    _warm = True
    from bench.corpus import write
    from newsledger.extract.nlp import load_nlp
    from newsledger.extract.reference import geonames_index

    load_nlp()
    geonames_index()
    folder = workdir / "warm"
    paths = write(2, folder / "articles", seed=99, start=900_000)
    run_pipeline([str(p) for p in paths], "warm", folder)
    run_plain([str(p) for p in paths], "warm2", folder)
    shutil.rmtree(folder)


@contextmanager
def gx_share(into: dict[str, float]) -> Iterator[None]:
    """Time spent in the suites: derived columns, their lake reads and Great
    Expectations (nested calls counted once)."""
    from assets._publish import Checker
    from newsledger import quality

    depth = 0
    patched: list[tuple[object, str, Callable]] = []

    def wrap(owner: object, name: str) -> None:
        original = getattr(owner, name, None)
        if original is None:
            return

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal depth
            depth += 1
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                depth -= 1
                if depth == 0:
                    into["suites"] = into.get("suites", 0.0) + time.perf_counter() - t0

        patched.append((owner, name, original))
        setattr(owner, name, timed)

    wrap(Checker, "__call__")
    wrap(Checker, "flush")
    wrap(quality, "validate")
    try:
        yield
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def paragraph_texts(warehouse: str, batch: str) -> list[str]:
    from newsledger.parse import parse_article

    lake = settings_for(Path(warehouse).parent).lake()
    out: list[str] = []
    for text in lake.read("articles", None, ["text"], where=f"batch = '{batch}'").column(0):
        out += [p.text for p in parse_article(text.as_py()).paragraphs]
    return out


def bare_spacy(paragraphs: list[str]) -> float:
    from newsledger.extract import nlp

    model = nlp.load_nlp()
    # The stage's own batch size (64 before it was a module setting).
    batch_size = getattr(nlp, "BATCH_SIZE", 64)
    t0 = time.perf_counter()
    for _ in model.pipe(paragraphs, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


# -- synthetic lakes --------------------------------------------------------------


def replicate(seed_wh: str, dest_wh: str, copies: int, tables: list[str] | None = None) -> int:
    """Copy every published batch of a processed lake ``copies`` times into new
    batches, each row ID rewritten (last 4 hex digits = copy number), written by
    the lake writer itself into the published tables, then compacted as a publish
    does. Returns the number of articles in the new lake."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from newsledger import warehouse as wh
    from newsledger.schemas import TABLES

    seed = settings_for(Path(seed_wh).parent).lake()
    dest_settings = settings_for(Path(dest_wh).parent)
    dest = dest_settings.lake()
    names = tables or list(TABLES)
    articles = 0
    for name in names:
        rows = seed.read(name, None)
        with dest.transaction():
            if not TABLES[name].partitioned:
                dest.insert(name, None, rows)
                continue
            for k in range(copies):
                cols = {}
                for col in rows.column_names:
                    arr = rows.column(col)
                    if col in ID_COLUMNS:
                        head = pc.utf8_slice_codeunits(arr, 0, -4)
                        arr = pc.binary_join_element_wise(head, f"{k:04x}", "")
                    elif col == "batch":
                        arr = pc.binary_join_element_wise(arr, f"-c{k:04d}", "")
                    cols[col] = arr
                dest.insert(name, None, pa.table(cols))
                if name == "articles":
                    articles += rows.num_rows
    wh.maintain(dest)
    wh.write_attach_sql(dest_settings)
    return articles


def load_queries(path: Path = QUERIES_SQL) -> tuple[dict[str, str], dict[str, str]]:
    """(params, queries) of a .sql file whose statements start with ``-- param:``
    or ``-- query:``."""
    found: dict[str, dict[str, str]] = {"param": {}, "query": {}}
    current: tuple[str, str] | None = None
    for line in path.read_text().splitlines():
        m = re.match(r"--\s*(param|query):\s*(\w+)", line)
        if m:
            current = (m.group(1), m.group(2))
            found[current[0]][current[1]] = ""
        elif current and not line.lstrip().startswith("--"):
            found[current[0]][current[1]] += line + "\n"
    clean = {k: {n: q.strip().rstrip(";") for n, q in v.items()} for k, v in found.items()}
    return clean["param"], clean["query"]


def files_views_sql(lake) -> str:
    """The baseline: each table a bare read_parquet of the data files its current
    snapshot lists (no catalog in the way)."""
    from newsledger.lake import create_table_sql
    from newsledger.schemas import PUBLIC_TABLES, TABLES

    out = []
    for t in PUBLIC_TABLES:
        files = [
            f
            for (f,) in lake.con.execute(
                "SELECT data_file FROM ducklake_list_files('newsledger', ?)", [t]
            ).fetchall()
        ]
        if not files:  # an empty table: the same columns, no rows
            out += create_table_sql(t, TABLES[t], comments=False)
            continue
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        out.append(f"CREATE VIEW {t} AS SELECT * FROM read_parquet([{listed}]);")
    return "\n".join(out)


def time_query(con, sql: str, params: dict[str, str], repeat: int) -> tuple[float, int]:
    """Median seconds of ``repeat`` runs after one warm-up run, and the row count."""
    used = {k: v for k, v in params.items() if f"${k}" in sql}
    rows = len(con.execute(sql, used).fetchall())
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        con.execute(sql, used).fetchall()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), rows


# -- measurement groups (each in its own process) ---------------------------------------


def job_throughput(workdir: Path, n: int) -> Result:
    from bench.corpus import write

    warm_up(workdir)
    folder = workdir / f"throughput-{n}"
    paths = write(n, folder / "inbox")
    spent: dict[str, float] = {}
    with gx_share(spent):
        seconds, steps = run_pipeline([str(folder / "inbox")], "b0000", folder)
    rss = peak_rss_mb()
    paragraphs = paragraph_texts(str(folder / "warehouse"), "b0000")
    base = bare_spacy(paragraphs)
    return {
        "n": len(paths),
        "seconds": seconds,
        "baseline_seconds": base,
        "paragraphs": len(paragraphs),
        "peak_rss_mb": rss,
        "steps": steps,
        "suites_seconds": spent.get("suites", 0.0),
        "lake": str(folder / "warehouse"),
    }


def job_incremental(workdir: Path, seed_lake: str, seed_n: int, lake_n: int, repeat: int) -> Result:
    from bench.corpus import write

    warm_up(workdir)
    big = workdir / f"incremental-{lake_n}"
    copies = max(1, round(lake_n / seed_n))
    t0 = time.perf_counter()
    articles = replicate(seed_lake, str(big / "warehouse"), copies)
    build = time.perf_counter() - t0
    # First run on the big lake merges the copied entity facts and builds the
    # warehouse once: that is setup, not the steady state being measured.
    extra = write(1 + 2 * repeat, workdir / "incremental-new", start=800_000)
    run_pipeline([str(extra[0])], "setup", big)
    empty_s, big_s = [], []
    big_steps: dict[str, float] = {}
    empty_steps: dict[str, float] = {}
    for r in range(repeat):  # interleaved, so drift hits both sides alike
        fresh = workdir / f"incremental-empty-{r}"
        s, steps = run_pipeline([str(extra[1 + 2 * r])], f"new-{r}", fresh)
        empty_s.append(s)
        for k, v in steps.items():
            empty_steps[k] = empty_steps.get(k, 0.0) + v / repeat
        shutil.rmtree(fresh)
        s, steps = run_pipeline([str(extra[2 + 2 * r])], f"new-{r}", big)
        big_s.append(s)
        for k, v in steps.items():
            big_steps[k] = big_steps.get(k, 0.0) + v / repeat
    return {
        "lake_articles": articles + 1,
        "replicate_seconds": build,
        "empty_seconds": statistics.median(empty_s),
        "lake_seconds": statistics.median(big_s),
        "empty_runs": empty_s,
        "lake_runs": big_s,
        "empty_steps": empty_steps,
        "lake_steps": big_steps,
    }


def job_dagster(workdir: Path, n: int, repeat: int) -> Result:
    from bench.corpus import write

    warm_up(workdir)
    paths = [str(p) for p in write(n, workdir / "dagster-inbox", start=700_000)]
    with_dg, without = [], []
    for r in range(repeat):
        folder = workdir / f"dagster-{r}"
        with_dg.append(run_pipeline(paths, "b0000", folder)[0])
        shutil.rmtree(folder)
        folder = workdir / f"plain-{r}"
        without.append(run_plain(paths, "b0000", folder))
        shutil.rmtree(folder)
    return {
        "n": n,
        "dagster_seconds": statistics.median(with_dg),
        "plain_seconds": statistics.median(without),
    }


def job_queries(workdir: Path, seed_lake: str, seed_n: int, total: int, repeat: int) -> Result:
    import duckdb

    from newsledger import warehouse as wh
    from newsledger.schemas import PUBLIC_TABLES

    folder = workdir / f"queries-{total}"
    copies = max(1, round(total / seed_n))
    t0 = time.perf_counter()
    articles = replicate(seed_lake, str(folder / "warehouse"), copies, [*PUBLIC_TABLES])
    replicate_s = time.perf_counter() - t0
    settings = settings_for(folder)
    lake = settings.lake()
    t0 = time.perf_counter()
    wh.maintain(lake)  # what a publish costs beyond its batch: compaction and expiry
    build_s = time.perf_counter() - t0
    params_sql, queries = load_queries()
    views = wh.connect_readonly(settings)
    params = {k: views.execute(q).fetchone()[0] for k, q in params_sql.items()}
    raw = duckdb.connect()
    raw.execute(files_views_sql(lake))
    out: dict[str, dict[str, float]] = {}
    for name, sql in queries.items():
        v, rows = time_query(views, sql, params, repeat)
        g, rows_g = time_query(raw, sql, params, repeat)
        if rows != rows_g:
            raise RuntimeError(f"{name}: {rows} rows through the lake, {rows_g} on its files")
        out[name] = {"views": v, "globs": g, "rows": rows}
    counts = {
        t: lake.con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] for t in PUBLIC_TABLES
    }
    return {
        "articles": articles,
        "replicate_seconds": replicate_s,
        "build_seconds": build_s,
        "params": params,
        "queries": out,
        "row_counts": counts,
    }


JOBS: dict[str, Callable[..., Result]] = {
    "throughput": job_throughput,
    "incremental": job_incremental,
    "dagster": job_dagster,
    "queries": job_queries,
}


def worker(spec_path: Path) -> None:
    """Run a group of jobs in this process; write their results beside the spec."""
    spec = json.loads(spec_path.read_text())
    workdir = Path(spec["workdir"])
    results = []
    for job in spec["jobs"]:
        kind, kwargs = job["kind"], job["kwargs"]
        kwargs = kwargs | {"workdir": workdir}
        if "seed_lake" in kwargs and kwargs["seed_lake"] is None:
            seed = json.loads((workdir / "seed.json").read_text())
            kwargs |= {"seed_lake": seed["lake"], "seed_n": seed["n"]}
        load = os.getloadavg()[0]
        result = JOBS[kind](**kwargs)
        # The load average before and after: other work on the machine skews every figure.
        result |= {"kind": kind, "process_peak_rss_mb": peak_rss_mb()}
        result |= {"load": [round(load, 2), round(os.getloadavg()[0], 2)]}
        if kind == "throughput" and not (workdir / "seed.json").exists():
            (workdir / "seed.json").write_text(
                json.dumps({"lake": result["lake"], "n": result["n"]})
            )
        results.append(result)
        spec_path.with_suffix(".out.json").write_text(json.dumps(results, indent=1))


def run_group(workdir: Path, name: str, jobs: list[dict]) -> list[Result]:
    spec = workdir / f"{name}.json"
    spec.write_text(json.dumps({"workdir": str(workdir), "jobs": jobs}))
    print(f"[bench] {name}: {', '.join(j['kind'] for j in jobs)}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--worker", str(spec)], check=True, cwd=ROOT)
    print(f"[bench] {name} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    return json.loads(spec.with_suffix(".out.json").read_text())


# -- report -------------------------------------------------------------------------


def _n(x: int) -> str:
    return f"{x:,}"


def table(results: list[Result]) -> str:
    rows = [
        "| figure | size | newsledger | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]

    def row(fig: str, size: str, ours: str, base: str, ratio: str, target: str, ok: bool) -> None:
        rows.append(
            f"| {fig} | {size} | {ours} | {base} | {ratio} | {target} | {'yes' if ok else '**no**'} |"
        )

    through = sorted((r for r in results if r["kind"] == "throughput"), key=lambda r: r["n"])
    for r in through:
        s, b, n = r["seconds"], r["baseline_seconds"], r["n"]
        row(
            "throughput",
            f"{_n(n)} articles",
            f"run_batch {n / s:.1f} art/s ({s:.0f} s)",
            f"nlp.pipe {n / b:.1f} art/s ({b:.0f} s)",
            f"{s / b:.2f}",
            "≤ 1.5",
            s / b <= 1.5,
        )
    for r in results:
        if r["kind"] == "incremental":
            e, big = r["empty_seconds"], r["lake_seconds"]
            row(
                "incremental: +1 article",
                f"lake of {_n(r['lake_articles'])}",
                f"{big:.2f} s",
                f"empty lake {e:.2f} s",
                f"{big / e:.2f}",
                "≤ 1.2",
                big / e <= 1.2,
            )
    for r in results:
        if r["kind"] == "queries":
            for name, q in r["queries"].items():
                v, g = q["views"] * 1000, q["globs"] * 1000
                row(
                    f"query: {name}",
                    f"{_n(r['articles'])} articles",
                    f"lake {v:.0f} ms",
                    f"files {g:.0f} ms",
                    f"{v / g:.2f}",
                    "< 100 ms",
                    v < 100,
                )
    small = through[0]["peak_rss_mb"] if through else None
    for r in through:
        mb = r["peak_rss_mb"]
        flat = small is None or mb <= 1.25 * small  # "flat": within 25 % of the smallest N
        row(
            "peak RSS",
            f"{_n(r['n'])} articles",
            f"{mb:,.0f} MB",
            f"{_n(through[0]['n'])} articles: {small:,.0f} MB" if r is not through[0] else "—",
            f"{mb / small:.2f}" if small else "—",
            "< 1,536 MB, flat",
            mb < 1536 and flat,
        )
    for r in results:
        if r["kind"] == "dagster":
            d, p = r["dagster_seconds"], r["plain_seconds"]
            row(
                "Dagster overhead",
                f"1 batch of {_n(r['n'])}",
                f"run_batch {d:.1f} s",
                f"plain calls {p:.1f} s",
                f"{d / p:.2f}",
                "(reported)",
                True,
            )
    return "\n".join(rows)


def details(results: list[Result]) -> str:
    """Where the time went, below the table."""
    lines = []
    for r in results:
        if r["kind"] == "throughput":
            steps = ", ".join(f"{k} {v:.1f}" for k, v in sorted(r["steps"].items()))
            lines.append(
                f"- throughput {_n(r['n'])}: steps (s): {steps}; suites (GX and derived "
                f"columns) {r['suites_seconds']:.1f} s = {r['suites_seconds'] / r['seconds']:.0%}"
            )
        if r["kind"] == "incremental":
            for side in ("empty", "lake"):
                steps = ", ".join(f"{k} {v:.2f}" for k, v in sorted(r[f"{side}_steps"].items()))
                lines.append(f"- incremental, {side}: steps (s): {steps}")
        if r["kind"] == "queries":
            lines.append(
                f"- queries: DuckLake maintenance over {_n(r['articles'])} articles "
                f"(compaction, expiry, cleanup) {r['build_seconds']:.1f} s; params {r['params']}"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="tiny sizes, one process: a smoke run")
    ap.add_argument("--sizes", type=int, nargs="+", help="throughput sizes (default 1000 10000)")
    ap.add_argument("--lake", type=int, help="lake size for the incremental cost (default 10000)")
    ap.add_argument(
        "--query-articles", type=int, help="warehouse size for queries (default 100000)"
    )
    ap.add_argument("--dagster-articles", type=int, help="batch size for the Dagster overhead")
    ap.add_argument("--repeat", type=int, help="repeats of the small measurements (median)")
    ap.add_argument("--only", nargs="+", choices=list(JOBS), help="run only these figures")
    ap.add_argument("--workdir", type=Path, help="keep lakes and results here (default: temporary)")
    ap.add_argument("--json", type=Path, help="also write every result to this file")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return 0
    quick = args.quick
    sizes = args.sizes or ([5] if quick else [1000, 10000])
    lake_n = args.lake or (20 if quick else 10_000)
    query_n = args.query_articles or (50 if quick else 100_000)
    dagster_n = args.dagster_articles or (5 if quick else 100)
    repeat = args.repeat or (1 if quick else 3)
    only = set(args.only or JOBS)
    seed_jobs = [{"kind": "throughput", "kwargs": {"n": n}} for n in sizes]
    if "throughput" not in only:
        seed_jobs = seed_jobs[:1]  # the seed lake for the synthetic ones
    later = []
    if "incremental" in only:
        kw = {"seed_lake": None, "seed_n": 0, "lake_n": lake_n, "repeat": repeat}
        later.append({"kind": "incremental", "kwargs": kw})
    if "dagster" in only:
        later.append({"kind": "dagster", "kwargs": {"n": dagster_n, "repeat": repeat}})
    if "queries" in only:
        kw = {"seed_lake": None, "seed_n": 0, "total": query_n, "repeat": max(repeat, 5)}
        later.append({"kind": "queries", "kwargs": kw})
    # Quick: one process for everything (a process pays ~10 s of imports and warm-up).
    groups = [seed_jobs + later] if quick else [[j] for j in seed_jobs + later]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsledger-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    try:
        for i, jobs in enumerate(groups):
            results += run_group(workdir, f"group{i}", jobs)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    if "throughput" not in only:
        results = [r for r in results if r["kind"] != "throughput"]
    cpu = platform.processor() or platform.machine()
    print(f"machine: {os.cpu_count()} cores, {cpu}, python {platform.python_version()}")
    print(table(results))
    print(details(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
