"""Errors a user can act on: each names the file, the line and the field at fault."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import attrs


@attrs.frozen
class Problem:
    """One thing wrong with the content, placed as precisely as the source allows."""

    file: Path | None
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        place = "" if self.file is None else str(self.file)
        if self.line is not None:
            place = f"{place}:{self.line}"
        where = f"{place}: " if place else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class FocusreportError(Exception):
    """Base of every error that is the user's to fix, never a bug in focusreport."""


class UsageError(FocusreportError):
    """A command or call asked for something that does not exist (a format, a language, an option)."""


class ContentError(FocusreportError):
    """The content folder has one or more problems; nothing is built from it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class WriterError(FocusreportError):
    """A writer could not render the report (for example, text it cannot represent)."""
