"""HTML pages: main text by trafilatura, head fields from the page's metadata.

The pages in tests/data/pages/ were written for these tests (invented content),
one per shape a saved news page takes.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from newsledger.config import DEFAULT_MAX_BYTES, PROJECT_ROOT
from newsledger.ingest import build_article, read_raw
from newsledger.webpage import extract_page, is_html

PAGES = PROJECT_ROOT / "tests" / "data" / "pages"
FIELDS = ["headline", "author", "published_date", "site_name", "source_url"]

EXPECTED = {
    "news_cookie_banner.html": {
        "headline": "Shelling resumes near Kelbaran as talks stall",
        "author": "Mara Ilves",
        "published_date": dt.date(2019, 3, 14),
        "site_name": "The Meridian Courier",
        "source_url": "https://meridian-courier.example/world/2019/shelling-resumes-kelbaran",
    },
    "amp_page.html": {
        "headline": "Aid convoy reaches Lowen valley after week-long delay",
        "author": "Elin Varga",
        "published_date": dt.date(2021, 6, 9),
        "site_name": "Northgate Post",
        # The canonical page, not the AMP copy.
        "source_url": "https://northgate-post.example/news/aid-convoy-reaches-lowen-valley",
    },
    "jsonld_newsarticle.html": {
        "headline": "Two soldiers killed in border raid, army says",
        "author": "Jonas Petrak",
        "published_date": dt.date(2017, 11, 2),  # datePublished, not dateModified
        "site_name": "Eastern Wire Service",
        "source_url": None,
    },
    "meta_date_only.html": {
        "headline": "Curfew extended in Dorvash after night of unrest",
        "author": None,
        "published_date": dt.date(2018, 7, 2),
        "site_name": None,
        "source_url": None,
    },
    "date_in_image_path.html": {
        "headline": "Bridge at Tessin reopened to traffic",
        "author": None,
        "published_date": dt.date(2016, 9, 23),
        "site_name": None,
        "source_url": None,
    },
}
# Words of the page that are not the article's.
BOILERPLATE = [
    "cookies",
    "Accept all",
    "Subscribe today",
    "Related stories",
    "reader comment",
    "All rights reserved",
    "Share on social media",
    "Front page",
    "Advertise",
    "Log in",
    "Most read",
    "Weather warning",
    "Volunteer-run",
    "amp-start",
    "UA-0000",
]


def _article(name: str) -> dict:
    raw = read_raw(PAGES / name, "b", DEFAULT_MAX_BYTES)
    outcome = build_article(raw, DEFAULT_MAX_BYTES, set())
    assert outcome.article, outcome.rejection
    return outcome.article


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata_fills_the_head_fields(name):
    art = _article(name)
    assert {f: art[f] for f in FIELDS} == EXPECTED[name]
    assert art["source_format"] == "html"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_main_text_without_boilerplate(name):
    art = _article(name)
    text = art["text"]
    assert "<" not in text and ">" not in text
    assert text.startswith(EXPECTED[name]["headline"] + "\n\n")
    for words in BOILERPLATE:
        assert words not in text, words
    # Paragraphs stay paragraphs: the head parser and the sections read them.
    assert text.count("\n\n") >= 2
    assert art["word_count"] > 40


def test_the_date_source():
    """Metadata first; htmldate's extensive search only for a page without one."""
    assert extract_page((PAGES / "meta_date_only.html").read_text()).date_source == "metadata"
    page = extract_page((PAGES / "date_in_image_path.html").read_text())
    assert page.date_source == "htmldate" and page.published_date == dt.date(2016, 9, 23)
    bare = (
        "<html><body><h1>No date here</h1><p>"
        + "Words without a date. " * 20
        + "</p></body></html>"
    )
    page = extract_page(bare)
    assert page.published_date is None and page.date_source is None


def test_quotes_and_comments():
    text = _article("news_cookie_banner.html")["text"]
    assert '"We ask both sides to stop firing at homes," he told reporters.' in text
    assert "First!" not in text


def test_html_is_recognized_by_name_or_by_content():
    assert is_html("a/b/page.HTM", b"")
    assert is_html("saved-page", b"  <!-- saved -->\n<!DOCTYPE html><html>")
    assert is_html("saved-page", b"<html lang='en'><body>")
    assert not is_html("story.txt", b"The <b>tag</b> is quoted in this article.\n")


def test_a_page_without_main_text_is_rejected():
    raw = {
        "source_path": "/in/blank.html",
        "batch": "b",
        "sha256": "x",
        "size_bytes": 60,
        "content": b"<html><head><title>T</title></head><body><img src=a.png></body></html>",
        "error": None,
    }
    outcome = build_article(raw, DEFAULT_MAX_BYTES, set())
    assert outcome.rejection and outcome.rejection["reason"] == "no_body"


@pytest.mark.slow
def test_a_folder_of_pages_through_newsledger_run(settings, tmp_path, capsys):
    """The pages go through the whole pipeline with their head fields, and the raw
    HTML stays in raw_articles, byte for byte."""
    from newsledger.cli import main
    from newsledger.warehouse import connect_readonly

    folder = tmp_path / "pages"
    shutil.copytree(PAGES, folder)
    assert main(["run", "--quiet", "--batch", "pages", str(folder)]) == 0
    with connect_readonly(settings) as con:
        cols = ", ".join(["source_path", *FIELDS])
        rows = con.execute(f"SELECT {cols} FROM articles").fetchall()
        rejected = con.execute("SELECT count(*) FROM rejected_articles").fetchone()[0]
        sections = con.execute("SELECT count(DISTINCT article_id) FROM sections").fetchone()[0]
        # Relative dates resolve against the page's date: 'on Thursday' in the
        # cookie-banner page (published Thursday 14 March 2019).
        days = con.execute(
            "SELECT t.date_start FROM timeline t JOIN articles a USING (article_id) "
            "WHERE a.headline LIKE 'Shelling%' AND t.text_date ILIKE '%Thursday%'"
        ).fetchall()
    got = {Path(r[0]).name: dict(zip(FIELDS, r[1:], strict=True)) for r in rows}
    assert got == EXPECTED
    assert rejected == 0 and sections == len(EXPECTED)
    assert (dt.date(2019, 3, 14),) in days
    raw = settings.lake().read("raw_articles", "pages").to_pylist()
    for row in raw:
        assert row["content"] == (PAGES / Path(row["source_path"]).name).read_bytes()
    filled = sum(v is not None for fields in got.values() for v in fields.values())
    print(f"\npages tried: {len(EXPECTED)}; metadata fields filled: {filled} of {5 * len(got)}")
