"""The published tables' data file layout: mentions sorted by entity, small row
groups, set in the catalog so that a publish's insert and compaction follow it."""

from __future__ import annotations

import os
import random

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from conftest import SEED
from newsledger import stages
from newsledger import warehouse as wh
from newsledger.lake import ALIAS, QUERY_ROW_GROUP, SORTED_BY, Lake, insert_arrow
from newsledger.schemas import TABLES


def mentions(n: int, seed: int) -> pa.Table:
    """``n`` mentions of 500 invented entities, in random order."""
    rng = random.Random(seed)
    ids = [f"person:p{rng.randrange(500):03d}" for _ in range(n)]
    cols = {
        "mention_id": [f"m{seed}-{i}" for i in range(n)],
        "article_id": [f"art_{i % 97}" for i in range(n)],
        "batch": ["b1"] * n,
        "sentence_id": [f"s{i % 1000}" for i in range(n)],
        "entity_id": ids,
        "surface": ["Name"] * n,
        "mention_kind": ["name"] * n,
        "char_start": list(range(n)),
        "char_end": [i + 4 for i in range(n)],
    }
    return pa.table(cols).cast(TABLES["mentions"].schema)


def row_groups(lake: Lake, table: str) -> list[tuple[str, int, str, str]]:
    """(file, rows, min entity_id, max entity_id) of each row group of the table."""
    out = []
    files = lake.con.execute(
        "SELECT data_file FROM ducklake_list_files(?, ?, schema => 'main') ORDER BY 1",
        [ALIAS, table],
    ).fetchall()
    for (f,) in files:
        out += lake.con.execute(
            "SELECT file_name, row_group_num_rows, stats_min_value, stats_max_value "
            "FROM parquet_metadata(?) WHERE path_in_schema = 'entity_id' ORDER BY row_group_id",
            [f],
        ).fetchall()
    return out


def assert_sorted(groups: list[tuple[str, int, str, str]]) -> None:
    by_file: dict[str, list[tuple[str, int, str, str]]] = {}
    for g in groups:
        by_file.setdefault(g[0], []).append(g)
    for gs in by_file.values():
        assert all(rows <= QUERY_ROW_GROUP for _, rows, _, _ in gs)
        # Sorted: each row group starts at or after where the one before it ended.
        assert all(a[3] <= b[2] for a, b in zip(gs, gs[1:], strict=False)), gs


def test_a_new_lake_writes_mentions_sorted_in_small_row_groups(tmp_path):
    lake = Lake.local(tmp_path / "warehouse")
    assert SORTED_BY["mentions"] == ("entity_id",)
    with lake.transaction():
        lake.insert("mentions", None, mentions(40_000, seed=1))
    groups = row_groups(lake, "mentions")
    assert len(groups) >= 40_000 // QUERY_ROW_GROUP + 1
    assert_sorted(groups)
    # A filter on one entity reads at most two row groups' worth of candidates.
    spans = [g for g in groups if g[2] <= "person:p123" <= g[3]]
    assert 1 <= len(spans) <= 2
    assert lake.ensure_layout() is False  # already there: nothing set again


def test_compaction_rewrites_small_files_in_the_layout(tmp_path):
    lake = Lake.local(tmp_path / "warehouse")
    for seed in range(3):  # one file per publish-like commit
        with lake.transaction():
            lake.insert("mentions", None, mentions(8_000, seed=seed))
    assert len(wh.small_files(lake, "mentions")) == 3
    assert "mentions" in wh.compact(lake, min_files=3)
    groups = row_groups(lake, "mentions")
    assert len({g[0] for g in groups}) == 1
    assert sum(g[1] for g in groups) == 24_000
    assert_sorted(groups)


def test_maintenance_gives_a_lake_made_without_the_layout_its_layout(tmp_path):
    lake = Lake.local(tmp_path / "warehouse")
    options = (
        f"SELECT scope_entry, value FROM {ALIAS}.options() "
        "WHERE option_name = 'parquet_row_group_size' AND scope = 'TABLE' ORDER BY 1"
    )
    expected = [
        (f"main.{t}", str(QUERY_ROW_GROUP))
        for t in sorted(TABLES)
        if t not in ("articles", "raw_articles")
    ]
    assert lake.con.execute(options).fetchall() == expected
    # A lake from before the layout: no table options in its catalog.
    lake.con.execute(
        f"DELETE FROM __ducklake_metadata_{ALIAS}.ducklake_metadata WHERE scope = 'table'"
    )
    assert lake.con.execute(options).fetchall() == []
    wh.maintain(lake)
    assert lake.con.execute(options).fetchall() == expected
    assert lake.ensure_layout() is False


