"""Run the asset graph in-process for one batch: what ``newsledger run`` does."""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from pipelines.instance_storage import fewer_disk_flushes
from pipelines.partitions import BATCH_TAG, batches, today_batch
from pipelines.resources import NewsledgerResource

_BATCH_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass
class RunResult:
    batch: str
    success: bool
    run_ids: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


# Tags of the in-process runs: which process runs them, so a run whose process died
# (killed, or the machine restarted) can be told from a run still going.
_PID_TAG = "newsledger/pid"
_INSTANCE_YAML = Path(__file__).with_name("dagster.yaml")


def dagster_home() -> Path:
    """The Dagster instance folder that ``make ui`` serves: ``DAGSTER_HOME`` when set,
    else ``.dagster_home/`` in the project."""
    from newsledger.config import PROJECT_ROOT

    home = os.environ.get("DAGSTER_HOME")
    return Path(home) if home else PROJECT_ROOT / ".dagster_home"


def _instance() -> dg.DagsterInstance:
    """The instance of ``make ui``, so what ``newsledger run`` did shows in the UI."""
    home = dagster_home().absolute()
    home.mkdir(parents=True, exist_ok=True)
    fewer_disk_flushes(home)
    config = home / "dagster.yaml"
    if not config.exists():
        # The same settings `make ui` copies in; written whole, so a concurrent run
        # never reads half a file.
        tmp = home / f".dagster.yaml.{os.getpid()}"
        tmp.write_text(_INSTANCE_YAML.read_text())
        os.replace(tmp, config)
    return dg.DagsterInstance.from_config(str(home))


