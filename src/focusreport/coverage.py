"""Which languages each writer can serve: a braille or speech writer needs a table or voice per language.

A writer may say why it cannot serve a language with an optional method
``unsupported(language) -> str | None``. ``build`` refuses such a pair before
rendering anything, and ``check`` lists each at the structure file's ``languages``
line, so that ``check`` refuses what a build of every format would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

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


def edition_refusals(
    writers: Mapping[str, object], editions: Iterable[Sequence[Language]], installed: Mapping[str, object] | None = None
) -> list[str]:
    """One sentence per format asked for a bilingual edition that it does not make, naming the formats that do.

    A writer makes editions when it says ``editions = True``; a writer that cannot serve one of
    an edition's languages cannot make the edition either (:func:`gaps` says why). ``installed``
    are the formats to offer instead (by default, every installed one).
    """
    from focusreport.writers import accepts_editions, discover

    editions = list(editions)
    refused = [name for name, writer in writers.items() if not accepts_editions(writer)]
    if not refused or not editions:
        return []
    offered = discover().writers if installed is None else installed
    able = sorted(name for name, writer in offered.items() if accepts_editions(writer))
    instead = f"formats that do: {', '.join(able)}" if able else "no installed format does"
    found = []
    for edition in editions:
        label = "+".join(language.code for language in edition)
        for name in refused:
            found.append(f"the {name} format does not make bilingual editions such as {label}; {instead}")
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
