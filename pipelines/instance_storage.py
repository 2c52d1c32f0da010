"""Fewer disk flushes in the Dagster instance's SQLite files.

Dagster's SQLite storage opens a new connection for every event it records and
closes it after the commit. With SQLite's defaults (WAL journal, ``synchronous``
FULL) every commit flushes the write-ahead log to disk, and closing the last
connection to a file copies the log into the database, flushing both and the
folder: a one-article run made about 1,650 flushes, 4 ms each on this machine's
shared disk, more than its own work (bench/bench_latency.py).

Here, in the processes that run the pipeline (``newsledger run``, the run workers
of ``dagster dev``), every connection to a SQLite file of the instance gets
``synchronous`` NORMAL, and one more connection to each recently used file stays
open, so that closing the others no longer copies the log each time. In WAL mode
NORMAL keeps the files consistent whatever happens; a commit is lost only if the
machine itself stops (power loss, kernel crash) within moments of it, never when
the process dies. Every run and event is still recorded in the instance and shown
by ``make ui``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

# Files with a connection kept open: the index, the runs and the current run's events.
_KEEP = 8
_lock = threading.Lock()
_homes: set[str] = set()
_kept: OrderedDict[str, sqlite3.Connection] = OrderedDict()


def fewer_disk_flushes(home: Path | str) -> None:
    """Apply to the SQLite files under the instance folder ``home`` from now on,
    in this process."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    with _lock:
        if not _homes:
            event.listen(Engine, "connect", _on_connect)
        _homes.add(str(Path(home).absolute()) + "/")


def _on_connect(dbapi_connection: object, _record: object) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    row = dbapi_connection.execute("PRAGMA database_list").fetchone()
    path = row[2] if row else ""
    if not path or not any(path.startswith(h) for h in _homes):
        return
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
    with _lock:
        keeper = _kept.pop(path, None)
        if keeper is None:
            keeper = sqlite3.connect(path, check_same_thread=False)
        _kept[path] = keeper
        # A read opens the write-ahead log (once the file is in WAL mode) and keeps it.
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
        while len(_kept) > _KEEP:
            _kept.popitem(last=False)[1].close()
