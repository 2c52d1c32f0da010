"""The one lake writer: Parquet parts per table and batch, committed by manifest.

Layout: ``<root>/<table>/batch=<key>/part-<n>.parquet`` (unpartitioned tables
have no ``batch=`` level). Each folder holds ``_manifest.json``, the list of
live parts and the upstream parts each was derived from. A part is written
under a temporary name and renamed into place, then the manifest is replaced
the same way, so a reader or a crash sees a part whole or not at all. A part
that a commit drops is listed as superseded and deleted by
:meth:`Lake.collect_garbage` once neither the warehouse nor a release points at
it. One writer per table and batch at a time: the Dagster run queue limits runs
to one per batch.

A batch's stages commit one after another, so between two commits its tables
disagree (articles without their sentences). Readers therefore see a batch
through its release, ``<root>/_releases/batch=<key>.json``: the live parts of
every table of the batch, written in one atomic step when a run of the batch has
finished (:meth:`Lake.release`). A run holds the batch first
(:meth:`Lake.hold`), so a new batch stays invisible until it is whole. A batch
with no release (one written by the stage functions alone) is read from its
manifests.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsledger.schemas import TABLES
from newsledger.schemas import table as table_spec

# Tables whose rows belong to a batch: a release lists the parts of each.
PARTITIONED = tuple(name for name, spec in TABLES.items() if spec.partitioned)

MANIFEST = "_manifest.json"
RELEASES = "_releases"
# Rows a stage holds in memory at once.
CHUNK_ROWS = 200
# Row groups. A reader of a part holds one row group: those of the tables stages
# stream (STREAMED) hold about STREAMED_GROUP_BYTES whatever the rows' size (a
# query joining articles paid for 200-row groups). The others hold QUERY_ROW_GROUP
# rows: few enough that DuckDB skips groups by min/max (see stages.CLUSTER_BY).
STREAMED = frozenset({"raw_articles", "articles"})
STREAMED_GROUP_BYTES = 8 * 1024 * 1024
QUERY_ROW_GROUP = 16_384
# How long a superseded part stays readable for connections to an older warehouse.
SUPERSEDED_GRACE_S = 900
_PART = re.compile(r"^part-(\d+)\.parquet$")


@dataclass(frozen=True)
class Part:
    name: str  # "part-00003"
    rows: int
    sources: tuple[str, ...] = field(default_factory=tuple)

    @property
    def filename(self) -> str:
        return f"{self.name}.parquet"

    def to_json(self) -> dict:
        return asdict(self) | {"sources": list(self.sources)}

    @classmethod
    def from_json(cls, data: dict) -> Part:
        return cls(data["name"], data["rows"], tuple(data["sources"]))


class Lake:
    def __init__(self, root: str) -> None:
        if "://" in root and not root.startswith("file://"):
            self.fs, self.root = pafs.FileSystem.from_uri(root)
            self.uri_prefix = root[: root.index("://") + 3]
        else:
            self.fs = pafs.LocalFileSystem()
            self.root = os.path.abspath(root.removeprefix("file://"))
            self.uri_prefix = ""

    # -- paths -------------------------------------------------------------
    def folder(self, table: str, batch: str | None) -> str:
        spec = table_spec(table)
        if spec.partitioned:
            if not batch:
                raise ValueError(f"table {table} is partitioned: a batch is required")
            return f"{self.root}/{table}/batch={batch}"
        return f"{self.root}/{table}"

    def uri(self, path: str) -> str:
        """Path as DuckDB and other engines address it."""
        return f"{self.uri_prefix}{path}"

    # -- manifests ---------------------------------------------------------
    def parts(self, table: str, batch: str | None) -> list[Part]:
        data = self._manifest(table, batch)
        return [Part.from_json(p) for p in data["parts"]]

    def superseded(self, table: str, batch: str | None) -> dict[str, float]:
        """File names of parts that a commit dropped and may still exist, with the
        time they were dropped."""
        return self._manifest(table, batch).get("superseded", {})

    def _manifest(self, table: str, batch: str | None) -> dict:
        return self._read_json(f"{self.folder(table, batch)}/{MANIFEST}") or {"parts": []}

    def commit(self, table: str, batch: str | None, parts: Sequence[Part]) -> None:
        """Make exactly ``parts`` the live parts of the folder, atomically."""
        old = self._manifest(table, batch)
        folder = self.folder(table, batch)
        live = {p.filename for p in parts}
        now = round(time.time(), 3)
        # name -> when it stopped being live; readers of an older warehouse may still read it.
        superseded = {
            f: ts
            for f, ts in old.get("superseded", {}).items()
            if f not in live and self.fs.get_file_info(f"{folder}/{f}").type == pafs.FileType.File
        }
        for p in old["parts"]:
            f = f"{p['name']}.parquet"
            if f not in live:
                superseded[f] = now
        body = {
            "table": table,
            "batch": batch,
            "parts": [p.to_json() for p in parts],
            "superseded": superseded,
        }
        self._write_json(f"{folder}/{MANIFEST}", body)

    # -- releases ----------------------------------------------------------
    def release_path(self, batch: str) -> str:
        return f"{self.root}/{RELEASES}/batch={batch}.json"

    def _release(self, batch: str) -> dict[str, list[Part]] | None:
        """The batch's released parts by table; None when it has no release."""
        body = self._read_json(self.release_path(batch))
        if body is None:
            return None
        return {t: [Part.from_json(p) for p in ps] for t, ps in body["tables"].items()}

    def release(self, batch: str) -> None:
        """Make the batch's live parts, in every table, what readers see: one
        atomic write, so they see the whole batch of one run or none of it."""
        tables = {t: [p.to_json() for p in self.parts(t, batch)] for t in PARTITIONED}
        self._write_json(self.release_path(batch), {"batch": batch, "tables": tables})

    def hold(self, batch: str) -> None:
        """Before a run's first commit: give the batch a release if it has none, so
        readers keep what they see (nothing, for a new batch) until :meth:`release`."""
        if self._release(batch) is None:
            self.release(batch)

    def released_parts(self, table: str, batch: str | None) -> list[Part]:
        """The parts readers see: the batch's release, or the live parts of a table
        without batches or a batch without a release."""
        released = self._release(batch) if batch is not None else None
        if released is None:
            return self.parts(table, batch)
        return released.get(table, [])

    def unreleased(self, batch: str) -> bool:
        """Whether the batch has commits readers do not see yet: a run in progress,
        or one that failed after its first commit."""
        released = self._release(batch)
        if released is None:
            return False
        return any(self.parts(t, batch) != released.get(t, []) for t in PARTITIONED)

    def batches(self, table: str) -> list[str]:
        """Batches of a table that have a manifest."""
        base = f"{self.root}/{table}"
        try:
            infos = self.fs.get_file_info(pafs.FileSelector(base, allow_not_found=True))
        except FileNotFoundError:
            return []
        keys = []
        for info in infos:
            name = info.base_name
            if info.type == pafs.FileType.Directory and name.startswith("batch="):
                keys.append(name.removeprefix("batch="))
        return sorted(k for k in keys if self.parts(table, k) or self._has_manifest(table, k))

    def _has_manifest(self, table: str, batch: str) -> bool:
        info = self.fs.get_file_info(f"{self.folder(table, batch)}/{MANIFEST}")
        return info.type == pafs.FileType.File

    def next_part_name(self, table: str, batch: str | None) -> str:
        """A part name never used in the folder, live or garbage."""
        numbers = [-1]
        folder = self.folder(table, batch)
        for info in self.fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True)):
            m = _PART.match(info.base_name)
            if m:
                numbers.append(int(m.group(1)))
        numbers += [int(p.name.split("-")[1]) for p in self.parts(table, batch)]
        return f"part-{max(numbers) + 1:05d}"

    # -- data --------------------------------------------------------------
    def write_part(
        self,
        table: str,
        batch: str | None,
        rows: pa.Table | Sequence[dict],
        name: str,
        sources: Iterable[str] = (),
    ) -> Part:
        """Write one part file (not yet live: :meth:`commit` makes it so)."""
        schema = table_spec(table).schema
        data = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(list(rows), schema)
        data = data.select(schema.names).cast(schema)
        folder = self.folder(table, batch)
        self.fs.create_dir(folder, recursive=True)
        tmp = f"{folder}/.tmp-{uuid.uuid4().hex}.parquet"
        group = QUERY_ROW_GROUP
        if table in STREAMED and data.num_rows:
            group = max(1, min(group, STREAMED_GROUP_BYTES * data.num_rows // max(data.nbytes, 1)))
        pq.write_table(data, tmp, filesystem=self.fs, compression="zstd", row_group_size=group)
        self.fs.move(tmp, f"{folder}/{name}.parquet")
        return Part(name, data.num_rows, tuple(sorted(sources)))

    def read(
        self,
        table: str,
        batch: str | None = None,
        columns: Sequence[str] | None = None,
        parts: Iterable[Part] | None = None,
        ids: Iterable[str] | None = None,
    ) -> pa.Table:
        """Rows of the live parts of one batch (or, with batch None, of all batches);
        with ``ids``, only the rows of those articles."""
        files = self._part_files(table, batch, parts)
        schema = self._schema(table, columns)
        if not files:
            return schema.empty_table()
        if ids is not None:
            dataset = pads.dataset(files, format="parquet", filesystem=self.fs)
            wanted = pa.array(sorted(set(ids)), pa.string())
            data = dataset.to_table(
                columns=list(schema.names), filter=pc.field("article_id").isin(wanted)
            )
            return data.cast(schema)
        tables = [pq.read_table(f, columns=list(schema.names), filesystem=self.fs) for f in files]
        return pa.concat_tables([t.cast(schema) for t in tables])

    def iter_chunks(
        self,
        table: str,
        batch: str | None,
        parts: Iterable[Part],
        columns: Sequence[str] | None = None,
        rows: int = CHUNK_ROWS,
    ) -> Iterator[pa.Table]:
        """The rows of some parts, ``rows`` at a time; one row group at most is decoded."""
        schema = self._schema(table, columns)
        for path in self._part_files(table, batch, parts):
            with self.fs.open_input_file(path) as f:
                for rb in pq.ParquetFile(f).iter_batches(batch_size=rows, columns=schema.names):
                    yield pa.Table.from_batches([rb]).cast(schema)

    def _schema(self, table: str, columns: Sequence[str] | None) -> pa.Schema:
        schema = table_spec(table).schema
        return pa.schema([schema.field(c) for c in columns]) if columns else schema

    def _part_files(self, table: str, batch: str | None, parts: Iterable[Part] | None) -> list[str]:
        if parts is None:
            return self.files(table, batch)
        return [f"{self.folder(table, batch)}/{p.filename}" for p in parts]

    def delete_parts(self, table: str, batch: str | None, parts: Iterable[Part]) -> None:
        """Remove part files that were written but never committed."""
        for path in self._part_files(table, batch, parts):
            with contextlib.suppress(FileNotFoundError):
                self.fs.delete_file(path)

    def files(self, table: str, batch: str | None = None) -> list[str]:
        """Paths of the live part files of one batch, or of every batch."""
        spec = table_spec(table)
        if not spec.partitioned:
            return [f"{self.folder(table, None)}/{p.filename}" for p in self.parts(table, None)]
        keys = [batch] if batch else self.batches(table)
        return [f"{self.folder(table, k)}/{p.filename}" for k in keys for p in self.parts(table, k)]

    def collect_garbage(
        self,
        table: str,
        in_use: set[str],
        min_age_s: float = 3600,
        grace_s: float = SUPERSEDED_GRACE_S,
    ) -> int:
        """Delete parts superseded more than ``grace_s`` ago, neither released nor
        in ``in_use`` (paths the warehouse reads), and leftovers of crashed writers older than
        ``min_age_s``. Returns the number of files deleted.

        The grace lets a connection opened on the previous warehouse file finish
        its queries after a publish swapped the file.
        """
        spec = table_spec(table)
        keys: list[str | None] = list(self.batches(table)) if spec.partitioned else [None]
        removed = 0
        now = time.time()
        for key in keys:
            folder = self.folder(table, key)
            live = {p.filename for p in self.parts(table, key)}
            live |= {p.filename for p in self.released_parts(table, key)}
            superseded = self.superseded(table, key)
            for info in self.fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True)):
                name = info.base_name
                if info.type != pafs.FileType.File or name == MANIFEST or name in live:
                    continue
                if self.uri(info.path) in in_use:
                    continue
                old = info.mtime is not None and now - info.mtime.timestamp() > min_age_s
                expired = name in superseded and now - superseded[name] >= grace_s
                if expired or (name not in superseded and old):
                    self.fs.delete_file(info.path)
                    removed += 1
        return removed

    def _read_json(self, path: str) -> dict | None:
        try:
            with self.fs.open_input_stream(path) as f:
                return json.loads(f.read())
        except FileNotFoundError:
            return None

    def _write_json(self, path: str, body: dict) -> None:
        # Sorted keys: the same lake state gives byte-identical files.
        self._write_atomic(path, json.dumps(body, indent=1, sort_keys=True).encode())

    def _write_atomic(self, path: str, data: bytes) -> None:
        folder = path.rsplit("/", 1)[0]
        self.fs.create_dir(folder, recursive=True)
        tmp = f"{folder}/.tmp-{uuid.uuid4().hex}"
        with self.fs.open_output_stream(tmp) as f:
            f.write(data)
        self.fs.move(tmp, path)
