"""Run a command as a whole process and measure its wall time and peak memory.

Peak memory is the maximum resident set size. Linux counts, in a child's maximum,
the memory of the process that forked it up to the moment it calls ``exec``; a child
forked from this Python would therefore report at least this Python's size. So the
command is started through GNU ``/usr/bin/time``, a small C program, which forks it
and reports its own child's peak. Without ``/usr/bin/time`` the figure comes from
``os.wait4`` and is an upper bound that small commands cannot go below.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs


class CommandFailedError(RuntimeError):
    """A measured command exited with an error: the figures would mean nothing."""


@attrs.frozen
class Sample:
    """One run of one command."""

    seconds: float
    cpu_seconds: float
    peak_bytes: int


@attrs.frozen
class Summary:
    """The runs of one command: median and spread (min to max) of time, the highest peak memory."""

    samples: tuple[Sample, ...]

    @property
    def median(self) -> float:
        return statistics.median(sample.seconds for sample in self.samples)

    @property
    def low(self) -> float:
        return min(sample.seconds for sample in self.samples)

    @property
    def high(self) -> float:
        return max(sample.seconds for sample in self.samples)

    @property
    def cpu_median(self) -> float:
        return statistics.median(sample.cpu_seconds for sample in self.samples)

    @property
    def peak_bytes(self) -> int:
        return max(sample.peak_bytes for sample in self.samples)


GNU_TIME = Path("/usr/bin/time")


def memory_method() -> str:
    """How peak memory is measured on this machine, for the report."""
    if GNU_TIME.is_file():
        return "the maximum resident set size reported by GNU `/usr/bin/time`, which starts each command"
    return "the maximum resident set size from `os.wait4` (GNU `time` is missing: small commands show at least the benchmark's own size)"


def run(command: Sequence[str | Path], cwd: Path | None = None, env: Mapping[str, str] | None = None) -> Sample:
    """Run ``command`` to the end (with ``env`` added to the environment); its time from start to exit and its peak resident memory."""
    arguments = [str(part) for part in command]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "peak"
        errors_path = Path(scratch) / "errors"
        if GNU_TIME.is_file():
            arguments = [str(GNU_TIME), "--format=%U %S %M", f"--output={report}", *arguments]
        environment = {**os.environ, **env} if env else None
        with errors_path.open("wb") as errors:
            start = time.perf_counter()
            process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=errors, cwd=cwd, env=environment)
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            message = errors_path.read_text(encoding="utf-8", errors="replace").strip()[-2000:]
            raise CommandFailedError(f"exit status {process.returncode} from {' '.join(map(str, command))}\n{message}")
        if report.is_file():
            user, system, kib = report.read_text(encoding="utf-8").split()[-3:]
            return Sample(seconds, float(user) + float(system), int(kib) * 1024)  # KiB on Linux
    return Sample(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)


def run_all(commands: Sequence[Sequence[str | Path]], cwd: Path | None = None) -> Sample:
    """Run ``commands`` one after the other: their total time and the highest peak memory."""
    samples = [run(command, cwd) for command in commands]
    return Sample(
        sum(sample.seconds for sample in samples),
        sum(sample.cpu_seconds for sample in samples),
        max(sample.peak_bytes for sample in samples),
    )
