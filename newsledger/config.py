"""Settings from the environment, with defaults that work from a fresh clone.

| variable                  | default                                          |
|---------------------------|--------------------------------------------------|
| NEWSLEDGER_WAREHOUSE      | <repo>/warehouse (catalog file and attach.sql)   |
| NEWSLEDGER_CATALOG        | sqlite:<warehouse>/newsledger.sqlite             |
| NEWSLEDGER_LAKE           | <warehouse>/lake/ (data files; or s3://...)      |
| NEWSLEDGER_INBOX          | <repo>/inbox                                     |
| NEWSLEDGER_MAX_BYTES      | 5000000 (5 MB)                                   |
| NEWSLEDGER_FEEDS          | <repo>/feeds.yaml                                |
| NEWSLEDGER_FEED_SPOOL     | <warehouse>/feeds                                |
| NEWSLEDGER_SECTION_MODEL  | newsledger/data/section_model.json ("none": the  |
|                           | section rules alone; see section_model.py)       |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
REFERENCE_DIR = PROJECT_ROOT / "seeds" / "reference"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
MACROS_SQL = PROJECT_ROOT / "warehouse" / "macros.sql"
QUESTIONS_SQL = PROJECT_ROOT / "warehouse" / "questions.sql"
DEFAULT_MAX_BYTES = 5_000_000
# How the project reads its YAML (lexicons, gold files, feeds.yaml): safe loading, by
# libyaml's parser where PyYAML has it (its wheels do), several times faster than the
# pure-Python one.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    feeds: Path = PROJECT_ROOT / "feeds.yaml"
    feed_spool: Path | None = None

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
            "feeds": Path(env.get("NEWSLEDGER_FEEDS", PROJECT_ROOT / "feeds.yaml")),
            "feed_spool": Path(env["NEWSLEDGER_FEED_SPOOL"])
            if env.get("NEWSLEDGER_FEED_SPOOL")
            else None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def report_path(self) -> Path:
        """The page of the whole warehouse that ``newsledger report`` writes."""
        return self.warehouse_dir / "report.html"

    @property
    def reports_dir(self) -> Path:
        """Where the ``report`` asset writes each batch's page and their index."""
        return self.warehouse_dir / "reports"

    @property
    def spool(self) -> Path:
        """Where the feed sensor keeps the feeds it fetched until their run reads them."""
        return self.feed_spool or self.warehouse_dir / "feeds"

    def pipeline_outputs(self) -> list[Path]:
        """What the pipeline writes (a local catalog file and data folder, attach.sql,
        the reports): never input."""
        outputs = [self.attach_sql, self.report_path, self.reports_dir]
        if self.catalog.startswith("sqlite:"):
            outputs.append(Path(self.catalog.removeprefix("sqlite:")))
        if "://" not in self.data_path or self.data_path.startswith("file://"):
            outputs.append(Path(self.data_path.removeprefix("file://")))
        return outputs

    def lake(self):  # -> newsledger.lake.Lake; imported here so config stays light
        from newsledger.lake import Lake

        return Lake(self.catalog, self.data_path)
