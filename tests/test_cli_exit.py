"""The `newsledger` command ends its process without tearing down the interpreter
(newsledger.cli.entry): its output, exit code and exit handlers are those of `main`."""

from __future__ import annotations

import subprocess
import sys

from newsledger.config import PROJECT_ROOT


def _command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    code = "import sys; from newsledger.cli import entry; sys.argv[0] = 'newsledger'; entry()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def test_output_and_exit_codes_survive_the_fast_exit(tmp_path):
    helped = _command("--help")
    assert helped.returncode == 0 and "usage: newsledger" in helped.stdout
    missing = _command("run", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    unknown = _command("frobnicate")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr


def test_exit_handlers_still_run(tmp_path):
    marker = tmp_path / "ran"
    code = (
        "import atexit, sys; from pathlib import Path\n"
        f"atexit.register(Path({str(marker)!r}).write_text, 'yes')\n"
        "from newsledger.cli import entry; sys.argv[0] = 'newsledger'; entry()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "--help"], cwd=PROJECT_ROOT, capture_output=True, timeout=120
    )
    assert out.returncode == 0
    assert marker.read_text() == "yes"


def test_the_command_collects_garbage_in_larger_steps():
    from newsledger.cli import GC_YOUNG_THRESHOLD

    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('threshold', *gc.get_threshold()))\n"
        "from newsledger.cli import entry; sys.argv[0] = 'newsledger'; entry()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0
    assert f"threshold {GC_YOUNG_THRESHOLD} 10 10" in out.stdout
