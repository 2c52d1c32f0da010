"""Throughput of the NLP stage against bare spaCy, side by side in one run.

Stage: the pipeline's NLP stage as it runs (newsledger.stages.plan_nlp): the
spaCy parse, sentences, entity extraction and attribution, streamed in chunks
and written to the lake. Baseline: ``nlp.pipe`` with the same pipeline (model
and components) and batch size over the same paragraph texts. Reports articles
per second and the ratio stage time / baseline time (target: 1.3 or less).
A second baseline, the bare model (``load_model()``: the same model and thinc
ops, without newsledger's components), shows what the components themselves
cost, which the first baseline cannot, holding them on both sides.
The whole pipeline is measured by bench/bench_pipeline.py.

    python bench/bench_nlp.py --articles 200 --repeat 3
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write  # noqa: E402
from newsledger.extract.nlp import BATCH_SIZE, load_model, load_nlp  # noqa: E402
from newsledger.extract.reference import geonames_index  # noqa: E402
from newsledger.lake import Lake  # noqa: E402
from newsledger.parse import parse_article  # noqa: E402
from newsledger.stages import plan_articles, plan_nlp, plan_raw, plan_sections  # noqa: E402


def prepare(n: int, root: Path) -> tuple[Lake, list[str]]:
    """A lake holding n parsed articles (ingest is not measured here)."""
    paths = write(n, root / "articles")
    lake = Lake.local(root / "lake")
    plan_raw(lake, "bench", paths, 5_000_000).commit()
    plan_articles(lake, "bench", 5_000_000).commit()
    plan_sections(lake, "bench").commit()
    texts = lake.read("articles", "bench", columns=["text"]).column(0).to_pylist()
    assert len(texts) == n, f"dedup dropped articles: {len(texts)} of {n}"
    return lake, texts


def run_stage(lake: Lake) -> tuple[float, float]:
    """Wall and CPU seconds of the NLP stage."""
    t0, c0 = time.perf_counter(), time.process_time()
    plan_nlp(lake, "bench", full=True).commit()
    return time.perf_counter() - t0, time.process_time() - c0


def run_baseline(texts: list[str], nlp: Language) -> tuple[float, float]:
    """Wall and CPU seconds of bare ``nlp.pipe`` over the same paragraphs."""
    paragraphs = [p.text for t in texts for p in parse_article(t).paragraphs]
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(paragraphs, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # One-time process costs are not part of either side: the model and the
    # GeoNames index (a few seconds, once per process).
    nlp, model = load_nlp(), load_model()
    t0 = time.perf_counter()
    geonames_index()
    warm = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        lake, texts = prepare(args.articles, Path(tmp))
        stage, base, bare = [], [], []
        for _ in range(args.repeat):  # interleaved, so drift hits every side alike
            base.append(run_baseline(texts, nlp))
            bare.append(run_baseline(texts, model))
            stage.append(run_stage(lake))
    s, b = statistics.median(w for w, _ in stage), statistics.median(w for w, _ in base)
    # CPU seconds of this process: what other sessions on a shared machine disturb least.
    sc, bc = statistics.median(c for _, c in stage), statistics.median(c for _, c in base)
    mc = statistics.median(c for _, c in bare)
    n = args.articles
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(f"articles: {n}, repeats: {args.repeat} (median)")
    print("| what | seconds | articles/s |")
    print("|---|---|---|")
    print(f"| bare nlp.pipe (baseline) | {b:.2f} | {n / b:.1f} |")
    print(f"| NLP stage (parse, extract, write) | {s:.2f} | {n / s:.1f} |")
    print(f"| ratio stage / baseline | {s / b:.2f} | target <= 1.3 |")
    print(f"| CPU seconds: nlp.pipe, stage, ratio | {bc:.2f}, {sc:.2f} | {sc / bc:.2f} |")
    print(f"| CPU seconds: bare model's nlp.pipe, ratio nlp.pipe / it | {mc:.2f} | {bc / mc:.2f} |")
    print(f"| CPU ratio stage / bare model | | {sc / mc:.2f} |")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print(f"one-time GeoNames index build, not in the stage time: {warm:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
