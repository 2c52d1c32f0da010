"""The inbox sensor: a new file gives a run request, the same file again none."""

from __future__ import annotations

import json
import shutil

import dagster as dg

from conftest import SEED
from pipelines.schedules import outdated_batches, reprocess_outdated
from pipelines.sensors import inbox_sensor


def tick(cursor=None):
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, cursor=cursor)
        return inbox_sensor(ctx)


def test_new_file_then_same_file(settings):
    shutil.copy(SEED, settings.inbox / "a.txt")
    first = tick()
    assert len(first.run_requests) == 1
    req = first.run_requests[0]
    paths = req.run_config["ops"]["raw_articles"]["config"]["paths"]
    assert paths == [str(settings.inbox / "a.txt")]
    assert req.partition_key == first.dynamic_partitions_requests[0].partition_keys[0]
    assert req.run_key

    second = tick(first.cursor)
    assert not second.run_requests
    assert second.skip_reason


def test_changed_content_is_picked_up_again(settings):
    path = settings.inbox / "a.txt"
    shutil.copy(SEED, path)
    first = tick()
    path.write_text(SEED.read_text() + "\nA late paragraph about the ceasefire talks.\n")
    second = tick(first.cursor)
    assert len(second.run_requests) == 1
    assert second.run_requests[0].run_key != first.run_requests[0].run_key
    assert json.loads(second.cursor)[str(path)][2] != json.loads(first.cursor)[str(path)][2]


def test_hidden_and_partial_files_are_ignored(settings):
    (settings.inbox / ".draft.txt").write_text("x")
    (settings.inbox / "article.txt.part").write_text("x")
    assert not tick().run_requests


def test_schedule_reprocesses_only_outdated_batches(settings):
    import pyarrow as pa

    from newsledger.schemas import TABLES
    from newsledger.stages import plan_articles, plan_raw

    lake = settings.lake()
    shutil.copy(SEED, settings.inbox / "a.txt")
    plan_raw(lake, "b1", [settings.inbox], 10**6).commit()
    plan_articles(lake, "b1", 10**6).commit()
    rows = lake.read("articles", "b1").to_pylist()
    assert rows

    def publish(version: str) -> None:  # as a publish would, with rows of that version
        table = pa.Table.from_pylist(
            [r | {"extractor_version": version} for r in rows], TABLES["articles"].schema
        )
        with lake.transaction():
            lake.con.execute("DELETE FROM main.articles")
            lake.insert("articles", None, table)

    publish(rows[0]["extractor_version"])
    assert outdated_batches(lake) == []
    # Rows written by an older extractor, as after an upgrade.
    publish("0.0.1")
    assert outdated_batches(lake) == ["b1"]
    with dg.instance_for_test() as instance:
        ctx = dg.build_schedule_context(instance=instance)
        requests = list(reprocess_outdated(ctx))
    assert [r.partition_key for r in requests] == ["b1"]
    assert requests[0].tags["newsledger/reprocess"] == "full"
