"""Start-up cost of locking ``newsledger sql`` to the lake's files by exact path.

A DuckLake of one table is written with ``--files`` data files (one row each);
a reader attaches it read-only as ``newsledger sql`` does and locks it, either
the way the lake's code does (:func:`newsledger.warehouse.lock_to_lake_files`:
the catalog's file list as ``allowed_paths``, in one transaction) or, as the
baseline, to the data folder as a prefix (``allowed_directories``, which does
not hold against '..' in an S3 URL). Both are timed alternately in one run,
the attach and lock, then a query reading every file (a sum over its column). Reported: medians and
their ratios.

    python bench/bench_sql_lock.py                 # 10,000 files, 7 rounds
    python bench/bench_sql_lock.py --files 1000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(folder: Path, files: int) -> str:
    """A lake whose table ``t`` has ``files`` data files; its catalog."""
    import duckdb

    from newsledger.lake import setup_sql

    catalog = f"sqlite:{folder / 'catalog.sqlite'}"
    con = duckdb.connect()
    for statement in setup_sql(catalog, f"{folder / 'lake'}/", read_only=False):
        con.execute(statement)
    con.execute("CREATE TABLE t (i INTEGER)")
    con.execute("BEGIN")
    for i in range(files):  # each INSERT writes a file of its own
        con.execute("INSERT INTO t VALUES (?)", [i])
    con.execute("COMMIT")
    con.close()
    return catalog


def reader(catalog: str, folder: Path, exact: bool) -> tuple[float, float, int]:
    """Seconds to attach and lock, seconds of a query over every file, its count."""
    import duckdb

    from newsledger.lake import setup_sql
    from newsledger.warehouse import lock_to_lake_files

    t0 = time.perf_counter()
    con = duckdb.connect()
    for statement in setup_sql(catalog, None, read_only=True):
        con.execute(statement)
    if exact:
        lock_to_lake_files(con)
    else:
        con.execute("SET allowed_directories = [?]", [f"{folder / 'lake'}/"])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    connect = time.perf_counter() - t0
    t0 = time.perf_counter()
    n, _ = con.execute("SELECT count(*), sum(i) FROM t").fetchone()
    query = time.perf_counter() - t0
    con.close()
    return connect, query, n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sql-lock-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        catalog = build(folder, args.files)
        built = time.perf_counter() - t0
        times: dict[str, dict[str, list[float]]] = {
            k: {"connect": [], "query": []} for k in ("prefix", "exact")
        }
        for _ in range(args.rounds):  # alternately, so drift hits both alike
            for kind in ("prefix", "exact"):
                connect, query, n = reader(catalog, folder, kind == "exact")
                assert n == args.files, n
                times[kind]["connect"].append(connect)
                times[kind]["query"].append(query)
    med = {k: {m: statistics.median(v) for m, v in t.items()} for k, t in times.items()}
    print(
        json.dumps(
            {
                "files": args.files,
                "rounds": args.rounds,
                "build_seconds": round(built, 1),
                "median_seconds": {
                    k: {m: round(v, 4) for m, v in t.items()} for k, t in med.items()
                },
                "ratio_exact_to_prefix": {
                    m: round(med["exact"][m] / med["prefix"][m], 2) for m in ("connect", "query")
                },
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
