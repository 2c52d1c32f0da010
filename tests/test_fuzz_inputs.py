"""Bad input, generated and random: every file ends as an article or as a
rejected_articles row with a reason, never as an exception, and the good files
of the same batch all land.

Decisions this file pins down:

* A web page (``.html``/``.htm``, or a file that starts as one) is read as a
  page: its main text without markup, its head fields from its metadata
  (tests/test_webpage.py). A text that quotes markup stays text.
* A folder named like an article (``x.txt/``) is a folder: its files are
  inputs, an empty one adds nothing. A symlink to a folder is not followed
  (it may lead anywhere or loop) but is reported: ``not_a_file``, or
  ``outside_inbox`` when it leads out of the inbox.
* A symlink whose target is outside the inbox is ``outside_inbox``: the inbox
  is the one the sensor watches, or, for ``newsledger run DIR``, each folder
  named. A file named on the command line itself is the user's choice and is
  followed.
* UTF-8 cut off inside its last character is UTF-8: the incomplete character
  is dropped, with a note. Invalid bytes elsewhere make the file cp1252 (with a
  note) when every byte is valid cp1252, and ``undecodable`` otherwise.
* UTF-16 is read when it starts with a byte-order mark; without one its NUL
  bytes make it ``binary``.
* A paragraph over ``MAX_PARAGRAPH_CHARS`` is ``too_large``: the parser
  cannot take it, and it would fail the NLP stage of the whole batch.
* The same content under a second name is a ``duplicate``; the same name with
  new content is a new article (both versions are kept).
"""

from __future__ import annotations

import os
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from lake_worker import article_text

from conftest import SEED
from newsledger.config import DEFAULT_MAX_BYTES
from newsledger.ingest import MAX_PARAGRAPH_CHARS, expand_paths, read_raw
from newsledger.lake import Lake
from newsledger.schemas import REJECT_REASONS
from newsledger.stages import plan_articles, plan_raw
from newsledger.text import normalize_text

BATCH = "2026-11-27"
GOOD = SEED.read_bytes()
# Inputs tried and their outcomes over the whole module, printed at its end.
TRIED: dict[str, int] = {"inputs": 0, "articles": 0, "rejected": 0}


@pytest.fixture(scope="module", autouse=True)
def figures():
    yield
    print(
        f"\nfuzz: {TRIED['inputs']} inputs tried, {TRIED['articles']} articles, "
        f"{TRIED['rejected']} rejected, {TRIED['inputs'] - TRIED['articles'] - TRIED['rejected']} lost"
    )


def ingest(
    lake_root: Path, paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, inbox=None
) -> tuple[list[dict], list[dict]]:
    """Register paths and build articles with the stage functions (no Dagster)."""
    lake = Lake.local(lake_root)
    counts = {t: lake.read(t, BATCH).num_rows for t in ("raw_articles", "articles")}
    counts["rejected"] = lake.read("rejected_articles", BATCH).num_rows
    plan_raw(lake, BATCH, paths, max_bytes, inbox).commit()
    plan_articles(lake, BATCH, max_bytes).commit()
    arts = lake.read("articles", BATCH).to_pylist()
    rej = lake.read("rejected_articles", BATCH).to_pylist()
    TRIED["inputs"] += lake.read("raw_articles", BATCH).num_rows - counts["raw_articles"]
    TRIED["articles"] += len(arts) - counts["articles"]
    TRIED["rejected"] += len(rej) - counts["rejected"]
    return arts, rej


def outcomes(arts: list[dict], rej: list[dict]) -> dict[str, str]:
    """File name -> 'article' or the rejection reason; each file exactly once."""
    out: dict[str, str] = {}
    for row, what in [*((a, "article") for a in arts), *((r, r["reason"]) for r in rej)]:
        name = row["source_path"].rsplit("/", 1)[-1]
        assert name not in out, f"{name} has two outcomes"
        out[name] = what
    return out


# -- property-based --------------------------------------------------------------

_SKIP = (".part", ".tmp", ".swp", ".crdownload")
names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=30,
).filter(
    lambda n: (
        not n.startswith((".", "~"))
        and not n.endswith(_SKIP)
        and len(n.encode()) < 200
        and n != "good-article.txt"
    )
)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


def _mutate(data: bytes, cut: int, junk: bytes, at: int) -> bytes:
    """The good article truncated and with bytes spliced in."""
    data = data[: max(cut, 0)] if cut < len(data) else data
    at = min(at, len(data))
    return data[:at] + junk + data[at:]


