"""A bilingual edition as one PDF: each section in every language in turn, the first language first.

As in the large-print Word edition, each section's heading says its title in every
language, then the section's words follow in each language in turn, so that a reader
of both finds the same figures close together and a reader of one skips a passage.
Each passage is an element with its ``lang`` (and ``dir`` where its direction differs),
which becomes the ``/Lang`` of its structure element, so a screen reader switches voice
and the passages of one language, read in order, are the whole report in that language.
The page numbers say "page N of M" in every language of the edition.
"""

from __future__ import annotations

from focusreport.edition import Aligned, Edition
from focusreport_html.edition import language_marks
from focusreport_html.markup import Child, Element, h
from focusreport_pdf.blocks import PrintBlocks, image
from focusreport_pdf.page import DEEPEST_HEADING, page

TITLE_SEPARATOR = " / "
"""Between the titles in each language, where one line of text holds them all (the window's title)."""


class EditionPage:
    """Turns a bilingual edition into the print page of the full (or large-print) PDF."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.direction = edition.first.language.direction
        self.visitors = [
            PrintBlocks(strings, outline.language.direction) for outline, strings in zip(edition.outlines, edition.strings, strict=True)
        ]

    def marks(self, index: int) -> dict[str, str | None]:
        return language_marks(self.edition.outlines[index].language, self.direction)

    def titles(self, titles: list[str]) -> list[Child]:
        """A heading's words in each language, each in its own element with its language, a line apart."""
        found: list[Child] = []
        for index, title in enumerate(titles):
            if index:
                found.append(h("br", None))
            found.append(h("span", self.marks(index), title))
        return found

    def links(self, anchor: str, titles: list[str]) -> list[Child]:
        """A contents entry: a link to the section in each language, each marked with its language, a line apart.

        One link per language, not one link around every language's words: WeasyPrint tags a link
        whose words are in elements of their own as spans, leaving its annotation outside any ``Link``.
        """
        found: list[Child] = []
        for index, title in enumerate(titles):
            if index:
                found.append(h("br", None))
            found.append(h("a", {"href": f"#{anchor}", **self.marks(index)}, title))
        return found

    def heading(self, level: int, anchor: str | None, titles: list[str]) -> Element:
        return h(f"h{min(level, DEEPEST_HEADING)}", {"id": anchor} if anchor else None, *self.titles(titles))

    def in_turn(self, columns: list[list[Child]]) -> list[Child]:
        """Each language's part of a section, one after the other, each marked with its language."""
        return [h("div", {"class": "edition-passage", **self.marks(index)}, *column) for index, column in enumerate(columns) if column]

    def body(self, document_titles: list[str]) -> list[Child]:
        outlines = self.edition.outlines
        body: list[Child] = [self.heading(1, None, document_titles)]
        body += self.in_turn([[h("p", {"class": "lead"}, outline.subject)] for outline in outlines])
        body += self.in_turn([[self.visitors[index].visit(block) for block in outline.front] for index, outline in enumerate(outlines)])
        contents = [outline.contents() for outline in outlines]
        if contents[0]:
            items = [h("li", None, *self.links(entry[0][0], [title for _, title in entry])) for entry in zip(*contents, strict=True)]
            body.append(h("nav", None, self.heading(2, None, [outline.contents_title for outline in outlines]), h("ol", None, *items)))
        for aligned in self.edition.aligned():
            body += self.section(aligned)
        return body

    def section(self, aligned: Aligned) -> list[Child]:
        parts: list[Child] = [self.heading(aligned.level, aligned.anchor, [section.title for section in aligned.sections])]
        columns: list[list[Child]] = []
        for index, section in enumerate(aligned.sections):
            column: list[Child] = [h("p", {"class": "headline"}, image(section.picture, "headline"))] if section.picture else []
            column += [self.visitors[index].visit(block) for block in section.blocks]
            columns.append(column)
        parts += self.in_turn(columns)
        for inner in aligned.inner:
            parts += self.section(inner)
        return parts


def edition_page(edition: Edition, document_titles: list[str], style: str) -> Element:
    """The whole print page of ``edition``, in the first language's direction, titled in every language."""
    return page(edition.first, TITLE_SEPARATOR.join(document_titles), style, EditionPage(edition).body(document_titles))
