"""How long a reader waits while the pipeline publishes: reader-versus-writer
blocking on the DuckLake (SQLite catalog in WAL mode).

A reader process attaches the lake with ``attach.sql`` (as a user's script
does) and runs the same queries in a loop, timing each one; a writer process
publishes batch after batch (each one transaction inserting a batch's rows into
every published table, what a publish's install does, then DuckLake's
maintenance). The baseline is the same reader on the same lake with no writer,
measured in the same run. Reported: the longest query, the 99th percentile and
the median, with and without the writer, and their ratios.

    python bench/bench_readers.py                  # 20 publishes
    python bench/bench_readers.py --publishes 5    # a quick look
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "SELECT count(*) FROM articles",
    "SELECT count(*) FROM sentences",
    "SELECT batch, count(*) FROM mentions GROUP BY 1",
    "SELECT count(*) FROM articles a ANTI JOIN sentences s USING (article_id)",
]
ROWS_PER_BATCH = 2_000


def settings(workdir: Path):
    from newsledger.config import Settings

    return Settings(warehouse_dir=workdir / "warehouse", inbox=workdir)


def batch_tables(key: str) -> dict:
    """Rows of one synthetic batch for three related tables."""
    import pyarrow as pa

    from newsledger.schemas import TABLES

    n = ROWS_PER_BATCH
    ids = [f"art_{key}_{i:06d}" for i in range(n)]
    articles = {c: [None] * n for c in TABLES["articles"].column_names}
    articles |= {"article_id": ids, "batch": [key] * n, "text": ["Some words."] * n}
    articles |= {"source_path": [f"/in/{key}/{i}.txt" for i in range(n)]}
    sentences = {c: [None] * (2 * n) for c in TABLES["sentences"].column_names}
    sentences |= {
        "sentence_id": [f"sen_{key}_{i:07d}" for i in range(2 * n)],
        "article_id": ids + ids,
        "batch": [key] * (2 * n),
        "char_start": [0] * (2 * n),
        "char_end": [5] * (2 * n),
    }
    mentions = {c: [None] * n for c in TABLES["mentions"].column_names}
    mentions |= {"mention_id": [f"men_{key}_{i:06d}" for i in range(n)]}
    mentions |= {"article_id": ids, "batch": [key] * n, "char_start": [0] * n, "char_end": [4] * n}
    import datetime as dt

    defaults = {pa.string(): "x", pa.int64(): 0, pa.float64(): 0.0, pa.bool_(): False}
    defaults[pa.date32()] = dt.date(2020, 1, 1)
    out = {}
    for name, cols in (("articles", articles), ("sentences", sentences), ("mentions", mentions)):
        schema = TABLES[name].schema
        for field in schema:  # required columns get a placeholder value
            if not field.nullable and cols[field.name][0] is None:
                cols[field.name] = [defaults.get(field.type)] * len(cols[field.name])
        out[name] = pa.table({f.name: pa.array(cols[f.name], f.type) for f in schema})
    return out


def write(workdir: Path, publishes: int, start: int) -> None:
    from newsledger import warehouse as wh

    lake = settings(workdir).lake()
    for k in range(start, start + publishes):
        key = f"b{k:04d}"
        with lake.transaction():  # one batch, all its tables, one snapshot
            for name, rows in batch_tables(key).items():
                lake.insert(name, None, rows)
        wh.maintain(lake)


def read(workdir: Path, stop: Path, out: Path) -> None:
    import duckdb

    con = duckdb.connect()
    con.execute((workdir / "warehouse" / "attach.sql").read_text())
    times: list[float] = []
    while not stop.exists():
        for q in QUERIES:
            t0 = time.perf_counter()
            con.execute(q).fetchall()
            times.append(time.perf_counter() - t0)
    out.write_text(json.dumps(times))


def reader_during(workdir: Path, seconds: float | None, writer: list[str] | None) -> list[float]:
    stop, out = workdir / "stop", workdir / "times.json"
    stop.unlink(missing_ok=True)
    reader = subprocess.Popen(
        [sys.executable, __file__, "--read", str(workdir), str(stop), str(out)], cwd=ROOT
    )
    time.sleep(2.0)  # the reader's attach (extension loading) is not a query
    if writer:
        subprocess.run(writer, check=True, cwd=ROOT)
    else:
        time.sleep(seconds or 0)
    stop.touch()
    reader.wait(timeout=60)
    return json.loads(out.read_text())


def summary(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "queries": len(times),
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": times[int(0.99 * (len(times) - 1))] * 1000,
        "max_ms": times[-1] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--publishes", type=int, default=20)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--read", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--write", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read:
        read(Path(args.read[0]), Path(args.read[1]), Path(args.read[2]))
        return 0
    if args.write:
        write(Path(args.write[0]), int(args.write[1]), int(args.write[2]))
        return 0

    from newsledger import warehouse as wh

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsledger-readers-"))
    write(workdir, 3, 0)  # a lake with some batches, and attach.sql
    wh.write_attach_sql(settings(workdir))
    writer_cmd = [sys.executable, __file__, "--write", str(workdir), str(args.publishes), "3"]
    t0 = time.perf_counter()
    during = reader_during(workdir, None, writer_cmd)
    writing_s = time.perf_counter() - t0
    alone = reader_during(workdir, writing_s, None)
    w, a = summary(during), summary(alone)
    print(
        f"reader vs writer: {args.publishes} publishes of {ROWS_PER_BATCH} articles in {writing_s:.1f} s"
    )
    print("| reader | queries | median | p99 | longest |")
    print("|---|---|---|---|---|")
    for label, s in (("while publishing", w), ("alone (baseline)", a)):
        print(
            f"| {label} | {s['queries']} | {s['median_ms']:.1f} ms | {s['p99_ms']:.1f} ms "
            f"| {s['max_ms']:.0f} ms |"
        )
    print(
        f"| ratio | | {w['median_ms'] / a['median_ms']:.2f} | {w['p99_ms'] / a['p99_ms']:.2f} "
        f"| {w['max_ms'] / a['max_ms']:.2f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
