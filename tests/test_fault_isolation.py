"""One bad article never stops its batch: an extractor that raises on one
article, or emits rows that fail a suite for one article, costs that article's
rows only. The article is a rejected_articles row with the reason, the other
articles land whole, and a rerun duplicates nothing."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from newsledger.extract import reactions as reactions_mod
from newsledger.warehouse import connect_readonly
from pipelines.runner import run_batch

pytestmark = pytest.mark.slow

BATCH = "2026-11-27"
# Invented articles; the middle one is the one the broken extractors trip on.
ARTICLES = {
    "a_border.txt": (
        "Chile and Peru trade fire near Tacna border post\n\n"
        "LIMA, March 3 - Peruvian troops and Chilean border guards exchanged fire on "
        "Tuesday near the village of Palca, Peru's defence ministry said. Two soldiers "
        "were wounded, the ministry said.\n\n"
        'France called on both sides to show restraint. "We urge Chile and Peru to '
        'stop the shooting at once," French Foreign Minister Jean Dupont said.\n'
    ),
    "b_marrowvale.txt": (
        "Chile accuses Peru over Marrowvale drone flights\n\n"
        "SANTIAGO, March 4 - Chile accused Peru on Wednesday of flying drones over the "
        "hamlet of Marrowvale, Chile's foreign ministry said in a statement. The "
        "hamlet was first settled in 1883.\n\n"
        "Brazil condemned the flights and offered to mediate between Chile and Peru. "
        '"This must end," Brazilian Foreign Minister Paulo Reis said.\n'
    ),
    "c_talks.txt": (
        "Peru and Chile agree to border talks\n\n"
        "LIMA, March 6 - Peru and Chile agreed on Friday to hold talks on their border "
        "dispute next month, Peru's foreign ministry said.\n\n"
        "The border was settled by a treaty in 1929.\n\n"
        'Argentina called on both sides to resume negotiations. "Dialogue is the only '
        'way," Argentine Foreign Minister Lucia Perez told reporters.\n'
    ),
}
BAD = "b_marrowvale.txt"
FACT_TABLES = ["sections", "sentences", "mentions", "quotes", "claims", "reactions", "timeline"]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def _rows(settings) -> dict[str, list[tuple]]:
    """Every published row of the batch's tables, by article file name."""
    out: dict[str, list[tuple]] = {}
    with connect_readonly(settings) as con:
        for table in FACT_TABLES:
            out[table] = con.execute(
                f"SELECT a.source_path, t.* FROM {table} t JOIN articles a USING (article_id) "
                "ORDER BY ALL"
            ).fetchall()
        out["articles"] = con.execute("SELECT source_path FROM articles ORDER BY 1").fetchall()
        out["rejected"] = con.execute(
            "SELECT source_path, reason, detail, size_bytes, sha256 FROM rejected_articles "
            "ORDER BY ALL"
        ).fetchall()
    return out


def _by_file(rows: list[tuple]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[Path(r[0]).name] = counts.get(Path(r[0]).name, 0) + 1
    return counts


@pytest.fixture(scope="module")
def clean_rows(tmp_path_factory) -> dict[str, dict[str, int]]:
    """Rows per table and article of a run with nothing broken."""
    from conftest import scratch_env
    from newsledger.config import Settings

    root = tmp_path_factory.mktemp("clean")
    folder = root / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    with scratch_env(root):
        settings = Settings.from_env()
        result = run_batch([str(folder)], batch=BATCH, settings=settings, progress=False)
        assert result.success, result.failures
        rows = _rows(settings)
    counts = {t: _by_file(rows[t]) for t in FACT_TABLES}
    # The invented articles exercise every table the broken extractors touch.
    assert all(counts["reactions"].get(name) for name in ARTICLES), counts
    assert all(counts["sentences"].get(name) for name in ARTICLES), counts
    return counts


def _metadata(key: str, check: str | None = None) -> dict:
    """The latest materialization's (or check evaluation's) metadata, as the UI shows it."""
    with dg.DagsterInstance.get() as instance:
        if check is None:
            event = instance.get_latest_materialization_event(dg.AssetKey(key))
            return {k: v.value for k, v in event.asset_materialization.metadata.items()}
        record = instance.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(dg.AssetKey(key), check)]
        )[dg.AssetCheckKey(dg.AssetKey(key), check)]
        evaluation = record.event.dagster_event.event_specific_data
        return {k: v.value for k, v in evaluation.metadata.items()}


