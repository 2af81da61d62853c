"""Easy read as a Word document (UK Department of Health, Mencap and Inclusion Europe guidance).

Picture on the left, words on the right, one idea per row, in borderless layout
tables with no header row; Arial 16pt (never below 14pt), line spacing 1.5, left
aligned; hard words in bold where they occur and explained in a "Hard words" list;
ratings as a word and its meaning beside the traffic-light picture; pictures inline
with alternative text in the document's language; title, author (the council) and
language in the core properties; A4.

Each item's easy-read wording is used, or its full wording where the content has
none yet (``focusreport check`` on the content lists those items).
"""

from __future__ import annotations

from focusreport import Option, WriterInput

FONT_SIZE = Option("font-size", "body text size in points (headings are larger)", 16, minimum=14, maximum=28)


class EasyReadWriter:
    """Renders a report as an easy-read Word document."""

    name = "easy-read"
    extension = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    description = "Easy read Word document: pictures left, words right, Arial 16pt, hard words explained"
    options = (FONT_SIZE,)

    def render(self, source: WriterInput) -> bytes:
        from focusreport_easy_read.layout import render_easy_read

        size = source.options.get(FONT_SIZE.name, FONT_SIZE.default)
        assert isinstance(size, int) and not isinstance(size, bool)
        return render_easy_read(source.report, source.strings, size)
