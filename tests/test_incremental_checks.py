"""A publish checks only the rows it adds, and everything again when a batch was
reprocessed; a failing check publishes nothing."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from lake_worker import publish, stage_batch

from conftest import SEED
from newsledger.config import Settings
from newsledger.lake import PARTITIONED
from newsledger.schemas import PUBLIC_TABLES, TABLES
from newsledger.stages import plan_sections


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return folder


def _rows(lake, batch: str | None = None) -> int:
    """Published rows of every public table; with ``batch``, that batch's rows of
    the batched tables and all of the entities."""
    where = f" WHERE batch = '{batch}'" if batch else ""
    total = 0
    for t in PUBLIC_TABLES:
        w = where if t in PARTITIONED else ""
        total += lake.con.execute(f"SELECT count(*) FROM main.{t}{w}").fetchone()[0]
    return total


def test_a_new_batch_is_checked_alone(tmp_path: Path) -> None:
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    text = SEED.read_text(encoding="utf-8")
    stage_batch(lake, "a", _folder(tmp_path, "a", text))
    first = publish(lake, settings)
    assert first.published and first.batches == ["a"]
    assert first.checked_rows == _rows(lake)
    stage_batch(lake, "b", _folder(tmp_path, "b", text + "\nOne more paragraph for a hash.\n"))
    second = publish(lake, settings)
    assert second.published and second.batches == ["b"]
    # Batch b's rows of every table, and the entities (rewritten by every publish).
    assert second.checked_rows == _rows(lake, "b")
    assert second.checked_rows < _rows(lake)
    assert second.row_counts["articles"] == 2
    third = publish(lake, settings)
    assert third.published and third.batches == [] and third.checked_rows == 0


def test_a_reprocessed_batch_rechecks_everything(tmp_path: Path) -> None:
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, "a", _folder(tmp_path, "a", SEED.read_text(encoding="utf-8")))
    publish(lake, settings)
    plan_sections(lake, "a", full=True).commit()  # replaces the batch's sections
    again = publish(lake, settings)
    assert again.published and again.batches == ["a"]
    assert again.checked_rows == _rows(lake)


def test_an_orphan_in_the_new_batch_fails_the_publish(tmp_path: Path) -> None:
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, "a", _folder(tmp_path, "a", SEED.read_text(encoding="utf-8")))
    publish(lake, settings)
    snapshot_rows = _rows(lake)
    orphan = {
        "section_id": "sec_orphan",
        "article_id": "art_0000000000000000",
        "batch": "b",
        "ordinal": 0,
        "section_type": "events",
        "char_start": 0,
        "char_end": 1,
        "line_start": 1,
        "line_end": 1,
    }
    with lake.transaction():
        lake.ensure_stage("b")
        lake.insert("sections", "b", pa.Table.from_pylist([orphan], TABLES["sections"].schema))
    result = publish(lake, settings)
    assert not result.published
    assert [c.name for c in result.checks if not c.passed] == ["sections_article_exists"]
    assert _rows(lake) == snapshot_rows
    assert lake.staged_batches() == ["b"]  # left staged, for a fix and a later publish
