"""One accessible HTML page, following GOV.UK's advice to publish in HTML.

The page stands alone: its style sheet is inline and its pictures are embedded,
so it works from a file, an email attachment or a web server. It has ``lang``
(and ``dir``), landmarks, a skip link, a contents list, headings in order, data
tables with captions and header cells, and every rating in words beside an icon
whose shape follows the level's place on its scale. It reflows at 320 CSS
pixels, follows the reader's dark mode and prints cleanly. It lays out the
outline it is given; every word, heading and number comes from there.

A bilingual edition (``cy+en``) is one page holding each language: see
:mod:`focusreport_html.edition`.
"""

from __future__ import annotations

from importlib.resources import files

from focusreport import Option, WriterInput


class HtmlWriter:
    """Renders a report as one self-contained, accessible HTML page."""

    name = "html"
    extension = "html"
    media_type = "text/html; charset=utf-8"
    description = "One accessible web page: landmarks, contents, data tables, dark mode, reflows at 320 px"
    options = (Option("wording", "full: the report's own wording; easy: the easy-read wording", "full", choices=("full", "easy")),)
    editions = True

    def render(self, source: WriterInput) -> bytes:
        from focusreport_html.markup import document
        from focusreport_html.page import PageBuilder

        style = files(__name__).joinpath("style.css").read_text(encoding="utf-8")
        if source.edition is not None:
            from focusreport_html.edition import EditionPageBuilder

            style += files(__name__).joinpath("edition.css").read_text(encoding="utf-8")
            return document(EditionPageBuilder(source.edition, style=style).page())
        return document(PageBuilder(source.outline, source.strings, style=style).page())
