"""The large-print document: headings, paragraphs, real lists and two data tables."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocumentObject

from focusreport import Rating, Report, Strings
from focusreport_wordprocessing import (
    CoreProperties,
    Page,
    TextStyle,
    add_row,
    add_text,
    column_widths,
    data_table,
    keep_together,
    new_document,
    save,
    scaled_headings,
)

MARGIN_CM = 2.5
TEXT_WIDTH_CM = 21.0 - 2 * MARGIN_CM


def render_large_print(report: Report, strings: Strings, size: int) -> bytes:
    """The large-print .docx of ``report``, body text ``size`` points."""
    language = report.language.tag
    document = new_document(language, Page(MARGIN_CM), TextStyle("Arial", size, scaled_headings(size)))
    _LargePrint(document, report, strings).write()
    return save(document, CoreProperties.of_report(report, strings, "large-print-title"))


class _LargePrint:
    def __init__(self, document: DocumentObject, report: Report, strings: Strings) -> None:
        self.document = document
        self.report = report
        self.strings = strings
        self.language = report.language.tag

    def heading(self, text: str, level: int) -> None:
        add_text(self.document.add_paragraph(style=f"Heading {level}"), text, self.language)

    def paragraph(self, text: str, emphasis: Sequence[str] = ()) -> None:
        add_text(self.document.add_paragraph(), text, self.language, emphasis)

    def items(self, texts: Sequence[str], emphasis: Sequence[str] = ()) -> None:
        for text in texts:
            add_text(self.document.add_paragraph(style="List Bullet"), text, self.language, emphasis)

    def rating(self, rating: Rating) -> str:
        meaning = self.report.meaning_of(rating)
        return self.strings.format("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)

    def table(self, caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        """A data table with a repeating header row; the rating names in its last column in bold."""
        table = data_table(self.document, headers, caption, self.language)
        names = tuple(entry.name for entry in self.report.legend)
        for values in rows:
            row = add_row(table)
            keep_together(row)
            cells = row.cells
            for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
                add_text(cell.paragraphs[0], value, self.language, names if column == len(values) - 1 else ())
        column_widths(table, widths)

    def write(self) -> None:
        report, strings = self.report, self.strings
        self.heading(strings.format("document-title", title=report.title, subtitle=report.subtitle), 1)
        self.paragraph(strings.format("published-by", council=report.council))

        for section in report.introduction:
            self.heading(section.heading, 2)
            for paragraph in section.paragraphs:
                self.paragraph(paragraph.text)

        self.heading(strings.format("legend-heading"), 2)
        self.items([self.rating(entry.rating) for entry in report.legend], [entry.name for entry in report.legend])

        self.heading(strings.format("summary-heading"), 2)
        self.heading(strings.format("priorities-caption"), 3)
        self.table(
            strings.format("priorities-caption"),
            [strings.format("column-priority"), strings.format("column-outcome")],
            [[priority.title.text, self.rating(priority.rating)] for priority in report.priorities],
            [TEXT_WIDTH_CM * 0.45, TEXT_WIDTH_CM * 0.55],
        )
        self.heading(strings.format("objectives-caption"), 3)
        self.paragraph(strings.format("codes-intro"))
        self.items([strings.format("code-meaning", code=theme.code, theme=theme.name) for theme in report.themes])
        self.table(
            strings.format("objectives-caption"),
            [strings.format("column-code"), strings.format("column-objective"), strings.format("column-outcome")],
            [[objective.code, objective.title.text, self.rating(objective.rating)] for objective in report.objectives],
            [TEXT_WIDTH_CM * 0.16, TEXT_WIDTH_CM * 0.42, TEXT_WIDTH_CM * 0.42],
        )

        for theme in report.themes:
            self.heading(strings.format("theme-heading", theme=theme.name, summary=theme.summary), 2)
            self.heading(strings.format("aims-heading"), 3)
            self.paragraph(strings.format("aims-intro"))
            self.items([aim.text for aim in theme.aims])
            self.heading(strings.format("actions-heading"), 3)
            self.items([action.text for action in theme.actions])
            self.heading(strings.format("impacts-heading"), 3)
            self.items([impact.text for impact in theme.impacts])

        self.heading(strings.format("principles-heading"), 2)
        self.items([principle.text for principle in report.principles])

        if report.glossary:
            self.heading(strings.format("glossary-heading"), 2)
            self.items(
                [strings.format("labelled-value", label=word.word, value=word.explanation) for word in report.glossary],
                [word.word for word in report.glossary],
            )
