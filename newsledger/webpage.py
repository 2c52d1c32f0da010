"""Web pages: the article's main text and the metadata its page states.

``trafilatura`` finds the main text (navigation, cookie banners, related links
and comments removed) and reads the page's metadata: ``<meta>`` tags, Open
Graph, JSON-LD (``NewsArticle``), the canonical link. A page without a date in
its metadata gets ``htmldate``'s extensive search (the URL, the text, time
elements). The article text is the headline, a blank line, then the main text's
paragraphs separated by blank lines, the shape the head parser reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# The start of a document that is a web page whatever its file name says.
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
# trafilatura collapses whitespace; a run of blank lines stays one paragraph break.
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    author: str | None
    published_date: dt.date | None
    site_name: str | None
    url: str | None
    date_source: str | None  # "metadata" or "htmldate"


def is_html(path: str, data: bytes) -> bool:
    """A page by its name, or by its first bytes (a page saved without a suffix)."""
    return PurePath(path).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(data[:2048]))


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # A short news item is an article too; the default 250 characters drop it.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
    # No SIGALRM timer: the pipeline runs pages in worker threads, where it fails.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text and metadata of one page. Text is empty when the page has none."""
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Metadata and time elements only; the text search is htmldate's, below.
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    meta = doc.as_dict() if doc is not None else {}
    body = meta.get("text") or ""
    paragraphs = [" ".join(p.split()) for p in _BLANKS.split(body.replace("\n", "\n\n"))]
    paragraphs = [p for p in paragraphs if p]
    title = _clean(meta.get("title"))
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    date, source = _date(meta.get("date")), "metadata"
    if date is None:
        found = htmldate.find_date(html, url=url, extensive_search=True, original_date=True)
        date, source = _date(found), "htmldate"
    text = "\n\n".join([title, *paragraphs] if title else paragraphs)
    return Page(
        text=text,
        title=title,
        author=_clean(meta.get("author")),
        published_date=date,
        site_name=_clean(meta.get("sitename")),
        url=_clean(meta.get("url")),
        date_source=source if date else None,
    )
