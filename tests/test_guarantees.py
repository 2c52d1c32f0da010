"""Idempotency: the same inputs give the same rows, the same IDs and the same
Parquet bytes, in two fresh lakes; running a batch again changes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from lake_worker import make_batches, view_rows

from conftest import SEED
from newsledger.config import Settings
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow


def lake_files(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under a lake. Manifests record when a
    part was superseded (a clock time), so they are hashed without those times."""
    out = {}
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        if p.name == "_manifest.json":
            body = json.loads(data)
            body["superseded"] = sorted(body.get("superseded", {}))
            data = json.dumps(body, sort_keys=True).encode()
        out[str(p.relative_to(root))] = hashlib.sha256(data).hexdigest()
    return out


def test_same_inputs_give_identical_rows_ids_and_parquet_bytes(tmp_path):
    batches = make_batches(tmp_path / "inputs", [3, 2])
    shutil.copy(SEED, batches[0].folder)
    results = {}
    for name in ("first", "second"):
        settings = Settings(
            lake_root=str(tmp_path / name / "lake"),
            warehouse_path=tmp_path / name / "newsledger.duckdb",
            inbox=tmp_path / "inputs",
        )
        for b in batches:
            result = run_batch([str(b.folder)], batch=b.key, settings=settings, progress=False)
            assert result.success, result.failures
        results[name] = (settings, view_rows(settings.warehouse_path))
    (first, rows1), (second, rows2) = results["first"], results["second"]
    assert sum(len(r) for r in rows1.values()) > 100
    # Every view, every column, IDs included.
    assert rows1 == rows2
    # The lakes are byte-identical too: parts (zstd Parquet) and manifests.
    files1, files2 = lake_files(Path(first.lake_root)), lake_files(Path(second.lake_root))
    assert files1 == files2
    assert any(f.endswith(".parquet") for f in files1)

    # Running every batch again adds no part and changes no byte or row.
    for b in batches:
        assert run_batch([str(b.folder)], batch=b.key, settings=first, progress=False).success
    assert lake_files(Path(first.lake_root)) == files1
    assert view_rows(first.warehouse_path) == rows1
    print(f"\nidempotency: {len(files1)} lake files byte-identical across two fresh lakes")