def _line_endings(data: bytes, choices: list[int]) -> bytes:
    lines = data.split(b"\n")
    ends = [b"\n", b"\r\n", b"\r"]
    return b"".join(line + ends[choices[i % len(choices)] % 3] for i, line in enumerate(lines))


contents = st.one_of(
    st.binary(max_size=3000),
    st.builds(
        _encode,
        st.text(max_size=600),
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
    ),
    st.sampled_from([b"", b" \n\t\r\n", "\u200b\u00a0\u2028".encode(), b"\xef\xbb\xbf"]),
    st.builds(
        _mutate,
        st.just(GOOD),
        st.integers(0, len(GOOD) + 10),
        st.binary(max_size=20),
        st.integers(0, len(GOOD)),
    ),
    st.builds(_line_endings, st.just(GOOD), st.lists(st.integers(0, 2), min_size=1)),
)


@hyp_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(files=st.dictionaries(names, contents, min_size=1, max_size=6))
def test_every_file_is_an_article_or_a_rejection_with_a_reason(files: dict[str, bytes]) -> None:
    good = article_text(7).encode()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for name, data in {**files, "good-article.txt": good}.items():
            (folder / name).write_bytes(data)
        inputs = expand_paths([folder])
        assert len(inputs) == len(files) + 1
        arts, rej = ingest(Path(tmp) / "lake", [folder])
        assert len(arts) + len(rej) == len(inputs)
        assert {r["source_path"] for r in [*arts, *rej]} == {str(p) for p in inputs}
        for r in rej:
            assert r["reason"] in REJECT_REASONS and r["detail"], r
        for a in arts:
            assert a["text"] == normalize_text(a["text"]) and a["text"].strip()
        # The good article lands (maybe under another name whose bytes normalize to it).
        good_text = normalize_text(good.decode())
        assert any(a["text"] == good_text for a in arts)
        # Registering the same folder again adds nothing.
        lake = Lake.local(Path(tmp) / "lake")
        assert not plan_raw(lake, BATCH, [folder], DEFAULT_MAX_BYTES).changed


@hyp_settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=400))
def test_utf8_text_is_kept_exactly_as_normalized(text: str) -> None:
    """Any UTF-8 text that becomes an article is stored as its normalized form,
    so every offset into articles.text means the same characters as the input."""
    data = ("Headline\n\n" + text).encode()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_bytes(data)
        arts, rej = ingest(Path(tmp) / "lake", [Path(tmp) / "a.txt"])
        assert len(arts) + len(rej) == 1
        if arts:
            assert arts[0]["text"] == normalize_text(data.decode())


# -- generated cases ---------------------------------------------------------------


