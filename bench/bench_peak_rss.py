"""Peak RSS of the pipeline on one batch of N generated articles, for two code trees.

Each (tree, N) runs in a process of its own, as ``job_throughput`` of
bench_pipeline.py measures its peak: the warm-up, then ``run_pipeline`` on a batch
of N articles from ``bench.corpus.write``, then ``ru_maxrss``. The baseline tree
(``--baseline``, e.g. a checkout of the commit before a change) runs the same steps
with its own code; the two trees run side by side (``--parallel``: at once, one
process each, which doubles the wall time of each but not its memory) or one after
the other. Reported: the peak per tree and N, and per tree the ratio of the
largest N to the smallest.

    python bench/bench_peak_rss.py --baseline /path/to/old/checkout --sizes 1000 10000 --parallel
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
from pathlib import Path
import newsledger
from bench.bench_pipeline import peak_rss_mb, run_pipeline, warm_up
from bench.corpus import write
workdir, n = Path(sys.argv[1]), int(sys.argv[2])
warm_up(workdir)
folder = workdir / f"throughput-{n}"
paths = write(n, folder / "inbox")
seconds, steps = run_pipeline([str(folder / "inbox")], "b0000", folder)
print(json.dumps({"n": len(paths), "seconds": seconds, "peak_rss_mb": peak_rss_mb(), "steps": steps,
                  "code": newsledger.__file__}))
"""


def start(tree: Path, n: int, workdir: Path) -> subprocess.Popen:
    # The tree's own newsledger, pipelines, assets and bench, before the installed one;
    # no bytecode written into it.
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workdir), str(n)],
        cwd=tree,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"child failed ({proc.returncode})")
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other code tree")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--parallel", action="store_true", help="run the two trees at once")
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    trees = {"after": ROOT, "before": args.baseline.resolve()}
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-peak-rss-"))
    results: dict[str, dict[int, dict]] = {k: {} for k in trees}
    for n in args.sizes:
        t0 = time.perf_counter()
        procs = {}
        for name, tree in trees.items():
            procs[name] = start(tree, n, workdir / f"{name}-{n}")
            if not args.parallel:
                results[name][n] = finish(procs.pop(name))
        for name, proc in procs.items():
            results[name][n] = finish(proc)
        print(
            f"[bench] N={n}: "
            + ", ".join(f"{k} {results[k][n]['peak_rss_mb']:.0f} MB" for k in trees)
            + f" ({time.perf_counter() - t0:.0f} s)",
            file=sys.stderr,
            flush=True,
        )
    lo, hi = min(args.sizes), max(args.sizes)
    summary = {
        name: {
            "peak_rss_mb": {n: round(r["peak_rss_mb"]) for n, r in res.items()},
            "seconds": {n: round(r["seconds"]) for n, r in res.items()},
            f"ratio_{hi}_to_{lo}": round(res[hi]["peak_rss_mb"] / res[lo]["peak_rss_mb"], 2),
        }
        for name, res in results.items()
    }
    print(json.dumps({"trees": {k: str(v) for k, v in trees.items()}, **summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
