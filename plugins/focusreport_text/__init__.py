"""Plain text for screen readers (RNIB and GOV.UK guidance).

UTF-8 with no hard wrapping, no tables, no box drawing or decorative symbols.
Each heading stands on its own line after a blank line; each list is announced
with its length; table rows become "label: value" lines; every rating is written
as a word followed by its meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from focusreport import Item, Option, Rating, Report, WriterInput

if TYPE_CHECKING:  # the strings module loads Fluent: keep it out of ``focusreport formats``
    from focusreport import Strings


class TextWriter:
    """Renders a report as plain text for screen readers and braille displays."""

    name = "text"
    extension = "txt"
    media_type = "text/plain; charset=utf-8"
    description = "Plain text for screen readers: no tables or symbols, lists announced, ratings in words"
    options = (Option("wording", "full: the report's own wording; easy: the easy-read wording", "full", choices=("full", "easy")),)

    def render(self, source: WriterInput) -> bytes:
        document = _Document(source.strings, easy=source.options.get("wording") == "easy")
        document.write(source.report)
        return document.text().encode("utf-8")


class _Document:
    def __init__(self, strings: Strings, easy: bool) -> None:
        self.strings = strings
        self.easy = easy
        self.blocks: list[str] = []

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"

    def words(self, item: Item) -> str:
        return item.easy if self.easy and item.easy else item.text

    def heading(self, text: str) -> None:
        self.blocks.append(text)

    def paragraph(self, text: str) -> None:
        self.blocks.append(text)

    def items(self, lines: Sequence[str]) -> None:
        announce = self.strings.format("list-announce", count=len(lines))
        numbered = [f"{number}. {line}" for number, line in enumerate(lines, start=1)]
        self.blocks.append("\n".join([announce, *numbered]))

    def rows(self, rows: Sequence[tuple[str, str]]) -> None:
        announce = self.strings.format("table-announce", count=len(rows))
        lines = [self.strings.format("labelled-value", label=label, value=value) for label, value in rows]
        self.blocks.append("\n".join([announce, *lines]))

    def rating(self, report: Report, rating: Rating) -> str:
        meaning = report.meaning_of(rating)
        return self.strings.format("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)

    def write(self, report: Report) -> None:
        strings = self.strings
        self.heading(strings.format("document-title", title=report.title, subtitle=report.subtitle))
        self.paragraph(strings.format("published-by", council=report.council))
        headings = [section.heading for section in report.introduction]
        headings += [strings.format("legend-heading"), strings.format("summary-heading")]
        headings += [strings.format("theme-heading", theme=theme.name, summary=theme.summary) for theme in report.themes]
        headings.append(strings.format("principles-heading"))
        if report.glossary:
            headings.append(strings.format("glossary-heading"))
        if report.credits:
            headings.append(strings.format("credits-heading"))
        self.heading(strings.format("contents-heading"))
        self.items(headings)

        for section in report.introduction:
            self.heading(section.heading)
            for paragraph in section.paragraphs:
                self.paragraph(self.words(paragraph))

        self.heading(strings.format("legend-heading"))
        self.items([strings.format("rating-with-meaning", rating=entry.name, meaning=entry.meaning) for entry in report.legend])

        self.heading(strings.format("summary-heading"))
        self.heading(strings.format("priorities-caption"))
        self.rows([(self.words(priority.title), self.rating(report, priority.rating)) for priority in report.priorities])
        self.heading(strings.format("objectives-caption"))
        self.paragraph(strings.format("codes-intro"))
        self.items([strings.format("code-meaning", code=theme.code, theme=theme.name) for theme in report.themes])
        self.rows(
            [
                (
                    strings.format("objective-label", code=objective.code, title=self.words(objective.title)),
                    self.rating(report, objective.rating),
                )
                for objective in report.objectives
            ]
        )

        for theme in report.themes:
            summary = theme.easy_summary if self.easy and theme.easy_summary else theme.summary
            self.heading(strings.format("theme-heading", theme=theme.name, summary=summary))
            self.heading(strings.format("aims-heading"))
            self.paragraph(strings.format("aims-intro"))
            self.items([self.words(aim) for aim in theme.aims])
            self.heading(strings.format("actions-heading"))
            self.items([self.words(action) for action in theme.actions])
            self.heading(strings.format("impacts-heading"))
            self.items([self.words(impact) for impact in theme.impacts])

        self.heading(strings.format("principles-heading"))
        self.items([self.words(principle) for principle in report.principles])

        if report.glossary:
            self.heading(strings.format("glossary-heading"))
            self.rows([(word.word, word.explanation) for word in report.glossary])
        if report.credits:
            self.heading(strings.format("credits-heading"))
            for credit in report.credits:
                self.paragraph(credit.text)
