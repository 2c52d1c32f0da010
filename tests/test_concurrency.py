"""Concurrency: readers never block the pipeline nor see part of a batch; two
runs of different batches sharing a lake both land; two publishes at once never
publish a batch twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from lake_worker import (
    command,
    connect,
    make_batches,
    publish,
    shared_server,
    stage_batch,
    start_reader,
    stop_reader,
    view_rows,
)

from newsledger import warehouse as wh
from newsledger.config import Settings
from newsledger.stages import plan_entities

WORKER = Path(__file__).with_name("lake_worker.py")
TIMEOUT_S = 300


@pytest.mark.slow
def test_two_runs_at_once_and_a_reader_in_a_loop(tmp_path):
    """`newsledger run --batch A dirA` and `--batch B dirB` start together on one
    lake, while another process attaches it with attach.sql and queries every
    table, again and again. The runs take turns on the lake (a file lock in the
    CLI): their publish steps rewrite what all batches share."""
    batches = make_batches(tmp_path / "inputs", [3, 4])
    expected = {b.key: (b.articles, b.rejected) for b in batches}
    db = tmp_path / "warehouse"
    env = os.environ | {
        "NEWSLEDGER_WAREHOUSE": str(db),
        "NEWSLEDGER_INBOX": str(tmp_path / "inputs"),
        "OMP_NUM_THREADS": "1",
    }
    # Runs are recorded in the tests' scratch DAGSTER_HOME (conftest); the lake is
    # this test's own.
    for var in ("NEWSLEDGER_LAKE", "NEWSLEDGER_CATALOG"):
        env.pop(var, None)
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
    assert stats["unfinished"] == 0 and stats["vanished"] == 0, stats

    # The last publish showed both batches, whole.
    rows = view_rows(db)
    con = connect(db)
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
        f"{stats['iterations']} rounds of every table, no lock error, no partial batch, "
        f"{len(stats['states'])} states seen, no error; longest query "
        f"{stats['worst_query_s']:.2f} s"
    )


@pytest.mark.slow
def test_a_reader_in_a_loop_while_batches_materialize(tmp_path):
    """Batch after batch is materialized and published (one transaction each)
    while a reader process attaches the lake again and again and queries every
    table."""
    batches = make_batches(tmp_path / "inputs", [1, 2, 1, 2, 1])
    root = tmp_path / "run"
    db = root / "warehouse"
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
    assert stats["unfinished"] == 0 and stats["vanished"] == 0, stats
    assert len(stats["states"]) >= 3, stats  # the reader did see the lake change
    print(
        f"\nreader: {stats['iterations']} rounds of every table during {len(batches)} "
        f"publishes, {len(stats['states'])} states seen, no error, no partial batch; "
        f"longest query {stats['worst_query_s']:.2f} s of {stats['queries']}"
    )


def test_a_connection_opened_before_a_publish_keeps_reading(tmp_path):
    """A reader inside a transaction keeps its snapshot while a reprocess replaces
    the batch and the publish runs DuckLake's maintenance; a new transaction
    sees the new snapshot."""
    (a,) = make_batches(tmp_path / "inputs", [1])
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, a.key, a.folder)
    publish(lake, settings)
    with connect(settings.warehouse_dir) as con:
        con.execute("BEGIN")
        before = con.execute("SELECT article_id, text FROM articles").fetchall()
        sentences = con.execute("SELECT count(*) FROM sentences").fetchone()
        assert len(before) == 1
        stage_batch(lake, a.key, None, full=True)
        result = publish(lake, settings)
        assert result.batches == [a.key]
        assert con.execute("SELECT article_id, text FROM articles").fetchall() == before
        assert con.execute("SELECT count(*) FROM sentences").fetchone() == sentences
        con.execute("COMMIT")
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM sentences").fetchone() == sentences


def test_a_reader_inside_a_transaction_keeps_its_snapshot_through_compaction(tmp_path):
    """Compaction rewrites the small files of the published tables while a reader
    is inside a transaction begun before it: the reader keeps reading every row
    of its snapshot, every article with its sentences (DuckLake 1.5.5's own
    ducklake_merge_adjacent_files made such a reader read none of the merged
    rows), and the rows after compaction are the same, in fewer files."""
    batches = make_batches(tmp_path / "inputs", [1, 2, 1])
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    for b in batches:  # one publish each: a data file per table per publish
        stage_batch(lake, b.key, b.folder)
        assert publish(lake, settings).batches == [b.key]
    files_before = {t: len(wh.small_files(lake, t)) for t in ("articles", "sentences")}
    assert files_before == {"articles": 3, "sentences": 3}
    rows = view_rows(settings.warehouse_dir)
    with connect(settings.warehouse_dir) as con:
        con.execute("BEGIN")
        snapshot = con.execute("SELECT id FROM newsledger.current_snapshot()").fetchone()[0]
        assert wh.compact(lake, min_files=3) != []
        for t, expected in rows.items():
            assert sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) == expected, t
        orphans = "SELECT count(*) FROM articles ANTI JOIN sentences USING (article_id)"
        assert con.execute(orphans).fetchone() == (0,)
        con.execute("COMMIT")
        assert con.execute("SELECT id FROM newsledger.current_snapshot()").fetchone()[0] > snapshot
    assert view_rows(settings.warehouse_dir) == rows
    assert {t: len(wh.small_files(lake, t)) for t in files_before} == {
        "articles": 1,
        "sentences": 1,
    }
    with connect(settings.warehouse_dir) as con:
        # Time travel still reads the snapshot before the compaction.
        old = con.execute(f"SELECT count(*) FROM sentences AT (VERSION => {snapshot})").fetchone()
        assert old == (len(rows["sentences"]),)
        # The README's "new since" query leaves the compaction's rewritten rows out.
        latest = con.execute("SELECT id FROM newsledger.current_snapshot()").fetchone()[0]
        changes = con.execute(
            "SELECT change_type, article_id FROM newsledger.table_changes('articles', 0, ?) "
            "WHERE snapshot_id NOT IN (SELECT snapshot_id FROM newsledger.snapshots() "
            "WHERE commit_message = 'compaction')",
            [latest],
        ).fetchall()
        everything = con.execute(
            "SELECT DISTINCT change_type FROM newsledger.table_changes('articles', 0, ?)", [latest]
        ).fetchall()
    assert sorted(changes) == sorted(("insert", r[0]) for r in rows["articles"])
    assert ("delete",) in everything  # what the filter is for


def test_two_publishes_at_once_publish_a_batch_once(tmp_path, monkeypatch):
    """Publish 1 has moved batch A into the published tables and stalls in its
    checks; publish 2, on another connection, waits for it (write transactions on
    a SQLite catalog take turns), then finds nothing left to publish: A is
    published once."""
    (a,) = make_batches(tmp_path / "inputs", [1])
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, a.key, a.folder)
    plan_entities(lake).commit()

    entered, release = threading.Event(), threading.Event()
    real_checks = wh.run_checks

    def stalling_checks(con):
        if not entered.is_set():
            entered.set()
            assert release.wait(30)
        return real_checks(con)

    monkeypatch.setattr(wh, "run_checks", stalling_checks)
    outcomes: dict[str, object] = {}

    def publish_as(name: str) -> None:
        outcomes[name] = wh.publish(settings.lake(), settings)

    first = threading.Thread(target=publish_as, args=("first",))
    first.start()
    assert entered.wait(30)
    second = threading.Thread(target=publish_as, args=("second",))
    second.start()
    second.join(timeout=1.0)
    assert second.is_alive()  # waiting for the first publish's transaction
    release.set()
    first.join(60)
    second.join(60)
    assert outcomes["first"].batches == [a.key]  # type: ignore[union-attr]
    assert outcomes["second"].published and outcomes["second"].batches == []  # type: ignore[union-attr]
    with connect(settings.warehouse_dir) as con:
        assert con.execute("SELECT batch, count(*) FROM articles GROUP BY 1").fetchall() == [
            (a.key, 1)
        ]
        dupes = con.execute(
            "SELECT count(*) - count(DISTINCT sentence_id) FROM sentences"
        ).fetchone()[0]
    assert dupes == 0
