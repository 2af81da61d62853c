"""The easy-read document: headings, then rows of picture and words in layout tables."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from focusreport import Item, Picture, Rating, Report, Strings
from focusreport_wordprocessing import (
    CoreProperties,
    Page,
    TextStyle,
    add_picture,
    add_row,
    add_text,
    keep_together,
    layout_table,
    new_document,
    save,
    scaled_headings,
)

MARGIN_CM = 2.0
TEXT_WIDTH_CM = 21.0 - 2 * MARGIN_CM
PICTURE_CM = 3.0
PICTURE_COLUMN_CM = 4.0
PAIR_PICTURE_CM = 2.0
PAIR_COLUMN_CM = 6.0


@attrs.frozen
class Words:
    """One paragraph of the words cell, and the phrases in it to print in bold."""

    text: str
    emphasis: tuple[str, ...] = ()


def render_easy_read(report: Report, strings: Strings, size: int) -> bytes:
    """The easy-read .docx of ``report``, body text ``size`` points."""
    language = report.language.tag
    document = new_document(language, Page(MARGIN_CM), TextStyle("Arial", size, scaled_headings(size)))
    _EasyRead(document, report, strings).write()
    return save(document, CoreProperties.of_report(report, strings, "easy-read-title"))


class _EasyRead:
    def __init__(self, document: DocumentObject, report: Report, strings: Strings) -> None:
        self.document = document
        self.report = report
        self.strings = strings
        self.language = report.language.tag
        self.hard_words = tuple(word.word for word in report.glossary)
        self.table: Table | None = None
        self.widths = (PICTURE_COLUMN_CM, TEXT_WIDTH_CM - PICTURE_COLUMN_CM)

    # Building blocks

    def heading(self, text: str, level: int) -> None:
        self.table = None
        add_text(self.document.add_paragraph(style=f"Heading {level}"), text, self.language)

    def paragraph(self, text: str) -> None:
        self.table = None
        add_text(self.document.add_paragraph(), text, self.language)

    def row(self, pictures: Sequence[Picture | None], words: Sequence[Words], *, pair: bool = False) -> None:
        """One idea: its pictures (if any) on the left, its words on the right.

        ``pair`` starts a table whose picture column holds two pictures side by side
        (a priority's picture and its traffic light), so a row stays one picture high.
        """
        if self.table is None:
            self.widths = (
                (PAIR_COLUMN_CM, TEXT_WIDTH_CM - PAIR_COLUMN_CM) if pair else (PICTURE_COLUMN_CM, TEXT_WIDTH_CM - PICTURE_COLUMN_CM)
            )
            self.table = layout_table(self.document, 2)
            for column, width in zip(self.table.columns, self.widths, strict=True):
                column.width = Cm(width)
        row = add_row(self.table)
        keep_together(row)
        cells = row.cells
        for cell, width in zip(cells, self.widths, strict=True):
            cell.width = Cm(width)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        self._pictures(cells[0], [picture for picture in pictures if picture is not None], PAIR_PICTURE_CM if pair else PICTURE_CM)
        for index, part in enumerate(words):
            paragraph = cells[1].paragraphs[0] if index == 0 else cells[1].add_paragraph()
            add_text(paragraph, part.text, self.language, part.emphasis)

    def _pictures(self, cell: _Cell, pictures: Sequence[Picture], width_cm: float) -> None:
        """The pictures of a row side by side in the cell's one paragraph, which stays empty without them."""
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.paragraph_format.space_after = Pt(0)
        for index, picture in enumerate(pictures):
            if index:
                paragraph.add_run(" ")
            add_picture(paragraph, picture, width_cm)

    def easy(self, item: Item) -> Words:
        return Words(item.easy or item.text, self.hard_words)

    def items(self, items: Sequence[Item], lead: Picture | None = None) -> None:
        for index, item in enumerate(items):
            self.row([item.picture or (lead if index == 0 else None)], [self.easy(item)])

    def rating(self, rating: Rating) -> Words:
        meaning = self.report.meaning_of(rating)
        return Words(self.strings.format("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning), (meaning.name,))

    def rated(self, item: Item, rating: Rating) -> None:
        self.row([item.picture, self.report.meaning_of(rating).picture], [self.easy(item), self.rating(rating)], pair=True)

    # The document

    def write(self) -> None:
        report, strings = self.report, self.strings
        self.heading(strings.format("document-title", title=report.title, subtitle=report.subtitle), 1)
        self.paragraph(strings.format("published-by", council=report.council))
        self.paragraph(strings.format("easy-read-about"))
        if report.glossary:
            self.paragraph(strings.format("easy-read-hard-words"))

        for section in report.introduction:
            self.heading(section.easy_heading or section.heading, 2)
            self.items(section.paragraphs, section.picture)

        self.heading(strings.format("legend-heading"), 2)
        for entry in report.legend:
            self.row([entry.picture], [self.rating(entry.rating)])

        self.heading(strings.format("priorities-heading"), 2)
        for priority in report.priorities:
            self.rated(priority.title, priority.rating)

        self.heading(strings.format("objectives-heading"), 2)
        for objective in report.objectives:
            self.rated(objective.title, objective.rating)

        for theme in report.themes:
            summary = theme.easy_summary or theme.summary
            self.heading(strings.format("theme-heading", theme=theme.name, summary=summary), 2)
            self.heading(strings.format("aims-heading"), 3)
            self.items(theme.aims, theme.picture)
            self.heading(strings.format("actions-heading"), 3)
            self.items(theme.actions)
            self.heading(strings.format("impacts-heading"), 3)
            self.items(theme.impacts)

        self.heading(strings.format("principles-heading"), 2)
        self.items(report.principles)

        if report.glossary:
            self.heading(strings.format("glossary-heading"), 2)
            for word in report.glossary:
                text = strings.format("labelled-value", label=word.word, value=word.explanation)
                self.row([word.picture], [Words(text, (word.word,))])

        if report.credits:
            self.heading(strings.format("credits-heading"), 2)
            for credit in report.credits:
                self.paragraph(credit.text)
