"""The whole asset graph in-process on the seed, then the user's queries in DuckDB."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pytest
import yaml

from conftest import GOLD_SEED, SEED
from newsledger.warehouse import connect_readonly
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow


def _run_seed_batch(settings, root: Path) -> Path:
    folder = root / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    result = run_batch([str(folder)], batch="2026-11-27", settings=settings, progress=False)
    assert result.success, result.failures
    return folder


@pytest.fixture
def seeded(settings, tmp_path):
    """A lake of its own, for a test that writes to it."""
    return settings, _run_seed_batch(settings, tmp_path)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One lake for the tests that only read it: the batch runs once per module."""
    from conftest import scratch_env
    from newsledger.config import Settings

    root = tmp_path_factory.mktemp("published")
    with scratch_env(root):
        settings = Settings.from_env()
        yield settings, _run_seed_batch(settings, root)


def query(settings, sql, params=None):
    with connect_readonly(settings) as con:
        return con.execute(sql, params).fetchall()


def test_seed_article_head(published):
    settings, _ = published
    rows = query(settings, "SELECT headline, author, genre, published_date::VARCHAR FROM articles")
    assert rows == [
        (
            "Azerbaijan Liberates Several Villages Within Counteroffensive Measures In Karabakh",
            "Orkhan Jalilov",
            "Feature",
            "2020-09-27",
        )
    ]


def test_seed_sections_match_gold(published):
    settings, _ = published
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


def test_bad_files_rejected_good_one_lands(published):
    settings, folder = published
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]
    rejected = query(
        settings, "SELECT source_path, reason FROM rejected_articles ORDER BY source_path"
    )
    assert rejected == [(str(folder / "empty.txt"), "empty"), (str(folder / "photo.jpg"), "binary")]


def test_offsets_point_into_text(published):
    settings, _ = published
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


def test_attach_sql_works_from_any_directory(published, tmp_path, monkeypatch):
    import duckdb

    settings, _ = published
    monkeypatch.chdir(tmp_path)
    with duckdb.connect() as con:
        con.execute(settings.attach_sql.read_text())
        assert con.execute("SELECT count(*) FROM sections").fetchall() == [(3,)]


def test_every_table_and_column_has_a_comment(published):
    settings, _ = published
    missing = query(
        settings,
        """SELECT table_name, column_name FROM duckdb_columns()
           WHERE database_name = 'newsledger' AND schema_name = 'main'
           AND (comment IS NULL OR comment = '')""",
    )
    assert missing == []
    tables = query(
        settings,
        "SELECT table_name, comment FROM duckdb_tables() "
        "WHERE database_name = 'newsledger' AND schema_name = 'main'",
    )
    assert len(tables) >= 11 and all(c for _, c in tables)


def test_full_reprocess_replaces_the_batch_in_one_snapshot(seeded):
    settings, _ = seeded
    lake = settings.lake()
    before = query(settings, "SELECT section_id, section_type FROM sections ORDER BY 1")
    snapshot = lake.snapshot()
    result = run_batch([], batch="2026-11-27", settings=settings, progress=False, full=True)
    assert result.success, result.failures
    lake = settings.lake()
    assert lake.snapshot() > snapshot
    assert query(settings, "SELECT section_id, section_type FROM sections ORDER BY 1") == before
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]
    assert lake.staged_batches() == []
    # Time travel: the snapshot before the reprocess still reads, with the same rows.
    old = query(settings, f"SELECT count(*) FROM sections AT (VERSION => {snapshot})")
    assert old == [(3,)]


def test_failing_cross_table_check_keeps_the_last_snapshot(seeded):
    from newsledger import warehouse as wh
    from newsledger.schemas import TABLES
    from newsledger.stages import plan_entities

    settings, _ = seeded
    lake = settings.lake()
    snapshot = lake.snapshot()
    before = query(settings, "SELECT count(*) FROM sections")
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
    with lake.transaction():
        lake.ensure_stage("2026-11-27")
        lake.insert(
            "sections", "2026-11-27", pa.Table.from_pylist([orphan], TABLES["sections"].schema)
        )
    plan_entities(lake).commit()
    result = wh.publish(lake, settings)
    assert not result.published
    assert [c.name for c in result.checks if not c.passed] == ["sections_article_exists"]
    assert query(settings, "SELECT count(*) FROM sections") == before
    assert query(settings, "SELECT count(*) FROM sections WHERE section_id = 'sec_orphan'") == [
        (0,)
    ]
    # Only the staging commits are new snapshots; the published tables did not change.
    changes = lake.con.execute(
        "SELECT changes FROM newsledger.snapshots() WHERE snapshot_id > ?", [snapshot]
    ).fetchall()
    assert changes and all("main" not in repr(c) for c in changes), changes


def test_attach_sql_in_the_duckdb_cli_package(published, tmp_path):
    """The duckdb CLI of the pinned version (the duckdb-cli package) runs attach.sql
    from another directory: tables by name, COMMENTs, evidence(), read-only, time
    travel and table_changes as the README shows them."""
    import subprocess
    import sys

    settings, _ = published
    cli = Path(sys.executable).with_name("duckdb")
    assert cli.exists(), "the duckdb-cli package is in the dev dependencies"
    version = subprocess.run([str(cli), "-version"], capture_output=True, text=True).stdout
    assert "1.5.5" in version, version
    snapshot = settings.lake().snapshot()

    def run(sql: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(cli), "-csv", "-noheader", "-init", str(settings.attach_sql), "-c", sql],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=60,
        )

    out = run(
        "SELECT count(*), min(evidence(article_id, 0, 10)) FROM articles;"
        "SELECT count(*) FROM duckdb_columns() WHERE database_name = 'newsledger' "
        "AND schema_name = 'main' AND comment IS NULL;"
        f"SELECT count(*) FROM sections AT (VERSION => {snapshot});"
        f"SELECT count(*) FROM newsledger.table_changes('articles', 0, {snapshot});"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1,Azerbaijan", "0", "3", "1"], out.stdout
    refused = run("DELETE FROM articles;")
    assert "read-only" in refused.stdout + refused.stderr
    assert query(settings, "SELECT count(*) FROM articles") == [(1,)]


def test_a_failed_batch_step_publishes_nothing(settings, tmp_path, monkeypatch):
    """Ingest and publish are one run: when a step of the batch fails, the publish
    steps are skipped and nothing of the batch becomes readable."""
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
    lake = settings.lake()
    try:
        assert lake.published_batches() == []
    finally:
        lake.close()
