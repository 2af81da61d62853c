"""Which languages each writer can serve: a braille or speech writer needs a table or voice per language.

A writer may say why it cannot serve a language with an optional method
``unsupported(language) -> str | None``. ``build`` refuses such a pair before
rendering anything, and ``check`` lists each at the structure file's ``languages``
line, so that ``check`` refuses what a build of every format would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from focusreport.content import STRUCTURE_FILE, Content
from focusreport.errors import Problem
from focusreport.languages import Language


def unsupported(writer: object, language: Language) -> str | None:
    """Why ``writer`` cannot serve ``language``, or ``None`` when it can (or does not say)."""
    method = getattr(writer, "unsupported", None)
    if not callable(method):
        return None
    reason = method(language)
    return str(reason) if reason else None


def gaps(writers: Mapping[str, object], languages: Iterable[Language]) -> list[str]:
    """One sentence per format and language it cannot be made in."""
    found = []
    for language in languages:
        for name, writer in writers.items():
            reason = unsupported(writer, language)
            if reason:
                found.append(f"the {name} format cannot be made in {language.tag}: {reason}")
    return found


def coverage_problems(content: Content, writers: Mapping[str, object]) -> list[Problem]:
    """Each installed format that cannot be made in one of the report's languages, at that language's line."""
    problems = []
    path = content.folder / STRUCTURE_FILE
    for index, language in enumerate(content.languages):
        field = ("languages", index)
        line = content.document.line_of(field) if content.document else None
        for sentence in gaps(writers, [language]):
            problems.append(Problem(path, line, f"languages[{index}]", f"{sentence}; build the other formats with --format"))
    return problems
