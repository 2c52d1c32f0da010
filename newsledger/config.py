"""Settings from the environment, with defaults that work from a fresh clone.

| variable                  | default                          |
|---------------------------|----------------------------------|
| NEWSLEDGER_LAKE           | <repo>/warehouse/lake            |
| NEWSLEDGER_WAREHOUSE      | <repo>/warehouse/newsledger.duckdb |
| NEWSLEDGER_INBOX          | <repo>/inbox                     |
| NEWSLEDGER_MAX_BYTES      | 5000000 (5 MB)                   |
| NEWSLEDGER_FEEDS          | <repo>/feeds.yaml                |
| NEWSLEDGER_FEED_SPOOL     | <warehouse folder>/feeds         |
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
    feeds: Path = PROJECT_ROOT / "feeds.yaml"
    feed_spool: Path | None = None

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
            "feeds": Path(env.get("NEWSLEDGER_FEEDS", PROJECT_ROOT / "feeds.yaml")),
            "feed_spool": Path(env["NEWSLEDGER_FEED_SPOOL"])
            if env.get("NEWSLEDGER_FEED_SPOOL")
            else None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def report_path(self) -> Path:
        """The HTML report the ``report`` asset writes, beside the warehouse."""
        return Path(self.warehouse_path).parent / "report.html"

    @property
    def spool(self) -> Path:
        """Where the feed sensor keeps the feeds it fetched until their run reads them."""
        return self.feed_spool or Path(self.warehouse_path).parent / "feeds"

    def pipeline_outputs(self) -> list[Path]:
        """What the pipeline writes (a local lake, the warehouse file, the report):
        never input."""
        outputs = [Path(self.warehouse_path), self.report_path]
        if "://" not in self.lake_root or self.lake_root.startswith("file://"):
            outputs.append(Path(self.lake_root.removeprefix("file://")))
        return outputs
