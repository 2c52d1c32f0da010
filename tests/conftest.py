"""Shared fixtures: every test gets its own lake (catalog, data files, attach.sql)
and inbox."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from newsledger.config import PROJECT_ROOT, Settings  # noqa: E402

SEED = PROJECT_ROOT / "seeds" / "articles" / "000_e93990c706c29f3f.txt"
SHARED = PROJECT_ROOT.parent / "shared"
GOLD_SEED = SHARED / "gold" / "000_e93990c706c29f3f.gold.yaml"
CORPUS = SHARED / "corpus"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    monkeypatch.delenv("NEWSLEDGER_LAKE", raising=False)
    monkeypatch.delenv("NEWSLEDGER_CATALOG", raising=False)
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(tmp_path / "warehouse"))
    monkeypatch.setenv("NEWSLEDGER_INBOX", str(inbox))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    return Settings.from_env()
