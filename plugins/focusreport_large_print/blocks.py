"""Each kind of block of the outline, in large print.

No pictures: large print is words. Lists are real Word lists; tables are data tables
whose header row repeats on every page and whose caption is the table's title; a
table too wide for any page at the chosen size is read row by row, each row a short
list of column and value. Every word comes from the outline, and "label: value" is
the library's own ``labelled-value`` message, in the translator's word order.
"""

from __future__ import annotations

import re

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from focusreport.outline import (
    BlockVisitor,
    Contact,
    Definitions,
    ItemList,
    Paragraph,
    Quote,
    Spans,
    Strong,
    Table,
    Text,
)
from focusreport.strings import Strings
from focusreport_large_print.lists import Lists
from focusreport_large_print.widths import Place, layout
from focusreport_wordprocessing import add_link, add_row, add_spans, add_text, column_widths, data_table, keep_together

CELL_PADDING_TWIPS = 100
"""Room above and below the words of a cell (5pt), in place of the space after a paragraph."""
CELL_SIDE_TWIPS = 108
"""Room either side of a cell's words: Word's own (0.19cm), which :data:`widths.CELL_PADDING_CM` counts on."""

_LABEL = "\ue000"
_VALUE = "\ue001"


def labelled(strings: Strings) -> list[str]:
    """The library's "label: value" as pieces: words, and the markers :data:`_LABEL` and :data:`_VALUE` where those go."""
    formatted = strings.format("labelled-value", label=_LABEL, value=_VALUE)
    return [piece for piece in re.split(f"({_LABEL}|{_VALUE})", formatted) if piece]


def stressed(spans: Spans) -> Spans:
    """``spans`` all in bold: the row's own name, when a table is read row by row."""
    return tuple(Strong(span.text) if isinstance(span, Text) else span for span in spans)


class Blocks(BlockVisitor[None]):
    """Writes blocks at the end of the document, with body text of ``size`` points on pages with ``margin_cm`` margins."""

    def __init__(self, document: DocumentObject, strings: Strings, language: str, size: float, margin_cm: float) -> None:
        self.document = document
        self.language = language
        self.size = size
        self.margin_cm = margin_cm
        self.lists = Lists(document)
        self.pieces = labelled(strings)

    def spans(self, paragraph: WordParagraph, label: Spans, value: Spans) -> None:
        """``label`` and ``value`` in ``paragraph`` as the library joins them."""
        for piece in self.pieces:
            add_spans(paragraph, label if piece == _LABEL else value if piece == _VALUE else (Text(piece),), self.language)

    def paragraph(self, block: Paragraph) -> None:
        add_spans(self.document.add_paragraph(), block.spans, self.language)

    def item_list(self, block: ItemList) -> None:
        entries = self.lists.numbered(len(block.items)) if block.ordered else [self.lists.bulleted() for _ in block.items]
        for entry, item in zip(entries, block.items, strict=True):
            add_spans(entry, item.spans, self.language)

    def table(self, block: Table) -> None:
        placed = layout(block, self.size, self.margin_cm)
        if placed.place is Place.ROWS:
            self.rows(block)
            return
        table = data_table(self.document, block.header, block.caption, self.language)
        for row in block.rows:
            word_row = add_row(table)
            keep_together(word_row)
            for cell, source in zip(word_row.cells, row.cells, strict=True):
                add_spans(cell.paragraphs[0], source.spans, self.language)
        column_widths(table, placed.widths)
        _pad(table)

    def rows(self, block: Table) -> None:
        """The table read row by row: its caption, then each row's name in bold over a list of its columns and values."""
        caption = self.document.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        add_text(caption, block.caption, self.language)
        for row in block.rows:
            name = self.document.add_paragraph()
            name.paragraph_format.keep_with_next = True
            add_spans(name, stressed(row.cells[0].spans), self.language)
            for header, cell in zip(block.header[1:], row.cells[1:], strict=True):
                self.spans(self.lists.bulleted(), (Text(header),), cell.spans)

    def definitions(self, block: Definitions) -> None:
        for entry in block.entries:
            self.spans(self.lists.bulleted(), (Strong(entry.term),), entry.spans)

    def quote(self, block: Quote) -> None:
        words = self.document.add_paragraph(style="Quote")
        add_spans(words, block.spans, self.language)
        if block.source:
            words.paragraph_format.keep_with_next = True
            words.paragraph_format.space_after = Pt(0)
            add_text(self.document.add_paragraph(style="Quote"), block.source, self.language)

    def contact(self, block: Contact) -> None:
        for line in block.lines:
            paragraph = self.document.add_paragraph()
            for piece in self.pieces:
                if piece == _VALUE and line.target:
                    add_link(paragraph, line.value, line.target, self.language)
                else:
                    words = line.label if piece == _LABEL else line.value if piece == _VALUE else piece
                    add_spans(paragraph, (Text(words),), self.language)


def _pad(table: WordTable) -> None:
    """Even room above and below each cell's words, instead of a paragraph's space after them."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(CELL_PADDING_TWIPS if side in ("top", "bottom") else CELL_SIDE_TWIPS))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
