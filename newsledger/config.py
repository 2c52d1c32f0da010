"""Settings from the environment, with defaults that work from a fresh clone.

| variable                  | default                                          |
|---------------------------|--------------------------------------------------|
| NEWSLEDGER_WAREHOUSE      | <repo>/warehouse (catalog file and attach.sql)   |
| NEWSLEDGER_CATALOG        | sqlite:<warehouse>/newsledger.sqlite             |
| NEWSLEDGER_LAKE           | <warehouse>/lake/ (data files; or s3://...)      |
| NEWSLEDGER_INBOX          | <repo>/inbox                                     |
| NEWSLEDGER_MAX_BYTES      | 5000000 (5 MB)                                   |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
REFERENCE_DIR = PROJECT_ROOT / "seeds" / "reference"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
MACROS_SQL = PROJECT_ROOT / "warehouse" / "macros.sql"
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    """Where the lake is: ``catalog`` is ``sqlite:<file>`` or ``postgres:<libpq
    connection string>``; ``data_path`` a folder or an ``s3://`` prefix;
    ``warehouse_dir`` holds ``attach.sql`` (and, by default, the catalog file)."""

    warehouse_dir: Path
    inbox: Path
    catalog: str = ""
    data_path: str = ""
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        wh = Path(self.warehouse_dir).resolve()
        object.__setattr__(self, "warehouse_dir", wh)
        if not self.catalog:
            object.__setattr__(self, "catalog", f"sqlite:{wh / 'newsledger.sqlite'}")
        if not self.data_path:
            object.__setattr__(self, "data_path", str(wh / "lake") + "/")

    @property
    def attach_sql(self) -> Path:
        return self.warehouse_dir / "attach.sql"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "warehouse_dir": Path(env.get("NEWSLEDGER_WAREHOUSE", PROJECT_ROOT / "warehouse")),
            "catalog": env.get("NEWSLEDGER_CATALOG", ""),
            "data_path": env.get("NEWSLEDGER_LAKE", ""),
            "inbox": Path(env.get("NEWSLEDGER_INBOX", PROJECT_ROOT / "inbox")),
            "max_bytes": int(env.get("NEWSLEDGER_MAX_BYTES", DEFAULT_MAX_BYTES)),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def lake(self):  # -> newsledger.lake.Lake; imported here so config stays light
        from newsledger.lake import Lake

        return Lake(self.catalog, self.data_path)
