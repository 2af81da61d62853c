"""Measure focusreport against pandoc, its growth with report size, and its start-up time.

Everything runs as whole processes on this machine, in one run, with the rounds of
the things compared interleaved (A, B, A, B, ...) so that a busy moment of the
machine falls on both. The result is a Markdown report, ``docs/performance.md``
by default::

    python -m benchmarks            # the full run (a few minutes)
    python -m benchmarks --quick    # one round at 1x and 2x: proves the harness works
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs

from benchmarks import measure, report, synthetic
from benchmarks.machine import describe
from benchmarks.measure import Sample, Summary

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "performance.md"
FINDINGS = Path(__file__).resolve().parent / "findings.md"

# Each format compared with what pandoc makes from the Markdown export: (pandoc writer, extension).
PANDOC_PAIRS = {"text": ("plain", "txt"), "epub": ("epub3", "epub"), "easy-read": ("docx", "docx")}
COMPARED = tuple(PANDOC_PAIRS)

# Editions measured for every format, as extra arguments to ``focusreport build``: the default is every
# language, one file each. Bilingual editions are one line more: ("--lang", "cy+en").
EDITIONS: tuple[tuple[str, ...], ...] = ((),)

# The formats a batch of requests asks for, in turn, in English and Welsh. The speech formats are left
# out: each takes seconds of espeak-ng per language (see the growth table), which would hide the cost of
# serving the batch itself.
BATCH_FORMATS = ("text", "large-print", "easy-read", "epub", "html", "markdown", "braille")
BATCH_LANGUAGES = ("en", "cy")
CACHE_OFF = {"FOCUSREPORT_CACHE": "off"}


@attrs.frozen
class Settings:
    """What to run, how often, and where to write."""

    rounds: int
    growth_rounds: int
    startup_rounds: int
    sizes: tuple[int, ...]
    formats: tuple[str, ...] | None
    output: Path
    focusreport: tuple[str, ...]
    pandoc: str | None
    workdir: Path
    requests: int
    skip_after: float

    @property
    def cache(self) -> dict[str, str]:
        """The environment that gives every measured focusreport its own parse cache, kept for the whole run."""
        return {"FOCUSREPORT_CACHE": str(self.workdir / "parse-cache")}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; 0 on success."""
    settings, keep = _settings(argv)
    settings.workdir.mkdir(parents=True, exist_ok=True)
    try:
        results = measure_all(settings)
    except measure.CommandFailedError as error:
        print(f"benchmarks: a command failed: {error}", file=sys.stderr)
        return 1
    finally:
        if not keep:
            shutil.rmtree(settings.workdir, ignore_errors=True)
    findings = FINDINGS.read_text(encoding="utf-8") if FINDINGS.is_file() else ""
    settings.output.parent.mkdir(parents=True, exist_ok=True)
    settings.output.write_text(report.render(results, findings), encoding="utf-8")
    print(f"wrote {settings.output}")
    return 0


