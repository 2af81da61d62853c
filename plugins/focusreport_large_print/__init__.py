"""Large print as a Word document (RNIB clear print guidance).

The full wording of the outline: Arial 18pt by default (never below 16pt), larger
bold headings, left aligned, line spacing 1.5, A4 with wide margins, a page number
on every page and a contents list. Layout never uses tables; data tables have a
header row that repeats on every page, and no word is split across lines: a table
too wide for a portrait page gets landscape pages. Lists are real Word lists.
Title, author (the council) and language are set. A bilingual edition (``cy+en``)
gives each section in every language in turn: see :mod:`focusreport_large_print.edition`.
"""

from __future__ import annotations

from focusreport import Option, WriterInput

FONT_SIZE = Option("font-size", "body text size in points (headings are larger)", 18, minimum=16, maximum=36)


class LargePrintWriter:
    """Renders a report as a large-print Word document."""

    name = "large-print"
    extension = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    description = "Large print Word document: the full report in Arial 18pt, 1.5 spacing, wide margins"
    options = (FONT_SIZE,)
    editions = True

    def render(self, source: WriterInput) -> bytes:
        from focusreport_large_print.layout import render_large_print

        size = source.options.get(FONT_SIZE.name, FONT_SIZE.default)
        assert isinstance(size, int) and not isinstance(size, bool)
        if source.edition is not None:
            from focusreport_large_print.edition import render_large_print_edition

            return render_large_print_edition(source.edition, size)
        return render_large_print(source.outline, source.strings, size)
