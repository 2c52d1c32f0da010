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
