"""The whole asset graph in-process on the seed, then the user's queries in DuckDB."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
import yaml

from conftest import GOLD_SEED, SEED
from newsledger.lake import Lake
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow


@pytest.fixture
def seeded(settings, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    result = run_batch([str(folder)], batch="2026-11-27", settings=settings, progress=False)
    assert result.success, result.failures
    return settings, folder


def query(settings, sql, params=None):
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        return con.execute(sql, params).fetchall()


def test_seed_article_head(seeded):
    settings, _ = seeded
    rows = query(settings, "SELECT headline, author, genre, published_date::VARCHAR FROM articles")
    assert rows == [
        (
            "Azerbaijan Liberates Several Villages Within Counteroffensive Measures In Karabakh",
            "Orkhan Jalilov",
            "Feature",
            "2020-09-27",
        )
    ]


def test_seed_sections_match_gold(seeded):
    settings, _ = seeded
    gold = yaml.safe_load(GOLD_SEED.read_text()) if GOLD_SEED.exists() else None
    rows = query(
        settings,
        "SELECT section_type, heading, line_start, line_end FROM sections ORDER BY ordinal",
    )
    expected = [
        ("events", None, 6, 20),
        ("foreign_reactions", "Foreign reactions", 24, 36),
        ("history", "History of conflict", 40, 48),
    ]
    if gold:
        expected = [
            (s["type"], s["heading"], s["first_line"], s["last_line"]) for s in gold["sections"]
        ]
    assert rows == expected


def test_bad_files_rejected_good_one_lands(seeded):
    settings, folder = seeded
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]
    rejected = query(
        settings, "SELECT source_path, reason FROM rejected_articles ORDER BY source_path"
    )
    assert rejected == [(str(folder / "empty.txt"), "empty"), (str(folder / "photo.jpg"), "binary")]


def test_offsets_point_into_text(seeded):
    settings, _ = seeded
    bad = query(
        settings,
        """SELECT count(*) FROM sentences s JOIN articles a USING (article_id)
           WHERE substr(a.text, s.char_start + 1, s.char_end - s.char_start) <> s.text""",
    )
    assert bad == [(0,)]
    assert query(settings, "SELECT count(*) FROM sentences")[0][0] > 20


def test_rerun_adds_nothing_and_keeps_ids(seeded):
    settings, folder = seeded
    before = query(settings, "SELECT section_id FROM sections ORDER BY 1")
    result = run_batch([str(folder)], batch="2026-11-27", settings=settings, progress=False)
    assert result.success
    assert query(settings, "SELECT section_id FROM sections ORDER BY 1") == before
    assert query(settings, "SELECT count(*) FROM rejected_articles") == [(2,)]


def test_same_content_in_a_later_batch_is_a_duplicate(seeded, tmp_path):
    settings, _ = seeded
    other = tmp_path / "later"
    other.mkdir()
    shutil.copy(SEED, other / "copy.txt")
    assert run_batch([str(other)], batch="2026-11-28", settings=settings, progress=False).success
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]
    assert query(settings, "SELECT reason FROM rejected_articles WHERE batch = '2026-11-28'") == [
        ("duplicate",)
    ]


def test_views_work_from_any_directory(seeded, tmp_path, monkeypatch):
    settings, _ = seeded
    monkeypatch.chdir(tmp_path)
    assert query(settings, "SELECT count(*) FROM sections") == [(3,)]


def test_every_view_and_column_has_a_comment(seeded):
    settings, _ = seeded
    missing = query(
        settings,
        """SELECT table_name, column_name FROM duckdb_columns()
           WHERE database_name = 'newsledger' AND (comment IS NULL OR comment = '')""",
    )
    assert missing == []
    views = query(settings, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal")
    assert views and all(c for _, c in views)


def test_full_reprocess_replaces_parts(seeded):
    settings, folder = seeded
    lake = Lake(settings.lake_root)
    before = query(settings, "SELECT section_id, section_type FROM sections ORDER BY 1")
    old_parts = [p.name for p in lake.parts("sections", "2026-11-27")]
    result = run_batch([], batch="2026-11-27", settings=settings, progress=False, full=True)
    assert result.success, result.failures
    assert [p.name for p in lake.parts("sections", "2026-11-27")] != old_parts
    assert query(settings, "SELECT section_id, section_type FROM sections ORDER BY 1") == before
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]
    # Superseded parts stay for readers of the previous warehouse, then go.
    folder = Path(settings.lake_root, "sections", "batch=2026-11-27")
    assert len(list(folder.glob("*.parquet"))) == 2
    assert lake.collect_garbage("sections", set(), grace_s=0) == 1
    assert len(list(folder.glob("*.parquet"))) == 1


def test_failing_cross_table_check_keeps_the_old_warehouse(seeded):
    from newsledger import warehouse as wh

    settings, _ = seeded
    lake = Lake(settings.lake_root)
    before = Path(settings.warehouse_path).read_bytes()
    orphan = {
        "section_id": "sec_orphan",
        "article_id": "art_0000000000000000",
        "batch": "2026-11-27",
        "ordinal": 0,
        "section_type": "events",
        "heading": None,
        "char_start": 0,
        "char_end": 1,
        "line_start": 1,
        "line_end": 1,
    }
    parts = lake.parts("sections", "2026-11-27")
    part = lake.write_part(
        "sections", "2026-11-27", [orphan], lake.next_part_name("sections", "2026-11-27")
    )
    lake.commit("sections", "2026-11-27", [*parts, part])
    lake.release("2026-11-27")  # as the run's last stage would
    result = wh.build(lake, settings.warehouse_path)
    assert not result.published
    assert [c.name for c in result.checks if not c.passed] == ["sections_article_exists"]
    assert Path(settings.warehouse_path).read_bytes() == before


def test_a_failed_batch_step_publishes_nothing(settings, tmp_path, monkeypatch):
    """Ingest and publish are one run: when a step of the batch fails, the publish
    steps are skipped and no warehouse is built."""
    from newsledger import stages

    def broken(*args, **kwargs):
        raise RuntimeError("sections failed on purpose")

    monkeypatch.setattr(stages, "plan_sections", broken)
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    result = run_batch([str(folder)], batch="2026-11-27", settings=settings, progress=False)
    assert not result.success
    assert any(f.startswith("sections: ") for f in result.failures), result.failures
    assert not Path(settings.warehouse_path).exists()
    assert Lake(settings.lake_root).parts("entities", None) == []
