"""Reading the warehouse as a person does: read-only, with the question macros.

Only the contract's view names and ``connect_readonly`` are used, so what stores
the tables underneath does not matter here.
"""

from __future__ import annotations

import duckdb

from newsledger.config import PROJECT_ROOT, Settings
from newsledger.warehouse import connect_readonly

MACROS_SQL = PROJECT_ROOT / "warehouse" / "macros.sql"


def connect(settings: Settings) -> duckdb.DuckDBPyConnection:
    """The warehouse, read-only and locked to the lake, with ``warehouse/macros.sql``
    defined (temporary macros: nothing is written)."""
    con = connect_readonly(settings.warehouse_path, settings.lake_root)
    try:
        for statement in con.extract_statements(MACROS_SQL.read_text()):
            con.execute(statement)
    except BaseException:
        con.close()
        raise
    return con
