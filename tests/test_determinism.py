"""Same input, same bytes: across processes, not only within one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from external import require
from focusreport import discover


def _every_writer_can_run() -> None:
    """A build of every format needs what each writer needs: the braille writer needs liblouis."""
    if "braille" in discover().writers:
        require("liblouis")


def _build(out: Path, hash_seed: str, time_zone: str) -> dict[str, bytes]:
    """Every format of the bundled report, in every language, built by a fresh ``focusreport`` process."""
    script = Path(sys.executable).with_name("focusreport")
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "TZ": time_zone}
    subprocess.run([str(script), "build", "--out", str(out)], env=environment, check=True, capture_output=True, timeout=300)
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_two_processes_with_different_hash_seeds_build_the_same_bytes(tmp_path: Path) -> None:
    _every_writer_can_run()
    first = _build(tmp_path / "first", "1", "UTC")
    second = _build(tmp_path / "second", "4242", "Pacific/Kiritimati")
    assert {name.split(".")[1] for name in first} == set(discover().writers)
    assert list(second) == list(first)
    assert [name for name in first if first[name] != second[name]] == []
