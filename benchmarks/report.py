"""The benchmark's results and the Markdown report made from them (``docs/performance.md``)."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Mapping, Sequence

import attrs

from benchmarks.measure import Summary

GIB = 1024**3
MIB = 1024**2
TARGET_RATIO = 1.0
AIM_RATIO = 0.5
TARGET_LARGE_SECONDS = 10.0
TARGET_LARGE_BYTES = GIB
TARGET_GROWTH = 11.0
TARGET_REQUEST_SECONDS = 0.014
TARGET_FORMATS_SECONDS = 0.150


@attrs.frozen
class ComparisonRow:
    """focusreport (one process) against pandoc (one process per file) for the same files."""

    label: str
    files: int
    ours: Summary
    pandoc: Summary

    @property
    def ratio(self) -> float:
        return self.ours.median / self.pandoc.median

    @property
    def cpu_ratio(self) -> float:
        return self.ours.cpu_median / self.pandoc.cpu_median

    @property
    def round_ratios(self) -> list[float]:
        return [ours.seconds / theirs.seconds for ours, theirs in zip(self.ours.samples, self.pandoc.samples, strict=True)]


@attrs.frozen
class Comparison:
    present: tuple[str, ...]
    missing: tuple[str, ...]
    rows: tuple[ComparisonRow, ...]
    skipped: str


@attrs.frozen
class Growth:
    sizes: tuple[tuple[int, int], ...]  # (times, items per language)
    rows: tuple[str, ...]
    missing: tuple[str, ...]
    cells: Mapping[tuple[str, int], Summary]
    skipped: Mapping[tuple[str, int], str] = attrs.field(factory=dict)
    """Cells not measured, with the reason."""

    def formats(self) -> list[str]:
        """The rows that build a format (not the ``check`` rows)."""
        return [row for row in self.rows if not row.startswith("check")]


@attrs.frozen
class Batches:
    """One batch of requests served by one process, in several rounds."""

    requests: int
    formats: tuple[str, ...]
    summary: Summary | None

    @property
    def per_request(self) -> float:
        assert self.summary is not None
        return self.summary.median / self.requests

    @property
    def cpu_per_request(self) -> float:
        assert self.summary is not None
        return self.summary.cpu_median / self.requests


@attrs.frozen
class StartupRow:
    label: str
    summary: Summary


@attrs.frozen
class Results:
    started: datetime.datetime
    machine: list[tuple[str, str]]
    memory_method: str
    command: str
    installed: tuple[str, ...]
    comparison: Comparison
    growth: Growth
    batches: Batches
    startup: tuple[StartupRow, ...]


def render(results: Results, findings: str) -> str:
    """The whole report as Markdown."""
    blocks = [
        "# Performance",
        "This page is written by `python -m benchmarks` (see `benchmarks/`); run it again to measure your own "
        "machine. Every figure is a whole process, started and waited for, timed with `time.perf_counter`; peak "
        f"memory is {results.memory_method}. Times are medians, with the fastest and slowest run in brackets.",
        f"Measured on {results.started.isoformat().replace('+00:00', ' UTC')} with `{results.command}`.",
        "## The machine",
        _table(["", ""], results.machine, numbers=False),
        f"Installed formats: {', '.join(f'`{name}`' for name in results.installed)}.",
        *_comparison(results.comparison),
        *_growth(results.growth),
        *_batches(results.batches),
        *_startup(results.startup),
        *_targets(results),
    ]
    if findings.strip():
        blocks.append(findings.strip())
    return "\n\n".join(blocks) + "\n"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, numbers: bool = True) -> str:
    """A GFM table; columns after the first are right-aligned when they hold ``numbers``."""
    lines = [_row(header), _row(["---"] + ["---:" if numbers else "---"] * (len(header) - 1))]
    lines += [_row(row) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def seconds(value: float) -> str:
    """A time to three significant figures: ``0.123 s``, ``4.56 s``, ``12.3 s``."""
    return f"{value:.3g} s" if value < 100 else f"{value:.0f} s"


def spread(summary: Summary) -> str:
    """The median, and the fastest and slowest run: ``0.281 s (0.270-0.302)``."""
    if len(summary.samples) == 1:
        return seconds(summary.median)
    return f"{seconds(summary.median)} ({summary.low:.3g}-{summary.high:.3g})"


def memory(value: int) -> str:
    return f"{value / MIB:.0f} MiB"


def _comparison(comparison: Comparison) -> list[str]:
    blocks = ["## Against pandoc"]
    blocks.append(
        "focusreport builds the bundled report in each format in English and Welsh in **one** process "
        "(`focusreport build -f …`, loading and checking the content included); pandoc converts the Markdown export "
        "of the same report (`focusreport build -f markdown`) into the matching format, one process per file "
        "(`pandoc -f gfm -t plain|epub3|docx`): plain text for `text`, EPUB 3 for `epub`, Word for `easy-read`. "
        "The figure is the ratio of the medians, focusreport / pandoc: below 1 means focusreport is faster. "
        "The range in brackets is the lowest and highest ratio of one focusreport run to the pandoc runs of the same "
        "round (the rounds alternate between the two). focusreport keeps parsed Fluent files in a cache "
        "(`FOCUSREPORT_CACHE`, see [content.md](content.md#the-parse-cache)), filled before the first round as a user's "
        "is after their first build; the last row turns it off, as on a first run."
    )
    if comparison.missing:
        blocks.append(
            f"**Not measured: {', '.join(f'`{name}`' for name in comparison.missing)}**, because "
            f"{'this format is' if len(comparison.missing) == 1 else 'these formats are'} not installed in this build."
        )
    if comparison.skipped:
        blocks.append(f"**No comparison was made:** {comparison.skipped}.")
        return blocks
    rows = []
    for row in comparison.rows:
        ratios = row.round_ratios
        ratio = f"**{row.ratio:.2f}**" + (f" ({min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else "")
        cpu = f"{seconds(row.ours.cpu_median)} / {seconds(row.pandoc.cpu_median)} = {row.cpu_ratio:.2f}"
        rows.append([row.label, str(row.files), spread(row.ours), spread(row.pandoc), ratio, cpu])
    header = ["Formats", "Files", "focusreport (1 process)", "pandoc (1 process per file)", "Ratio", "CPU time, focusreport / pandoc"]
    blocks.append(_table(header, rows))
    return blocks


def _growth(growth: Growth) -> list[str]:
    blocks = ["## Growth with the size of the report"]
    sizes = ", ".join(f"{times}x ({items:,} items per language)" for times, items in growth.sizes)
    blocks.append(
        "Synthetic reports made by `benchmarks/synthetic.py`: every theme's aims, actions and impacts repeated, each "
        "copy with its own id and wording in both languages, with pictures; each passes `focusreport check`. "
        f"Sizes: {sizes}. Each cell builds one format in both languages in one process; `check` loads and checks the "
        "content only, the floor under every build. Growth is the time at one size divided by the time at the size "
        "before it: a straight line gives the ratio of the sizes."
    )
    if growth.missing:
        blocks.append(f"**Not measured: {', '.join(f'`{name}`' for name in growth.missing)}**: not installed in this build.")
    sizes_only = [times for times, _ in growth.sizes]
    header = ["Format", *(f"{times}x" for times in sizes_only)]
    header += [f"growth {before}x to {after}x" for before, after in itertools.pairwise(sizes_only)]
    header += [f"peak memory {times}x" for times in sizes_only]
    rows = []
    cpu_rows = []
    for name in growth.rows:
        cells = [growth.cells.get((name, times)) for times in sizes_only]
        rows.append(
            [
                f"`{name}`",
                *(spread(cell) if cell else "not run" for cell in cells),
                *(
                    _growth_of(before.median if before else None, after.median if after else None)
                    for before, after in itertools.pairwise(cells)
                ),
                *(memory(cell.peak_bytes) if cell else "not run" for cell in cells),
            ]
        )
        cpus = [cell.cpu_median if cell else None for cell in cells]
        cpu_rows.append(
            [
                f"`{name}`",
                *(seconds(cpu) if cpu is not None else "not run" for cpu in cpus),
                *(_growth_of(before, after) for before, after in itertools.pairwise(cpus)),
            ]
        )
    blocks.append(_table(header, rows))
    blocks += [f"`{name}` at {times}x: {why}." for (name, times), why in sorted(growth.skipped.items())]
    blocks.append("The same runs in CPU time (user and system), which a busy machine does not inflate:")
    cpu_header = ["Format", *(f"{times}x" for times in sizes_only)]
    cpu_header += [f"growth {before}x to {after}x" for before, after in itertools.pairwise(sizes_only)]
    blocks.append(_table(cpu_header, cpu_rows))
    return blocks


def _growth_of(before: float | None, after: float | None) -> str:
    return f"{after / before:.1f}x" if before and after is not None else "not run"


def _batches(batches: Batches) -> list[str]:
    blocks = ["## Request batches"]
    if batches.summary is None:
        return [*blocks, "**Not measured:** none of the formats a batch asks for is installed."]
    blocks.append(
        f"`focusreport requests` serving {batches.requests} requests from one CSV file in one process, into an empty "
        f"folder each time: the formats {', '.join(f'`{name}`' for name in batches.formats)} in turn, in English and Welsh, "
        "so each (format, language) is rendered once and every other request is a copy, a receipt line and its checksum. "
        "The speech formats are left out: one of them alone takes longer than the whole batch (see the growth table)."
    )
    summary = batches.summary
    rows = [
        [
            f"{batches.requests} requests",
            spread(summary),
            seconds(summary.cpu_median),
            f"{batches.per_request * 1000:.1f} ms",
            memory(summary.peak_bytes),
        ]
    ]
    blocks.append(_table(["Batch", "Time", "CPU time", "Time per request", "Peak memory"], rows))
    return blocks


def _startup(startup: Sequence[StartupRow]) -> list[str]:
    rows = [[f"`{row.label}`", spread(row.summary), seconds(row.summary.cpu_median), memory(row.summary.peak_bytes)] for row in startup]
    return ["## Start-up", _table(["Command", "Time", "CPU time", "Peak memory"], rows)]


def _targets(results: Results) -> list[str]:
    rows: list[list[str]] = []
    comparison = results.comparison
    if comparison.rows:
        overall = comparison.rows[0]
        verdict = _verdict(overall.ratio < TARGET_RATIO)
        cpu_verdict = _verdict(overall.cpu_ratio < TARGET_RATIO)
        if overall.ratio < TARGET_RATIO and overall.ratio >= AIM_RATIO:
            verdict += f" (the aim of {AIM_RATIO} is not reached)"
        rows.append(
            [
                f"ratio against pandoc below {TARGET_RATIO} (aim {AIM_RATIO})",
                f"{overall.ratio:.2f} ({overall.label}); CPU time {overall.cpu_ratio:.2f}",
                verdict,
                cpu_verdict,
            ]
        )
    else:
        rows.append([f"ratio against pandoc below {TARGET_RATIO}", "not measured", "not measured", "not measured"])
    growth = results.growth
    sizes = [times for times, _ in growth.sizes]
    largest = max(sizes)
    format_rows = growth.formats() or list(growth.rows)
    measured = [name for name in format_rows if (name, largest) in growth.cells]
    left_out = [name for name in format_rows if (name, largest) not in growth.cells]
    if largest >= 100 and measured:
        worst_time = max((growth.cells[(name, largest)].median, name) for name in measured)
        worst_cpu = max((growth.cells[(name, largest)].cpu_median, name) for name in measured)
        worst_memory = max((growth.cells[(name, largest)].peak_bytes, name) for name in measured)
        unrun = f"; not run at {largest}x: {', '.join(f'`{name}`' for name in left_out)} (too slow at a smaller size)" if left_out else ""
        rows.append(
            [
                f"{largest}x report in every format under {TARGET_LARGE_SECONDS:.0f} s",
                f"slowest: {seconds(worst_time[0])} (`{worst_time[1]}`); most CPU time: {seconds(worst_cpu[0])} (`{worst_cpu[1]}`){unrun}",
                _verdict(worst_time[0] < TARGET_LARGE_SECONDS and not left_out),
                _verdict(worst_cpu[0] < TARGET_LARGE_SECONDS and not left_out),
            ]
        )
        rows.append(
            [
                f"{largest}x report in every format under 1 GiB",
                f"largest: {memory(worst_memory[0])} (`{worst_memory[1]}`){unrun}",
                _verdict(worst_memory[0] < TARGET_LARGE_BYTES) + (" (of the formats run)" if left_out else ""),
                "",
            ]
        )
    else:
        rows.append(["100x report under 10 s and 1 GiB", "not measured in this run", "not measured", "not measured"])
    if 10 in sizes and 100 in sizes:
        grown = [name for name in growth.rows if (name, 10) in growth.cells and (name, 100) in growth.cells]
        worst_growth = max((growth.cells[(name, 100)].median / growth.cells[(name, 10)].median, name) for name in grown)
        worst_cpu_growth = max((growth.cells[(name, 100)].cpu_median / growth.cells[(name, 10)].cpu_median, name) for name in grown)
        rows.append(
            [
                f"growth from 10x to 100x no worse than {TARGET_GROWTH:.0f}x",
                f"worst: {worst_growth[0]:.1f}x (`{worst_growth[1]}`); in CPU time {worst_cpu_growth[0]:.1f}x (`{worst_cpu_growth[1]}`)",
                _verdict(worst_growth[0] <= TARGET_GROWTH) + (" (of the formats run at both)" if len(grown) < len(growth.rows) else ""),
                _verdict(worst_cpu_growth[0] <= TARGET_GROWTH),
            ]
        )
    else:
        rows.append(
            [f"growth from 10x to 100x no worse than {TARGET_GROWTH:.0f}x", "not measured in this run", "not measured", "not measured"]
        )
    batches = results.batches
    if batches.summary is not None:
        rows.append(
            [
                f"a batch of requests: {TARGET_REQUEST_SECONDS * 1000:.0f} ms a request, as before",
                f"{batches.per_request * 1000:.1f} ms a request ({batches.requests} requests); "
                f"CPU time {batches.cpu_per_request * 1000:.1f} ms",
                _verdict(batches.per_request <= TARGET_REQUEST_SECONDS),
                _verdict(batches.cpu_per_request <= TARGET_REQUEST_SECONDS),
            ]
        )
    else:
        rows.append(
            [f"a batch of requests: {TARGET_REQUEST_SECONDS * 1000:.0f} ms a request", "not measured", "not measured", "not measured"]
        )
    formats = next(row.summary for row in results.startup if row.label == "focusreport formats")
    rows.append(
        [
            f"`focusreport formats` under {TARGET_FORMATS_SECONDS * 1000:.0f} ms",
            f"{seconds(formats.median)}; CPU time {seconds(formats.cpu_median)}",
            _verdict(formats.median < TARGET_FORMATS_SECONDS),
            _verdict(formats.cpu_median < TARGET_FORMATS_SECONDS),
        ]
    )
    note = (
        "A target is met or not on the median time from start to exit, as the targets are stated; the CPU time beside it "
        "shows how much of that time the program itself used, which matters on a shared, busy machine: the last column "
        "says whether the target would be met if the machine did nothing else (compare the load averages above)."
    )
    return ["## Targets", note, _table(["Target", "Measured", "Met", "Met in CPU time"], rows)]


def _verdict(met: bool) -> str:
    return "yes" if met else "**no**"
