"""Generate N distinct articles from the real ones in seeds/ and ../shared/corpus/.

Each generated article keeps a real article's head and paragraphs, in a
shuffled order with a numbered standfirst, so content hashes differ and
deduplication keeps every one, while the language stays real news text.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from newsledger.config import PROJECT_ROOT, SEED_ARTICLES
from newsledger.parse import parse_article
from newsledger.text import normalize_text

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def source_articles() -> list[str]:
    paths = sorted(SEED_ARTICLES.glob("*.txt"))
    if SHARED_CORPUS.is_dir():
        paths += sorted(p for p in SHARED_CORPUS.rglob("*.txt"))
    return [normalize_text(p.read_text(encoding="utf-8")) for p in paths]


def variant(text: str, n: int, rng: random.Random) -> str:
    parsed = parse_article(text)
    head = text[: parsed.head.body_start].rstrip()
    paras = [p.text for p in parsed.paragraphs]
    rng.shuffle(paras)
    standfirst = f"Report {n}: a summary of the day's developments, filed as update number {n}."
    return "\n\n".join([head, standfirst, *paras]) + "\n"


def generate(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sources = source_articles()
    return [variant(sources[i % len(sources)], i, rng) for i in range(n)]


def write(n: int, out: Path, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate(n, seed)):
        path = out / f"article_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    print(f"wrote {len(write(args.n, args.out))} articles to {args.out}")
