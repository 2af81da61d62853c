"""The easy-read document: a cover, then what it is, each section's heading and its rows, and a last page on how to get in touch.

The cover holds the easy title, the report's cover picture, who published it and the
link to the other language; everything else starts on the next page. The contact
part comes last, on a page of its own, whatever its place in the report: the last
page a reader turns to says how to get help, ask a question or get another format.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK

from focusreport.outline import Outline, Picture, Section, Text
from focusreport.strings import Strings
from focusreport_easy_read.ideas import Idea, Ideas, give_lead, section_ideas
from focusreport_easy_read.rows import Rows
from focusreport_wordprocessing import (
    CoreProperties,
    Page,
    TextStyle,
    add_link,
    add_page_numbers,
    add_picture,
    add_text,
    new_document,
    save,
    scaled_headings,
)
from focusreport_wordprocessing.direction import set_directions

MARGIN_CM = 2.0
COVER_PICTURE_CM = 8.0
"""Twice a row's picture: the cover's picture says at a glance what the document is about."""
TEXT_WIDTH_CM = 21.0 - 2 * MARGIN_CM
DEEPEST_HEADING = 9
"""Word's last built-in heading level; sections nested deeper stay at it."""


def render_easy_read(outline: Outline, strings: Strings, size: int) -> bytes:
    """The easy-read .docx of ``outline`` (in easy wording), body text ``size`` points."""
    language = outline.language.tag
    document = new_document(language, Page(MARGIN_CM), TextStyle("Arial", size, scaled_headings(size)))
    add_page_numbers(document, language, strings)
    _EasyRead(document, outline, strings, size).write()
    set_directions(document, [outline.language])
    return save(document, CoreProperties.of_outline(outline, strings, "easy-read-title"))


class _EasyRead:
    def __init__(self, document: DocumentObject, outline: Outline, strings: Strings, size: int) -> None:
        self.document = document
        self.outline = outline
        self.strings = strings
        self.language = outline.language.tag
        self.ideas = Ideas(strings)
        self.rows = Rows(document, self.language, TEXT_WIDTH_CM, size)

    def write(self) -> None:
        outline = self.outline
        self.cover()
        front = [self.own("easy-read-about")]
        if outline.hard_words:
            front.append(self.own("easy-read-hard-words"))
        self.rows.write(front)
        last = [section for section in outline.sections if section.kind == "contact"]
        for section in outline.sections:
            if section not in last:
                self.section(section, None, 1)
        for section in last:
            self.section(section, None, 1, new_page=True, opening=[self.own("easy-read-contact")])

    def cover(self) -> None:
        """The easy title, the cover picture, who published it and the other languages; then a new page."""
        outline = self.outline
        self.heading(outline.title, 1)
        if outline.cover is not None:
            add_picture(self.document.add_paragraph(), outline.cover, COVER_PICTURE_CM)
        for block in outline.front:
            self.rows.write(self.ideas.visit(block))
        for link in outline.other_languages:
            add_link(self.document.add_paragraph(), link.text, link.target, link.language.tag)
        self.document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def own(self, message_id: str) -> Idea:
        """A line in the writer's own words."""
        return Idea(((Text(self.strings.format(message_id)),),))

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        paragraph = self.document.add_paragraph(style=f"Heading {level}")
        paragraph.paragraph_format.page_break_before = new_page or None
        add_text(paragraph, text, self.language)

    def section(self, section: Section, lead: Picture | None, above: int, *, new_page: bool = False, opening: Sequence[Idea] = ()) -> None:
        """The section's heading, one level below the heading ``above`` it, then its rows, then its sections.

        A section's picture (or, failing that, ``lead``: the picture of a section above
        with no rows of its own) stands beside the first row under it (a lead-in is not a
        row) when that row has no picture of its own (a rating's picture is not the row's);
        otherwise the row's own picture is shown, which keeps the document short. A section
        without words for a heading adds no level. ``opening`` ideas in the writer's own
        words come before the section's own; ``new_page`` starts the section on a new page.
        """
        level = above
        if section.title.strip():
            level = min(above + 1, DEEPEST_HEADING)
            self.heading(section.title, level, new_page=new_page)
        ideas = [*opening, *section_ideas(section.blocks, self.ideas)]
        lead = give_lead(ideas, section.picture or lead)
        if ideas:
            self.rows.write(ideas)
        for inner in section.sections:
            self.section(inner, lead, level)
            lead = None
