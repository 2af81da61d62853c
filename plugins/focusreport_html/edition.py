"""A bilingual edition as one HTML page: each section's languages side by side, the first language first.

Every section has one heading that says its title in each language, then one column
per language holding that section's own words (the style sheet sets the columns side
by side on a wide screen and one after the other on a narrow one). Each passage is in
an element with its ``lang`` (and ``dir`` where its direction differs from the page's),
so that a screen reader switches voice, and the passages of one language, read in
order, are the whole report in that language. The page's own language is the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from focusreport.edition import Aligned, Edition
from focusreport.languages import Language
from focusreport.outline import EASY, Block
from focusreport.strings import Strings
from focusreport_html.blocks import BlockElements
from focusreport_html.markup import Child, Element, h
from focusreport_html.page import CONTENTS, DEEPEST_HEADING, MAIN, footer_contact, page_head
from focusreport_html.pictures import Pictures

TITLE_SEPARATOR = " / "
"""Between the titles in each language, where only one line of text can hold them (the window's title)."""


class EditionPageBuilder:
    """Turns a bilingual edition into the element tree of its page."""

    def __init__(self, edition: Edition, *, style: str) -> None:
        self.edition = edition
        self.style = style
        self.direction = edition.first.language.direction
        self.pictures = Pictures(described=edition.first.wording == EASY)
        self.blocks = [BlockElements(self.pictures, outline.language.direction) for outline in edition.outlines]

    def page(self) -> Element:
        outlines = self.edition.outlines
        first = self.edition.first
        head = page_head(TITLE_SEPARATOR.join(outline.title for outline in outlines), first, self.style)
        skip_links = [
            h("a", {"class": "skip-link", "href": f"#{MAIN}", **self.marks(index)}, strings.format("html-skip-link"))
            for index, strings in enumerate(self.edition.strings)
        ]
        body = h(
            "body",
            {"class": "edition"},
            *skip_links,
            h("header", None, self.pair([h("p", {"class": "council"}, outline.council) for outline in outlines])),
            h("main", {"id": MAIN, "tabindex": "-1"}, *self.main()),
            self.footer(),
            self.pictures.store(),
        )
        return h("html", {"lang": first.language.tag, "dir": self.direction}, head, body)

    def marks(self, index: int) -> dict[str, str | None]:
        return language_marks(self.edition.outlines[index].language, self.direction)

    def pair(self, columns: Sequence[Child | list[Child]]) -> Element:
        """One column per language, in the edition's order, each marked with its language."""
        cells = []
        for index, column in enumerate(columns):
            children = column if isinstance(column, list) else [column]
            cells.append(h("div", {"class": "edition-column", **self.marks(index)}, *children))
        return h("div", {"class": "edition-pair"}, *cells)

    def titles(self, titles: Sequence[str]) -> list[Child]:
        """A heading's words in each language, each in its own element with its language; a space between, so no words run together."""
        found: list[Child] = []
        for index, title in enumerate(titles):
            if index:
                found.append(" ")
            found.append(h("span", self.marks(index), title))
        return found

    def main(self) -> list[Child]:
        outlines = self.edition.outlines
        parts: list[Child] = [
            h("h1", {"class": "edition-heading"}, *self.titles([outline.title for outline in outlines])),
            self.pair([h("p", {"class": "lead"}, outline.subject) for outline in outlines]),
        ]
        contents = [outline.contents() for outline in outlines]
        if contents[0]:
            entries = [
                h("li", None, h("a", {"href": f"#{entry[0][0]}", "class": "edition-heading"}, *self.titles([title for _, title in entry])))
                for entry in zip(*contents, strict=True)
            ]
            parts.append(
                h(
                    "nav",
                    {"aria-labelledby": CONTENTS},
                    h("h2", {"id": CONTENTS, "class": "edition-heading"}, *self.titles([outline.contents_title for outline in outlines])),
                    h("ol", {"class": "contents"}, *entries),
                )
            )
        for section in self.edition.aligned():
            parts += self.section(section)
        return parts

    def section(self, aligned: Aligned) -> list[Child]:
        """The section's heading in every language, its words in a column per language, then the sections inside it."""
        parts: list[Child] = [self.heading(aligned)]
        columns: list[list[Child]] = []
        for index, section in enumerate(aligned.sections):
            column: list[Child] = [*self.pictures.headline(section.picture)]
            column += [self.blocks[index].visit(block) for block in section.blocks]
            columns.append(column)
        if any(columns):
            parts.append(self.pair(columns))
        for inner in aligned.inner:
            parts += self.section(inner)
        return parts

    def heading(self, aligned: Aligned) -> Element:
        """``h2`` to ``h6`` holding the title in each language; below that, an element with the heading role."""
        titles = self.titles([section.title for section in aligned.sections])
        if aligned.level <= DEEPEST_HEADING:
            return h(f"h{aligned.level}", {"id": aligned.anchor, "class": "edition-heading"}, *titles)
        attributes = {"id": aligned.anchor, "class": "deep-heading edition-heading", "role": "heading", "aria-level": str(aligned.level)}
        return h("p", attributes, *titles)

    def footer(self) -> Element:
        columns: list[list[Child]] = [[] for _ in self.edition.outlines]
        for blocks in self.edition.front():
            self._add(columns, blocks)
        for index, strings in enumerate(self.edition.strings):
            columns[index] += footer_contact(self.edition.outlines[index], strings, self.blocks[index])
            columns[index].append(h("p", None, _summary(strings)))
        return h("footer", None, self.pair(columns))

    def _add(self, columns: list[list[Child]], blocks: tuple[Block, ...]) -> None:
        for index, block in enumerate(blocks):
            columns[index].append(self.blocks[index].visit(block))


def language_marks(language: Language, page_direction: str) -> dict[str, str | None]:
    """The attributes of a passage in ``language``: its ``lang``, and its ``dir`` where it differs from the page's."""
    found: dict[str, str | None] = {"lang": language.tag}
    if language.direction != page_direction:
        found["dir"] = language.direction
    return found


def _summary(strings: Strings) -> str:
    return strings.format("accessibility-summary")
