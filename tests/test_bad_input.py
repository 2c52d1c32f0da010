"""One test per kind of bad input: each becomes a rejected_articles row with a
reason, and never stops the good files of its batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED
from newsledger.lake import Lake
from newsledger.stages import plan_articles, plan_raw

BATCH = "2026-11-27"


def ingest(tmp_path: Path, files: dict[str, bytes], max_bytes: int = 5_000_000, inbox=None):
    """Register files and build articles with the stage functions (no Dagster)."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    lake = Lake.local(tmp_path / "lake")
    plan_raw(lake, BATCH, [folder], max_bytes, inbox).commit()
    plan_articles(lake, BATCH, max_bytes).commit()
    arts = lake.read("articles", BATCH).to_pylist()
    rej = {
        Path(r["source_path"]).name: r for r in lake.read("rejected_articles", BATCH).to_pylist()
    }
    return arts, rej


GOOD = SEED.read_bytes()


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\r\n \n", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        ("noise.txt", bytes(range(1, 32)) * 20, "binary"),
        ("bad.txt", b"Headline\n\nBody \x81\x8d\x8f\x90\x9d text", "undecodable"),
        ("headline-only.txt", b"Just A Headline\n", "no_body"),
        ("meta-only.txt", b"Source: https://example.org/a\nLicense: CC BY 2.5\n", "no_body"),
    ],
)
def test_bad_file_is_rejected_and_good_file_lands(tmp_path, name, data, reason):
    arts, rej = ingest(tmp_path, {"good.txt": GOOD, name: data})
    assert [Path(a["source_path"]).name for a in arts] == ["good.txt"]
    assert rej[name]["reason"] == reason
    assert rej[name]["detail"]


def test_file_over_the_size_limit(tmp_path):
    arts, rej = ingest(tmp_path, {"good.txt": GOOD, "big.txt": b"word " * 4000}, max_bytes=15_000)
    assert len(arts) == 1
    assert rej["big.txt"]["reason"] == "too_large"
    assert rej["big.txt"]["size_bytes"] == 20_000
    assert "15000" in rej["big.txt"]["detail"]


def test_cp1252_is_decoded_with_a_note(tmp_path):
    text = "Ankara’s reply\n\nTürkiye said the talks “failed” on Monday, officials said.\n"
    arts, rej = ingest(tmp_path, {"win.txt": text.encode("cp1252")})
    assert not rej
    (art,) = arts
    assert art["encoding"] == "cp1252" and "cp1252" in art["decode_note"]
    assert "Türkiye said the talks “failed”" in art["text"]


def test_utf16_with_bom_is_decoded(tmp_path):
    text = "Kyiv talks\n\nOfficials met in Kyiv on Monday to discuss the ceasefire terms.\n"
    arts, _ = ingest(tmp_path, {"u16.txt": text.encode("utf-16")})
    assert arts[0]["encoding"] == "utf-16" and arts[0]["text"].startswith("Kyiv talks")


def test_same_content_twice_in_one_batch(tmp_path):
    arts, rej = ingest(tmp_path, {"a.txt": GOOD, "b.txt": GOOD})
    assert len(arts) == 1
    assert rej["b.txt"]["reason"] == "duplicate"


def test_missing_file_is_reported(tmp_path):
    lake = Lake.local(tmp_path / "lake")
    plan_raw(lake, BATCH, [tmp_path / "nope.txt"], 1000).commit()
    plan_articles(lake, BATCH, 1000).commit()
    (row,) = lake.read("rejected_articles", BATCH).to_pylist()
    assert row["reason"] == "unreadable"


def test_symlink_out_of_the_inbox_is_rejected(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(GOOD)
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "link.txt").symlink_to(secret)
    arts, rej = ingest(tmp_path, {"good.txt": GOOD.replace(b"Karabakh", b"Qarabag")}, inbox=inbox)
    assert len(arts) == 1
    assert rej["link.txt"]["reason"] == "outside_inbox"
