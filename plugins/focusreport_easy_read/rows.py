"""Ideas written into Word: rows of a borderless layout table, pictures left and words right.

Each picture has a column of its own, so that the pictures of a table's rows (a
subject's, then each rating's) stay in line and are apart without spaces. A run of
ideas that shows no picture at all is written as plain paragraphs instead: a layout
table whose picture columns are empty all the way down lays out nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from focusreport.outline import Picture
from focusreport_easy_read.ideas import Idea
from focusreport_wordprocessing import add_picture, add_row, add_spans, column_widths, keep_together, layout_table

PICTURE_CM = 4.0
"""The picture of a row: its drawing fills the box (pictures are cropped when imported), so it is at least 3.5cm."""
CELL_PADDING_CM = 0.5
"""Room in a picture column beside its picture: the cell's margins, and a gap to the next column."""


def places(ideas: Sequence[Idea]) -> list[int]:
    """The picture places that some idea fills: one picture column each."""
    longest = max((len(idea.pictures) for idea in ideas), default=0)
    return [place for place in range(longest) if any(place < len(idea.pictures) and idea.pictures[place] for idea in ideas)]


class Rows:
    """Writes ideas into ``document`` in ``language``, within ``text_width_cm``; ``size`` is the body text size."""

    def __init__(self, document: DocumentObject, language: str, text_width_cm: float, size: float) -> None:
        self.document = document
        self.language = language
        self.text_width_cm = text_width_cm
        self.inner_space = Pt(size * 3 / 8)

    def write(self, ideas: Sequence[Idea]) -> None:
        """One row per idea in layout tables: a column for each picture place, then the words.

        A place no idea fills gets no column; when no idea has a picture, the ideas are
        plain paragraphs. A lead-in (the words that open a list) is written above the
        rows, in line with their words, and kept on the same page as the first of them.
        """
        if not ideas:
            return
        used = places(ideas)
        if not used:
            for idea in ideas:
                self.words(_new_paragraphs(self.document), idea, keep_with_next=True)
            return
        width = PICTURE_CM
        columns = [PICTURE_CM + CELL_PADDING_CM] * len(used)
        widths = (*columns, self.text_width_cm - sum(columns))
        table: Table | None = None
        for idea in ideas:
            if idea.lead_in and not idea.shown:
                table = None
                self.words(_new_paragraphs(self.document, Cm(sum(columns))), idea, keep_with_next=True)
                continue
            if table is None:
                table = layout_table(self.document, len(widths))
            row = add_row(table)
            keep_together(row)
            *picture_cells, words_cell = row.cells
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for cell, place in zip(picture_cells, used, strict=True):
                self.picture(cell, idea.pictures[place] if place < len(idea.pictures) else None, width)
            self.words(_cell_paragraphs(words_cell), idea, keep_with_next=idea.lead_in)
            column_widths(table, widths)

    def words(self, paragraphs: Iterator[Paragraph], idea: Idea, *, keep_with_next: bool) -> None:
        """The idea's paragraphs: close together within the idea, the usual space after its last.

        ``keep_with_next`` keeps an idea written as plain paragraphs on one page, as a row
        is, and a lead-in with what follows it.
        """
        for index, (spans, paragraph) in enumerate(zip(idea.paragraphs, paragraphs, strict=False)):
            add_spans(paragraph, spans, self.language)
            last = index == len(idea.paragraphs) - 1
            if not last:
                paragraph.paragraph_format.space_after = self.inner_space
            if keep_with_next and (not last or idea.lead_in):
                paragraph.paragraph_format.keep_with_next = True

    def picture(self, cell: _Cell, picture: Picture | None, width_cm: float) -> None:
        """The picture in the cell's one paragraph, which stays empty without one."""
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.paragraph_format.space_after = Pt(0)
        if picture is not None:
            add_picture(paragraph, picture, width_cm)


def _new_paragraphs(document: DocumentObject, indent: Length | None = None) -> Iterator[Paragraph]:
    """New paragraphs at the end of the document, indented by ``indent``, made as they are asked for."""
    while True:
        paragraph = document.add_paragraph()
        if indent is not None:
            paragraph.paragraph_format.left_indent = indent
        yield paragraph


def _cell_paragraphs(cell: _Cell) -> Iterator[Paragraph]:
    """The cell's own first paragraph, then new ones, made as they are asked for."""
    yield cell.paragraphs[0]
    while True:
        yield cell.add_paragraph()
