"""Refuse text that would make the book invalid XHTML, naming where it came from.

Markup characters (``<``, ``&``) are no danger: the pages are built as element trees
and serialised, so they are escaped. Control characters cannot be escaped at all in
XML 1.0, so a report that carries one is refused with the id of the text at fault.
The content loader already rejects them in content folders; this guards reports
built in code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from focusreport import Picture, Report, WriterError

_WHITESPACE = frozenset("\t\n\r")


def unprintable(text: str) -> str | None:
    """Why ``text`` cannot go into XHTML, or ``None`` when it can."""
    for offset, char in enumerate(text):
        code = ord(char)
        control = unicodedata.category(char) == "Cc" and char not in _WHITESPACE
        if control or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            return f"the character U+{code:04X} at character {offset + 1} cannot be written in XHTML"
    return None


def check_report(report: Report) -> None:
    """Raise :class:`WriterError` for the first text of ``report`` that XHTML cannot carry."""
    for where, text in report_texts(report):
        reason = unprintable(text)
        if reason:
            raise WriterError(f"{report.id} ({report.language.tag}): {where}: {reason}")


def report_texts(report: Report) -> Iterator[tuple[str, str]]:
    """Every text of the report with the id that names it, in reading order."""
    yield "report-title", report.title
    yield "report-subtitle", report.subtitle
    yield "council-name", report.council
    yield "report-period", report.period
    for section in report.introduction:
        yield section.id, section.heading
        yield from _picture(section.picture)
    for entry in report.legend:
        yield f"rating-{entry.rating.value}", entry.name
        yield f"rating-{entry.rating.value}.meaning", entry.meaning
        yield from _picture(entry.picture)
    for objective in report.objectives:
        yield f"{objective.id} (code)", objective.code
    for theme in report.themes:
        yield theme.id, theme.name
        yield f"{theme.id}.summary", theme.summary
        yield f"{theme.id} (code)", theme.code
        yield from _picture(theme.picture)
    for item in report.items():
        yield item.id, item.text
        yield from _picture(item.picture)
    for word in report.glossary:
        yield word.id, word.word
        yield f"{word.id}.explanation", word.explanation
        yield from _picture(word.picture)
    for credit in report.credits:
        yield credit.id, credit.text


def _picture(picture: Picture | None) -> Iterator[tuple[str, str]]:
    if picture is not None:
        yield picture.id, picture.alt
        yield f"{picture.id} (credit)", picture.credit
