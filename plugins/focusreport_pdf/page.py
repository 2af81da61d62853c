"""The print page around the blocks: metadata, the title, the contents list and each section in order.

The head carries what WeasyPrint writes into the PDF's metadata: the title (shown
as the window title), the council as author, the subject, and the publication date
as both dates, so no clock reaches the file. Headings ``h1`` to ``h6`` become the
PDF's bookmarks; a section nested deeper stays at ``h6`` rather than skip a level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import quote

from focusreport.outline import Outline, Section
from focusreport_html.markup import Child, Element, Trusted, h

DEEPEST_HEADING = 6


def head(outline: Outline, title: str, style: str) -> Element:
    """The page's head: title, author, subject, dates and style sheet."""
    date = outline.published.isoformat()
    return h(
        "head",
        None,
        h("meta", {"charset": "utf-8"}),
        h("title", None, title),
        h("meta", {"name": "author", "content": outline.council}),
        h("meta", {"name": "description", "content": outline.subject}),
        h("meta", {"name": "dcterms.created", "content": date}),
        h("meta", {"name": "dcterms.modified", "content": date}),
        h("style", None, Trusted(style)),
    )


def page(outline: Outline, title: str, style: str, body: Sequence[Child]) -> Element:
    """The whole page, with the document's language and direction."""
    language = outline.language
    return h("html", {"lang": language.tag, "dir": language.direction}, head(outline, title, style), h("body", None, *body))


def heading(level: int, anchor: str | None, text: str) -> Element:
    """A heading at its level, ``h6`` at most, with its anchor for the contents list's links."""
    return h(f"h{min(level, DEEPEST_HEADING)}", {"id": anchor} if anchor else None, text)


def other_languages(outline: Outline) -> Element | None:
    """The report in its other languages: each link worded and marked in its own language."""
    if not outline.other_languages:
        return None
    items = []
    for other in outline.other_languages:
        attributes = {"href": quote(other.target), "hreflang": other.language.tag, "lang": other.language.tag}
        if other.language.direction != outline.language.direction:
            attributes["dir"] = other.language.direction
        items.append(h("li", None, h("a", attributes, other.text)))
    return h("ul", {"class": "other-languages"}, *items)


def contents(outline: Outline) -> Element | None:
    """The contents list: each top-level section, a link to it, and its page number after a leader."""
    entries = outline.contents()
    if not entries:
        return None
    items = [h("li", None, h("a", {"href": f"#{anchor}"}, title)) for anchor, title in entries]
    return h("nav", None, h("h2", None, outline.contents_title), h("ol", None, *items))


def sections(outline: Outline, blocks: Callable[[Section], list[Child]]) -> list[Child]:
    """Every section, depth first: its heading, what ``blocks`` makes of it, then the sections inside it."""
    parts: list[Child] = []

    def visit(section: Section) -> None:
        parts.append(heading(section.level, section.anchor, section.title))
        parts.extend(blocks(section))
        for inner in section.sections:
            visit(inner)

    for section in outline.sections:
        visit(section)
    return parts
