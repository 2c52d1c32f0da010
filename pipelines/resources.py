"""Resources: where the lake, the warehouse and the inbox are."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from newsledger.config import Settings
from newsledger.lake import Lake


class NewsledgerResource(dg.ConfigurableResource):
    """Lake root, warehouse file, inbox folder and input size limit.

    Empty values fall back to the ``NEWSLEDGER_*`` environment variables and then
    to folders inside the repository (see ``newsledger.config``).
    """

    lake_root: str = ""
    warehouse_path: str = ""
    inbox: str = ""
    max_bytes: int = 0

    @property
    def settings(self) -> Settings:
        return Settings.from_env(
            lake_root=self.lake_root or None,
            warehouse_path=Path(self.warehouse_path) if self.warehouse_path else None,
            inbox=Path(self.inbox) if self.inbox else None,
            max_bytes=self.max_bytes or None,
        )

    def lake(self) -> Lake:
        return Lake(self.settings.lake_root)
