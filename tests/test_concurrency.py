"""Concurrency: readers never block the pipeline nor see part of a batch; two
runs of different batches sharing a lake and a warehouse both land."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from contextlib import nullcontext
from pathlib import Path

import duckdb
import pytest
from lake_worker import command, make_batches, shared_server, start_reader, stop_reader, view_rows

from newsledger import warehouse as wh
from newsledger.lake import Lake
from newsledger.schemas import PUBLIC_TABLES
from newsledger.stages import plan_articles, plan_raw

WORKER = Path(__file__).with_name("lake_worker.py")
TIMEOUT_S = 300


@pytest.mark.slow
def test_two_runs_at_once_and_a_reader_in_a_loop(tmp_path):
    """`newsledger run --batch A dirA` and `--batch B dirB` start together on one
    lake and warehouse, while another process opens the warehouse read-only and
    queries every view, again and again. The runs take turns on the lake (a file
    lock in the CLI): their publish steps rewrite the global entities table, and
    at once they lost each other's entities (a failed cross-table check)."""
    batches = make_batches(tmp_path / "inputs", [3, 4])
    expected = {b.key: (b.articles, b.rejected) for b in batches}
    lake, db = tmp_path / "lake", tmp_path / "warehouse" / "newsledger.duckdb"
    env = os.environ | {
        "NEWSLEDGER_LAKE": str(lake),
        "NEWSLEDGER_WAREHOUSE": str(db),
        "NEWSLEDGER_INBOX": str(tmp_path / "inputs"),
        "OMP_NUM_THREADS": "1",
    }
    stop, out = tmp_path / "stop", tmp_path / "reader.json"
    args = {"warehouse": str(db), "stop": str(stop), "out": str(out)}
    reader = subprocess.Popen([sys.executable, str(WORKER), "read", json.dumps(args)], env=env)
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsledger.cli",
                "run",
                "--quiet",
                "--batch",
                b.key,
                str(b.folder),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for b in batches
    ]
    try:
        outputs = [p.communicate(timeout=TIMEOUT_S)[0] for p in runs]
        time.sleep(0.5)  # let the reader see the final warehouse too
    finally:
        stop.touch()
        for p in [*runs, reader]:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
    for p, text in zip(runs, outputs, strict=True):
        assert p.returncode == 0, text[-3000:]
    stats = json.loads(out.read_text())

    # The reader: no lock error, no error at all, and never part of a batch.
    assert stats["iterations"] > 0
    assert stats["errors"] == [], stats["errors"][:5]
    for state in stats["states"]:
        for key, (articles, rejected) in expected.items():
            assert state["articles"].get(key, 0) in (0, articles), state
            assert state["rejected"].get(key, 0) in (0, rejected), state
    assert stats["unfinished"] == 0

    # The last build saw both batches, whole.
    rows = view_rows(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        arts = dict(con.execute("SELECT batch, count(*) FROM articles GROUP BY 1").fetchall())
        unfinished = con.execute(
            "SELECT count(*) FROM articles ANTI JOIN sentences USING (article_id)"
        ).fetchone()[0]
        orphans = con.execute(
            "SELECT count(*) FROM mentions ANTI JOIN entities USING (entity_id)"
        ).fetchone()[0]
    finally:
        con.close()
    assert arts == {k: a for k, (a, _) in expected.items()}
    assert len(rows["rejected_articles"]) == sum(r for _, r in expected.values())
    assert unfinished == 0 and orphans == 0
    waited = sum("waiting for another newsledger run" in text for text in outputs)
    print(
        f"\nconcurrency: both runs landed ({waited} waited for the other); reader "
        f"{stats['iterations']} queries of every view, no lock error, no partial batch, "
        f"{len(stats['states'])} states seen, no error"
    )


@pytest.mark.slow
def test_a_reader_in_a_loop_while_batches_materialize(tmp_path):
    """Batch after batch is materialized and published (one warehouse swap each)
    while a reader process reopens the warehouse and queries every view."""
    batches = make_batches(tmp_path / "inputs", [1, 2, 1, 2, 1])
    root = tmp_path / "run"
    db = root / "warehouse" / "newsledger.duckdb"
    server = shared_server()
    reader = start_reader(db, tmp_path)
    try:
        answer = server.run(**command(root, batches))
    finally:
        stats = stop_reader(reader, tmp_path)
    assert answer["exit"] == 0, answer
    assert stats["errors"] == [], stats["errors"][:5]
    expected = {b.key: (b.articles, b.rejected) for b in batches}
    for state in stats["states"]:
        for key, (articles, rejected) in expected.items():
            assert state["articles"].get(key, 0) in (0, articles), state
            assert state["rejected"].get(key, 0) in (0, rejected), state
    # One run at a time publishes only finished batches: never an article without sentences.
    assert stats["unfinished"] == 0
    assert len(stats["states"]) >= 3, stats  # the reader did see the warehouse change
    print(
        f"\nreader: {stats['iterations']} queries of every view during {len(batches)} "
        f"publishes, {len(stats['states'])} states seen, no error, no partial batch"
    )


def test_a_connection_opened_before_a_publish_keeps_reading(tmp_path):
    (a,) = make_batches(tmp_path / "inputs", [1])
    lake = Lake(str(tmp_path / "lake"))
    db = tmp_path / "newsledger.duckdb"
    _commit_batch(lake, a.key, a.folder)
    wh.build(lake, db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        # A publish that supersedes a part (here a full reprocess of the batch), with the
        # garbage collection the warehouse asset runs after the swap.
        plan_articles(lake, a.key, 10**6, full=True).commit()
        result = wh.build(lake, db)
        for table in PUBLIC_TABLES:
            lake.collect_garbage(table, result.files_in_use)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def _commit_batch(lake: Lake, key: str, folder: Path) -> None:
    plan_raw(lake, key, [folder], 10**6).commit()
    plan_articles(lake, key, 10**6).commit()


@pytest.mark.parametrize("locked", [True, False], ids=["with-lock", "without-lock"])
def test_the_last_warehouse_build_sees_every_batch(tmp_path, monkeypatch, locked):
    """Build 1 reads the lake (batch A), then stalls; batch B is committed and
    build 2 starts. Without the build lock, build 1 renames its file last and B
    disappears from the views; with it, build 2 waits and then reads A and B."""
    a, b = make_batches(tmp_path / "inputs", [1, 1])
    lake = Lake(str(tmp_path / "lake"))
    db = tmp_path / "newsledger.duckdb"
    _commit_batch(lake, a.key, a.folder)
    if not locked:
        monkeypatch.setattr(wh, "_build_lock", lambda _path: nullcontext())
        monkeypatch.setattr(wh, "_remove_leftovers", lambda _path: None)  # needs the lock

    entered, release = threading.Event(), threading.Event()
    real_checks = wh.run_checks

    def stalling_checks(con):
        if not entered.is_set():
            entered.set()
            assert release.wait(30)
        return real_checks(con)

    monkeypatch.setattr(wh, "run_checks", stalling_checks)
    first = threading.Thread(target=wh.build, args=(lake, db))
    first.start()
    assert entered.wait(30)
    _commit_batch(lake, b.key, b.folder)
    second = threading.Thread(target=wh.build, args=(lake, db))
    second.start()
    second.join(timeout=1.0 if locked else 30)
    assert second.is_alive() is locked  # with the lock, build 2 waits for build 1
    release.set()
    first.join(30)
    second.join(30)
    with duckdb.connect(str(db), read_only=True) as con:
        seen = {k for (k,) in con.execute("SELECT DISTINCT batch FROM articles").fetchall()}
    if locked:
        assert seen == {a.key, b.key}
    else:
        assert seen == {a.key}  # the race the lock removes
