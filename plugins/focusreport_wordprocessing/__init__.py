"""Shared python-docx helpers for the Word writers (easy read, large print).

Each module does one job: ``document`` sets up page, fonts, language and page
numbers; ``text`` writes runs (with emphasis, from outline spans, as links);
``pictures`` adds inline pictures with alternative text; ``tables`` marks layout
tables and header rows; ``package`` sets the core properties and rewrites the zip
so the same input gives the same bytes.

This package imports python-docx. Writers import it inside ``render`` only, so
that listing formats never loads python-docx.
"""

from __future__ import annotations

from focusreport_wordprocessing.document import Page, TextStyle, add_page_numbers, new_document, scaled_headings
from focusreport_wordprocessing.package import CoreProperties, save
from focusreport_wordprocessing.pictures import add_picture
from focusreport_wordprocessing.tables import add_row, column_widths, data_table, keep_together, layout_table, mark_header_row
from focusreport_wordprocessing.text import add_link, add_spans, add_text, clean, emphasis_spans

__all__ = [
    "CoreProperties",
    "Page",
    "TextStyle",
    "add_link",
    "add_page_numbers",
    "add_picture",
    "add_row",
    "add_spans",
    "add_text",
    "clean",
    "column_widths",
    "data_table",
    "emphasis_spans",
    "keep_together",
    "layout_table",
    "mark_header_row",
    "new_document",
    "save",
    "scaled_headings",
]
