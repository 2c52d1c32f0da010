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
from newsledger.feeds import Fetcher, is_feed, is_feed_config, raw_entry_rows
from newsledger.ids import article_id, sha256_hex
from newsledger.parse import NoBodyError, parse_article
from newsledger.text import DecodeError, decode_bytes, normalize_text
from newsledger.webpage import Page, extract_page, is_html

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


@dataclass(frozen=True)
class Input:
    """A file to register, and the folder it must not leave (None: named directly)."""

    path: Path
    folder: Path | None = None


def expand_inputs(
    paths: Iterable[str | os.PathLike[str]], outputs: Iterable[str | os.PathLike[str]] = ()
) -> list[Input]:
    """Files named, and files inside folders named (recursively, sorted).

    A file found in a folder may not lead out of it (a symlink or ``..``): the
    folder is its inbox. Hidden files and partial downloads are skipped, and so are
    the pipeline's own ``outputs`` (the lake, the warehouse) when they sit inside a
    folder; a path that does not exist is kept so that it is reported, not
    silently dropped.
    """
    outs = [Path(o).absolute() for o in outputs]
    found: dict[Path, Path | None] = {}
    for raw in paths:
        path = Path(raw).absolute()
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if not d.startswith(_SKIP_PREFIXES)
                    and not is_pipeline_output(Path(root) / d, outs)
                )
                # A linked folder is not followed (it may lead anywhere, or loop), but it
                # is kept, to be rejected with a reason rather than vanish.
                links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
                dirs[:] = [d for d in dirs if d not in links]
                for name in sorted([*files, *links]):
                    file = Path(root) / name
                    if (
                        not name.startswith(_SKIP_PREFIXES)
                        and not name.endswith(_SKIP_SUFFIXES)
                        and not is_pipeline_output(file, outs)
                    ):
                        found.setdefault(file, path)
        else:
            found[path] = None
    return [Input(p, found[p]) for p in sorted(found)]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files of :func:`expand_inputs`."""
    return [i.path for i in expand_inputs(paths)]


def is_pipeline_output(path: Path, outputs: Iterable[Path]) -> bool:
    """True for the lake's folder or a file in it, and for the warehouse file and its
    companions (``-wal``, ``.wal``, temporary copies and hidden lock files such as
    ``.newsledger.sqlite.commit-lock``): the pipeline's output, never its input."""
    for out in outputs:
        if path == out or out in path.parents:
            return True
        if path.parent == out.parent and path.name.removeprefix(".").startswith(out.name):
            return True
    return False


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
    inputs: Iterable[Input],
    batch: str,
    max_bytes: int,
    inbox: Path | None,
    outputs: Iterable[str | os.PathLike[str]] = (),
    only: set[str] | None = None,
) -> Iterator[dict]:
    """Raw rows of the inputs. A file may not leave ``inbox`` when one is given, else
    the folder it was found in; a file of the pipeline's outputs named directly is
    rejected unread. A feed (or a config file listing feed URLs) gives a row per
    entry (``only``: the entries with these keys)."""
    outs = [Path(o).absolute() for o in outputs]
    fetcher = None
    for item in inputs:
        if is_pipeline_output(item.path, outs) or is_pipeline_output(item.path.resolve(), outs):
            yield {
                "source_path": display_path(item.path),
                "batch": batch,
                "sha256": "",
                "size_bytes": 0,
                "content": None,
                "error": f"pipeline_output: {display_path(item.path)} is a file of the lake "
                "or the warehouse, not an input",
            }
            continue
        row = read_raw(item.path, batch, max_bytes, inbox or item.folder)
        data = row["content"]
        if data and (is_feed(row["source_path"], data) or is_feed_config(row["source_path"], data)):
            # A feed is its entries: one raw row per entry, its page fetched if need be.
            fetcher = fetcher or Fetcher()
            for path, content, error in raw_entry_rows(row["source_path"], data, fetcher, only):
                yield {
                    "source_path": path,
                    "batch": batch,
                    "sha256": sha256_hex(content) if content else "",
                    "size_bytes": len(content) if content else 0,
                    "content": content,
                    "error": error,
                }
            continue
        yield row


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
    page = None
    if is_html(raw["source_path"], data):
        try:
            page = extract_page(decoded.text)
        except Exception as exc:  # a third-party parser on arbitrary bytes: never fail the batch
            return reject("no_body", f"the page could not be parsed: {type(exc).__name__}: {exc}")
        text = normalize_text(page.text)
        if not text.strip():
            return reject("no_body", "the page has no main text")
    else:
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
    # A page's metadata states what a text's head only suggests.
    meta = page or Page("", None, None, None, None, None, None)
    return Outcome(
        article={
            "article_id": aid,
            "source_path": raw["source_path"],
            "batch": raw["batch"],
            "headline": meta.title or head.headline,
            "author": meta.author or head.author,
            "genre": head.genre,
            "published_date": meta.published_date or head.published_date,
            "dateline": head.dateline,
            "source_url": meta.url or head.source_url,
            "site_name": meta.site_name,
            "source_format": "html" if page else "text",
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
