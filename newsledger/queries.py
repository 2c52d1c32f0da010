"""Reading the warehouse as a person does: read-only, with the question macros.

Only the contract's table names and ``connect_readonly`` are used, so what stores
the tables underneath does not matter here.
"""

from __future__ import annotations

import duckdb

from newsledger.config import Settings
from newsledger.warehouse import connect_readonly


def connect(settings: Settings, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """The lake, read-only and locked to its data files, with the macros of
    ``warehouse/macros.sql`` and ``warehouse/questions.sql`` defined (temporary
    macros: nothing is written). Every query reads the snapshot current when it
    connected: the connection is one transaction. ``threads``: DuckDB's thread count
    (default: one per core)."""
    return connect_readonly(settings, locked=True, threads=threads)
