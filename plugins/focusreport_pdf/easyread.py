"""The easy-read print page: a cover, then each section's heading and one idea per row.

The rows come from the easy-read writer's ideas (:mod:`focusreport_easy_read.ideas`),
so both easy-read formats say the same things in the same order: pictures at the
start of the row, words after them. The cover holds the easy title, a large picture
and who published it; the contact section (how to get help and other formats)
starts a page of its own at the end. Rows are boxes, not tables, so a screen reader
meets paragraphs and figures, never a layout table.
"""

from __future__ import annotations

from collections.abc import Sequence

from focusreport.outline import Outline, Picture, Section, Text
from focusreport.strings import Strings
from focusreport_easy_read.ideas import Idea, Ideas, give_lead, section_ideas
from focusreport_html.markup import Child, Element, h
from focusreport_html.phrases import nodes
from focusreport_pdf.blocks import image
from focusreport_pdf.page import heading, other_languages, page

LAST_PAGE_KINDS = frozenset({"contact"})
"""Section kinds that begin the last pages: how to get help and the other formats."""


class _EasyRead:
    def __init__(self, outline: Outline, strings: Strings) -> None:
        self.outline = outline
        self.strings = strings
        self.ideas = Ideas(strings)
        self.direction = outline.language.direction

    def body(self) -> list[Child]:
        outline = self.outline
        front = [idea for block in outline.front for idea in self.ideas.visit(block)]
        front.append(self.own("easy-read-about"))
        if outline.hard_words:
            front.append(self.own("easy-read-hard-words"))
        cover: list[Child | None] = [
            heading(1, None, outline.title),
            h("div", {"class": "cover-picture"}, image(outline.pictures[0], "cover")) if outline.pictures else None,
            *self.rows(front),
            other_languages(outline),
        ]
        parts: list[Child] = [h("div", {"class": "cover-page"}, *(part for part in cover if part is not None))]
        for section in outline.sections:
            parts += self.section(section, None, 1)
        return parts

    def own(self, message_id: str) -> Idea:
        return Idea(((Text(self.strings.format(message_id)),),))

    def section(self, section: Section, lead: Picture | None, above: int) -> list[Child]:
        """As the easy-read Word writer: a section's picture (or one handed down) joins its first row without one."""
        parts: list[Child] = []
        level = above
        if section.title.strip():
            level = above + 1
            title = heading(level, section.anchor, section.title)
            if section.kind in LAST_PAGE_KINDS:
                title = h("div", {"class": "last-pages"}, title)
            parts.append(title)
        ideas = section_ideas(section.blocks, self.ideas)
        lead = give_lead(ideas, section.picture or lead)
        parts += self.rows(ideas)
        for inner in section.sections:
            parts += self.section(inner, lead, level)
            lead = None
        return parts

    def rows(self, ideas: Sequence[Idea]) -> list[Element]:
        """One row per idea: its pictures, then its words; an idea without pictures keeps the words' place."""
        return [self.row(idea) for idea in ideas]

    def row(self, idea: Idea) -> Element:
        words = h("div", {"class": "words"}, *(h("p", None, *nodes(spans, self.direction)) for spans in idea.paragraphs))
        pictures = [image(picture, "easy-picture") for picture in idea.shown]
        classes = "row lead-in" if idea.lead_in else "row"
        holder = "pictures several" if len(pictures) > 1 else "pictures"
        return h("div", {"class": classes}, h("div", {"class": holder}, *pictures), words)


def easy_read_page(outline: Outline, strings: Strings, title: str, style: str) -> Element:
    """The easy-read page of ``outline`` (in easy wording)."""
    return page(outline, title, style + EASY_STYLE, _EasyRead(outline, strings).body())


EASY_STYLE = """
.cover-page { break-after: page; }
.cover-picture { margin: 1em 0 1.5em; }
.cover { width: 6cm; height: auto; }
.last-pages { break-before: page; }
h2 { margin-top: 0.6em; }
h3 { margin-top: 0.6em; }
.row { align-items: center; margin-bottom: 0.5em; }
.row .pictures { width: 3.5cm; justify-content: flex-start; }
.easy-picture { width: 3cm; height: auto; }
.several .easy-picture { width: 2cm; }
.lead-in { margin-bottom: 0.3em; }
strong { font-weight: bold; }
"""
