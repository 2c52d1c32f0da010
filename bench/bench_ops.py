"""spaCy's matrix products: thinc's default (BLIS) against newsledger's (numpy's
OpenBLAS on one thread, ``newsledger.extract.nlp.THINC_OPS``), side by side in one run.

Both sides are the same pipeline (model and newsledger's components) over the same
paragraphs, the invented articles in ``tests/fixtures/invented/``; the rounds
alternate, so drift on a shared machine hits both alike. It first checks that both
give the same parse: every token's tag, part of speech, arc, lemma, entity and
sentence start. Reports CPU seconds per side (median) and the ratio
newsledger / default.

    python bench/bench_ops.py --articles 40 --repeat 3
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_info, threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger.extract.components import add_to_pipeline  # noqa: E402
from newsledger.extract.nlp import BATCH_SIZE, BLAS_THREADS, load_model, load_nlp  # noqa: E402
from newsledger.parse import parse_article  # noqa: E402


def paragraphs(n: int) -> list[str]:
    files = sorted((ROOT / "tests" / "fixtures" / "invented").glob("*.txt"))[:n]
    return [p.text for f in files for p in parse_article(f.read_text()).paragraphs]


def signature(doc: Doc) -> list[tuple]:
    return [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def cpu_seconds(nlp: Language, texts: list[str]) -> float:
    c0 = time.process_time()
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
    return time.process_time() - c0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = paragraphs(args.articles)
    ours, default = load_nlp(), add_to_pipeline(load_model(name="numpy"))
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        pairs = zip(ours.pipe(texts), default.pipe(texts), strict=True)
        differ = sum(signature(a) != signature(b) for a, b in pairs)
    times: dict[str, list[float]] = {"default": [], "newsledger": []}
    for _ in range(args.repeat):
        times["default"].append(cpu_seconds(default, texts))
        times["newsledger"].append(cpu_seconds(ours, texts))
    d, n = statistics.median(times["default"]), statistics.median(times["newsledger"])
    blas = ", ".join(f"{i['internal_api']} {i.get('version')}" for i in threadpool_info())
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"numpy's BLAS: {blas}; threads while parsing: {BLAS_THREADS}")
    words = sum(len(t.split()) for t in texts)
    print(f"paragraphs: {len(texts)} ({words} words), repeats: {args.repeat} (median)")
    print("| thinc ops | CPU seconds |")
    print("|---|---|")
    print(f"| default (BLIS) | {d:.2f} |")
    print(f"| newsledger (numpy, OpenBLAS) | {n:.2f} |")
    print(f"| ratio newsledger / default | {n / d:.2f} |")
    print(f"| paragraphs parsed differently | {differ} of {len(texts)} |")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
