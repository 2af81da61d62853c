"""The full report as a print page: the full and the large-print PDF differ only in their look."""

from __future__ import annotations

from focusreport.outline import Outline, Section
from focusreport.strings import Strings
from focusreport_html.markup import Child, Element, h
from focusreport_pdf.blocks import PrintBlocks, image
from focusreport_pdf.page import contents, heading, other_languages, page, sections


def full_page(outline: Outline, strings: Strings, title: str, style: str) -> Element:
    """Title, what the document is, who published it, the other languages, contents, then every section."""
    visitor = PrintBlocks(strings, outline.language.direction)

    def blocks(section: Section) -> list[Child]:
        headline: list[Child] = [h("p", {"class": "headline"}, image(section.picture, "headline"))] if section.picture else []
        return [*headline, *(visitor.visit(block) for block in section.blocks)]

    body: list[Child | None] = [
        heading(1, None, outline.title),
        h("p", {"class": "lead"}, outline.subject),
        *(visitor.visit(block) for block in outline.front),
        other_languages(outline),
        contents(outline),
        *sections(outline, blocks),
    ]
    return page(outline, title, style, [part for part in body if part is not None])
