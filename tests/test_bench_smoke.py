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
        timeout=600,  # a hang guard: two test workers (make test) share the cores
    )
    assert out.returncode == 0, out.stderr[-3000:]
    table = out.stdout
    for figure in ("throughput", "incremental", "query: co_occurrence", "peak RSS", "Dagster"):
        assert f"| {figure}" in table, table


def test_bench_latency_quick(tmp_path):
    """A cold run of one article beside bare spaCy, the profile, and one file
    dropped into the inbox under dagster dev (about a minute and a half). A smoke run:
    no untimed warm-up run before the figures, which are not checked."""
    out = subprocess.run(
        [sys.executable, "bench/bench_latency.py", "--quick", "--sizes", "1", "--no-warm-up"]
        + ["--workdir", str(tmp_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    table = out.stdout
    for figure in ("cold run, 1 article ", "file to readable"):
        assert f"| {figure}" in table, table
    assert "| great_expectations |" in table and "| GX validations" in table, table
