"""Run the asset graph in-process for one batch: what ``newsledger run`` does."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from pipelines.partitions import BATCH_TAG, batches, today_batch
from pipelines.resources import NewsledgerResource

_BATCH_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass
class RunResult:
    batch: str
    success: bool
    run_ids: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _instance() -> dg.DagsterInstance:
    # With DAGSTER_HOME set, runs show up in the UI; otherwise nothing is kept.
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


class _Progress:
    """A tqdm bar over the run's steps, fed by Dagster's event stream."""

    def __init__(self, total: int, enabled: bool) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="step", disable=not enabled, leave=True)

    def __call__(self, event: dg.EventLogEntry) -> None:
        de = event.dagster_event
        if de is not None and de.event_type_value in (
            "STEP_SUCCESS",
            "STEP_FAILURE",
            "STEP_SKIPPED",
        ):
            self.bar.set_description(de.step_key or "")
            self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def run_batch(
    paths: list[str],
    batch: str | None = None,
    settings: Settings | None = None,
    progress: bool = True,
    full: bool = False,
) -> RunResult:
    """Register ``paths`` into ``batch`` and materialize every asset in-process."""
    from pipelines.definitions import defs

    settings = settings or Settings.from_env()
    batch = batch or today_batch()
    if not _BATCH_KEY.match(batch):
        raise ValueError(f"invalid batch key {batch!r}: letters, digits, '.', '_', '-' only")
    instance = _instance()
    instance.add_dynamic_partitions(batches.name, [batch])
    resources = {"newsledger": NewsledgerResource.from_settings(settings)}
    result = RunResult(batch, True)
    tags = {BATCH_TAG: batch} | ({"newsledger/reprocess": "full"} if full else {})
    # The progress bar and the summary speak to the user; Dagster's own log only on trouble.
    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    steps = [
        (
            defs.resolve_job_def("ingest"),
            quiet | {"ops": {"raw_articles": {"config": {"paths": paths}}}},
            batch,
        ),
        (defs.resolve_job_def("publish"), quiet, None),
    ]
    for job, run_config, partition_key in steps:
        run_id = str(uuid.uuid4())
        bar = _Progress(len(job.graph.node_defs), progress)
        # Every event of the run reaches the bar as it happens.
        instance.add_event_listener(run_id, bar)
        try:
            out = job.execute_in_process(
                run_config=run_config,
                instance=instance,
                partition_key=partition_key,
                tags=tags,
                resources=resources,
                run_id=run_id,
                raise_on_error=False,
            )
        finally:
            bar.close()
        result.run_ids.append(out.run_id)
        if not out.success:
            result.success = False
            result.failures += [
                f"{e.step_key}: {e.message}" for e in out.all_events if e.is_failure
            ]
            break
    return result


def summary(result: RunResult, settings: Settings) -> str:
    """What a person wants to see after a run, from the published tables."""
    from tabulate import tabulate

    from newsledger.warehouse import REPORT_SQL, connect_readonly, load_named

    lines = [f"batch {result.batch}: {'succeeded' if result.success else 'FAILED'}"]
    lines += [f"  failure: {f}" for f in result.failures[:10]]
    if not settings.attach_sql.exists():
        return "\n".join(lines)
    queries = load_named(REPORT_SQL, "query")
    con = connect_readonly(settings)
    try:

        def table(name: str, **params: object) -> str:
            rel = con.execute(queries[name], params or None)
            cols = [d[0] for d in rel.description]
            return tabulate(rel.fetchall(), headers=cols, tablefmt="github", maxcolwidths=70)

        lines += ["", "Warehouse totals:", table("totals")]
        lines += ["", "Sections by type:", table("sections_by_type")]
        lines += [
            "",
            f"Articles in batch {result.batch}:",
            table("batch_articles", batch=result.batch),
        ]
        lines += ["", f"Rejected files in batch {result.batch}:"]
        lines += [table("batch_rejected", batch=result.batch)]
        for name, title in [
            ("entities_by_type", "Entities"),
            ("batch_quotes", "Quotes"),
            ("batch_claims", "Claims"),
            ("batch_reactions", "Reactions"),
            ("batch_timeline", "Timeline"),
        ]:
            lines += ["", f"{title} in batch {result.batch}:", table(name, batch=result.batch)]
    finally:
        con.close()
    example = "SELECT section_type, heading, char_start, char_end FROM sections"
    lines += [
        "",
        f"DuckLake catalog: {settings.catalog}",
        f"Attach it in DuckDB: duckdb -init {settings.attach_sql}",
        f'Try: .venv/bin/newsledger sql "{example}"',
    ]
    return "\n".join(lines)


def gold_files(gold: Path | Sequence[Path]) -> list[Path]:
    """The ``*.gold.yaml`` files given, or found under the folders given (recursively:
    ``tests/gold`` holds the ``dev/`` and ``test/`` splits)."""
    out: list[Path] = []
    for path in [gold] if isinstance(gold, str | Path) else gold:
        path = Path(path)
        out.extend(sorted(path.rglob("*.gold.yaml")) if path.is_dir() else [path])
    return out


def find_gold_articles(gold: Path | Sequence[Path]) -> list[tuple[Path, Path]]:
    """(gold file, article file) pairs for every gold file in ``gold`` (see :func:`gold_files`).

    An article is looked up by the gold file's ``source`` (relative to the shared
    folder) or, without one, by its stem in ``seeds/articles/``.
    """
    from newsledger.config import PROJECT_ROOT, SEED_ARTICLES
    from newsledger.evaluate import gold_source_stem, load_gold

    shared = PROJECT_ROOT.parent / "shared"
    pairs = []
    for gold_path in gold_files(gold):
        gold_dir = gold_path.parent
        gold = load_gold(gold_path)
        stem = gold_source_stem(gold, gold_path)
        candidates = [SEED_ARTICLES / f"{stem}.txt", shared / "seeds" / f"{stem}.txt"]
        if gold.get("source"):
            src = Path(gold["source"])
            candidates = [
                Path(gold_dir).parent / src,
                shared / src,
                PROJECT_ROOT / src,
                *candidates,
            ]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise FileNotFoundError(f"{gold_path}: article {stem} not found in {candidates}")
        pairs.append((gold_path, found))
    if not pairs:
        raise FileNotFoundError(f"no *.gold.yaml files in {gold}")
    return pairs


def evaluate_gold(
    gold_dir: Path | Sequence[Path], workdir: Path | None = None, progress: bool = True
):
    """Run the pipeline on the articles the gold files name, in a scratch lake,
    and score each article. Returns (combined scores, per-article scores)."""
    import shutil
    import tempfile

    from newsledger.evaluate import combine, find_article_id, load_gold, score_article
    from newsledger.schemas import PUBLIC_TABLES

    pairs = find_gold_articles(gold_dir)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        inbox = Path(tmp) / "articles"
        inbox.mkdir()
        for _, article in pairs:
            shutil.copy(article, inbox / article.name)
        settings = Settings(warehouse_dir=Path(tmp) / "warehouse", inbox=inbox)
        result = run_batch([str(inbox)], batch="eval", settings=settings, progress=progress)
        if not result.success:
            raise RuntimeError("pipeline failed: " + "; ".join(result.failures))
        from newsledger.warehouse import connect_readonly

        with connect_readonly(settings) as con:
            tables = {t: con.execute(f"SELECT * FROM {t}").df() for t in PUBLIC_TABLES}
    per_article = {}
    for gold_path, _ in pairs:
        gold = load_gold(gold_path)
        aid = find_article_id(gold, gold_path, tables["articles"])
        name = f"{gold_path.parent.name}/{gold_path.name}"
        per_article[name] = score_article(gold, tables, aid) if aid else []
    return combine(s for scores in per_article.values() for s in scores), per_article
