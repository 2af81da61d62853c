"""A bilingual edition in large print: each section's heading in every language, then its words in each language in turn.

Why section by section, not one language's half then the other's: a reader who reads
both languages (a Welsh learner, a family reading together) finds the same figures a
page apart, not fifty pages apart; a reader of one language skips the other's few
paragraphs under each heading, and the headings (in the navigation pane and the
contents) lead both readers to the same place. Side-by-side columns would halve the
line at 18pt, too short to read, so the languages follow each other. Every run and
the styles carry their language (``w:lang``), so Word's proofing and a screen reader
switch language with the text.
"""

from __future__ import annotations

import attrs
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as WordParagraph

from focusreport.edition import Aligned, Edition
from focusreport.outline import Block, Table
from focusreport_large_print.blocks import Blocks
from focusreport_large_print.hyphens import keep_hyphenated_words_whole
from focusreport_large_print.layout import DEEPEST_HEADING, MARGIN_CM
from focusreport_large_print.links import Bookmarks
from focusreport_large_print.lists import Lists
from focusreport_large_print.pages import Pages
from focusreport_large_print.styles import prepare
from focusreport_large_print.widths import Place, layout
from focusreport_wordprocessing import CoreProperties, Page, TextStyle, add_page_numbers, add_text, new_document, save, scaled_headings
from focusreport_wordprocessing.direction import set_directions
from focusreport_wordprocessing.text import set_run_language

TITLE_SEPARATOR = " / "
"""Between the document's titles in each language, in its properties: one line of text holds them all."""


def render_large_print_edition(edition: Edition, size: int) -> bytes:
    """The large-print .docx of a bilingual edition, body text ``size`` points."""
    first = edition.first
    language = first.language.tag
    style = TextStyle("Arial", size, scaled_headings(size))
    document = new_document(language, Page(MARGIN_CM), style)
    prepare(document, style.space_after)
    others = [(outline.language.tag, strings) for outline, strings in zip(edition.outlines[1:], edition.strings[1:], strict=True)]
    add_page_numbers(document, language, edition.strings[0], others)
    _EditionPrint(document, edition, size).write()
    keep_hyphenated_words_whole(document.element.body)
    set_directions(document, edition.languages)
    titles = [
        strings.format("large-print-title", title=outline.title) for outline, strings in zip(edition.outlines, edition.strings, strict=True)
    ]
    properties = attrs.evolve(CoreProperties.of_outline(first, edition.strings[0], "large-print-title"), title=TITLE_SEPARATOR.join(titles))
    return save(document, properties)


class _EditionPrint:
    def __init__(self, document: DocumentObject, edition: Edition, size: int) -> None:
        self.document = document
        self.edition = edition
        self.size = size
        self.languages = [outline.language.tag for outline in edition.outlines]
        self.blocks = [
            Blocks(document, strings, outline.language.tag, size, MARGIN_CM)
            for outline, strings in zip(edition.outlines, edition.strings, strict=True)
        ]
        self.pages = Pages(document)
        self.bookmarks = Bookmarks()

    def wide(self, blocks: tuple[Block, ...]) -> bool:
        return any(isinstance(block, Table) and layout(block, self.size, MARGIN_CM).place is Place.LANDSCAPE for block in blocks)

    def landscape(self, unit: Aligned) -> bool:
        """Whether the section starts on landscape pages: a table of its own, in any language, needs them, or its first subsection's."""
        if unit.sections[0].blocks or not unit.inner:
            return any(self.wide(section.blocks) for section in unit.sections)
        return self.landscape(unit.inner[0])

    def titles(self, paragraph: WordParagraph, titles: list[str]) -> None:
        """Each language's words on a line of their own in runs tagged with its language (the line break in the first)."""
        for index, (language, title) in enumerate(zip(self.languages, titles, strict=True)):
            if index:
                line_break = paragraph.add_run()
                line_break.add_break()
                set_run_language(line_break, self.languages[0])
            add_text(paragraph, title, language)

    def in_turn(self, index: int, blocks: tuple[Block, ...]) -> None:
        """The blocks in the edition's ``index``-th language; after the first language, a rule above them shows where it starts."""
        body = self.document.element.body
        # New paragraphs go before the body's closing section properties, when it has them.
        start = len(body) - (1 if len(body) and body[-1].tag == qn("w:sectPr") else 0)
        before = len(body)
        for block in blocks:
            self.blocks[index].visit(block)
        if index and len(body) > before and body[start].tag == qn("w:p"):
            rule_above(body[start])

    def write(self) -> None:
        outlines = self.edition.outlines
        self.titles(self.document.add_paragraph(style="Heading 1"), [outline.title for outline in outlines])
        self.pages.turn(any(self.wide(outline.front) for outline in outlines))
        for index, outline in enumerate(outlines):
            self.in_turn(index, outline.front)
        self.contents()
        for unit in self.edition.aligned():
            self.section(unit)

    def contents(self) -> None:
        """The contents list: a heading, then a link to each top-level section, in every language."""
        outlines = self.edition.outlines
        if not outlines[0].sections:
            return
        self.pages.turn(False)
        self.titles(self.document.add_paragraph(style="Heading 2"), [outline.contents_title for outline in outlines])
        lists = Lists(self.document)
        for unit in self.edition.aligned():
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), self.bookmarks.name(unit.anchor))
            link.set(qn("w:history"), "1")
            paragraph = lists.bulleted()
            self.titles(paragraph, [section.title for section in unit.sections])
            for run in list(paragraph.runs):
                link.append(run._r)
            paragraph._p.append(link)

    def section(self, unit: Aligned) -> None:
        self.pages.turn(self.landscape(unit))
        heading = self.document.add_paragraph(style=f"Heading {min(unit.level, DEEPEST_HEADING)}")
        self.titles(heading, [section.title for section in unit.sections])
        self.bookmarks.mark(heading, unit.anchor)
        for index, section in enumerate(unit.sections):
            self.in_turn(index, section.blocks)
        for inner in unit.inner:
            self.section(inner)


_AFTER_BORDER: tuple[str, ...] = (
    *("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct"),
    *("w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind"),
    *("w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment"),
    *("w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
)
"""What follows ``w:pBdr`` in a paragraph's properties, in the order the schema requires."""


def rule_above(paragraph: BaseOxmlElement) -> None:
    """A line across the page above ``paragraph``, with room: where the next language begins, seen at a glance."""
    properties = paragraph.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for name, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "12"), ("w:color", "auto")):
        top.set(qn(name), value)
    borders.append(top)
    properties.insert_element_before(borders, *_AFTER_BORDER)
