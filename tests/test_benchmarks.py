"""The benchmark harness keeps working: a quick run produces a complete, well-formed report.

No timing is asserted: these tests prove the script runs and the report says what it
measured, on whatever machine runs them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from benchmarks import synthetic

from external import require
from focusreport import specwalk
from focusreport.content import check_content, read_content
from focusreport.languages import Language
from focusreport.model import Report, Theme, ThemesPart
from focusreport.resources import bundled_content_dir
from focusreport.writers import discover

ROOT = Path(__file__).resolve().parent.parent


def tables(markdown: str) -> dict[str, list[list[str]]]:
    """The first GFM table under each heading of the report: rows of cells, header first."""
    found: dict[str, list[list[str]]] = {}
    heading = ""
    for block in markdown.split("\n\n"):
        if block.startswith("#"):
            heading = block.lstrip("# ")
        elif block.startswith("| "):
            lines = block.splitlines()
            assert re.fullmatch(r"\|( -{3,}:? \|)+", lines[1]), lines[1]
            rows = [re.split(r"(?<!\\)\|", line.strip())[1:-1] for line in lines]
            assert all(len(row) == len(rows[0]) for row in rows), block
            found.setdefault(heading, [[cell.strip() for cell in row] for row in rows if not row[0].strip().startswith("---")])
    return found


def test_quick_run_writes_every_table(tmp_path: Path) -> None:
    require("pandoc")
    output = tmp_path / "performance.md"
    command = [sys.executable, "-m", "benchmarks", "--quick", "--output", str(output), "--workdir", str(tmp_path / "work")]
    subprocess.run(command, cwd=ROOT, check=True, timeout=600, capture_output=True)
    markdown = output.read_text(encoding="utf-8")
    found = tables(markdown)
    assert {"The machine", "Against pandoc", "Growth with the size of the report", "Request batches", "Start-up", "Targets"} <= set(found)

    installed = sorted(discover().writers)
    comparison = found["Against pandoc"]
    compared = [name for name in ("text", "epub", "easy-read") if name in installed]
    assert [row[0] for row in comparison[1:-1]][-len(compared) :] == compared
    assert comparison[-1][0].endswith(", parse cache off")
    for row in comparison[1:]:
        assert re.fullmatch(r"\*\*\d+\.\d\d\*\*", row[-2])  # one round: no spread
        assert re.fullmatch(r"\S+ s / \S+ s = \d+\.\d\d", row[-1])
    missing = [name for name in ("epub", "easy-read") if name not in installed]
    for name in missing:
        assert f"`{name}`" in markdown.split("## Against pandoc")[1].split("\n| ")[0]

    growth = found["Growth with the size of the report"]
    assert growth[0] == ["Format", "1x", "2x", "growth 1x to 2x", "peak memory 1x", "peak memory 2x"]
    assert [row[0] for row in growth[1:]] == ["`check`", "`check, parse cache off`", *(f"`{name}`" for name in installed)]
    for row in growth[1:]:
        assert re.fullmatch(r"\d+\.\dx", row[3]) and row[4].endswith(" MiB")

    startup = [row[0] for row in found["Start-up"][1:]]
    assert startup[:2] == ["`focusreport --help`", "`focusreport formats`"]
    batch = found["Request batches"]
    assert batch[0] == ["Batch", "Time", "CPU time", "Time per request", "Peak memory"]
    assert batch[1][0] == "20 requests" and re.fullmatch(r"\d+\.\d ms", batch[1][3])
    assert len(found["Targets"]) == 6
    assert "Processor" in [row[0] for row in found["The machine"]]


def _themes(report: Report) -> list[Theme]:
    return [theme for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]


def test_synthetic_report_is_valid_and_grows(tmp_path: Path) -> None:
    single = synthetic.generate(tmp_path / "one", 1)
    triple = synthetic.generate(tmp_path / "three", 3)
    assert check_content(single.folder) == []
    assert check_content(triple.folder) == []
    bundled_content = read_content(bundled_content_dir())
    bundled = bundled_content.report(Language.CY)
    grown = read_content(triple.folder).report(Language.CY)
    assert single.items == len([text for text in specwalk.texts(bundled_content.spec) if text.needs_easy])
    assert triple.items == single.items + 2 * sum(len(listing.items) for theme in _themes(bundled) for listing in theme.lists)
    for original, copied in zip(_themes(bundled), _themes(grown), strict=True):
        actions, grown_actions = original.lists[1].items, copied.lists[1].items
        assert len(grown_actions) == 3 * len(actions)
        assert grown_actions[len(actions)].text == f"{actions[0].text} (2)"
        impacts, grown_impacts = original.lists[2].items, copied.lists[2].items
        count = len(impacts)
        # A copy's picture is a copy: the same file and words under its own id, so no picture stands for too many ideas.
        copies, originals = grown_impacts[count : 2 * count], grown_impacts[:count]
        assert [(item.picture.path, item.picture.alt) for item in copies if item.picture] == [
            (item.picture.path, item.picture.alt) for item in originals if item.picture
        ]
        assert not {item.picture.id for item in copies if item.picture} & {item.picture.id for item in originals if item.picture}
        assert all(item.picture is not None for item in grown_impacts)
