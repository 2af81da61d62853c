"""A bilingual edition as one EPUB: the chapters of the single-language book, each section in every language in turn.

An e-reader shows one column, so the languages follow each other rather than stand
side by side: each section has one heading that says its title in every language
(each title marked with its language), then the section's words in the first
language, then in the next, each in an element with its ``lang`` and ``xml:lang``.
A reader following one language skips the other's block, which a screen reader
announces by switching voice. The package names every language (``dc:language``,
the first being the book's own), and the chapters are the same as the single-language
book's: the first language's sections decide them, and every language has the same.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import attrs
from ebooklib import epub
from lxml import etree

from focusreport.edition import Aligned, Edition
from focusreport.languages import LEFT_TO_RIGHT, RIGHT_TO_LEFT
from focusreport_epub import style
from focusreport_epub.blocks import OPS, XHTML, Blocks, Element, Shown, add, append_text, mark_language
from focusreport_epub.book import _accessibility, assemble, identifier
from focusreport_epub.pages import DEEPEST_HEADING, Chapter, Entry, Page, plan
from focusreport_epub.safety import check_outline

TITLE_SEPARATOR = " / "
"""Between the titles in each language where one line of text holds them: the contents, the package's title."""


EDITION_STYLE = """
/* A bilingual edition: each language's title on a line of its own; each language's words set apart. */
.edition-title {
  display: block;
}
.edition-language + .edition-language {
  margin-top: 1em;
  padding-top: 0.5em;
  border-top: 1px solid currentColor;
}
"""


def make_edition_book(edition: Edition) -> bytes:
    """The finished EPUB file of ``edition``."""
    for outline in edition.outlines:
        check_outline(outline)
    first = edition.first
    made, shown = edition_pages(edition)
    writing = first.language.direction

    book = epub.EpubBook()
    book.set_identifier(_identifier(edition))
    book.set_title(_joined(outline.title for outline in edition.outlines))
    book.set_language(first.language.tag)
    for outline in edition.outlines[1:]:
        book.add_metadata("DC", "language", outline.language.tag)
    if writing == RIGHT_TO_LEFT:
        book.set_direction(writing)
    book.add_author(first.council)
    book.add_metadata("DC", "publisher", first.council)
    book.add_metadata("DC", "date", first.published.isoformat())
    book.add_metadata("DC", "description", first.subject)
    _accessibility(book, first, edition.strings[0], shown)

    css = (style.stylesheet(shown.colours) + EDITION_STYLE).encode("utf-8")
    contents_title = _joined(outline.contents_title for outline in edition.outlines)
    landmark_title = _joined(strings.format("epub-landmarks") for strings in edition.strings)
    return assemble(book, css, first, made, contents_title=contents_title, landmark_title=landmark_title)


def _identifier(edition: Edition) -> str:
    """A stable identifier for the edition, apart from each single-language book's."""
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(identifier(edition.first).removeprefix('urn:uuid:')), edition.code)}"


def _joined(titles: Iterable[str]) -> str:
    return TITLE_SEPARATOR.join(titles)


def edition_pages(edition: Edition) -> tuple[list[Page], Shown]:
    """Every chapter's page, as the first language's book plans them, and what they show."""
    aligned = {unit.anchor: unit for unit in edition.walk()}
    introduction = _joined(strings.format("epub-introduction") for strings in edition.strings)
    shown = Shown()
    made = []
    for chapter in plan(edition.first, introduction):
        units = tuple(aligned[section.anchor] for section in chapter.sections)
        titled = _titled(chapter, units, aligned)
        made.append(_render(titled, units, edition, shown))
    return made, shown


def _titled(chapter: Chapter, units: tuple[Aligned, ...], aligned: dict[str, Aligned]) -> Chapter:
    """The chapter with its title and contents entries in every language."""
    entries = tuple(Entry(entry.anchor, _joined(section.title for section in aligned[entry.anchor].sections)) for entry in chapter.entries)
    if chapter.introduction:
        return attrs.evolve(chapter, entries=entries)
    title = _joined(section.title for section in units[0].sections) if units and units[0].sections[0].title else chapter.title
    return attrs.evolve(chapter, title=title, entries=entries)


class _Page:
    """One chapter's XHTML, built section by section."""

    def __init__(self, body: Element, edition: Edition, shown: Shown) -> None:
        self.body = body
        self.edition = edition
        self.shown = shown
        self.around = edition.first.language.direction

    def titles(self, element: Element, titles: list[str]) -> None:
        """Each language's title in its own span, marked with its language; a space between, so that no words run together."""
        for index, (outline, title) in enumerate(zip(self.edition.outlines, titles, strict=True)):
            if index:
                append_text(element, " ")
            mark_language(add(element, "span", title, class_="edition-title"), outline.language.tag, self.around)

    def column(self, index: int) -> Blocks:
        """A block of the page in the edition's ``index``-th language, to put that language's blocks in."""
        language = self.edition.outlines[index].language
        division = add(self.body, "div", class_="edition-language")
        mark_language(division, language.tag, self.around)
        return Blocks(division, self.shown, language.direction)

    def front(self) -> None:
        heading = add(self.body, "h1")
        self.titles(heading, [outline.title for outline in self.edition.outlines])
        for index, outline in enumerate(self.edition.outlines):
            blocks = self.column(index)
            for block in outline.front:
                blocks.visit(block)
            add(blocks.parent, "p", outline.subject)

    def section(self, unit: Aligned, level: int) -> None:
        """The heading in every language, the section's words in each language in turn, then its subsections."""
        inner = level
        if unit.sections[0].title:
            heading = add(self.body, f"h{min(level, DEEPEST_HEADING)}", id=unit.anchor)
            self.titles(heading, [section.title for section in unit.sections])
            inner = level + 1
        for index, section in enumerate(unit.sections):
            if section.picture is None and not section.blocks:
                continue
            blocks = self.column(index)
            blocks.figure(section.picture)
            for block in section.blocks:
                blocks.visit(block)
        for subsection in unit.inner:
            self.section(subsection, inner)


def _render(chapter: Chapter, units: tuple[Aligned, ...], edition: Edition, shown: Shown) -> Page:
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML, "epub": OPS})
    mark_language(root, edition.first.language.tag, LEFT_TO_RIGHT)
    head = add(root, "head")
    add(head, "meta", charset="utf-8")
    add(head, "title", chapter.title)
    add(head, "link", href=style.FILE_NAME, rel="stylesheet", type="text/css")
    page = _Page(add(root, "body"), edition, shown)
    if chapter.introduction:
        page.front()
    for unit in units:
        page.section(unit, 2 if chapter.introduction else 1)
    xhtml = etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")
    return Page(chapter, xhtml)
