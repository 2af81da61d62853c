"""The examples in the docs run: every ```python block, and the ``focusreport`` commands of every ```console block.

Each console example is run as a reader would run it at the top of the repository after
the README's quick start (``scripts/build``): in a folder holding the repository's
``content/``, the bundled report built into ``output/``, and the files the docs show
(``today.csv``), each ``$ focusreport ...`` line in order, every one exiting with 0 and
printing exactly the lines shown under it (when any are shown). The few commands that
need a reader's own files are listed in ``NOT_RUN`` with the reason and the test that
covers what they show.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from external import require
from focusreport import bundled_content_dir, discover
from focusreport.builder import build
from focusreport.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
TEXT = re.compile(r"^```text\n(.*?)^```", re.MULTILINE | re.DOTALL)
PROMPT = "$ "

NOT_RUN = {
    ("docs/easy-read-content.md", "focusreport check my-report"): (
        "a report folder spoiled in ways the page describes but does not give; tests/test_easyread_lint.py spoils one for each problem shown"
    ),
    ("docs/easy-read.md", "focusreport check --output leaflet.docx --easy-read"): (
        "a Word document someone sent; tests/test_docxcheck.py makes one with each fault shown"
    ),
    ("docs/plugins.md", "focusreport formats"): (
        "lists the example plugin, which the `pip install` line before it installs; tests/test_plugins.py installs it and checks this"
    ),
    ("docs/plugins.md", "focusreport build --format json --lang cy --option indent=0"): (
        "needs the example plugin installed; tests/test_plugins.py installs it and builds this"
    ),
}


def _examples() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for number, match in enumerate(BLOCK.finditer(page.read_text(encoding="utf-8")), start=1):
            found.append((f"{page.relative_to(ROOT)}#{number}", match.group(1)))
    return found


EXAMPLES = _examples()


def test_the_docs_have_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[name for name, _ in EXAMPLES])
def test_example_runs(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "<docs example>", "exec"), {"__name__": "__docs__"})


# Console examples


@dataclass
class Command:
    """One ``$ focusreport ...`` line of a console example and the lines shown under it."""

    page: str
    text: str
    shown: list[str] = field(default_factory=list)

    @property
    def arguments(self) -> list[str]:
        """The command's arguments after ``focusreport``, without its trailing ``# comment``."""
        return shlex.split(self.text, comments=True)[1:]

    @property
    def key(self) -> tuple[str, str]:
        """The page and the command without its comment, as ``NOT_RUN`` names it."""
        return (self.page, " ".join(["focusreport", *self.arguments]))


def _commands(page: str, block: str) -> list[Command]:
    """Every ``$ focusreport`` command of a block, with its shown output; other commands and their output are left out."""
    commands: list[Command] = []
    current: Command | None = None
    for line in block.splitlines():
        if line.startswith(PROMPT):
            text = line.removeprefix(PROMPT).strip()
            current = Command(page, text) if text.startswith("focusreport ") or text == "focusreport" else None
            if current is not None:
                commands.append(current)
        elif current is not None and line.strip():
            current.shown.append(line)
    return commands


def _console_examples() -> dict[str, list[Command]]:
    """The ``focusreport`` commands of each console example, by page and number."""
    found = {}
    for page in PAGES:
        name = str(page.relative_to(ROOT))
        for number, match in enumerate(CONSOLE.finditer(page.read_text(encoding="utf-8")), start=1):
            found[f"{name}#{number}"] = _commands(name, match.group(1))
    return found


CONSOLE_EXAMPLES = _console_examples()
RUN = {example: [command for command in commands if command.key not in NOT_RUN] for example, commands in CONSOLE_EXAMPLES.items()}
RUN = {example: commands for example, commands in RUN.items() if commands}


def _files() -> dict[str, str]:
    """Files the docs show in full, for the commands that read them."""
    serving = (ROOT / "docs" / "serving-requests.md").read_text(encoding="utf-8")
    requests = next(block for block in TEXT.findall(serving) if block.startswith("id,format,language"))
    return {"today.csv": requests}


def _words(line: str) -> str:
    """A line as compared: the docs align columns with spaces where the command prints tabs."""
    return " ".join(line.split())


def test_the_docs_have_console_examples_and_every_one_left_out_is_still_there() -> None:
    keys = [command.key for commands in CONSOLE_EXAMPLES.values() for command in commands]
    assert sum(len(commands) for commands in RUN.values()) >= 10
    assert [key for key in NOT_RUN if key not in keys] == []


@pytest.fixture(scope="module")
def quick_start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``output/`` as ``scripts/build`` leaves it for the bundled report: every format, every language.

    Every format needs what each writer needs: the braille writer needs liblouis.
    """
    if "braille" in discover().writers:
        require("liblouis")
    output = tmp_path_factory.mktemp("quick-start") / "output"
    build(bundled_content_dir(), output)
    return output


@pytest.mark.parametrize("commands", RUN.values(), ids=RUN.keys())
def test_console_example_runs_and_prints_what_the_docs_show(
    commands: list[Command], quick_start: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content").symlink_to(ROOT / "content", target_is_directory=True)
    shutil.copytree(quick_start, tmp_path / "output")
    for name, text in _files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        capsys.readouterr()
        status = main(command.arguments)
        printed = capsys.readouterr()
        assert status == 0, f"$ {command.text}\n{printed.err}"
        if command.shown:
            lines = [_words(line) for line in (printed.out + printed.err).splitlines() if line.strip()]
            assert lines == [_words(line) for line in command.shown], f"$ {command.text}"
