"""Idempotency: the same inputs give the same rows, the same IDs and the same
Parquet bytes, in two fresh lakes; running a batch again changes nothing."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

import pytest
from lake_worker import make_batches, view_rows

from conftest import SEED
from newsledger.config import Settings
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow


def data_files(settings: Settings) -> Counter[str]:
    """The content hash of every data file a snapshot of the lake references.

    DuckLake names files by UUID, so files are compared by content, as a
    multiset; files only older snapshots need are left out (the maintenance after
    each publish merges small files, and the files it replaced wait for cleanup).
    """
    from newsledger.schemas import TABLES

    lake = settings.lake()
    files = []
    for t in TABLES:
        files += lake.con.execute(
            "SELECT data_file FROM ducklake_list_files('newsledger', ?)", [t]
        ).fetchall()
    return Counter(hashlib.sha256(Path(f).read_bytes()).hexdigest() for (f,) in files)


def test_same_inputs_give_identical_rows_ids_and_parquet_bytes(tmp_path):
    batches = make_batches(tmp_path / "inputs", [3, 2])
    shutil.copy(SEED, batches[0].folder)
    results = {}
    for name in ("first", "second"):
        settings = Settings(warehouse_dir=tmp_path / name / "warehouse", inbox=tmp_path / "inputs")
        for b in batches:
            result = run_batch([str(b.folder)], batch=b.key, settings=settings, progress=False)
            assert result.success, result.failures
        results[name] = (settings, view_rows(settings.warehouse_dir))
    (first, rows1), (second, rows2) = results["first"], results["second"]
    assert sum(len(r) for r in rows1.values()) > 100
    # Every table, every column, IDs included.
    assert rows1 == rows2
    # The data files are byte-identical too (zstd Parquet written by DuckLake).
    files1, files2 = data_files(first), data_files(second)
    assert files1 == files2
    assert sum(files1.values()) >= 11

    # Running every batch again commits nothing: no new snapshot, no new row.
    snapshot = first.lake().snapshot()
    for b in batches:
        assert run_batch([str(b.folder)], batch=b.key, settings=first, progress=False).success
    assert first.lake().snapshot() == snapshot
    assert data_files(first) == files1
    assert view_rows(first.warehouse_dir) == rows1
    print(
        f"\nidempotency: {sum(files1.values())} data files byte-identical across two fresh "
        "lakes; a rerun made no snapshot"
    )
