"""Command line: ``newsledger run``, ``sql``, ``report``, ``eval``."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsledger.config import SEED_ARTICLES, Settings
from newsledger.section_model import MODEL_PATH

# Read-only SQL: only statements of these kinds reach DuckDB.
_READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}
# PRAGMAs that only report; the others change settings, which are locked (DuckDB
# 1.5 lets some, such as enable_profiling, through its own lock).
_READ_PRAGMAS = {
    "show_tables",
    "show_tables_expanded",
    "table_info",
    "show",
    "database_list",
    "database_size",
    "version",
    "platform",
    "functions",
    "collations",
    "storage_info",
    "metadata_info",
    "user_agent",
}
_PRAGMA_NAME = re.compile(r"^\s*PRAGMA\s+(\w+)", re.IGNORECASE)
# Allocations between two collections of Python's youngest generation (default 700).
# A run imports Dagster, Great Expectations, pandas and spaCy: millions of objects
# that live as long as the process, which the default made the collector walk
# again and again (7 full collections, 1.2 CPU s of a one-article run; 0.45 s with
# this, none of them full). Cyclic garbage is still collected, in larger steps.
GC_YOUNG_THRESHOLD = 50_000


def _run(args: argparse.Namespace) -> int:
    # The graph runs through Dagster; only this command needs it.
    from pipelines.runner import run_batch, summary

    os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")
    paths = [str(p) for p in args.paths] or [str(SEED_ARTICLES)]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    with _one_run_per_lake(settings):
        result = run_batch(paths, batch=args.batch, settings=settings, progress=not args.quiet)
    print(summary(result, settings))
    return 0 if result.success else 1


@contextmanager
def _one_run_per_lake(settings: Settings) -> Iterator[None]:
    """Runs on one lake take turns.

    The publish steps rewrite what all batches share (the global entities, the
    published tables): two at once would conflict. Under ``make ui`` Dagster's
    pools serialize those steps; in-process runs share no instance, so a file
    lock beside attach.sql does.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no lock
        yield
        return
    folder = settings.warehouse_dir
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".newsledger-run.lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("waiting for another newsledger run on this lake...", file=sys.stderr)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _sql(args: argparse.Namespace) -> int:
    import duckdb

    from newsledger.queries import connect

    settings = Settings.from_env()
    if args.format == "parquet" and not args.output:
        print("error: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    try:
        # Reads the lake only: a SELECT cannot read or write other files either.
        con = connect(settings)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        statements = con.extract_statements(args.query)
        for st in statements:
            kind = st.type.name
            if kind not in _READ_STATEMENTS:
                print(
                    f"error: newsledger sql is read-only; {kind} statements are refused "
                    "(use SELECT)",
                    file=sys.stderr,
                )
                return 2
            name = _PRAGMA_NAME.match(st.query)
            if kind == "PRAGMA" and (not name or name.group(1).lower() not in _READ_PRAGMAS):
                print(
                    "error: newsledger sql: settings are locked; only PRAGMAs that report "
                    f"run ({', '.join(sorted(_READ_PRAGMAS))})",
                    file=sys.stderr,
                )
                return 2
        if args.format != "table" and len(statements) != 1:
            print(f"error: --format {args.format} takes one statement", file=sys.stderr)
            return 2
        results = []
        for st in statements:
            rel = con.sql(st.query)
            if rel is not None:
                results.append(rel.to_arrow_table())
    except duckdb.PermissionException as exc:
        print(
            f"error: newsledger sql reads only the lake ({settings.data_path}): {exc}",
            file=sys.stderr,
        )
        return 2
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    _write_results(results, args.format, args.output)
    return 0


def _write_results(results: list, fmt: str, output: Path | None) -> None:
    """Query results as a table (GitHub markdown), CSV, JSON records or Parquet."""
    import io
    import json

    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq
    from tabulate import tabulate

    if fmt == "parquet":
        pq.write_table(results[0] if results else _empty(), output, compression="zstd")
        return
    if fmt == "csv":
        buffer = io.BytesIO()
        pcsv.write_csv(results[0] if results else _empty(), buffer)
        text = buffer.getvalue().decode("utf-8")
    elif fmt == "json":
        rows = results[0].to_pylist() if results else []
        text = json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    else:
        tables = []
        for t in results:
            # By column: a result may repeat a column name (SELECT 1 AS a, 2 AS a).
            rows = list(zip(*(c.to_pylist() for c in t.columns), strict=True))
            tables.append(
                tabulate(rows, headers=t.column_names, tablefmt="github", maxcolwidths=60)
            )
        text = "".join(t + "\n" for t in tables)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _empty():
    import pyarrow as pa

    return pa.table({})


def _report(args: argparse.Namespace) -> int:
    from newsledger.report import write_report

    settings = Settings.from_env()
    try:
        result = write_report(settings, args.output or settings.report_path, args.batch)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    facts = ", ".join(
        f"{n} {k}" if n == result.totals[k] else f"{n} of {result.totals[k]} {k}"
        for k, n in result.counts.items()
    )
    print(f"report: {result.path} ({facts})")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from newsledger.evaluate import format_misses, format_scores
    from pipelines.runner import evaluate_gold

    try:
        combined, per_article = evaluate_gold(args.gold, progress=not args.quiet)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.per_article:
        for name, scores in per_article.items():
            print(f"\n{name}\n{format_scores(scores)}")
    if args.misses:
        print("\nMisses (-: gold fact not extracted; +: extracted, matches no gold fact)")
        print(format_misses(per_article, extras=not args.no_extras))
    print(f"\nAll {len(per_article)} article(s)\n{format_scores(combined)}")
    return 0


def _train_sections(args: argparse.Namespace) -> int:
    from newsledger.section_model import NONE, dump_model, examples_from_gold, train
    from newsledger.sections import SECTION_TYPES
    from pipelines.runner import find_gold_articles

    try:
        pairs = find_gold_articles(args.gold)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    examples = examples_from_gold(pairs)
    model = train(examples, classes=[*SECTION_TYPES, NONE], threshold=args.threshold)
    folders = sorted({gold.parent.name for gold, _ in pairs})
    model = {"trained_on": folders, "paragraphs": len(examples), **model}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump_model(model), encoding="utf-8")
    print(
        f"section model: {len(examples)} paragraphs of {len(pairs)} articles, "
        f"{len(model['weights'])} features -> {args.output}"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsledger", description="Turn news articles into an analytic dataset."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="process files or folders as one ingest batch")
    run.add_argument(
        "paths", nargs="*", type=Path, help=f"files or folders (default {SEED_ARTICLES})"
    )
    run.add_argument("--batch", help="batch key (default: today's date)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.set_defaults(func=_run)
    sql = sub.add_parser(
        "sql",
        help="query the warehouse, read-only",
        description="Run read-only SQL on the lake's tables. The macros of "
        "warehouse/macros.sql (evidence, mentions_of) and warehouse/questions.sql "
        "(claims_by, reactions_by, quotes_of) are defined.",
    )
    sql.add_argument("query")
    sql.add_argument(
        "--format",
        choices=["table", "csv", "json", "parquet"],
        default="table",
        help="output format (default: table; parquet needs -o)",
    )
    sql.add_argument("-o", "--output", type=Path, help="write to FILE instead of stdout")
    sql.set_defaults(func=_sql)
    rep = sub.add_parser(
        "report",
        help="write the HTML report: map, timeline, claims, quotes, reactions",
        description="Write the HTML page of one batch or of the whole warehouse. Each "
        "list shows at most its most recent rows (articles 1,000, places 500, timeline "
        "1,000, claims 2,000, quotes 2,000, reactions 1,000) and says how to query the "
        "rest. The pipeline writes each batch's page itself, under reports/ beside the "
        "warehouse.",
    )
    rep.add_argument("--batch", help="only this ingest batch (default: every batch)")
    rep.add_argument(
        "-o", "--output", type=Path, help="HTML file (default: report.html beside the warehouse)"
    )
    rep.set_defaults(func=_report)
    ev = sub.add_parser("eval", help="score extraction against gold YAML files")
    ev.add_argument(
        "gold", nargs="+", type=Path, help="gold YAML files or folders (searched recursively)"
    )
    ev.add_argument("--per-article", action="store_true", help="also print each article's scores")
    ev.add_argument(
        "--misses", action="store_true", help="list every miss and every unmatched extraction"
    )
    ev.add_argument("--no-extras", action="store_true", help="with --misses: list misses only")
    ev.add_argument("--quiet", action="store_true", help="no progress bar")
    ev.set_defaults(func=_eval)
    tr = sub.add_parser(
        "train-sections",
        help="train the section model on gold YAML files",
        description="Fit the model that retypes paragraphs the section rules got wrong "
        "(newsledger/section_model.py) on the gold files' sections, and write it. Keep "
        "the folders you measure on out of it.",
    )
    tr.add_argument(
        "gold", nargs="+", type=Path, help="gold YAML files or folders (searched recursively)"
    )
    tr.add_argument(
        "-o", "--output", type=Path, default=MODEL_PATH, help=f"model file (default {MODEL_PATH})"
    )
    tr.add_argument(
        "--threshold",
        type=float,
        default=0.7,
        help="probability the model needs to overrule the rules (default 0.7)",
    )
    tr.set_defaults(func=_train_sections)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


def entry() -> None:
    """The ``newsledger`` command: :func:`main` (with the collector tuned, see
    :data:`GC_YOUNG_THRESHOLD`), then an exit that skips tearing down the interpreter.

    Everything the commands write is closed before they return; what is left is
    freeing thousands of modules and the spaCy model object by object, 1 to 2 s of
    a one-article run (bench/bench_latency.py). As at a normal exit, other threads
    are waited for, exit handlers run and the output is flushed.
    """
    import atexit
    import contextlib
    import gc
    import threading

    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    try:
        code = main()
    except SystemExit as exc:  # argparse's usage errors and --help
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    except KeyboardInterrupt:
        code = 130
    except BaseException:
        sys.excepthook(*sys.exc_info())
        code = 1
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # a closed pipe (newsledger run | head)
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
