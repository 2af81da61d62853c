"""Small helpers for tests that edit a copy of the bundled content."""

from __future__ import annotations

import shutil
from pathlib import Path

from focusreport import bundled_content_dir


def copy_content(tmp_path: Path) -> Path:
    """A private copy of the bundled content folder that a test may break."""
    folder = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), folder)
    return folder


def replace_in(path: Path, old: str, new: str) -> int:
    """Replace the one occurrence of ``old`` in ``path``; return its 1-based line number."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return line


def line_of(path: Path, needle: str) -> int:
    """The 1-based line on which ``needle`` first occurs in ``path``."""
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1
