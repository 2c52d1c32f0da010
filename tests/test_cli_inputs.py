"""`newsledger run DIR`: DIR is the inbox of the files found in it.

A symlink or a `..` leading out of DIR is an `outside_inbox` row, never read;
the lake and the warehouse are never read as input, even inside DIR.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEED
from newsledger.cli import main
from newsledger.config import DEFAULT_MAX_BYTES, Settings
from newsledger.ingest import expand_inputs
from newsledger.lake import Lake
from newsledger.stages import plan_articles, plan_raw
from newsledger.warehouse import connect_readonly

SECRET = "a secret line that must never be ingested\n" * 5


def _escapes(folder: Path, outside: Path) -> None:
    """Links that lead out of ``folder`` in each way a folder allows."""
    (outside / "secret.txt").write_text("Secret Headline\n\n" + SECRET)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "sub").mkdir(exist_ok=True)
    # A relative link climbing out with '..'.
    (folder / "sub" / "climb.txt").symlink_to(Path("..") / ".." / outside.name / "secret.txt")
    (folder / "linked-dir").symlink_to(outside)
    # A link that stays inside is fine.
    (folder / "inside.txt").symlink_to(folder / "sub" / "story.txt")


def test_links_out_of_a_folder_named_are_rejected_unread(tmp_path):
    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "sub").mkdir(exist_ok=True)
    shutil.copy(SEED, folder / "sub" / "story.txt")
    _escapes(folder, outside)
    lake = Lake.local(tmp_path / "lake")
    plan_raw(lake, "b", [folder], DEFAULT_MAX_BYTES).commit()
    plan_articles(lake, "b", DEFAULT_MAX_BYTES).commit()
    raw = {Path(r["source_path"]).name: r for r in lake.read("raw_articles", "b").to_pylist()}
    # Never read: no bytes kept, no hash.
    for name in ["passwd.txt", "climb.txt", "linked-dir"]:
        assert raw[name]["content"] is None and raw[name]["sha256"] == "", name
    rejected = {
        Path(r["source_path"]).name: r for r in lake.read("rejected_articles", "b").to_pylist()
    }
    assert {n: r["reason"] for n, r in rejected.items()} == {
        "passwd.txt": "outside_inbox",
        "climb.txt": "outside_inbox",
        "linked-dir": "outside_inbox",
        "story.txt": "duplicate",  # of inside.txt, a link followed: it stays inside
    }
    assert "/etc/passwd" in rejected["passwd.txt"]["detail"]
    texts = [a["text"] for a in lake.read("articles", "b").to_pylist()]
    assert len(texts) == 1 and not any("secret line" in t or "root:" in t for t in texts)


def test_a_file_named_directly_is_the_users_choice(tmp_path):
    """Only files found in a folder are confined to it; a path typed is followed."""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "story.txt").write_text(SEED.read_text())
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "outside" / "story.txt")
    lake = Lake.local(tmp_path / "lake")
    plan_raw(lake, "b", [link], DEFAULT_MAX_BYTES).commit()
    plan_articles(lake, "b", DEFAULT_MAX_BYTES).commit()
    assert lake.read("articles", "b").num_rows == 1


def test_the_lake_and_warehouse_inside_the_folder_are_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lake_dir, wh = folder / "lake", folder / "warehouse"
    (lake_dir / "main" / "articles").mkdir(parents=True)
    (lake_dir / "main" / "articles" / "ducklake-0.parquet").write_bytes(b"PAR1" + b"x" * 100)
    (lake_dir / "notes.txt").write_text("Not An Input\n\nThis lives in the lake.\n")
    wh.mkdir()
    for name in ["newsledger.sqlite", "newsledger.sqlite-wal", "newsledger.sqlite-shm"]:
        (wh / name).write_bytes(b"SQLite format 3\x00" * 10)
    (wh / "attach.sql").write_text("ATTACH 'ducklake:sqlite:newsledger.sqlite' AS newsledger;\n")
    (wh / "report.html").write_text("<html><body><p>The report.</p></body></html>")
    (wh / "reports").mkdir()
    (wh / "reports" / "batch-b.html").write_text("<html><body><p>A batch.</p></body></html>")
    (wh / "article.txt").write_text(SEED.read_text())  # beside the catalog: input
    settings = Settings(warehouse_dir=wh, inbox=folder, data_path=str(lake_dir))
    outputs = settings.pipeline_outputs()
    found = [i.path.relative_to(folder).as_posix() for i in expand_inputs([folder], outputs)]
    assert found == ["warehouse/article.txt"]
    # Named directly, the catalog, its WAL and attach.sql are rejected unread.
    lake = Lake.local(tmp_path / "real")
    named = [wh / "newsledger.sqlite", wh / "newsledger.sqlite-wal", wh / "attach.sql"]
    plan_raw(lake, "b", named, DEFAULT_MAX_BYTES, outputs=outputs).commit()
    plan_articles(lake, "b", DEFAULT_MAX_BYTES).commit()
    rows = lake.read("rejected_articles", "b").to_pylist()
    assert len(rows) == 3
    assert all(r["reason"] == "pipeline_output" and r["sha256"] is None for r in rows)


@pytest.mark.slow
def test_newsledger_run_on_a_folder_holding_its_own_lake(tmp_path, monkeypatch, capsys):
    """The whole pipeline, twice, on a folder that holds the lake and the warehouse
    it writes: the second run reads neither, and /etc/passwd never becomes an article."""
    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "sub").mkdir()
    shutil.copy(SEED, folder / "sub" / "story.txt")
    _escapes(folder, outside)
    wh = folder / "warehouse"
    monkeypatch.delenv("NEWSLEDGER_CATALOG", raising=False)
    monkeypatch.setenv("NEWSLEDGER_LAKE", str(folder / "lake"))
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(wh))
    assert main(["run", "--quiet", "--batch", "one", str(folder)]) == 0
    assert any((folder / "lake").rglob("*.parquet"))
    assert (wh / "newsledger.sqlite").exists() and (wh / "attach.sql").exists()
    # Outputs in the warehouse folder, no input: the batch's page and the index.
    assert (wh / "reports" / "batch-one.html").exists() and (wh / "reports" / "index.html").exists()
    assert main(["run", "--quiet", "--batch", "two", str(folder)]) == 0, capsys.readouterr().out
    with connect_readonly(Settings.from_env()) as con:
        arts = con.execute("SELECT batch, source_path, text FROM articles").fetchall()
        rej = con.execute(
            "SELECT batch, source_path, reason FROM rejected_articles ORDER BY ALL"
        ).fetchall()
    assert [(b, Path(p).name) for b, p, _ in arts] == [("one", "inside.txt")]
    assert not any("root:" in t for _, _, t in arts)
    names = {(b, Path(p).name): reason for b, p, reason in rej}
    for batch in ["one", "two"]:
        assert names[(batch, "passwd.txt")] == "outside_inbox"
        assert names[(batch, "climb.txt")] == "outside_inbox"
        assert names[(batch, "linked-dir")] == "outside_inbox"
    assert names[("one", "story.txt")] == names[("two", "story.txt")] == "duplicate"
    # Nothing of the lake or the warehouse was registered.
    assert not [p for _, p, _ in rej if "/lake/" in p or "/warehouse/" in p]