def _process_tag() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _close_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark as failed the in-process runs of this host whose process is gone, and free
    their pool slots: a killed run keeps its claim on the ``lake_publish`` slot
    otherwise, and every later run would wait for it forever."""
    host = socket.gethostname()
    closed = []
    running = [
        dg.DagsterRunStatus.STARTED,
        dg.DagsterRunStatus.STARTING,
        dg.DagsterRunStatus.NOT_STARTED,
    ]
    for run in instance.get_runs(dg.RunsFilter(statuses=running)):
        tag = run.tags.get(_PID_TAG, "")
        run_host, _, pid = tag.rpartition(":")
        if run_host != host or not pid.isdigit() or _alive(int(pid)):
            continue
        instance.report_run_failed(run, f"process {pid} ended before the run finished")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        closed.append(run.run_id)
    closed += _free_finished_claims(instance, closed)
    return closed


# The pools the assets' steps claim slots in (assets/entities.py, assets/warehouse.py).
POOLS = ("lake_publish",)
_FINISHED = {
    dg.DagsterRunStatus.SUCCESS,
    dg.DagsterRunStatus.FAILURE,
    dg.DagsterRunStatus.CANCELED,
}


def _free_finished_claims(instance: dg.DagsterInstance, done: list[str]) -> list[str]:
    """Free the pool claims of runs that are over: a run killed in a step, then marked
    failed by whoever saw it die, may still hold the slot it claimed, and every later
    run would wait for it forever."""
    storage = instance.event_log_storage
    freed = []
    for pool in POOLS:
        info = storage.get_concurrency_info(pool)
        holders = {c.run_id for c in info.claimed_slots} | {p.run_id for p in info.pending_steps}
        for run_id in sorted(holders - set(done)):
            run = instance.get_run_by_id(run_id)
            if run is None or run.status in _FINISHED:
                storage.free_concurrency_slots_for_run(run_id)
                freed.append(run_id)
    return freed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


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
    instance: dg.DagsterInstance | None = None,
) -> RunResult:
    """Register ``paths`` into ``batch`` and materialize every asset in-process.

    The runs are recorded in ``instance``, by default the one ``make ui`` serves
    (:func:`dagster_home`).
    """
    batch = batch or today_batch()
    if not _BATCH_KEY.match(batch):
        raise ValueError(f"invalid batch key {batch!r}: letters, digits, '.', '_', '-' only")
    if instance is not None:
        return _run_batch(instance, paths, batch, settings or Settings.from_env(), progress, full)
    with _instance() as own:
        _close_dead_runs(own)
        return _run_batch(own, paths, batch, settings or Settings.from_env(), progress, full)


def _run_batch(
    instance: dg.DagsterInstance,
    paths: list[str],
    batch: str,
    settings: Settings,
    progress: bool,
    full: bool,
) -> RunResult:
    from pipelines.definitions import defs

    instance.add_dynamic_partitions(batches.name, [batch])
    resources = {"newsledger": NewsledgerResource.from_settings(settings)}
    result = RunResult(batch, True)
    tags = {BATCH_TAG: batch, _PID_TAG: _process_tag()}
    tags |= {"newsledger/reprocess": "full"} if full else {}
    # The progress bar and the summary speak to the user; Dagster's own log only on trouble.
    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    # One run from the files to the warehouse: a second run would pay the run's own
    # setup and bookkeeping in the instance again (bench/bench_latency.py).
    job = defs.resolve_job_def("ingest_and_publish")
    run_id = str(uuid.uuid4())
    bar = _Progress(len(job.graph.node_defs), progress)
    # Every event of the run reaches the bar as it happens.
    instance.add_event_listener(run_id, bar)
    try:
        out = job.execute_in_process(
            run_config=quiet | {"ops": {"raw_articles": {"config": {"paths": paths}}}},
            instance=instance,
            partition_key=batch,
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
        result.failures += [f"{e.step_key}: {e.message}" for e in out.all_events if e.is_failure]
    return result


def summary(result: RunResult, settings: Settings) -> str:
    """What a person wants to see after a run, from the published tables."""
    from tabulate import tabulate

    from newsledger.lake import PIPELINE_THREADS
    from newsledger.report import batch_page
    from newsledger.warehouse import REPORT_SQL, connect_readonly, load_named

    lines = [f"batch {result.batch}: {'succeeded' if result.success else 'FAILED'}"]
    lines += [f"  failure: {f}" for f in result.failures[:10]]
    if not settings.attach_sql.exists():
        return "\n".join(lines)
    queries = load_named(REPORT_SQL, "query")
    con = connect_readonly(settings, threads=PIPELINE_THREADS)
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
        f"Report of batch {result.batch}: {batch_page(settings, result.batch)}",
        f"Reports of every batch: {settings.reports_dir / 'index.html'}",
        f"Report of the whole warehouse: .venv/bin/newsledger report (writes {settings.report_path})",
        f"Dagster runs: {dagster_home()} (make ui shows them)",
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

    from newsledger.evaluate import combine, find_article_id, load_gold, score_articles
    from newsledger.schemas import PUBLIC_TABLES

    pairs = find_gold_articles(gold_dir)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        inbox = Path(tmp) / "articles"
        inbox.mkdir()
        for _, article in pairs:
            shutil.copy(article, inbox / article.name)
        settings = Settings(warehouse_dir=Path(tmp) / "warehouse", inbox=inbox)
        # A scratch lake: its runs are kept out of the instance the UI shows.
        result = run_batch(
            [str(inbox)],
            batch="eval",
            settings=settings,
            progress=progress,
            instance=dg.DagsterInstance.ephemeral(),
        )
        if not result.success:
            raise RuntimeError("pipeline failed: " + "; ".join(result.failures))
        from newsledger.warehouse import connect_readonly

        with connect_readonly(settings) as con:
            tables = {t: con.execute(f"SELECT * FROM {t}").df() for t in PUBLIC_TABLES}
    names, found = [], []
    for gold_path, _ in pairs:
        gold = load_gold(gold_path)
        names.append(f"{gold_path.parent.name}/{gold_path.name}")
        found.append((gold, find_article_id(gold, gold_path, tables["articles"])))
    scored = iter(score_articles([(g, aid) for g, aid in found if aid], tables))
    per_article = {
        name: next(scored) if aid else [] for name, (_, aid) in zip(names, found, strict=True)
    }
    return combine(s for scores in per_article.values() for s in scores), per_article
