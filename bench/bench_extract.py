"""CPU seconds of the extraction alone, this checkout against another, side by side.

The NLP stage's own rules (entity steps, then quotes, claims, reactions and timeline)
are a small part of the stage beside spaCy's parse, so a change to them hides in the
noise of ``bench/bench_nlp.py``'s ratios. This script parses the articles once per
process (not timed) and times only ``extract_entities`` and ``extract_attribution``
with ``time.process_time``, over every invented test article (``tests/fixtures/invented``)
and every article of ``../shared/corpus``, ``--repeat`` times. With ``--compare DIR``
it runs DIR's code (a checkout or ``git worktree`` of the repo) in its own process too,
the two sides alternating ``--rounds`` times (each opening every other round), and prints each side's median and the
ratio this checkout / DIR. The parse each process makes first (its own checkout's spaCy
pipeline, with its components and tokenizer rules) is timed too, once per round, and
gets a table of its own; so does the sections stage's work (``parse_article`` and
``segment_sections``, with the section model where the checkout has one), ``--repeat``
times over the same texts.

    python bench/bench_extract.py --compare /tmp/wt_old --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def measure(root: Path, repeat: int) -> dict[str, float]:
    """One process's CPU seconds of each step over the articles, and of the parse before."""
    sys.path[:0] = [str(root / "tests"), str(root)]
    from test_attribution import parse

    from newsledger.extract.attribution import extract_attribution
    from newsledger.extract.entities import extract_entities
    from newsledger.parse import parse_article
    from newsledger.sections import segment_sections
    from newsledger.text import normalize_text

    files = sorted((ROOT / "tests" / "fixtures" / "invented").glob("*.txt"))
    files += sorted(SHARED_CORPUS.glob("*/*.txt"))
    texts = [normalize_text(f.read_text(encoding="utf-8")) for f in files]
    parse(texts[0])  # loads the pipeline, which is no part of the parse's time
    t0 = time.process_time()
    parsed = [parse(text) for text in texts]
    parse_seconds = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(repeat):
        for text in texts:
            head = parse_article(text)
            segment_sections(text, head.paragraphs, published_date=head.head.published_date)
    sections_seconds = time.process_time() - t0
    entities = attribution = 0.0
    for _ in range(repeat):
        for _aid, docs, sections, published, _body, author in parsed:
            t0 = time.process_time()
            found = extract_entities(docs, author)
            t1 = time.process_time()
            extract_attribution(
                docs,
                found.mentions,
                found.entities,
                sections,
                published,
                person_roles=found.person_roles,
            )
            entities += t1 - t0
            attribution += time.process_time() - t1
    return {
        "articles": len(parsed),
        "parse": parse_seconds,
        "sections": sections_seconds,
        "entities": entities,
        "attribution": attribution,
    }


def run_side(root: Path, repeat: int) -> dict[str, float]:
    """:func:`measure` in a fresh process whose code is ``root``'s."""
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
        f"import bench_extract as b; "
        f"print(json.dumps(b.measure(__import__('pathlib').Path({str(root)!r}), {repeat})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="another checkout to run beside this one")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles")
    args = parser.parse_args()
    sides = [("this checkout", ROOT)] + (
        [("compared", args.compare.resolve())] if args.compare else []
    )
    totals: dict[str, list[float]] = {name: [] for name, _ in sides}
    parses: dict[str, list[float]] = {name: [] for name, _ in sides}
    sections: dict[str, list[float]] = {name: [] for name, _ in sides}
    articles = 0
    for k in range(args.rounds):
        # Each side opens every other round: the first process of a round runs colder.
        for name, root in sides if k % 2 == 0 else sides[::-1]:
            r = run_side(root, args.repeat)
            articles = int(r["articles"])
            totals[name].append(r["entities"] + r["attribution"])
            parses[name].append(r["parse"])
            sections[name].append(r["sections"])
            print(
                f"{name}: parse {r['parse']:.2f} s, sections {r['sections']:.2f} s, "
                f"entities {r['entities']:.2f} s, attribution {r['attribution']:.2f} s"
            )
    print(f"\narticles: {articles}, passes: {args.repeat}, rounds: {args.rounds}")
    _table("extraction (entities and attribution)", totals, bool(args.compare))
    _table("parse (one pass, spaCy with the checkout's components)", parses, bool(args.compare))
    _table("sections (parse_article and segment_sections)", sections, bool(args.compare))


def _table(title: str, seconds: dict[str, list[float]], compare: bool) -> None:
    print(f"\n{title}\n")
    print("| side | CPU seconds per round | median |")
    print("|---|---|---|")
    for name, values in seconds.items():
        print(
            f"| {name} | {', '.join(f'{v:.2f}' for v in values)} | {statistics.median(values):.2f} |"
        )
    if compare:
        ratio = statistics.median(seconds["this checkout"]) / statistics.median(seconds["compared"])
        print(f"| ratio this / compared | | {ratio:.2f} |")


if __name__ == "__main__":
    main()
