"""Tagged PDF (PDF/UA-1) of the report: in full, in large print and in easy read.

Each writer lays the outline out as an HTML page made for print (its own print
style sheet, an embedded sans serif font, A4 pages numbered in the document's
language), WeasyPrint turns that page into a tagged PDF, and a last pass with
pikepdf adds what WeasyPrint leaves out (table header scope, the language of
passages in another language, page numbers as artifacts). The same outline gives
the same bytes every time. The full and large-print PDFs also make bilingual
editions (``cy+en``): each section in every language in turn.
"""

from __future__ import annotations

from focusreport import Option, WriterInput

FULL_SIZE = Option("font-size", "body text size in points (headings are larger)", 12, minimum=11, maximum=24)
LARGE_SIZE = Option("font-size", "body text size in points (headings are larger)", 18, minimum=16, maximum=36)
EASY_SIZE = Option("font-size", "body text size in points (headings are larger)", 16, minimum=14, maximum=28)

MEDIA_TYPE = "application/pdf"


def _size(source: WriterInput, option: Option) -> int:
    size = source.options.get(option.name, option.default)
    assert isinstance(size, int) and not isinstance(size, bool)
    return size


class PdfWriter:
    """Renders the full report as a tagged, accessible PDF."""

    name = "pdf"
    extension = "pdf"
    media_type = MEDIA_TYPE
    description = "Tagged PDF (PDF/UA-1): the full report on A4, bookmarks, contents with page numbers"
    options = (FULL_SIZE,)
    editions = True

    def render(self, source: WriterInput) -> bytes:
        from focusreport_pdf.render import full_edition_pdf, full_pdf

        if source.edition is not None:
            return full_edition_pdf(source.edition, _size(source, FULL_SIZE), large=False)

        return full_pdf(source.outline, source.strings, _size(source, FULL_SIZE), large=False)


class LargePrintPdfWriter:
    """Renders the full report as a large-print tagged PDF (the large-print Word writer's rules)."""

    name = "large-print-pdf"
    extension = "pdf"
    media_type = MEDIA_TYPE
    description = "Large print tagged PDF (PDF/UA-1): 18pt sans serif, 1.5 spacing, contents, no split words, A4"
    options = (LARGE_SIZE,)
    editions = True

    def render(self, source: WriterInput) -> bytes:
        from focusreport_pdf.render import full_edition_pdf, full_pdf

        if source.edition is not None:
            return full_edition_pdf(source.edition, _size(source, LARGE_SIZE), large=True)

        return full_pdf(source.outline, source.strings, _size(source, LARGE_SIZE), large=True)


class EasyReadPdfWriter:
    """Renders the easy-read outline as a tagged PDF (the easy-read Word writer's rules)."""

    name = "easy-read-pdf"
    extension = "pdf"
    media_type = MEDIA_TYPE
    description = "Easy read tagged PDF (PDF/UA-1): pictures left, words right, 16pt, cover page, hard words explained"
    options = (EASY_SIZE,)
    wording = "easy"

    def render(self, source: WriterInput) -> bytes:
        from focusreport_pdf.render import easy_read_pdf

        return easy_read_pdf(source.outline, source.strings, _size(source, EASY_SIZE))