def _run_twice(settings, inbox: Path, asset: str = "reactions") -> tuple[dict, dict, dict]:
    """Run the batch, then again; the rows after each and the first run's suite
    check metadata of ``asset``."""
    result = run_batch([str(inbox)], batch=BATCH, settings=settings, progress=False)
    assert result.success, result.failures
    first = _rows(settings)
    # The failing stage's metadata in the UI counts and lists the article.
    shown = _metadata(asset)
    assert shown["failed_articles"] == int(bool(first["rejected"])), shown
    assert all(Path(r[0]).name in shown["failures"] for r in first["rejected"])
    check = _metadata(asset, f"{asset}_suite")
    again = run_batch([str(inbox)], batch=BATCH, settings=settings, progress=False)
    assert again.success, again.failures
    return first, _rows(settings), check


def _assert_good_articles_whole(rows: dict, clean: dict[str, dict[str, int]]) -> None:
    assert sorted(Path(r[0]).name for r in rows["articles"]) == sorted(ARTICLES)
    for table in FACT_TABLES:
        got = _by_file(rows[table])
        for name in ARTICLES:
            if name != BAD:
                assert got.get(name, 0) == clean[table].get(name, 0), (table, name)


def test_an_extractor_raising_on_one_article_costs_only_its_attribution(
    settings, inbox, clean_rows, monkeypatch, caplog
):
    real = reactions_mod.extract_reactions

    def broken(ctx):
        if "Marrowvale" in ctx.article.text:
            return [][1]  # an IndexError deep in an extractor
        return real(ctx)

    monkeypatch.setattr(reactions_mod, "extract_reactions", broken)
    first, again, check = _run_twice(settings, inbox)
    _assert_good_articles_whole(first, clean_rows)
    got = {t: _by_file(first[t]) for t in FACT_TABLES}
    # The bad article keeps what came before the attribution step, and loses the rest.
    for table in ["sections", "sentences", "mentions"]:
        assert got[table].get(BAD) == clean_rows[table][BAD], table
    for table in ["quotes", "claims", "reactions", "timeline"]:
        assert not got[table].get(BAD), table
    [rejected] = first["rejected"]
    path, reason, detail, size, sha = rejected
    assert Path(path).name == BAD and reason == "extraction_failed"
    assert detail.startswith("nlp: IndexError: list index out of range"), detail
    assert "test_fault_isolation.py" in detail and "no quotes, claims" in detail, detail
    assert size == len(ARTICLES[BAD].encode()) and len(sha) == 64
    assert again == first  # a rerun adds nothing, no rejection twice
    # Never swallowed: the log has the article and the traceback.
    [logged] = [r for r in caplog.records if r.exc_info and "nlp stage failed" in r.getMessage()]
    assert "art_" in logged.getMessage() and logged.exc_info[0] is IndexError

    # A full reprocess with the extractor fixed: the article is whole, its
    # rejection gone.
    monkeypatch.setattr(reactions_mod, "extract_reactions", real)
    result = run_batch([], batch=BATCH, settings=settings, progress=False, full=True)
    assert result.success, result.failures
    fixed = _rows(settings)
    assert fixed["rejected"] == []
    assert {t: _by_file(fixed[t]) for t in FACT_TABLES} == clean_rows


def test_a_section_stage_failure_costs_only_that_article(settings, inbox, clean_rows, monkeypatch):
    from newsledger import stages

    real = stages.segment_sections

    def broken(text, paragraphs, published_date=None):
        if "Marrowvale" in text:
            raise KeyError("paragraph")
        return real(text, paragraphs, published_date=published_date)

    monkeypatch.setattr(stages, "segment_sections", broken)
    first, again, check = _run_twice(settings, inbox, "sections")
    _assert_good_articles_whole(first, clean_rows)
    for table in FACT_TABLES:
        assert not _by_file(first[table]).get(BAD), table
    [(path, reason, detail, *_)] = first["rejected"]
    assert Path(path).name == BAD and reason == "extraction_failed"
    assert detail.startswith("sections: KeyError: 'paragraph'"), detail
    assert again == first