def _settings(argv: Sequence[str] | None) -> tuple[Settings, bool]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one round, sizes 1x and 2x, few start-up runs: for the tests")
    parser.add_argument("--rounds", type=int, help="rounds of the comparison with pandoc (default 7)")
    parser.add_argument("--growth-rounds", type=int, help="rounds at each size (default 3)")
    parser.add_argument("--startup-rounds", type=int, help="runs of each start-up command (default 15)")
    parser.add_argument("--sizes", help="comma-separated multiples of the bundled report (default 1,10,100)")
    parser.add_argument("--formats", help="comma-separated formats for the growth table (default: every installed format)")
    parser.add_argument("--requests", type=int, help="requests in a batch (default 200)")
    parser.add_argument(
        "--skip-after",
        type=float,
        help="a format whose run took longer than this many seconds is run once at that size and not at larger sizes (default 120)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"the report to write (default {DEFAULT_OUTPUT})")
    parser.add_argument("--focusreport", help="the focusreport command (default: the one beside this Python)")
    parser.add_argument("--workdir", type=Path, help="where to put generated content and outputs (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    arguments = parser.parse_args(argv)
    quick = arguments.quick
    sizes = tuple(int(size) for size in arguments.sizes.split(",")) if arguments.sizes else ((1, 2) if quick else (1, 10, 100))
    workdir = arguments.workdir or Path(tempfile.mkdtemp(prefix="focusreport-bench-"))
    settings = Settings(
        rounds=arguments.rounds or (1 if quick else 7),
        growth_rounds=arguments.growth_rounds or (1 if quick else 3),
        startup_rounds=arguments.startup_rounds or (1 if quick else 15),
        sizes=sizes,
        formats=tuple(arguments.formats.split(",")) if arguments.formats else None,
        output=arguments.output,
        focusreport=(arguments.focusreport,) if arguments.focusreport else _focusreport_command(),
        pandoc=shutil.which("pandoc"),
        workdir=workdir,
        requests=arguments.requests or (20 if quick else 200),
        skip_after=arguments.skip_after or 120.0,
    )
    return settings, arguments.keep or arguments.workdir is not None


def _focusreport_command() -> tuple[str, ...]:
    beside = Path(sys.executable).parent / "focusreport"
    if beside.is_file():
        return (str(beside),)
    found = shutil.which("focusreport")
    if found is None:
        raise SystemExit("benchmarks: the focusreport command is not installed (pip install -e .)")
    return (found,)


def installed_formats(command: tuple[str, ...]) -> list[str]:
    """The formats ``focusreport formats`` lists as usable."""
    import subprocess

    listing = subprocess.run([*command, "formats"], capture_output=True, text=True, check=True).stdout
    return [line.split("\t")[0] for line in listing.splitlines() if line and "\tBROKEN\t" not in line]


def measure_all(settings: Settings) -> report.Results:
    """Every measurement of the report, in one run."""
    started = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    installed = installed_formats(settings.focusreport)
    print(f"installed formats: {', '.join(installed)}", file=sys.stderr)
    comparison = compare_with_pandoc(settings, installed)
    growth = measure_growth(settings, installed)
    batches = measure_batches(settings, installed)
    startup = measure_startup(settings)
    machine = describe(settings.pandoc)
    machine.append(("Load average at the start", load))
    machine.append(("Load average at the end", " ".join(f"{value:.2f}" for value in os.getloadavg())))
    return report.Results(
        started=started,
        machine=machine,
        memory_method=measure.memory_method(),
        command=_command_line(settings),
        installed=tuple(installed),
        comparison=comparison,
        growth=growth,
        batches=batches,
        startup=startup,
    )


def _command_line(settings: Settings) -> str:
    parts = ["python -m benchmarks"]
    parts.append(f"--rounds {settings.rounds} --growth-rounds {settings.growth_rounds} --startup-rounds {settings.startup_rounds}")
    parts.append(f"--sizes {','.join(map(str, settings.sizes))} --requests {settings.requests} --skip-after {settings.skip_after:g}")
    if settings.formats:
        parts.append(f"--formats {','.join(settings.formats)}")
    return " ".join(parts)


def compare_with_pandoc(settings: Settings, installed: Sequence[str]) -> report.Comparison:
    """focusreport building each compared format in both languages against pandoc converting the Markdown export."""
    present = tuple(name for name in COMPARED if name in installed)
    missing = tuple(name for name in COMPARED if name not in installed)
    if settings.pandoc is None or "markdown" not in installed or not present:
        why = "pandoc is not installed" if settings.pandoc is None else "the markdown or every compared format is missing"
        return report.Comparison(present, missing, (), why)
    work = settings.workdir / "compare"
    exported = work / "markdown"
    measure.run([*settings.focusreport, "build", "-f", "markdown", "-o", exported], env=settings.cache)  # fills the parse cache too
    sources = sorted(exported.glob("*.md"))
    together = f"all compared formats ({', '.join(present)})"
    rows = [(together, present, settings.cache)] if len(present) > 1 else []
    rows += [(name, (name,), settings.cache) for name in present]
    rows.append((f"{together if len(present) > 1 else present[0]}, parse cache off", present, CACHE_OFF))
    ours: dict[str, list[Sample]] = {label: [] for label, _, _ in rows}
    theirs: dict[str, list[Sample]] = {label: [] for label, _, _ in rows}
    for round_number in range(settings.rounds):
        print(f"comparison round {round_number + 1} of {settings.rounds}", file=sys.stderr)
        for label, formats, env in rows:
            out = work / "out"
            choose = [argument for name in formats for argument in ("-f", name)]
            ours[label].append(measure.run([*settings.focusreport, "build", *choose, "-o", out], env=env))
            theirs[label].append(measure.run_all(_pandoc_commands(settings.pandoc, formats, sources, work / "pandoc")))
    table = tuple(
        report.ComparisonRow(label, len(formats) * len(sources), Summary(tuple(ours[label])), Summary(tuple(theirs[label])))
        for label, formats, _ in rows
    )
    return report.Comparison(present, missing, table, "")


def _pandoc_commands(pandoc: str, formats: Sequence[str], sources: Sequence[Path], out: Path) -> list[list[str | Path]]:
    out.mkdir(parents=True, exist_ok=True)
    commands: list[list[str | Path]] = []
    for name in formats:
        writer, extension = PANDOC_PAIRS[name]
        for source in sources:
            target = out / f"{source.stem}.{extension}"
            commands.append([pandoc, "-f", "gfm", "-t", writer, "--wrap=none", "-o", target, source])
    return commands


def measure_growth(settings: Settings, installed: Sequence[str]) -> report.Growth:
    """Loading and each format at each size of synthetic report: time and peak memory.

    A cell whose run takes longer than ``settings.skip_after`` is run once only, and its
    format no more at larger sizes: the report says so, with the time that was measured.
    """
    wanted = settings.formats or tuple(installed)
    formats = tuple(name for name in wanted if name in installed)
    missing = tuple(name for name in wanted if name not in installed)
    reports = []
    for times in settings.sizes:
        print(f"generating a report {times}x the bundled one", file=sys.stderr)
        made = synthetic.generate(settings.workdir / f"content-{times}x", times)
        measure.run([*settings.focusreport, "check", str(made.folder)], env=settings.cache)  # fills the parse cache
        reports.append(made)
    rows: dict[str, tuple[list[str], dict[str, str]]] = {
        "check": (["check"], settings.cache),
        "check, parse cache off": (["check"], CACHE_OFF),
    }
    for name in formats:
        for edition in EDITIONS:
            rows[" ".join([name, *edition])] = (["build", "-f", name, *edition], settings.cache)
    samples: dict[tuple[str, int], list[Sample]] = {(row, made.times): [] for row in rows for made in reports}
    skipped: dict[tuple[str, int], str] = {}
    for round_number in range(settings.growth_rounds):
        print(f"growth round {round_number + 1} of {settings.growth_rounds}", file=sys.stderr)
        for index, made in enumerate(reports):
            for row, (arguments, env) in rows.items():
                earlier = samples[(row, made.times)]
                if (row, made.times) in skipped or (earlier and earlier[0].seconds > settings.skip_after):
                    continue
                command = [*settings.focusreport, *arguments, str(made.folder)]
                if arguments[0] == "build":
                    command += ["-o", str(settings.workdir / f"out-{made.times}x")]
                sample = measure.run(command, env=env)
                earlier.append(sample)
                if sample.seconds > settings.skip_after:
                    for later in reports[index + 1 :]:
                        skipped[(row, later.times)] = (
                            f"not run: {report.seconds(sample.seconds)} at {made.times}x, over the {settings.skip_after:g} s "
                            "after which larger sizes are left out (`--skip-after`)"
                        )
    cells = {key: Summary(tuple(values)) for key, values in samples.items() if values}
    return report.Growth(tuple((made.times, made.items) for made in reports), tuple(rows), missing, cells, skipped)


def measure_batches(settings: Settings, installed: Sequence[str]) -> report.Batches:
    """A batch of requests served in one process (``focusreport requests``), into an empty folder each round."""
    formats = tuple(name for name in BATCH_FORMATS if name in installed)
    if not formats or settings.requests < 1:
        return report.Batches(0, (), None)
    work = settings.workdir / "requests"
    work.mkdir(parents=True, exist_ok=True)
    asked = [(formats[number % len(formats)], BATCH_LANGUAGES[(number // len(formats)) % 2]) for number in range(settings.requests)]
    listing = work / "requests.csv"
    lines = ["id,format,language"] + [f"request-{number:04d},{name},{language}" for number, (name, language) in enumerate(asked)]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    samples = []
    rounds = max(settings.growth_rounds, 1)
    for round_number in range(rounds):
        print(f"request batch {round_number + 1} of {rounds}", file=sys.stderr)
        out = work / f"served-{round_number}"
        samples.append(measure.run([*settings.focusreport, "requests", str(listing), "--out", str(out)], env=settings.cache))
        shutil.rmtree(out, ignore_errors=True)
    return report.Batches(settings.requests, formats, Summary(tuple(samples)))


def measure_startup(settings: Settings) -> tuple[report.StartupRow, ...]:
    """``--help`` and ``formats`` as whole processes, beside a bare Python start for scale."""
    commands = {
        "focusreport --help": [*settings.focusreport, "--help"],
        "focusreport formats": [*settings.focusreport, "formats"],
        "python -c pass (for scale)": [sys.executable, "-c", "pass"],
    }
    samples: dict[str, list[Sample]] = {label: [] for label in commands}
    for _ in range(settings.startup_rounds):
        for label, command in commands.items():
            samples[label].append(measure.run(command, env=settings.cache))
    return tuple(report.StartupRow(label, Summary(tuple(values))) for label, values in samples.items())