def test_rows_written_in_a_transaction_are_not_held_until_its_commit(tmp_path):
    """A stage writes its rows in parts within one transaction: each part's Arrow
    memory is given back once written, not held until the commit (a stage's
    memory would grow with its batch)."""
    lake = Lake.local(tmp_path / "warehouse")
    size = mentions(20_000, seed=2).nbytes
    base = pa.total_allocated_bytes()
    with lake.transaction():
        for i in range(5):
            lake.insert("mentions", None, mentions(20_000, seed=10 + i))
            assert pa.total_allocated_bytes() - base < 2 * size, i
    assert lake.con.execute("SELECT count(*) FROM main.mentions").fetchone()[0] == 100_000


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(stages._libc() is None, reason="glibc only")
def test_a_stage_gives_the_arrow_memory_its_chunks_freed_back_to_the_os(tmp_path):
    """Arrow's buffers come from malloc while a stage runs, so that what a chunk
    freed goes back to the OS between chunks: Arrow's default pool (mimalloc) kept
    such pages, 80 MB of them here, and the NLP stage's RSS grew with its batch."""
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.mimalloc_memory_pool())
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "a.txt").write_bytes(SEED.read_bytes())
        lake = Lake.local(tmp_path / "lake")
        stages.plan_raw(lake, "b1", [folder], 10**6).commit()
        stages.plan_articles(lake, "b1", 10**6).commit()
        assert lake.read("articles", "b1").num_rows == 1
        # A chunk's many small buffers, one in fifty still held by the next.
        ints = pa.array(range(2000), pa.int64())
        base = rss_mb()
        held = []
        for i in range(3000):
            s = pc.cast(pc.add(ints, i), pa.string())
            held.append(pc.binary_join_element_wise(s, s, "-"))
        held = held[::50]
        stages._release_memory()
        assert rss_mb() - base < 30
    finally:
        pa.set_memory_pool(before)


def test_insert_arrow_matches_columns_by_name(tmp_path):
    con = Lake.local(tmp_path / "warehouse").con
    con.execute("CREATE TABLE memory.main.t (a INTEGER, b VARCHAR)")
    insert_arrow(con, "memory.main.t", pa.table({"b": ["x"], "a": [1]}))
    assert con.execute("SELECT a, b FROM memory.main.t").fetchall() == [(1, "x")]
    # A column of the table the rows lack is an error, not a column of NULLs.
    with pytest.raises(ValueError, match="lack: b"):
        insert_arrow(con, "memory.main.t", pa.table({"a": [2]}))


def test_the_pipelines_duckdb_instances_run_one_thread_a_persons_queries_all(tmp_path):
    """The writer and the readers the pipeline opens use PIPELINE_THREADS (their many
    small queries cost more CPU with a second thread than they gain); `newsledger sql`
    keeps DuckDB's default of a thread per core."""
    import duckdb

    from newsledger.config import Settings
    from newsledger.lake import PIPELINE_THREADS
    from newsledger.queries import connect

    def threads(con) -> int:
        return int(con.execute("SELECT current_setting('threads')").fetchone()[0])

    settings = Settings(warehouse_dir=tmp_path, inbox=tmp_path / "inbox")
    lake = Lake(settings.catalog, settings.data_path)
    assert PIPELINE_THREADS == 1 and threads(lake.con) == 1
    lake.close()
    for pipeline_reader in (
        wh.connect_readonly(settings, threads=PIPELINE_THREADS),
        connect(settings, threads=PIPELINE_THREADS),
    ):
        assert threads(pipeline_reader) == 1
        pipeline_reader.close()
    person = connect(settings)
    assert threads(person) == threads(duckdb.connect())  # DuckDB's own default
    person.close()


def test_a_stage_reads_its_input_without_holding_it_sorted(tmp_path):
    """A stage streams its upstream rows: DuckDB held a sort of the whole input, text
    included, while the stage ran (its memory grew with the batch, 25 MB at 10,000
    articles); none is held now, and every row is read once."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(300):
        (folder / f"a{i:03d}.txt").write_text(f"{text}\nUpdate number {i}.\n", encoding="utf-8")
    lake = Lake.local(tmp_path / "lake")
    stages.plan_raw(lake, "b1", [folder], 10**6).commit()
    stages.plan_articles(lake, "b1", 10**6).commit()
    assert lake.read("articles", "b1").num_rows == 300
    held: list[int] = []
    seen: list[str] = []

    def fn(articles: pa.Table) -> dict:
        seen.extend(articles.column("article_id").to_pylist())
        held.append(
            lake.con.execute(
                "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
                "WHERE tag = 'ORDER_BY'"
            ).fetchone()[0]
        )
        return {}

    plan = stages.derive(lake, "b1", "sections", fn, chunk_rows=50)
    plan.abort()
    assert len(held) == 6 and sorted(seen) == sorted(set(seen)) and len(seen) == 300
    assert max(held) == 0, f"{max(held)} bytes of the stage's input held sorted"


def test_folding_keeps_no_cache_of_every_string_it_sees():
    """fold and key run on every token and name of every article: their caches keep
    only non-ASCII strings, and a bounded number of them, whatever the batch."""
    from newsledger.extract import reference as ref

    for i in range(70_000):
        assert ref.key(f"Report  {i}:") == f"report {i}:"
        assert ref.fold(f"update {i}") == f"update {i}"
    for i in range(3 * ref.FOLD_CACHE):
        assert ref.key(f"Ağdərə  {i}") == f"agdere {i}"
    assert ref.fold("Azerbaijan\u2019s \u2013 Ağdərə") == "Azerbaijan's - Agdere"
    for cached in (ref.fold, ref.key, getattr(ref, "_fold", None), getattr(ref, "_key", None)):
        info = getattr(cached, "cache_info", None)
        if info is not None:
            assert info().currsize <= 4096
