"""Turn input files into raw rows, and raw rows into articles or rejections.

Bad input never raises out of this module: every file becomes either an
article row or a ``rejected_articles`` row with a reason and a detail.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger import EXTRACTOR_VERSION
from newsledger.ids import article_id, sha256_hex
from newsledger.parse import NoBodyError, parse_article
from newsledger.text import DecodeError, decode_bytes, normalize_text

# Files a folder scan skips: editor droppings and partial downloads are not articles.
_SKIP_PREFIXES = (".", "~")
_SKIP_SUFFIXES = (".part", ".tmp", ".swp", ".crdownload")
# The longest paragraph the NLP stage accepts. spaCy refuses texts over 1,000,000
# characters and needs about 1 GB per 100,000: one such paragraph would fail or
# stall the whole batch's NLP stage, so its file is rejected here instead.
MAX_PARAGRAPH_CHARS = 100_000


@dataclass(frozen=True)
class FileRef:
    path: str
    sha256: str
    size_bytes: int


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named, and files inside folders named (recursively, sorted).

    Hidden files and partial downloads are skipped; a path that does not exist
    is kept so that it is reported, not silently dropped.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw).absolute()
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(_SKIP_PREFIXES))
                # A linked folder is not followed (it may lead anywhere, or loop), but it
                # is kept, to be rejected with a reason rather than vanish.
                links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
                dirs[:] = [d for d in dirs if d not in links]
                for name in sorted([*files, *links]):
                    if not name.startswith(_SKIP_PREFIXES) and not name.endswith(_SKIP_SUFFIXES):
                        out.append(Path(root) / name)
        else:
            out.append(path)
    return sorted(dict.fromkeys(out))


def outside_inbox(path: Path, inbox: Path | None) -> bool:
    """True when a path, after resolving symlinks and '..', leaves the inbox."""
    if inbox is None:
        return False
    try:
        path.resolve(strict=False).relative_to(inbox.resolve())
    except ValueError:
        return True
    return False


def display_path(path: Path) -> str:
    """The path as valid UTF-8 text: a file name that is not UTF-8 (a Latin-1 name
    on Linux) shows its odd bytes as ``\\xe9`` instead of failing the Parquet write."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_raw(path: Path, batch: str, max_bytes: int, inbox: Path | None = None) -> dict:
    """One ``raw_articles`` row. Never raises: a problem goes in ``error``."""
    row = {"source_path": display_path(path), "batch": batch, "sha256": "", "size_bytes": 0}
    row |= {"content": None, "error": None}
    shown = row["source_path"]
    if outside_inbox(path, inbox):
        target = display_path(path.resolve())
        return row | {"error": f"outside_inbox: {shown} resolves to {target}"}
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            return row | {"error": f"not_a_file: {shown} is not a regular file"}
        row["size_bytes"] = st.st_size
        if st.st_size > max_bytes:
            # Hash without holding the whole file in memory.
            import hashlib

            h = hashlib.sha256()
            with path.open("rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            return row | {"sha256": h.hexdigest()}
        data = path.read_bytes()
    except FileNotFoundError:
        return row | {"error": f"unreadable: {shown} does not exist"}
    except OSError as exc:
        return row | {"error": f"unreadable: {exc.strerror or exc}"}
    return row | {"sha256": sha256_hex(data), "size_bytes": len(data), "content": data}


def iter_raw(
    paths: Iterable[Path], batch: str, max_bytes: int, inbox: Path | None
) -> Iterator[dict]:
    for path in paths:
        yield read_raw(path, batch, max_bytes, inbox)


@dataclass
class Outcome:
    article: dict | None = None
    rejection: dict | None = None


def build_article(raw: dict, max_bytes: int, seen_ids: set[str]) -> Outcome:
    """Decode, normalize and parse one raw row into an article or a rejection.

    ``seen_ids`` holds the IDs of articles already in the lake; it is updated.
    """

    def reject(reason: str, detail: str) -> Outcome:
        return Outcome(
            rejection={
                "source_path": raw["source_path"],
                "batch": raw["batch"],
                "reason": reason,
                "detail": detail,
                "size_bytes": raw["size_bytes"],
                "sha256": raw["sha256"] or None,
                "extractor_version": EXTRACTOR_VERSION,
            }
        )

    if raw["error"]:
        reason, _, detail = raw["error"].partition(": ")
        return reject(reason, detail)
    if raw["size_bytes"] > max_bytes:
        return reject("too_large", f"{raw['size_bytes']} bytes, over the limit of {max_bytes}")
    data: bytes = raw["content"] or b""
    if not data:
        return reject("empty", "the file has no bytes")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return reject(exc.reason, exc.detail)
    text = normalize_text(decoded.text)
    if not text.strip():
        return reject("empty", f"only whitespace ({len(data)} bytes)")
    try:
        parsed = parse_article(text)
    except NoBodyError as exc:
        return reject("no_body", str(exc) or "no body text after the head")
    longest = max((p.char_end - p.char_start for p in parsed.paragraphs), default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        return reject(
            "too_large",
            f"a paragraph of {longest} characters, over the limit of {MAX_PARAGRAPH_CHARS}",
        )
    aid = article_id(text)
    if aid in seen_ids:
        return reject("duplicate", f"same content as article {aid}, already ingested")
    seen_ids.add(aid)
    head = parsed.head
    words = sum(len(text[p.char_start : p.char_end].split()) for p in parsed.paragraphs)
    return Outcome(
        article={
            "article_id": aid,
            "source_path": raw["source_path"],
            "batch": raw["batch"],
            "headline": head.headline,
            "author": head.author,
            "genre": head.genre,
            "published_date": head.published_date,
            "dateline": head.dateline,
            "source_url": head.source_url,
            "word_count": words,
            "body_char_start": head.body_start,
            "text": text,
            "content_sha256": sha256_hex(text.encode("utf-8")),
            "raw_sha256": raw["sha256"],
            "encoding": decoded.encoding,
            "decode_note": decoded.note,
            "extractor_version": EXTRACTOR_VERSION,
        }
    )