def test_rows_failing_a_suite_for_one_article_are_dropped(settings, inbox, clean_rows, monkeypatch):
    real = reactions_mod.extract_reactions

    def duplicating(ctx):
        rows = real(ctx)
        # An extractor bug: the same reaction twice, one reaction_id on two rows.
        return rows + rows[:1] if "Marrowvale" in ctx.article.text else rows

    monkeypatch.setattr(reactions_mod, "extract_reactions", duplicating)
    first, again, check = _run_twice(settings, inbox)
    _assert_good_articles_whole(first, clean_rows)
    # The stage's rows of the article are gone; its sections (an earlier stage) stay.
    got = {t: _by_file(first[t]) for t in FACT_TABLES}
    assert got["sections"].get(BAD) == clean_rows["sections"][BAD]
    for table in FACT_TABLES[1:]:
        assert not got[table].get(BAD), table
    [(path, reason, detail, size, sha)] = first["rejected"]
    assert Path(path).name == BAD and reason == "invalid_output"
    assert detail.startswith("nlp: reactions: expect_column_values_to_be_unique(reaction_id)")
    assert size == len(ARTICLES[BAD].encode())
    assert again == first
    assert "expect_column_values_to_be_unique" in check["failed_before_dropping_articles"]


def test_a_failure_not_confined_to_articles_still_fails_the_stage(
    settings, inbox, clean_rows, monkeypatch
):
    real = reactions_mod.extract_reactions

    def colliding(ctx):
        # Each article's first reaction gets the same ID: unique within every
        # article, a duplicate across them, so no single article is at fault.
        rows = real(ctx)
        return [rows[0] | {"reaction_id": "rea_same"}, *rows[1:]] if rows else rows

    monkeypatch.setattr(reactions_mod, "extract_reactions", colliding)
    result = run_batch([str(inbox)], batch=BATCH, settings=settings, progress=False)
    assert not result.success
    assert any(f.startswith("nlp") for f in result.failures), result.failures


def test_a_full_rerun_of_the_nlp_stage_alone_replaces_its_rejections(settings, inbox, monkeypatch):
    """The stage functions without Dagster: nlp rejects an article, the batch is
    published, then nlp alone reruns in full with the extractor fixed. Its
    rejection goes, the articles stage's rejections stay, once each."""
    from newsledger import stages, warehouse

    (inbox / "empty.txt").write_bytes(b"")
    real = reactions_mod.extract_reactions

    def broken(ctx):
        if "Marrowvale" in ctx.article.text:
            raise ValueError("no actor")
        return real(ctx)

    def publish(lake):
        stages.plan_entities(lake).commit()
        assert warehouse.publish(lake, settings).published

    def rejected():
        with connect_readonly(settings) as con:
            return con.execute(
                "SELECT reason, detail FROM rejected_articles ORDER BY ALL"
            ).fetchall()

    monkeypatch.setattr(reactions_mod, "extract_reactions", broken)
    lake = settings.lake()
    stages.plan_raw(lake, BATCH, [inbox], 10**6).commit()
    stages.plan_articles(lake, BATCH, 10**6).commit()
    stages.plan_sections(lake, BATCH).commit()
    stages.plan_nlp(lake, BATCH).commit()
    publish(lake)
    reasons = [r[0] for r in rejected()]
    assert reasons == ["empty", "extraction_failed"], rejected()
    assert rejected()[1][1].startswith("nlp: ValueError: no actor")

    monkeypatch.setattr(reactions_mod, "extract_reactions", real)
    stages.plan_nlp(lake, BATCH, full=True).commit()
    publish(lake)
    assert [r[0] for r in rejected()] == ["empty"]
    with connect_readonly(settings) as con:
        assert con.execute("SELECT count(DISTINCT article_id) FROM reactions").fetchone() == (3,)
    lake.close()


