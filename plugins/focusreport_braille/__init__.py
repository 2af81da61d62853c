"""Braille-ready files (BRF): English in Unified English Braille, Welsh and Polish braille, by liblouis.

The full wording of the outline, translated by liblouis (contracted by default) and
laid out for touch following UKAAF's principles for braille presentation: 40 cells by
25 lines, a title page, a contents page with braille page numbers, a braille page
number on every page, headings set apart by level, lists and tables (read as label and
value) as items, ratings in words. Pages are separated by form feeds and written in
North American Braille ASCII. See docs/braille.md.

liblouis is reached through ctypes inside :meth:`BrailleWriter.render`, so that listing
the formats loads nothing of it.
"""

from __future__ import annotations

from focusreport import Language, Option, WriterInput

GRADE = Option("grade", "2: contracted braille; 1: uncontracted (Polish is always uncontracted)", "2", choices=("1", "2"))
WIDTH = Option("width", "cells on a line", 40, minimum=28, maximum=42)
HEIGHT = Option("height", "lines on a page, the page number line included", 25, minimum=18, maximum=28)
VOLUME_PAGES = Option("volume-pages", "most pages in one volume, title page and contents included", 80, minimum=20, maximum=400)


class BrailleWriter:
    """Renders a report as a braille-ready file."""

    name = "braille"
    extension = "brf"
    media_type = "text/plain; charset=us-ascii"
    description = "Braille-ready file (BRF): UEB contracted English, Welsh or Polish braille, 40 cells by 25 lines, numbered pages"
    options = (GRADE, WIDTH, HEIGHT, VOLUME_PAGES)

    def unsupported(self, language: Language) -> str | None:
        """Why there is no braille for ``language`` (no liblouis table the writer knows), or ``None``."""
        from focusreport.errors import WriterError
        from focusreport_braille.codes import code_for

        try:
            code_for(language)
        except WriterError as error:
            return str(error)
        return None

    def render(self, source: WriterInput) -> bytes:
        from focusreport_braille.edition import Layout, render_braille

        options = source.options
        layout = Layout(
            width=_number(options.get(WIDTH.name, WIDTH.default)),
            height=_number(options.get(HEIGHT.name, HEIGHT.default)),
            grade=int(str(options.get(GRADE.name, GRADE.default))),
            volume_pages=_number(options.get(VOLUME_PAGES.name, VOLUME_PAGES.default)),
        )
        return render_braille(source.outline, source.strings, layout)


def _number(value: object) -> int:
    assert isinstance(value, int) and not isinstance(value, bool)
    return value
