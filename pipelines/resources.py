"""Resources: where the lake (catalog and data files), attach.sql and the inbox are."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from newsledger.lake import Lake


class NewsledgerResource(dg.ConfigurableResource):
    """Warehouse folder, catalog, data path, inbox folder and input size limit.

    Empty values fall back to the ``NEWSLEDGER_*`` environment variables and then
    to folders inside the repository (see ``newsledger.config``).
    """

    warehouse_dir: str = ""
    catalog: str = ""
    data_path: str = ""
    inbox: str = ""
    max_bytes: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> NewsledgerResource:
        return cls(
            warehouse_dir=str(settings.warehouse_dir),
            catalog=settings.catalog,
            data_path=settings.data_path,
            inbox=str(settings.inbox),
            max_bytes=settings.max_bytes,
        )

    @property
    def settings(self) -> Settings:
        return Settings.from_env(
            warehouse_dir=Path(self.warehouse_dir) if self.warehouse_dir else None,
            catalog=self.catalog or None,
            data_path=self.data_path or None,
            inbox=Path(self.inbox) if self.inbox else None,
            max_bytes=self.max_bytes or None,
        )

    def lake(self) -> Lake:
        return self.settings.lake()
