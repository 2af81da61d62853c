"""A description of the machine a benchmark ran on, for the report."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path


def describe(pandoc: str | None) -> list[tuple[str, str]]:
    """(label, value) pairs: processor, cores, memory, system, Python, pandoc."""
    return [
        ("Processor", _cpu_model()),
        ("Cores available", str(len(os.sched_getaffinity(0)))),
        ("Memory", _memory()),
        ("System", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("pandoc", _pandoc_version(pandoc)),
    ]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _pandoc_version(pandoc: str | None) -> str:
    if pandoc is None:
        return "not installed"
    result = subprocess.run([pandoc, "--version"], capture_output=True, text=True, check=False)
    return result.stdout.splitlines()[0] if result.returncode == 0 and result.stdout else "unknown"
