"""Cache files of large dicts read a shard at a time.

The GeoNames name index and cities (634,000 and 235,000 entries) took 0.45 s to
load whole from one ``marshal`` blob, on every run, though one article looks up a
few dozen names. Here each dict is split by a stable hash of its keys into
:data:`SHARDS` ``marshal`` blobs, stored one after another in one file; a reader
reads the file (tens of milliseconds), checks it whole against its checksum, and
unmarshals a shard on its first lookup. A run that looks up every key ends up
with the same dicts, at the same cost as before.

Layout: :data:`MAGIC`, the header's length (8 bytes, little-endian), the header
(``marshal`` of the body's CRC-32, each dict's shard spans and length, and one
small value kept whole), then the body (the shards).
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

MAGIC = b"NLSHARD1"
SHARDS = 1024


def shard_of(key: str) -> int:
    """Which shard holds ``key``: the same in every process (unlike ``hash``)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS


def dumps(dicts: Mapping[str, Mapping[str, Any]], extra: Any = None) -> bytes:
    """A cache file of named dicts (string keys, ``marshal``-able values) and ``extra``."""
    body = bytearray()
    spans: dict[str, list[tuple[int, int]]] = {}
    lengths: dict[str, int] = {}
    for name, whole in dicts.items():
        buckets: list[dict[str, Any]] = [{} for _ in range(SHARDS)]
        for k, v in whole.items():
            buckets[shard_of(k)][k] = v
        spans[name] = []
        for bucket in buckets:
            blob = marshal.dumps(bucket)
            spans[name].append((len(body), len(body) + len(blob)))
            body += blob
        lengths[name] = len(whole)
    header = marshal.dumps((zlib.crc32(body), spans, lengths, extra))
    return MAGIC + len(header).to_bytes(8, "little") + header + bytes(body)


def loads(data: bytes) -> tuple[dict[str, ShardedDict], Any]:
    """The dicts and ``extra`` of a cache file; ValueError when it is not one or is
    damaged (checked whole here, so a lookup never meets a bad shard)."""
    if not data.startswith(MAGIC):
        raise ValueError("not a shard cache file")
    start = len(MAGIC) + 8
    size = int.from_bytes(data[len(MAGIC) : start], "little")
    try:
        crc, spans, lengths, extra = marshal.loads(data[start : start + size])
    except (EOFError, TypeError) as e:
        raise ValueError("damaged shard cache header") from e
    body = memoryview(data)[start + size :]
    if zlib.crc32(body) != crc:
        raise ValueError("damaged shard cache body")
    return {name: ShardedDict(body, s, lengths[name]) for name, s in spans.items()}, extra


class ShardedDict(Mapping[str, Any]):
    """A read-only dict whose shards are unmarshalled on first use."""

    def __init__(self, body: memoryview, spans: list[tuple[int, int]], length: int) -> None:
        self._body = body
        self._spans = spans
        self._parts: list[dict[str, Any] | None] = [None] * len(spans)
        self._len = length

    def _part(self, i: int) -> dict[str, Any]:
        part = self._parts[i]
        if part is None:
            s, e = self._spans[i]
            part = self._parts[i] = marshal.loads(self._body[s:e])
        return part

    def __getitem__(self, key: str) -> Any:
        return self._part(shard_of(key))[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._part(shard_of(key)).get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._part(shard_of(key))

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self._spans)):
            yield from self._part(i)

    def __len__(self) -> int:
        return self._len
