"""The one ID scheme.

Row IDs are deterministic: a short prefix naming the table and a hash of the
parts that identify the row, so the same input and code give the same IDs.
Entity IDs are readable (``person:ilham_aliyev``, ``country:AZE``).
"""

from __future__ import annotations

import hashlib
import re

from anyascii import anyascii


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(normalized_text: str) -> str:
    """ID of an article: the hash of its normalized content."""
    return "art_" + sha256_hex(normalized_text.encode("utf-8"))[:16]


def row_id(prefix: str, *parts: object) -> str:
    """ID of a derived row, e.g. ``row_id("sec", article_id, 0)``."""
    key = "\x1f".join(str(p) for p in parts)
    return f"{prefix}_{sha256_hex(key.encode('utf-8'))[:16]}"


def slug(name: str) -> str:
    """ASCII slug for readable entity IDs: 'Ilham Əliyev' -> 'ilham_aliyev'."""
    s = anyascii(name).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "unnamed"


def entity_id(entity_type: str, name_or_code: str) -> str:
    if entity_type == "COUNTRY":
        return f"country:{name_or_code.upper()}"
    return f"{entity_type.lower()}:{slug(name_or_code)}"
