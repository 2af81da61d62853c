"""Layout tables (no header, no borders) and data tables (a repeating header row)."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import cast

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm
from docx.table import Table, _Row

from focusreport_wordprocessing.text import add_text, clean


def layout_table(document: DocumentObject, columns: int) -> Table:
    """A table for placing things side by side: the default "Normal Table" style, no borders,
    no header row, and ``tblLook`` saying so, which is how Word's checker knows it is layout."""
    table = cast(Table, document.add_table(rows=0, cols=columns))
    table.style = None
    _set_look(table, first_row=False)
    return table


def data_table(document: DocumentObject, headers: Sequence[str], caption: str, language: str) -> Table:
    """A bordered table whose first row holds ``headers`` and repeats on every page.

    ``caption`` becomes the table's title (``w:tblCaption``), which Word shows as its alt text.
    """
    table = cast(Table, document.add_table(rows=1, cols=len(headers)))
    table.style = document.styles["Table Grid"]
    _set_look(table, first_row=True)
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), clean(caption))
    table._tbl.tblPr.append(title)
    row = table.rows[0]
    mark_header_row(row)
    for cell, header in zip(row.cells, headers, strict=True):
        paragraph = cell.paragraphs[0]
        for run in add_text(paragraph, header, language):
            run.bold = True
    return table


def mark_header_row(row: _Row) -> None:
    """Make ``row`` a header row: repeated at the top of each page, and never split."""
    _row_properties(row, "w:cantSplit", "w:tblHeader")


def keep_together(row: _Row) -> None:
    """Never split ``row`` across pages: a picture stays beside its words."""
    _row_properties(row, "w:cantSplit")


def _row_properties(row: _Row, *tags: str) -> None:
    properties = row._tr.get_or_add_trPr()
    for tag in tags:
        if properties.find(qn(tag)) is None:
            properties.append(OxmlElement(tag))


def column_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Fix the width of each column (grid and every cell), so Word and LibreOffice agree.

    A table written row by row is given its widths after each row: rows given the same
    widths by an earlier call are left as they are, so that this stays linear, not
    quadratic, in the rows (python-docx walks the whole table to find a row's cells).
    """
    widths = tuple(widths_cm)
    done = _WIDTHS_SET.get(table)
    last = done[1] if done is not None and done[0] == widths else None
    if last is None:
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
    new: list[BaseOxmlElement] = []
    element = table._tbl[-1]
    while element is not None and element is not last:  # from the last row back to the last one done
        if element.tag == _ROW:
            new.append(element)
        element = element.getprevious()
    for tr in reversed(new):
        for cell, width in zip(_Row(tr, table).cells, widths, strict=True):
            cell.width = Cm(width)
    if new or last is not None:
        _WIDTHS_SET[table] = (widths, new[0] if new else last)


_ROW = qn("w:tr")
_WIDTHS_SET: weakref.WeakKeyDictionary[Table, tuple[tuple[float, ...], BaseOxmlElement | None]] = weakref.WeakKeyDictionary()
"""For each table given widths: the widths, and the last row that has them (rows are only ever added at the end)."""


def _set_look(table: Table, first_row: bool) -> None:
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        properties.append(look)
    look.set(qn("w:firstRow"), "1" if first_row else "0")
    look.set(qn("w:lastRow"), "0")
    look.set(qn("w:firstColumn"), "0")
    look.set(qn("w:lastColumn"), "0")
    look.set(qn("w:noHBand"), "1")
    look.set(qn("w:noVBand"), "1")
    look.set(qn("w:val"), "0620" if first_row else "0600")


def add_row(table: Table) -> _Row:
    """A new last row of ``table`` (python-docx's own method is untyped)."""
    return cast(_Row, table.add_row())  # type: ignore[no-untyped-call]