def make_mixed_folder(root: Path) -> tuple[Path, dict[str, str], Path]:
    """A folder with one file per kind of input and its expected outcome.

    Returns (folder, expected outcome by file name, a file outside the folder).
    """
    folder = root / "mixed"
    folder.mkdir()
    outside = root / "outside"
    outside.mkdir()
    expected: dict[str, str] = {}

    def put(name: str | bytes, data: bytes, outcome: str) -> None:
        path = os.path.join(os.fsencode(folder), os.fsencode(name))
        with open(path, "wb") as f:
            f.write(data)
        shown = (
            os.fsdecode(name) if isinstance(name, str) else name.decode("utf-8", "backslashreplace")
        )
        expected[shown] = outcome

    # Files are taken in path order: the first of equal contents is the article.
    put("good.txt", GOOD, "article")
    put("good_copy.txt", GOOD, "duplicate")
    put("good_crlf.txt", GOOD.replace(b"\n", b"\r\n"), "duplicate")  # equal once normalized
    put("empty.txt", b"", "empty")
    put("blank.txt", " \t\r\n\u00a0\u200b\n".encode(), "empty")
    put("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary")
    put("noise.bin", bytes(range(1, 32)) * 40, "binary")
    # Truncated UTF-8 is read as UTF-8, but a bad byte inside the seed, whose curly
    # quotes' bytes are not all cp1252, leaves it undecodable.
    put("truncated.txt", article_text(11).encode() + "é".encode()[:1], "article")
    put("truncated-quotes.txt", GOOD[:-40] + "“".encode()[:2], "article")
    put("bad-byte-inside.txt", GOOD[:-40] + "“".encode()[:2] + b"\n" + GOOD[-40:], "undecodable")
    put("utf16-bom.txt", article_text(12).encode("utf-16"), "article")
    put("utf16-no-bom.txt", article_text(13).encode("utf-16-le"), "binary")
    put("cp1252.txt", article_text(14).replace("Staff", "Zoë’s").encode("cp1252"), "article")
    mixed = article_text(15).replace("\n\n", "\r\n\r\n", 2).replace("\n", "\r", 1)
    put("mixed-endings.txt", mixed.encode(), "article")
    put("page.html", HTML, "article")
    put("headline-only.txt", b"Just A Headline\n", "no_body")
    put("one long line.txt", b"word " * (MAX_PARAGRAPH_CHARS // 5 + 1000), "too_large")
    put("-rf.txt", article_text(16).encode(), "article")
    put("with space ünïcødé 記事.txt", article_text(17).encode(), "article")
    put(b"latin1-\xe9t\xe9.txt", article_text(18).encode(), "article")
    put("x'); DROP VIEW articles; --.txt", INJECTION.encode(), "article")
    with open(folder / "huge.txt", "wb") as f:  # 10 MB on one line, over the 5 MB limit
        f.truncate(10_000_000)
        f.seek(0)
        f.write(b"A" * 1000)
    expected["huge.txt"] = "too_large"
    # A folder named like an article is walked; an empty one adds nothing.
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_text(article_text(19))
    expected["inner.txt"] = "article"
    (folder / "y.txt").mkdir()
    # Links: inside (followed), dangling, to a folder (reported, not followed).
    (folder / "z-link-inside.txt").symlink_to(folder / "x.txt" / "inner.txt")
    expected["z-link-inside.txt"] = "duplicate"
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expected["dangling.txt"] = "unreadable"
    (folder / "linked-folder").symlink_to(outside)
    expected["linked-folder"] = "not_a_file"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "not_a_file"
    # Hidden files and partial downloads are skipped by design: not inputs.
    (folder / ".draft.txt").write_text(article_text(20))
    (folder / "download.txt.part").write_text(article_text(21))
    secret = outside / "secret.txt"
    secret.write_text(article_text(22))
    (folder / "link-outside.txt").symlink_to(secret)
    return folder, expected, secret


HTML = (
    b"<!DOCTYPE html>\n<html>\n<head><title>Clashes resume near the border</title></head>\n"
    b"<body>\n<h1>Clashes resume near the border</h1>\n"
    b"<p>Officials said fighting resumed on Monday near the border.</p>\n</body>\n</html>\n"
)
INJECTION = (
    "Officials Say '); DROP VIEW articles; --\n\n"
    "By Staff Reporter 2 October 2020\n\n"
    "The statement read '); DROP VIEW articles; -- and \"; DELETE FROM sections; and "
    "{{articles}} and $1, officials in Baku said on Friday.\n"
)


def test_generated_cases_at_stage_level(tmp_path):
    folder, expected, _ = make_mixed_folder(tmp_path)
    # The sensor's restriction: the link out of the inbox is rejected, never read.
    arts, rej = ingest(tmp_path / "lake", [folder], inbox=folder)
    got = outcomes(arts, rej)
    want = expected | {"link-outside.txt": "outside_inbox", "linked-folder": "outside_inbox"}
    assert got == want
    by_name = {r["source_path"].rsplit("/", 1)[-1]: r for r in [*arts, *rej]}
    assert by_name["huge.txt"]["size_bytes"] == 10_000_000
    assert "5000000" in by_name["huge.txt"]["detail"]
    assert by_name["cp1252.txt"]["encoding"] == "cp1252"
    assert "Zoë’s" in by_name["cp1252.txt"]["text"]
    assert by_name["utf16-bom.txt"]["encoding"] == "utf-16"
    assert by_name["truncated.txt"]["encoding"] == "utf-8"
    assert by_name["truncated.txt"]["decode_note"].startswith("truncated UTF-8")
    assert by_name["truncated-quotes.txt"]["text"].count("“") == GOOD[:-40].decode().count("“")
    assert "\r" not in by_name["mixed-endings.txt"]["text"]
    assert "<h1>" not in by_name["page.html"]["text"]
    assert by_name["page.html"]["headline"] == "Clashes resume near the border"
    assert by_name["-rf.txt"]["source_path"] == str(folder / "-rf.txt")
    assert by_name["latin1-\\xe9t\\xe9.txt"]["source_path"].endswith("latin1-\\xe9t\\xe9.txt")
    assert by_name["x'); DROP VIEW articles; --.txt"]["text"].startswith("Officials Say '); DROP")


def test_same_name_with_new_content_is_a_new_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "story.txt"
    path.write_text(article_text(30))
    lake_root = tmp_path / "lake"
    arts, _ = ingest(lake_root, [folder])
    assert len(arts) == 1
    path.write_text(article_text(30) + "\nA late paragraph: talks resumed on Tuesday.\n")
    arts, rej = ingest(lake_root, [folder])  # the same batch, run again
    assert len(arts) == 2 and not rej
    assert len({a["article_id"] for a in arts}) == 2
    # And in a later batch, unchanged content is a duplicate, changed content new.
    lake = Lake.local(lake_root)
    path.write_text(article_text(31))
    plan_raw(lake, "later", [folder], DEFAULT_MAX_BYTES).commit()
    plan_articles(lake, "later", DEFAULT_MAX_BYTES).commit()
    assert lake.read("articles", "later").num_rows == 1


def test_a_file_over_the_limit_is_never_read_whole(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(10_000_000)
    tracemalloc.start()
    try:
        row = read_raw(path, BATCH, DEFAULT_MAX_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert row["content"] is None and row["size_bytes"] == 10_000_000 and row["sha256"]
    # Hashed in 1 MB chunks: the peak stays far below the file's 10 MB.
    assert peak < 3_000_000, peak


def test_a_leading_dash_is_a_path_not_an_option(tmp_path, monkeypatch):
    from newsledger.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["run", "--", "-rf.txt"]).paths == [Path("-rf.txt")]
    assert parser.parse_args(["run", "./-rf.txt"]).paths == [Path("-rf.txt")]
    with pytest.raises(SystemExit) as exc:  # without `--` it is refused, not guessed
        parser.parse_args(["run", "-rf.txt"])
    assert exc.value.code == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(article_text(40))
    path.chmod(0)
    arts, rej = ingest(tmp_path / "lake", [path])
    assert not arts and rej[0]["reason"] == "unreadable"


def test_every_accepted_article_passes_the_articles_suite(tmp_path):
    from newsledger import quality

    lake = Lake.local(tmp_path / "lake")
    folder = tmp_path / "in"
    folder.mkdir()
    # 20 words (a headline has fewer than 25) but 700 characters (the suite allows 400).
    words = " ".join(["Counteroffensive-measures-announced"] * 20)
    long_headline = words + "\n\nFighting resumed near the town, they said.\n"
    (folder / "long-headline.txt").write_text(long_headline)
    plan_raw(lake, BATCH, [folder], DEFAULT_MAX_BYTES).commit()
    plan = plan_articles(lake, BATCH, DEFAULT_MAX_BYTES)
    plan.commit()
    rows = lake.read("articles", BATCH)
    assert rows.num_rows == 1  # accepted...
    report = quality.validate("articles", quality.prepare("articles", rows))
    assert report.success, report.markdown()  # ...so it must pass the suite


# -- the whole pipeline ------------------------------------------------------------


@pytest.mark.slow
def test_mixed_folder_through_newsledger_run_loses_nothing(settings, tmp_path, monkeypatch, capsys):
    """One `newsledger run` (Dagster, quality checks, warehouse) over every case at
    once, the dash-named file passed after `--`: articles + rejected == inputs."""
    from newsledger.cli import main
    from newsledger.warehouse import connect_readonly

    folder, expected, secret = make_mixed_folder(tmp_path)
    # Found in the folder named: it may not lead out of it.
    expected |= {"link-outside.txt": "outside_inbox", "linked-folder": "outside_inbox"}
    monkeypatch.chdir(folder)
    code = main(["run", "--quiet", "--batch", "fuzz", "--", "-rf.txt", "."])
    out = capsys.readouterr().out
    assert code == 0, out
    inputs = expand_paths(["-rf.txt", "."])
    with connect_readonly(settings) as con:
        arts = con.execute("SELECT source_path FROM articles").fetchall()
        rej = con.execute("SELECT source_path, reason FROM rejected_articles").fetchall()
        no_sentences = con.execute(
            "SELECT count(*) FROM articles ANTI JOIN sentences USING (article_id)"
        ).fetchone()[0]
    assert len(arts) + len(rej) == len(inputs) == len(expected)
    got = {p.rsplit("/", 1)[-1]: "article" for (p,) in arts}
    got |= {p.rsplit("/", 1)[-1]: reason for p, reason in rej}
    assert got == expected
    assert no_sentences == 0  # every article went through every stage
    TRIED["inputs"] += len(inputs)
    TRIED["articles"] += len(arts)
    TRIED["rejected"] += len(rej)
