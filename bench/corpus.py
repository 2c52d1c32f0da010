"""Generate N distinct articles from the real ones in seeds/ and ../shared/corpus/.

Each generated article keeps a real article's head and paragraphs, in a
shuffled order with a numbered standfirst, so content hashes differ and
deduplication keeps every one, while the language stays real news text.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
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


def iter_generate(n: int, seed: int = 7, start: int = 0) -> Iterator[str]:
    """Articles number ``start`` to ``start + n - 1``: a number is in the text, so
    articles with different numbers never share a content hash. One at a time, so
    that writing 10,000 of them does not add to a benchmark's peak memory."""
    rng = random.Random(seed)
    sources = source_articles()
    for i in range(start, start + n):
        yield variant(sources[i % len(sources)], i, rng)


def generate(n: int, seed: int = 7, start: int = 0) -> list[str]:
    return list(iter_generate(n, seed, start))


def write(n: int, out: Path, seed: int = 7, start: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(iter_generate(n, seed, start), start):
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
