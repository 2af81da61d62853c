"""The book's chapters: which sections of the outline go together, and each chapter's XHTML.

The first chapter is the introduction: the document's title, who published it, what
it covers, and the run of prose sections (kind ``section``) that opens the report,
with the legend when it comes among them (it says how to read the ratings that
follow). Every other top-level section is a chapter of its own, its subsections
inside it. The book then has a handful of chapters of useful length, each one a
place a reader would want to jump to from the contents, and the same content always
makes the same chapters: kinds decide, never sizes.

Headings start at ``h1`` in every chapter and go one level down per section, so
they never skip a level whatever the outline's depth.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from lxml import etree

from focusreport.languages import LEFT_TO_RIGHT, direction
from focusreport.outline import LanguageLink, Outline, Section
from focusreport_epub import style
from focusreport_epub.blocks import OPS, XHTML, Blocks, Shown, add, append_text, mark_language

INTRODUCTORY = frozenset({"section", "legend"})
"""Kinds of top-level section that join the introduction when they lead the report."""

DEEPEST_HEADING = 6
_RESERVED = frozenset({"nav"})  # ebooklib's navigation document is nav.xhtml


@attrs.frozen
class Entry:
    """A subsection listed under its chapter in the contents: the fragment of its heading, its title and its own subsections."""

    anchor: str
    title: str
    entries: tuple[Entry, ...] = ()


@attrs.frozen
class Chapter:
    """One content document of the book."""

    file_name: str
    title: str
    """For the contents, the landmarks and the page's ``<title>``."""
    sections: tuple[Section, ...]
    entries: tuple[Entry, ...]
    introduction: bool = False
    landmarks: tuple[tuple[str, str], ...] = ()
    """``(epub:type, href)`` of each landmark in the chapter."""

    @property
    def uid(self) -> str:
        """The chapter's id in the package: an XML name, whatever its file is called."""
        return "page-" + self.file_name.removesuffix(".xhtml")


@attrs.frozen
class Page:
    """A chapter with its finished XHTML."""

    chapter: Chapter
    xhtml: bytes


def plan(outline: Outline, introduction_title: str) -> list[Chapter]:
    """The chapters of the book, in reading order (see the module's description)."""
    sections = list(outline.sections)
    leading = 0
    while leading < len(sections) and sections[leading].kind in INTRODUCTORY:
        leading += 1
    taken = set(_RESERVED)
    intro = tuple(sections[:leading])
    chapters = [_chapter(_unique("introduction", taken), introduction_title, intro, intro, introduction=True)]
    for section in sections[leading:]:
        title = section.title or next((inner.title for inner in section.walk() if inner.title), outline.title)
        chapters.append(_chapter(_unique(section.anchor, taken), title, (section,), section.sections))
    return chapters


def _chapter(
    file_name: str, title: str, sections: tuple[Section, ...], listed: Sequence[Section], *, introduction: bool = False
) -> Chapter:
    entries = _entries(listed)
    landmarks: list[tuple[str, str]] = []
    glossary = next((section for top in sections for section in top.walk() if section.kind == "glossary"), None)
    if glossary is not None:  # the whole chapter when it is the glossary, else the glossary's heading
        whole = not introduction and sections[0] is glossary
        landmarks.append(("glossary", file_name if whole else f"{file_name}#{glossary.anchor}"))
    return Chapter(file_name, title, sections, entries, introduction, tuple(landmarks))


def _entries(sections: Sequence[Section]) -> tuple[Entry, ...]:
    """Every heading among ``sections`` at its depth, so that the contents reach every part a reader may look for.

    A section without a heading lists its subsections in its place, as its page shows them.
    """
    entries: list[Entry] = []
    for section in sections:
        if section.title:
            entries.append(Entry(section.anchor, section.title, _entries(section.sections)))
        else:
            entries += _entries(section.sections)
    return tuple(entries)


def _unique(wanted: str, taken: set[str]) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}-{number}", number + 1
    taken.add(name)
    return f"{name}.xhtml"


def render(chapter: Chapter, outline: Outline, shown: Shown) -> Page:
    """The chapter as an XHTML content document in the book's language (and direction, through ``dir``)."""
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML, "epub": OPS})
    mark_language(root, outline.language.tag, LEFT_TO_RIGHT)
    head = add(root, "head")
    add(head, "meta", charset="utf-8")
    add(head, "title", chapter.title)
    add(head, "link", href=style.FILE_NAME, rel="stylesheet", type="text/css")
    blocks = Blocks(add(root, "body"), shown, direction(outline.language.tag))
    if chapter.introduction:
        _front(outline, blocks)
    for section in chapter.sections:
        _section(section, 2 if chapter.introduction else 1, blocks)
    xhtml = etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")
    return Page(chapter, xhtml)


def _front(outline: Outline, blocks: Blocks) -> None:
    """The title page: the title, the front matter, what the report covers, and the other languages it is in."""
    add(blocks.parent, "h1", outline.title)
    for block in outline.front:
        blocks.visit(block)
    add(blocks.parent, "p", outline.subject)
    for link in outline.other_languages:
        _other_language(link, blocks)


def _other_language(link: LanguageLink, blocks: Blocks) -> None:
    """Where the report is in another language, in that language's words.

    The other language's book is a separate file: a book can link only inside itself
    or to the web, so its name is given as text, for the reader to ask for or open.
    """
    paragraph = add(blocks.parent, "p", link.text, class_="other-language")
    mark_language(paragraph, link.language.tag, blocks.around)
    append_text(paragraph, " (")
    add(paragraph, "span", link.target, class_="file-name")
    append_text(paragraph, ")")


def _section(section: Section, level: int, blocks: Blocks) -> None:
    """A section's heading at ``level``, its picture, its blocks, then its subsections one level down.

    A section without words for a heading adds no level, so its subsections keep the
    order of headings unbroken.
    """
    inner = level
    if section.title:
        add(blocks.parent, f"h{min(level, DEEPEST_HEADING)}", section.title, id=section.anchor)
        inner = level + 1
    blocks.figure(section.picture)
    for block in section.blocks:
        blocks.visit(block)
    for subsection in section.sections:
        _section(subsection, inner, blocks)


def pages(outline: Outline, introduction_title: str) -> tuple[list[Page], Shown]:
    """Every chapter's page, and what they show (pictures, rating colours)."""
    shown = Shown()
    return [render(chapter, outline, shown) for chapter in plan(outline, introduction_title)], shown
