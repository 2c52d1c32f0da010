"""Settings from the environment, with defaults that work from a fresh clone.

| variable                  | default                          |
|---------------------------|----------------------------------|
| NEWSLEDGER_LAKE           | <repo>/warehouse/lake            |
| NEWSLEDGER_WAREHOUSE      | <repo>/warehouse/newsledger.duckdb |
| NEWSLEDGER_INBOX          | <repo>/inbox                     |
| NEWSLEDGER_MAX_BYTES      | 5000000 (5 MB)                   |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
REFERENCE_DIR = PROJECT_ROOT / "seeds" / "reference"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SCHEMA_SQL = PROJECT_ROOT / "warehouse" / "schema.sql"
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    lake_root: str
    warehouse_path: Path
    inbox: Path
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "lake_root": env.get("NEWSLEDGER_LAKE", str(PROJECT_ROOT / "warehouse" / "lake")),
            "warehouse_path": Path(
                env.get("NEWSLEDGER_WAREHOUSE", PROJECT_ROOT / "warehouse" / "newsledger.duckdb")
            ),
            "inbox": Path(env.get("NEWSLEDGER_INBOX", PROJECT_ROOT / "inbox")),
            "max_bytes": int(env.get("NEWSLEDGER_MAX_BYTES", DEFAULT_MAX_BYTES)),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def pipeline_outputs(self) -> list[Path]:
        """What the pipeline writes (a local lake, the warehouse file): never input."""
        outputs = [Path(self.warehouse_path)]
        if "://" not in self.lake_root or self.lake_root.startswith("file://"):
            outputs.append(Path(self.lake_root.removeprefix("file://")))
        return outputs
