"""`newsledger sql`: output formats, -o FILE, and the question macros of
warehouse/questions.sql, on the seed article."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import SEED, scratch_env
from newsledger.cli import main
from newsledger.config import Settings
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    root = tmp_path_factory.mktemp("sql")
    with scratch_env(root):
        folder = root / "articles"
        folder.mkdir()
        shutil.copy(SEED, folder)
        settings = Settings.from_env()
        assert run_batch([str(folder)], batch="b1", settings=settings, progress=False).success
        yield settings


def sql(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["sql", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


QUERY = "SELECT claim_kind, count(*) AS n FROM claims GROUP BY 1 ORDER BY 1"


def test_formats_agree(seeded, capsys):
    code, out, _ = sql(capsys, "--format", "json", QUERY)
    assert code == 0
    rows = json.loads(out)
    assert rows and set(rows[0]) == {"claim_kind", "n"}
    code, out, _ = sql(capsys, "--format", "csv", QUERY)
    assert code == 0
    parsed = [
        {"claim_kind": r["claim_kind"], "n": int(r["n"])} for r in csv.DictReader(io.StringIO(out))
    ]
    assert parsed == rows
    code, out, _ = sql(capsys, QUERY)  # table, the default
    assert code == 0 and out.startswith("| claim_kind") and rows[0]["claim_kind"] in out


def test_output_file(seeded, capsys, tmp_path):
    target = tmp_path / "claims.parquet"
    code, out, _ = sql(capsys, "--format", "parquet", "-o", str(target), "SELECT * FROM claims")
    assert code == 0 and out == ""
    table = pq.read_table(target)
    code, out, _ = sql(capsys, "--format", "json", "SELECT count(*) AS n FROM claims")
    assert table.num_rows == json.loads(out)[0]["n"] > 0
    assert "claim_id" in table.column_names
    csv_file = tmp_path / "q.csv"
    assert sql(capsys, "--format", "csv", "-o", str(csv_file), QUERY)[0] == 0
    assert csv_file.read_text().startswith('"claim_kind","n"')
    # Parquet is binary: it goes to a file only.
    code, _, err = sql(capsys, "--format", "parquet", "SELECT 1")
    assert code == 2 and "-o FILE" in err
    # One result per file.
    code, _, err = sql(capsys, "--format", "csv", "SELECT 1; SELECT 2")
    assert code == 2 and "one statement" in err


def test_claims_by_claimant_place_and_period(seeded, capsys):
    code, out, _ = sql(
        capsys,
        "--format",
        "json",
        "SELECT claimant, claim_kind, place_ids, evidence, words FROM claims_by("
        "claimant := 'Anar Eyvazov', place := 'Garvand', "
        "date_from := DATE '2020-09-01', date_to := DATE '2020-09-30')",
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["claimant"] == "Anar Eyvazov" for r in rows)
    taken = [r for r in rows if "place:garvand" in (r["place_ids"] or [])]
    assert taken and taken[0]["claim_kind"] == "territory_taken"
    # The evidence is the whole sentence that holds the claim's words.
    assert taken[0]["words"] in taken[0]["evidence"]
    assert len(taken[0]["evidence"]) > len(taken[0]["words"])
    # An ID works as a name does; a period without the article gives nothing.
    by_id = json.loads(
        sql(capsys, "--format", "json", "SELECT claim_id FROM claims_by('person:anar_eyvazov')")[1]
    )
    by_name = json.loads(
        sql(capsys, "--format", "json", "SELECT claim_id FROM claims_by('anar eyvazov')")[1]
    )
    assert by_id == by_name and len(by_id) >= len(rows)
    code, out, _ = sql(
        capsys, "--format", "json", "SELECT * FROM claims_by(date_from := DATE '2030-01-01')"
    )
    assert code == 0 and json.loads(out) == []


def test_who_reacted_how_to_whom(seeded, capsys):
    code, out, _ = sql(
        capsys,
        "--format",
        "json",
        "SELECT actor, stance, target, evidence FROM reactions_by(target := 'Azerbaijan')",
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["target"] == "Azerbaijan" for r in rows)
    assert ("Turkey", "support") in {(r["actor"], r["stance"]) for r in rows}
    assert all(r["evidence"] for r in rows)
    code, out, _ = sql(
        capsys,
        "--format",
        "json",
        "SELECT DISTINCT stance FROM reactions_by(stance_is := 'concern')",
    )
    assert json.loads(out) == [{"stance": "concern"}]


def test_quotes_of_a_person(seeded, capsys):
    code, out, _ = sql(
        capsys, "--format", "json", "SELECT speaker, text, evidence FROM quotes_of('Ilham Aliyev')"
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and {r["speaker"] for r in rows} == {"Ilham Aliyev"}
    assert any(r["text"] == "we are defending ourselves" for r in rows)
    assert all(r["text"] in r["evidence"] for r in rows if r["evidence"] is not None)


def _lake_files_state(settings: Settings) -> dict[str, int]:
    """Modification times of the catalog (and its WAL), attach.sql and every data file."""
    catalog = Path(settings.catalog.removeprefix("sqlite:"))
    files = [catalog, catalog.with_name(catalog.name + "-wal"), settings.attach_sql]
    files += sorted(Path(settings.data_path).rglob("*"))
    return {str(f): f.stat().st_mtime_ns for f in files if f.is_file()}


def test_macros_write_nothing(seeded, capsys):
    before = _lake_files_state(seeded)
    assert sql(capsys, "SELECT count(*) FROM quotes_of()")[0] == 0
    assert _lake_files_state(seeded) == before
    # And a user still cannot create one.
    code, _, err = sql(capsys, "CREATE MACRO m() AS 1")
    assert code == 2 and "read-only" in err
