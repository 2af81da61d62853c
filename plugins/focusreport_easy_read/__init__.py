"""Easy read as a Word document (UK Department of Health, Mencap and Inclusion Europe guidance).

The writer asks for the outline in easy wording and lays it out: the title, then a
heading for each section, then one idea per row in borderless layout tables with no
header row, the picture on the left and the words on the right. Arial 16pt (never
below 14pt), line spacing 1.5, left aligned; hard words in bold; a rating as its word
and meaning beside the level's picture; pictures inline with alternative text in the
document's language; the page number on every page; title, author (the council) and
language in the core properties; A4.

Where the content has no easy wording for an item yet, the outline gives its full
wording (``focusreport check`` on the content lists those items).
"""

from __future__ import annotations

from focusreport import Option, WriterInput

FONT_SIZE = Option("font-size", "body text size in points (headings are larger)", 16, minimum=14, maximum=28)


class EasyReadWriter:
    """Renders a report's easy-read outline as a Word document."""

    name = "easy-read"
    extension = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    description = "Easy read Word document: pictures left, words right, Arial 16pt, hard words explained"
    options = (FONT_SIZE,)
    wording = "easy"

    def render(self, source: WriterInput) -> bytes:
        from focusreport_easy_read.layout import render_easy_read

        size = source.options.get(FONT_SIZE.name, FONT_SIZE.default)
        assert isinstance(size, int) and not isinstance(size, bool)
        return render_easy_read(source.outline, source.strings, size)
