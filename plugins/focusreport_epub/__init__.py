"""EPUB 3 with EPUB Accessibility 1.1 metadata, valid under EPUBCheck and DAISY Ace.

An introduction (the title, the front matter and the leading sections), then one
chapter per other top-level section of the outline; a navigation document with a
table of contents and landmarks; data tables with header cells and captions; every
rating written as a word and its meaning (colour is only an extra). The bytes depend
on the outline alone: dates come from the report, zip entries carry a fixed time,
and ``mimetype`` comes first, stored.

ebooklib and lxml are imported inside :meth:`EpubWriter.render`, so that listing the
installed formats stays fast. A bilingual edition (``cy+en``) is one book: see
:mod:`focusreport_epub.edition`.
"""

from __future__ import annotations

from focusreport import Option, WriterInput


class EpubWriter:
    """Renders a report's outline as an accessible EPUB 3 book."""

    name = "epub"
    extension = "epub"
    media_type = "application/epub+zip"
    description = "EPUB 3 e-book with EPUB Accessibility 1.1 metadata: chapters, contents, data tables, ratings in words"
    options: tuple[Option, ...] = ()
    editions = True

    def render(self, source: WriterInput) -> bytes:
        from focusreport_epub.book import make_book

        if source.edition is not None:
            from focusreport_epub.edition import make_edition_book

            return make_edition_book(source.edition)

        return make_book(source.outline, source.strings)
