"""Releases: readers see a batch whole or not at all, even while another batch's
run is between two of its stages and a publish happens meanwhile."""

from __future__ import annotations

import dagster as dg
import duckdb
from lake_worker import make_batches

from assets.entities import entities
from assets.ingest import articles, raw_articles
from assets.nlp import nlp
from assets.text import sections
from assets.warehouse import warehouse
from newsledger import warehouse as wh
from newsledger.lake import PARTITIONED, Lake
from newsledger.schemas import PUBLIC_TABLES, TABLES
from newsledger.stages import plan_articles, plan_raw
from pipelines.resources import NewsledgerResource
from pipelines.runner import run_batch

BATCHED_VIEWS = [t for t in PUBLIC_TABLES if TABLES[t].partitioned]


def _rows_per_batch(db) -> dict[str, dict[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: dict(con.execute(f"SELECT batch, count(*) FROM {t} GROUP BY 1").fetchall())
            for t in BATCHED_VIEWS
        }
    finally:
        con.close()


def _entity_ids(db) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r for (r,) in con.execute("SELECT entity_id FROM entities").fetchall()}
    finally:
        con.close()


def test_a_publish_during_another_batchs_run_hides_that_batch(settings, tmp_path):
    """Batch B has run raw_articles, articles and sections but not nlp when a
    publish (triggered by batch A under the daemon) rebuilds the warehouse: the
    views show A whole and nothing of B. Once B's nlp stage has run, the next
    publish shows B whole."""
    a, b = make_batches(tmp_path / "inputs", [2, 2])
    assert run_batch([str(a.folder)], a.key, settings, progress=False).success
    db = settings.warehouse_path
    before = _rows_per_batch(db)
    entities_before = _entity_ids(db)
    assert before["articles"] == {a.key: 2}

    resource = NewsledgerResource(
        lake_root=settings.lake_root,
        warehouse_path=str(db),
        inbox=str(settings.inbox),
        max_bytes=settings.max_bytes,
    )
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("batches", [b.key])
        config = {"ops": {"raw_articles": {"config": {"paths": [str(b.folder)]}}}}
        first_stages = dg.materialize(
            [raw_articles, articles, sections],
            instance=instance,
            partition_key=b.key,
            resources={"newsledger": resource},
            run_config=config,
        )
        assert first_stages.success
        lake = Lake(settings.lake_root)
        assert lake.parts("articles", b.key), "B's articles are committed in the lake"
        assert lake.unreleased(b.key) and not lake.unreleased(a.key)

        publish = [entities, warehouse]
        assert dg.materialize(
            publish, instance=instance, resources={"newsledger": resource}
        ).success
        shown = instance.get_latest_materialization_event(dg.AssetKey("warehouse"))
        metadata = shown.asset_materialization.metadata
        assert metadata["unreleased_batches"].value == [b.key]
        during = _rows_per_batch(db)
        # Every view holds exactly what it held before: nothing of B, all of A.
        assert during == before
        assert _entity_ids(db) == entities_before

        assert dg.materialize(
            [nlp], instance=instance, partition_key=b.key, resources={"newsledger": resource}
        ).success
        assert dg.materialize(
            publish, instance=instance, resources={"newsledger": resource}
        ).success
        assert not lake.unreleased(b.key)
    after = _rows_per_batch(db)
    assert after["articles"] == {a.key: 2, b.key: 2}
    assert after["rejected_articles"] == {a.key: 1, b.key: 1}
    for table in BATCHED_VIEWS:
        if before[table]:
            assert after[table].get(b.key, 0) > 0, table
    con = duckdb.connect(str(db), read_only=True)
    try:
        unfinished = con.execute(
            "SELECT count(*) FROM articles ANTI JOIN sentences USING (article_id)"
        ).fetchone()[0]
    finally:
        con.close()
    assert unfinished == 0


def test_released_parts_outlive_their_supersession(tmp_path):
    """A reprocess that supersedes released parts but has not released yet must
    not let garbage collection delete what the warehouse reads."""
    (a,) = make_batches(tmp_path / "inputs", [1])
    lake = Lake(str(tmp_path / "lake"))
    db = tmp_path / "newsledger.duckdb"
    lake.hold(a.key)
    plan_raw(lake, a.key, [a.folder], 10**6).commit()
    plan_articles(lake, a.key, 10**6).commit()
    assert wh.build(lake, db).row_counts["articles"] == 0  # held, not released
    lake.release(a.key)
    old = lake.parts("articles", a.key)
    assert wh.build(lake, db).row_counts["articles"] == 1

    plan_articles(lake, a.key, 10**6, full=True).commit()  # supersedes, not released
    assert lake.parts("articles", a.key) != old
    result = wh.build(lake, db)
    for table in PUBLIC_TABLES:
        lake.collect_garbage(table, set(), grace_s=0)  # even with no grace and no in_use
    assert {p.name for p in lake.released_parts("articles", a.key)} == {p.name for p in old}
    with duckdb.connect(str(result.path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)

    lake.release(a.key)
    result = wh.build(lake, db)
    removed = sum(lake.collect_garbage(t, result.files_in_use, grace_s=0) for t in PUBLIC_TABLES)
    assert removed >= 1  # the old articles part, no longer released
    with duckdb.connect(str(result.path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_a_release_lists_every_batched_table(tmp_path):
    (a,) = make_batches(tmp_path / "inputs", [1])
    lake = Lake(str(tmp_path / "lake"))
    plan_raw(lake, a.key, [a.folder], 10**6).commit()
    # No release yet: readers fall back on the manifests (lakes built by stages alone).
    assert lake.released_parts("raw_articles", a.key) == lake.parts("raw_articles", a.key)
    lake.hold(a.key)  # a batch with live parts keeps them visible when held
    assert lake.released_parts("raw_articles", a.key) == lake.parts("raw_articles", a.key)
    lake.release(a.key)
    assert {t for t in PARTITIONED} >= {"raw_articles", "articles", "sentences", "mentions"}
    for table in PARTITIONED:
        assert lake.released_parts(table, a.key) == lake.parts(table, a.key)
