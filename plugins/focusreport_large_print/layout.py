"""The large-print document: the outline's title, front matter, contents and sections, in order.

The title is Heading 1 and each section's heading is the heading of its level, so
the headings never skip a level. A contents list of the top-level sections follows
the front matter, each entry a link to its section. A section whose own table is
too wide for a portrait page is set, heading and all, on landscape pages; a section
with nothing of its own before its subsections turns with its first subsection, so
that its heading is never left alone on the page before.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as WordParagraph

from focusreport.outline import Block, Definitions, ItemList, Outline, Paragraph, Section, Table
from focusreport.strings import Strings
from focusreport_large_print.blocks import Blocks
from focusreport_large_print.hyphens import keep_hyphenated_words_whole
from focusreport_large_print.links import Bookmarks
from focusreport_large_print.lists import Lists
from focusreport_large_print.pages import Pages
from focusreport_large_print.styles import prepare
from focusreport_large_print.widths import Place, layout
from focusreport_wordprocessing import (
    CoreProperties,
    Page,
    TextStyle,
    add_link,
    add_page_numbers,
    add_text,
    new_document,
    save,
    scaled_headings,
)
from focusreport_wordprocessing.direction import set_directions

MARGIN_CM = 2.5
DEEPEST_HEADING = 9
"""Word's built-in heading styles end at Heading 9."""


def render_large_print(outline: Outline, strings: Strings, size: int) -> bytes:
    """The large-print .docx of ``outline``, body text ``size`` points."""
    language = outline.language.tag
    style = TextStyle("Arial", size, scaled_headings(size))
    document = new_document(language, Page(MARGIN_CM), style)
    prepare(document, style.space_after)
    add_page_numbers(document, language, strings)
    _LargePrint(document, outline, strings, size).write()
    keep_hyphenated_words_whole(document.element.body)
    set_directions(document, [outline.language])
    return save(document, CoreProperties.of_outline(outline, strings, "large-print-title"))


class _LargePrint:
    def __init__(self, document: DocumentObject, outline: Outline, strings: Strings, size: int) -> None:
        self.document = document
        self.outline = outline
        self.size = size
        self.language = outline.language.tag
        self.blocks = Blocks(document, strings, self.language, size, MARGIN_CM)
        self.pages = Pages(document)
        self.bookmarks = Bookmarks()

    def wide(self, blocks: tuple[Block, ...]) -> bool:
        """Whether one of ``blocks`` is a table that needs a landscape page."""
        return any(isinstance(block, Table) and layout(block, self.size, MARGIN_CM).place is Place.LANDSCAPE for block in blocks)

    def landscape(self, section: Section) -> bool:
        """Whether ``section`` starts on landscape pages: its own table needs them, or, having nothing of its own, its first subsection's."""
        if section.blocks or not section.sections:
            return self.wide(section.blocks)
        return self.landscape(section.sections[0])

    def write(self) -> None:
        outline = self.outline
        title = self.document.add_paragraph(style="Heading 1")
        add_text(title, outline.title, self.language)
        self.pages.turn(self.wide(outline.front))
        for block in outline.front:
            self.blocks.visit(block)
        for other in outline.other_languages:
            add_link(self.document.add_paragraph(), other.text, other.target, other.language.tag)
        self.contents()
        for section in outline.sections:
            self.section(section)

    def contents(self) -> None:
        """The contents list: a heading, then a link to each top-level section."""
        if not self.outline.sections:
            return
        self.pages.turn(False)
        add_text(self.document.add_paragraph(style="Heading 2"), self.outline.contents_title, self.language)
        lists = Lists(self.document)
        for anchor, title in self.outline.contents():
            self.bookmarks.link(lists.bulleted(), title, anchor, self.language)

    def keep_with_next(self) -> None:
        """The paragraph just written stays on the page of what follows it: the words that open a list ("We wanted to:")."""
        last = self.document.element.body[-2]  # the body ends with the section's properties
        assert isinstance(last, CT_P)
        WordParagraph(last, self.document._body).paragraph_format.keep_with_next = True

    def section(self, section: Section) -> None:
        self.pages.turn(self.landscape(section))
        heading = self.document.add_paragraph(style=f"Heading {min(section.level, DEEPEST_HEADING)}")
        add_text(heading, section.title, self.language)
        self.bookmarks.mark(heading, section.anchor)
        for index, block in enumerate(section.blocks):
            self.blocks.visit(block)
            after = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            if isinstance(block, Paragraph) and isinstance(after, ItemList | Table | Definitions):
                self.keep_with_next()
        for inner in section.sections:
            self.section(inner)
