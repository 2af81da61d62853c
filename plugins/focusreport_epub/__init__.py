"""EPUB 3 with EPUB Accessibility 1.1 metadata, valid under EPUBCheck and DAISY Ace.

One chapter per part of the report, a navigation document with a table of contents
and landmarks, the two summary tables as data tables with header cells and captions,
and every rating written as a word and its meaning (colour is only an extra). The
bytes depend on the report alone: dates come from the report, zip entries carry a
fixed time, and ``mimetype`` comes first, stored.

ebooklib and lxml are imported inside :meth:`EpubWriter.render`, so that listing the
installed formats stays fast.
"""

from __future__ import annotations

from focusreport import Option, WriterInput


class EpubWriter:
    """Renders a report as an accessible EPUB 3 book."""

    name = "epub"
    extension = "epub"
    media_type = "application/epub+zip"
    description = "EPUB 3 e-book with EPUB Accessibility 1.1 metadata: chapters, contents, data tables, ratings in words"
    options: tuple[Option, ...] = ()

    def render(self, source: WriterInput) -> bytes:
        from focusreport_epub.book import make_book

        return make_book(source.report, source.strings)
