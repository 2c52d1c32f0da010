"""The warehouse build checks only the rows its published file does not read yet,
and everything again when a batch was reprocessed."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED
from newsledger import warehouse as wh
from newsledger.lake import Lake
from newsledger.stages import plan_articles, plan_raw, plan_sections


def _add_batch(lake: Lake, key: str, folder: Path, text: str) -> None:
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(text, encoding="utf-8")
    plan_raw(lake, key, [folder], 5_000_000).commit()
    plan_articles(lake, key, 5_000_000).commit()
    plan_sections(lake, key).commit()


def _files(lake: Lake) -> int:
    return sum(len(lake.files(t)) for t in ("articles", "rejected_articles", "sections"))


def test_a_new_batch_is_checked_alone(tmp_path: Path) -> None:
    lake, db = Lake(str(tmp_path / "lake")), tmp_path / "newsledger.duckdb"
    text = SEED.read_text(encoding="utf-8")
    _add_batch(lake, "a", tmp_path / "a", text)
    first = wh.build(lake, db)
    assert first.published and first.checked_files == _files(lake)
    _add_batch(lake, "b", tmp_path / "b", text + "\nOne more paragraph for a new hash.\n")
    second = wh.build(lake, db)
    assert second.published
    # articles, rejected_articles and sections of batch b: one part each.
    assert second.checked_files == 3
    assert second.row_counts["articles"] == 2
    assert wh.build(lake, db).checked_files == 0


def test_a_reprocessed_batch_rechecks_everything(tmp_path: Path) -> None:
    lake, db = Lake(str(tmp_path / "lake")), tmp_path / "newsledger.duckdb"
    _add_batch(lake, "a", tmp_path / "a", SEED.read_text(encoding="utf-8"))
    wh.build(lake, db)
    plan_sections(lake, "a", full=True).commit()  # replaces the batch's sections part
    again = wh.build(lake, db)
    assert again.published and again.checked_files == _files(lake)


def test_an_orphan_in_the_new_batch_fails_the_build(tmp_path: Path) -> None:
    lake, db = Lake(str(tmp_path / "lake")), tmp_path / "newsledger.duckdb"
    _add_batch(lake, "a", tmp_path / "a", SEED.read_text(encoding="utf-8"))
    wh.build(lake, db)
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
    part = lake.write_part("sections", "b", [orphan], "part-00000")
    lake.commit("sections", "b", [part])
    result = wh.build(lake, db)
    assert not result.published
    assert [c.name for c in result.checks if not c.passed] == ["sections_article_exists"]
