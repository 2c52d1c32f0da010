"""The pipeline benchmark runs end to end at toy sizes (about 30 s) and prints its table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsledger.config import PROJECT_ROOT

pytestmark = pytest.mark.slow


def test_bench_pipeline_quick(tmp_path):
    out = subprocess.run(
        [sys.executable, "bench/bench_pipeline.py", "--quick", "--workdir", str(tmp_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    table = out.stdout
    for figure in ("throughput", "incremental", "query: co_occurrence", "peak RSS", "Dagster"):
        assert f"| {figure}" in table, table


def test_bench_latency_quick(tmp_path):
    """Cold runs of 1 and 5 articles beside bare spaCy, the profile, and one file
    dropped into the inbox under dagster dev (about two minutes)."""
    out = subprocess.run(
        [sys.executable, "bench/bench_latency.py", "--quick", "--workdir", str(tmp_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    table = out.stdout
    for figure in ("cold run, 1 article ", "cold run, 5 articles", "file to readable"):
        assert f"| {figure}" in table, table
    assert "| great_expectations |" in table and "| GX validations" in table, table
