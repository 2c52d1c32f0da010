"""Shared fixtures: every test gets its own lake (catalog, data files, attach.sql)
and inbox."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
# Runs are recorded in the Dagster instance of DAGSTER_HOME (else the repository's
# .dagster_home/, which `make ui` serves): tests, and the processes they start, keep
# theirs in a scratch folder, in memory where there is one: the instance's SQLite
# commits each event, and on disk a one-article run took 9 s instead of 2.7 s.
_RAM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
_SCRATCH_HOME = tempfile.mkdtemp(prefix="newsledger-dagster-home-", dir=_RAM)
atexit.register(shutil.rmtree, _SCRATCH_HOME, True)
os.environ["DAGSTER_HOME"] = _SCRATCH_HOME

from newsledger.config import PROJECT_ROOT, Settings  # noqa: E402

SEED = PROJECT_ROOT / "seeds" / "articles" / "000_e93990c706c29f3f.txt"
SHARED = PROJECT_ROOT.parent / "shared"
GOLD_SEED = SHARED / "gold" / "000_e93990c706c29f3f.gold.yaml"
CORPUS = SHARED / "corpus"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules holding slow tests first. `make test` runs two workers that take a module
    at a time in this order (`--no-loadscope-reorder`): a long module taken last would
    keep one worker busy while the other has nothing left to do."""
    slow = {
        item.path
        for item in items
        if item.get_closest_marker("slow") or item.get_closest_marker("e2e")
    }
    items.sort(key=lambda item: item.path not in slow)  # stable: file order kept within


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    monkeypatch.delenv("NEWSLEDGER_LAKE", raising=False)
    monkeypatch.delenv("NEWSLEDGER_CATALOG", raising=False)
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(tmp_path / "warehouse"))
    monkeypatch.setenv("NEWSLEDGER_INBOX", str(inbox))
    home = tempfile.mkdtemp(prefix="home-", dir=_SCRATCH_HOME)
    monkeypatch.setenv("DAGSTER_HOME", home)
    return Settings.from_env()


@contextlib.contextmanager
def scratch_env(root: Path) -> Iterator[None]:
    """Lake (catalog and data files), warehouse, inbox and Dagster instance under
    ``root`` for a module-scoped fixture (monkeypatch is function-scoped); the
    environment is restored after."""
    env = {
        "NEWSLEDGER_LAKE": str(root / "lake"),
        "NEWSLEDGER_CATALOG": f"sqlite:{root / 'warehouse' / 'newsledger.sqlite'}",
        "NEWSLEDGER_WAREHOUSE": str(root / "warehouse"),
        "NEWSLEDGER_INBOX": str(root / "inbox"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
