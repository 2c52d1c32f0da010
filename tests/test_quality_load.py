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

lake = Lake(tempfile.mkdtemp())
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

    lake = Lake(str(tmp_path / "lake"))
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
