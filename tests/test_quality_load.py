"""Great Expectations loads once per process, without what no suite uses."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED
from newsledger.config import PROJECT_ROOT

CODE = """
import json, sys, tempfile
from newsledger import quality, stages
from newsledger.lake import Lake
from assets._publish import Checker

lake = Lake.local(tempfile.mkdtemp())
stages.plan_raw(lake, "b", [sys.argv[1]], 5_000_000).commit()
checker = Checker(lake, "b")
stages.plan_articles(lake, "b", 5_000_000, validate=checker)
report = checker.reports["articles"]
out = {
    "passed": report.success,
    "rows": report.rows,
    "evaluated": report.evaluated,
    "suite_once": quality.load_suite("articles") is quality.load_suite("articles"),
    "context_once": quality._context() is quality._context(),
    "stats_loaded": "scipy.stats._stats_py" in sys.modules,
    "altair_loaded": "altair.vegalite" in sys.modules,
}
# A deferred module still works when something asks for it.
import scipy.stats
from scipy.stats import norm
out["stats_works"] = bool(scipy.stats.entropy([1, 1], [1, 1]) == 0 and norm.cdf(0) == 0.5)
print(json.dumps(out))
"""


def test_suites_run_without_scipy_stats_and_altair():
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(SEED)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["passed"] and result["rows"] == 1 and result["evaluated"] > 10, result
    assert result["suite_once"] and result["context_once"], result
    assert not result["stats_loaded"], "scipy.stats was imported though no suite needs it"
    assert not result["altair_loaded"], "altair was imported though no suite needs it"
    assert result["stats_works"], result


def test_a_failing_suite_reports_counts_and_examples(tmp_path):
    """Passing suites are checked for the verdict only; a failing one still reports
    which expectation failed, on how many rows, with examples."""
    from newsledger import quality, stages
    from newsledger.lake import Lake

    lake = Lake.local(tmp_path / "lake")
    stages.plan_raw(lake, "b", [SEED], 5_000_000).commit()
    stages.plan_articles(lake, "b", 5_000_000).commit()
    frame = quality.prepare("articles", lake.read("articles", "b"))
    assert quality.validate("articles", frame).success
    frame["article_id"] = "not-an-id"
    report = quality.validate("articles", frame)
    failed = {(f.expectation, f.column): f for f in report.failures}
    regex = failed[("expect_column_values_to_match_regex", "article_id")]
    assert regex.unexpected_count == 1 and regex.examples == ["not-an-id"]
    assert "not-an-id" in report.markdown()


def test_a_warning_expectation_reports_and_lets_the_rows_land():
    """Quotes that name no speaker are a quality signal, not bad rows: the suite's
    speaker expectation is a warning, so a batch of unattributed quotes passes."""
    import pandas as pd

    from newsledger import quality

    rows = {
        "quote_id": ["q1", "q2"],
        "article_id": ["a", "a"],
        "batch": ["b", "b"],
        "section_id": ["s", "s"],
        "speaker_id": [None, None],
        "speaker_surface": [None, None],
        "cue": [None, None],
        "text": ["yes", "no"],
        "is_partial": [False, False],
        "char_start": [0, 5],
        "char_end": [3, 7],
        "text_length": [10, 10],
        "text_matches_offsets": [True, True],
    }
    report = quality.validate("quotes", pd.DataFrame(rows))
    assert report.success
    assert [(f.column, f.severity) for f in report.warnings] == [("speaker_id", "warning")]
    assert "warning" in report.markdown()
    # A critical expectation on the same frame still fails it.
    rows["quote_id"] = ["q1", "q1"]
    assert not quality.validate("quotes", pd.DataFrame(rows)).success


def test_a_table_with_few_rows_per_chunk_is_validated_every_few_chunks(tmp_path, monkeypatch):
    """A suite validates gathered chunks once they reach VALIDATE_ROWS rows or
    VALIDATE_CHUNKS chunks: a table with a row per article is not held until the
    end of the batch, which made a stage's memory grow with its batch."""
    from assets import _publish
    from newsledger import quality, stages
    from newsledger.lake import Lake

    lake = Lake.local(tmp_path / "lake")
    stages.plan_raw(lake, "b", [SEED], 5_000_000).commit()
    stages.plan_articles(lake, "b", 5_000_000).commit()
    rows = lake.read("articles", "b")
    validated: list[int] = []
    real = quality.validate

    def counting(table, frame):
        validated.append(len(frame))
        return real(table, frame)

    monkeypatch.setattr(quality, "validate", counting)
    checker = _publish.Checker(lake, "b")
    for _ in range(_publish.VALIDATE_CHUNKS * 2 + 1):
        checker("articles", rows, rows)
    assert validated == [_publish.VALIDATE_CHUNKS] * 2
    # The rest when the verdict is asked for (the repeated article fails uniqueness).
    assert checker.reports["articles"].rows == _publish.VALIDATE_CHUNKS * 2 + 1
    assert validated[-1] == 1
