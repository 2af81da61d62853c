"""From the outline to the finished PDF: the print page, WeasyPrint, then the tagging fixes."""

from __future__ import annotations

from focusreport.edition import Edition
from focusreport.outline import Outline
from focusreport.strings import Strings
from focusreport_html.markup import Element, document
from focusreport_pdf.easyread import easy_read_page
from focusreport_pdf.edition import TITLE_SEPARATOR, edition_page
from focusreport_pdf.full import full_page
from focusreport_pdf.nobreak import keep_hyphenated_words
from focusreport_pdf.style import Look, style_sheet
from focusreport_pdf.tagging import finish
from focusreport_pdf.weasy import tagged_pdf

FULL_LINE_HEIGHT = 1.4
CLEAR_PRINT_LINE_HEIGHT = 1.5


def full_pdf(outline: Outline, strings: Strings, size: int, *, large: bool) -> bytes:
    """The full report; ``large`` gives clear print (wider spacing, wider margins, no split words)."""
    if large:
        look = Look(size, CLEAR_PRINT_LINE_HEIGHT, hyphenate=False, margin_mm=20)
        title = strings.format("large-print-title", title=outline.title)
    else:
        look = Look(size, FULL_LINE_HEIGHT, hyphenate=False, margin_mm=20)
        title = outline.title
    page = full_page(outline, strings, title, style_sheet(look, strings))
    if large:
        page = keep_hyphenated_words(page)
    return _pdf(page, outline, title)


def full_edition_pdf(edition: Edition, size: int, *, large: bool) -> bytes:
    """A bilingual edition of the full report, each section in every language in turn; ``large`` as for :func:`full_pdf`."""
    if large:
        look = Look(size, CLEAR_PRINT_LINE_HEIGHT, hyphenate=False, margin_mm=20)
        titles = [
            strings.format("large-print-title", title=outline.title)
            for outline, strings in zip(edition.outlines, edition.strings, strict=True)
        ]
    else:
        look = Look(size, FULL_LINE_HEIGHT, hyphenate=False, margin_mm=20)
        titles = [outline.title for outline in edition.outlines]
    page = edition_page(edition, titles, style_sheet(look, *edition.strings))
    if large:
        page = keep_hyphenated_words(page)
    return _pdf(page, edition.first, TITLE_SEPARATOR.join(titles))


def easy_read_pdf(outline: Outline, strings: Strings, size: int) -> bytes:
    """The easy-read outline, one idea per row."""
    look = Look(size, CLEAR_PRINT_LINE_HEIGHT, hyphenate=False, margin_mm=18)
    title = strings.format("easy-read-title", title=outline.title)
    return _pdf(keep_hyphenated_words(easy_read_page(outline, strings, title, style_sheet(look, strings))), outline, title)


def _pdf(root: Element, outline: Outline, title: str) -> bytes:
    return finish(tagged_pdf(document(root)), outline, title)
