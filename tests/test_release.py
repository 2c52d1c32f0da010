"""Publishing: readers see a batch whole or not at all, even while another batch's
run is between two of its stages and a publish happens meanwhile; a reprocess
replaces a batch's rows in one snapshot."""

from __future__ import annotations

import dagster as dg
from lake_worker import make_batches, publish, stage_batch

from assets.entities import entities
from assets.ingest import articles, raw_articles
from assets.nlp import nlp
from assets.text import sections
from assets.warehouse import warehouse
from newsledger import warehouse as wh
from newsledger.config import Settings
from newsledger.lake import PARTITIONED
from newsledger.schemas import PUBLIC_TABLES, TABLES
from newsledger.stages import is_complete, plan_articles, plan_entities
from newsledger.warehouse import connect_readonly
from pipelines.resources import NewsledgerResource
from pipelines.runner import run_batch

BATCHED = [t for t in PUBLIC_TABLES if TABLES[t].partitioned]


def _rows_per_batch(settings) -> dict[str, dict[str, int]]:
    with connect_readonly(settings) as con:
        return {
            t: dict(con.execute(f"SELECT batch, count(*) FROM {t} GROUP BY 1").fetchall())
            for t in BATCHED
        }


def _entity_ids(settings) -> set[str]:
    with connect_readonly(settings) as con:
        return {r for (r,) in con.execute("SELECT entity_id FROM entities").fetchall()}


def test_a_publish_during_another_batchs_run_hides_that_batch(settings, tmp_path):
    """Batch B has run raw_articles, articles and sections but not nlp when a
    publish (triggered by batch A under the daemon) runs: readers see A whole and
    nothing of B. Once B's nlp stage has run, the next publish shows B whole."""
    a, b = make_batches(tmp_path / "inputs", [2, 2])
    assert run_batch([str(a.folder)], a.key, settings, progress=False).success
    before = _rows_per_batch(settings)
    entities_before = _entity_ids(settings)
    assert before["articles"] == {a.key: 2}

    resource = NewsledgerResource.from_settings(settings)
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
        lake = settings.lake()
        assert lake.read("articles", b.key).num_rows == 2, "B's articles are committed"
        assert lake.staged_batches() == [b.key] and not is_complete(lake, b.key)

        publish_assets = [entities, warehouse]
        assert dg.materialize(
            publish_assets, instance=instance, resources={"newsledger": resource}
        ).success
        shown = instance.get_latest_materialization_event(dg.AssetKey("warehouse"))
        metadata = shown.asset_materialization.metadata
        assert metadata["unpublished_batches"].value == [b.key]
        # Every table holds exactly what it held before: nothing of B, all of A.
        assert _rows_per_batch(settings) == before
        assert _entity_ids(settings) == entities_before

        assert dg.materialize(
            [nlp], instance=instance, partition_key=b.key, resources={"newsledger": resource}
        ).success
        assert dg.materialize(
            publish_assets, instance=instance, resources={"newsledger": resource}
        ).success
        assert settings.lake().staged_batches() == []
    after = _rows_per_batch(settings)
    assert after["articles"] == {a.key: 2, b.key: 2}
    assert after["rejected_articles"] == {a.key: 1, b.key: 1}
    for table in BATCHED:
        if before[table]:
            assert after[table].get(b.key, 0) > 0, table
    with connect_readonly(settings) as con:
        unfinished = con.execute(
            "SELECT count(*) FROM articles ANTI JOIN sentences USING (article_id)"
        ).fetchone()[0]
    assert unfinished == 0


def test_a_reprocess_in_progress_leaves_readers_on_the_published_rows(tmp_path):
    """A full reprocess whose later stages have not run is not published, and the
    rows readers see survive DuckLake's file cleanup, even one that deletes every
    file scheduled for deletion."""
    (a,) = make_batches(tmp_path / "inputs", [1])
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, a.key, a.folder)
    assert publish(lake, settings).batches == [a.key]
    before = _rows_per_batch(settings)

    plan_articles(lake, a.key, 10**6, full=True).commit()  # replaces articles, not yet sections
    assert not is_complete(lake, a.key)
    result = publish(lake, settings)
    assert result.published and result.batches == [] and result.unpublished == [a.key]
    lake.con.execute("CALL ducklake_cleanup_old_files('newsledger', cleanup_all => true)")
    assert _rows_per_batch(settings) == before

    stage_batch(lake, a.key, None)  # the rest of the reprocess: sections and nlp, redone
    assert is_complete(lake, a.key)
    assert publish(lake, settings).batches == [a.key]
    lake.con.execute("CALL ducklake_cleanup_old_files('newsledger', cleanup_all => true)")
    assert _rows_per_batch(settings) == before


def test_a_publish_moves_every_batched_table(tmp_path):
    (a,) = make_batches(tmp_path / "inputs", [1])
    settings = Settings(warehouse_dir=tmp_path / "warehouse", inbox=tmp_path)
    lake = settings.lake()
    stage_batch(lake, a.key, a.folder)
    staged = {t: lake.read(t, a.key, staged_only=True).num_rows for t in PARTITIONED}
    assert {"raw_articles", "articles", "sentences", "mentions", "entity_facts"} <= set(PARTITIONED)
    assert staged["articles"] == 1 and staged["sentences"] > 0 and staged["entity_facts"] > 0
    plan_entities(lake).commit()
    snapshot = lake.snapshot()
    assert wh.publish(lake, settings).published
    for table in PARTITIONED:
        n = lake.con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
        assert n == staged[table], table
    assert lake.staged_batches() == []
    # One snapshot for the whole batch (maintenance may add its own after it).
    changes = lake.con.execute(
        "SELECT changes FROM newsledger.snapshots() WHERE snapshot_id > ? ORDER BY snapshot_id",
        [snapshot],
    ).fetchall()
    inserted = [c for (c,) in changes if "tables_inserted_into" in c]
    assert len(inserted) == 1, changes
