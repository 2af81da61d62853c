"""The easy-read document: the title and what it is, then each section's heading and its rows."""

from __future__ import annotations

import attrs
from docx.document import Document as DocumentObject

from focusreport.outline import Outline, Picture, Section, Text
from focusreport.strings import Strings
from focusreport_easy_read.ideas import Idea, Ideas, section_ideas
from focusreport_easy_read.rows import Rows
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

MARGIN_CM = 2.0
TEXT_WIDTH_CM = 21.0 - 2 * MARGIN_CM
DEEPEST_HEADING = 9
"""Word's last built-in heading level; sections nested deeper stay at it."""


def render_easy_read(outline: Outline, strings: Strings, size: int) -> bytes:
    """The easy-read .docx of ``outline`` (in easy wording), body text ``size`` points."""
    language = outline.language.tag
    document = new_document(language, Page(MARGIN_CM), TextStyle("Arial", size, scaled_headings(size)))
    add_page_numbers(document, language, strings)
    _EasyRead(document, outline, strings, size).write()
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
        self.heading(outline.title, 1)
        front = [idea for block in outline.front for idea in self.ideas.visit(block)]
        front.append(self.own("easy-read-about"))
        if outline.hard_words:
            front.append(self.own("easy-read-hard-words"))
        self.rows.write(front)
        for link in outline.other_languages:
            add_link(self.document.add_paragraph(), link.text, link.target, link.language.tag)
        for section in outline.sections:
            self.section(section, None, 1)

    def own(self, message_id: str) -> Idea:
        """A line in the writer's own words."""
        return Idea(((Text(self.strings.format(message_id)),),))

    def heading(self, text: str, level: int) -> None:
        add_text(self.document.add_paragraph(style=f"Heading {level}"), text, self.language)

    def section(self, section: Section, lead: Picture | None, above: int) -> None:
        """The section's heading, one level below the heading ``above`` it, then its rows, then its sections.

        A section's picture (or, failing that, ``lead``: the picture of a section above
        with no rows of its own) stands beside the first row under it (a lead-in is not a
        row) when that row has no picture of its own (a rating's picture is not the row's);
        otherwise the row's own picture is shown, which keeps the document short. A section
        without words for a heading adds no level.
        """
        level = above
        if section.title.strip():
            level = min(above + 1, DEEPEST_HEADING)
            self.heading(section.title, level)
        lead = section.picture or lead
        ideas = section_ideas(section.blocks, self.ideas)
        rows = [index for index, idea in enumerate(ideas) if not idea.lead_in]
        if rows:
            first = rows[0]
            if lead is not None and (ideas[first].pictures or (None,))[0] is None:
                ideas[first] = attrs.evolve(ideas[first], pictures=(lead, *ideas[first].pictures[1:]))
            lead = None
        if ideas:
            self.rows.write(ideas)
        for inner in section.sections:
            self.section(inner, lead, level)
            lead = None