def test_an_exception_parsing_one_file_rejects_that_file(tmp_path, monkeypatch):
    """The articles stage, through its function: the file a parser bug trips on is
    an extraction_failed row, the others are articles."""
    from newsledger import ingest, stages
    from newsledger.lake import Lake

    real = ingest.parse_article

    def broken(text):
        if "Marrowvale" in text:
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return real(text)

    monkeypatch.setattr(ingest, "parse_article", broken)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    lake = Lake.local(tmp_path / "lake")
    stages.plan_raw(lake, BATCH, [folder], 10**6).commit()
    plan = stages.plan_articles(lake, BATCH, 10**6)
    plan.commit()
    assert [f["source_path"] for f in plan.failures] == [str(folder / BAD)]
    arts = sorted(Path(a["source_path"]).name for a in lake.read("articles", BATCH).to_pylist())
    assert arts == sorted(set(ARTICLES) - {BAD})
    [rej] = lake.read("rejected_articles", BATCH).to_pylist()
    assert Path(rej["source_path"]).name == BAD and rej["reason"] == "extraction_failed"
    assert rej["detail"].startswith("articles: AttributeError: 'NoneType' object"), rej
    assert rej["size_bytes"] == len(ARTICLES[BAD].encode())
    lake.close()


def test_an_article_row_failing_its_suite_is_rejected(settings, inbox, clean_rows, monkeypatch):
    """The articles stage: the one article whose row fails the suite is dropped and
    rejected; the other two go through every stage."""
    from newsledger import stages

    real = stages.build_article

    def zero_words(row, max_bytes, seen):
        outcome = real(row, max_bytes, seen)
        if outcome.article and "Marrowvale" in outcome.article["text"]:
            outcome.article["word_count"] = 0
        return outcome

    monkeypatch.setattr(stages, "build_article", zero_words)
    result = run_batch([str(inbox)], batch=BATCH, settings=settings, progress=False)
    assert result.success, result.failures
    rows = _rows(settings)
    assert sorted(Path(r[0]).name for r in rows["articles"]) == sorted(set(ARTICLES) - {BAD})
    for table in FACT_TABLES:
        got = _by_file(rows[table])
        assert got == {k: v for k, v in clean_rows[table].items() if k != BAD}, table
    [(path, reason, detail, *_)] = rows["rejected"]
    assert Path(path).name == BAD and reason == "invalid_output"
    assert detail.startswith("articles: articles: expect_column_values_to_be_between(word_count)")
    assert _metadata("articles")["failed_articles"] == 1


def test_an_entity_extractor_raising_leaves_the_article_without_nlp_rows(
    settings, inbox, monkeypatch
):
    """Before the attribution step nothing of the article's NLP can be kept: it has
    its sections and no NLP rows; the others have theirs."""
    from newsledger import stages
    from newsledger.extract import entities

    real = entities.extract_entities

    def broken(docs, author):
        if "Marrowvale" in docs.text:
            raise TypeError("unhashable type: 'list'")
        return real(docs, author)

    monkeypatch.setattr(entities, "extract_entities", broken)
    lake = settings.lake()
    stages.plan_raw(lake, BATCH, [inbox], 10**6).commit()
    stages.plan_articles(lake, BATCH, 10**6).commit()
    stages.plan_sections(lake, BATCH).commit()
    plan = stages.plan_nlp(lake, BATCH)
    plan.commit()
    paths = {
        a["article_id"]: Path(a["source_path"]).name
        for a in lake.read("articles", BATCH).to_pylist()
    }
    for table in ["sections", *stages.NLP_OUTPUTS]:
        names = {paths[a] for a in lake.read(table, BATCH, ["article_id"]).column(0).to_pylist()}
        if table in ("sections", "sentences", "mentions", "entity_facts"):
            expected = set(ARTICLES) if table == "sections" else set(ARTICLES) - {BAD}
            assert names == expected, table
        assert BAD not in names or table == "sections", table
    [rej] = lake.read("rejected_articles", BATCH).to_pylist()
    assert rej["reason"] == "extraction_failed" and Path(rej["source_path"]).name == BAD
    assert rej["detail"].startswith("nlp: TypeError: unhashable type: 'list'"), rej
    assert rej["detail"].endswith("no NLP rows for it"), rej
    assert [f["article_id"] for f in plan.failures] == [a for a, n in paths.items() if n == BAD]
    lake.close()
