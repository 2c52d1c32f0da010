import subprocess
import sys

import dagster as dg

from newsledger.config import PROJECT_ROOT


def test_definitions_load():
    from pipelines.definitions import defs

    dg.Definitions.validate_loadable(defs)
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {
        "raw_articles",
        "articles",
        "rejected_articles",
        "sections",
        "sentences",
        "warehouse",
    } <= keys
    assert defs.resolve_job_def("ingest").partitions_def is not None
    assert defs.resolve_sensor_def("inbox_sensor")
    assert defs.resolve_schedule_def("reprocess_outdated")


def test_the_sensors_launch_one_run_from_files_to_the_warehouse():
    """A new inbox file or feed entry is one run of every asset, publish included:
    no second run waiting for a sensor tick and a new process."""
    from pipelines.definitions import defs

    job = defs.resolve_job_def("ingest_and_publish")
    every = defs.resolve_asset_graph().get_all_asset_keys()
    assert job.asset_layer.selected_asset_keys == every
    assert job.partitions_def is not None
    for name in ("inbox_sensor", "feed_sensor"):
        assert defs.resolve_sensor_def(name).job_name == "ingest_and_publish", name


def test_every_job_runs_in_one_process():
    """The default executor is in-process: a UI materialization of any selection
    (the implicit asset job) loads spaCy and GX once, like the named jobs."""
    from pipelines.definitions import defs

    assert defs.executor == dg.in_process_executor
    implicit = defs.resolve_implicit_global_asset_job_def()
    assert implicit.executor_def == dg.in_process_executor
    for job in defs.resolve_all_job_defs():
        assert job.executor_def == dg.in_process_executor, job.name


def test_core_is_free_of_dagster():
    """The newsledger package must import without pulling in Dagster."""
    code = (
        "import sys, importlib, pkgutil, newsledger\n"
        "for m in pkgutil.iter_modules(newsledger.__path__):\n"
        "    importlib.import_module('newsledger.' + m.name)\n"
        "print('dagster' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_loading_the_definitions_leaves_spacy_and_gx_to_the_runs():
    """The code server, the daemon and the sensors load the Definitions; only a run's
    NLP stage needs spaCy and only its checks need Great Expectations, about 2 s and
    3 s of imports that loading the code location must not pay."""
    code = (
        "import sys, pipelines.definitions\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'great_expectations') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout
