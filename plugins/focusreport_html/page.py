"""The outline as one HTML page: landmarks, contents, headings in order, then each block.

Reading order and structure carry the meaning, so the page reads the same without
its style sheet: a skip link, a header (the council, the other languages), the
report in ``main`` (title, summary, contents, every section at its own heading
level) and a footer (who published it, how to contact them, the accessibility
statement).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from focusreport.outline import EASY, Contact, Outline, Section
from focusreport.strings import Strings
from focusreport_html.blocks import BlockElements
from focusreport_html.markup import Child, Element, Trusted, h
from focusreport_html.pictures import Pictures

# The page's own fragments. An outline's anchors are lower-case letters, digits and
# hyphens, so names with an underscore can never be the same as a section's.
MAIN = "main_content"
CONTENTS = "contents_heading"

DEEPEST_HEADING = 6
"""HTML has six heading elements; a section nested deeper is marked as a heading of its level with ARIA."""


class PageBuilder:
    """Turns the outline of one report into the element tree of its page."""

    def __init__(self, outline: Outline, strings: Strings, *, style: str) -> None:
        self.outline = outline
        self.strings = strings
        self.style = style
        self.direction = outline.language.direction
        self.pictures = Pictures(described=outline.wording == EASY)
        self.blocks = BlockElements(self.pictures, self.direction)

    def page(self) -> Element:
        outline = self.outline
        head = page_head(outline.title, outline, self.style)
        body = h(
            "body",
            None,
            h("a", {"class": "skip-link", "href": f"#{MAIN}"}, self.strings.format("html-skip-link")),
            self.header(),
            h("main", {"id": MAIN, "tabindex": "-1"}, *self.main()),
            self.footer(),
            self.pictures.store(),
        )
        return h("html", {"lang": outline.language.tag, "dir": self.direction}, head, body)

    def header(self) -> Element:
        return h("header", None, h("p", {"class": "council"}, self.outline.council), self.other_languages())

    def other_languages(self) -> Element | None:
        """A link to the report in each other language, in that language's words, marked with its language."""
        links = self.outline.other_languages
        if not links:
            return None
        items = []
        for other in links:
            attributes = {"href": quote(other.target), "hreflang": other.language.tag, "lang": other.language.tag}
            if other.language.direction != self.direction:
                attributes["dir"] = other.language.direction
            items.append(h("li", None, h("a", attributes, other.text)))
        return h("ul", {"class": "other-languages"}, *items)

    def main(self) -> list[Child]:
        outline = self.outline
        parts: list[Child] = [h("h1", None, outline.title), h("p", {"class": "lead"}, outline.subject)]
        contents = outline.contents()
        if contents:
            entries = [h("li", None, h("a", {"href": f"#{anchor}"}, title)) for anchor, title in contents]
            parts.append(
                h(
                    "nav",
                    {"aria-labelledby": CONTENTS},
                    h("h2", {"id": CONTENTS}, outline.contents_title),
                    h("ol", {"class": "contents"}, *entries),
                )
            )
        for section in outline.sections:
            parts += self.section(section)
        return parts

    def section(self, section: Section) -> list[Child]:
        """The section's heading at its level, its picture, its blocks, then the sections inside it."""
        parts: list[Child] = [heading(section.level, section.anchor, section.title)]
        parts += self.pictures.headline(section.picture)
        parts += [self.blocks.visit(block) for block in section.blocks]
        for inner in section.sections:
            parts += self.section(inner)
        return parts

    def footer(self) -> Element:
        """Who published the report, how to contact them (when the report says) and the accessibility statement."""
        front = [self.blocks.visit(block) for block in self.outline.front]
        return h("footer", None, *front, *self.contact(), h("p", None, self.strings.format("accessibility-summary")))

    def contact(self) -> list[Child]:
        """The contact part's details again at the foot of the page, where readers look for them."""
        return footer_contact(self.outline, self.strings, self.blocks)


def page_head(title: str, outline: Outline, style: str) -> Element:
    """The page's head: its title, what it is and who published it, for a phone's width and both colour schemes."""
    return h(
        "head",
        None,
        h("meta", {"charset": "utf-8"}),
        h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        h("meta", {"name": "color-scheme", "content": "light dark"}),
        h("title", None, title),
        h("meta", {"name": "description", "content": outline.subject}),
        h("meta", {"name": "author", "content": outline.council}),
        h("style", None, Trusted(style)),
    )


def footer_contact(outline: Outline, strings: Strings, blocks: BlockElements) -> list[Child]:
    """The report's contact details with the words that introduce them, or nothing when it has no contact part."""
    for section in walk(outline.sections):
        for block in section.blocks:
            if isinstance(block, Contact):
                return [h("p", None, strings.format("html-footer-contact")), blocks.visit(block)]
    return []


def walk(sections: tuple[Section, ...]) -> Iterator[Section]:
    """Every section, each before the sections inside it."""
    for section in sections:
        yield section
        yield from walk(section.sections)


def heading(level: int, anchor: str, title: str) -> Element:
    """``h2`` to ``h6``; below that, an element with the heading role and its level."""
    if level <= DEEPEST_HEADING:
        return h(f"h{level}", {"id": anchor}, title)
    return h("p", {"id": anchor, "class": "deep-heading", "role": "heading", "aria-level": str(level)}, title)
