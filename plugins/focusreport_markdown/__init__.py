"""Markdown (CommonMark with GitHub's tables) of a report, for web publishing.

A YAML front matter block carries the title and language (read by pandoc, Jekyll,
Hugo and most static site generators); then the title, who published it, a link to
each other language's file, a contents list, and each section of the outline as an
ATX heading of its level with its blocks (see :mod:`focusreport_markdown.blocks`).
Content text is always escaped, so that it reads back literally. Pictures are left
out by default, because a Markdown file cannot carry them: with ``pictures=paths``
each is written as ``![alt](pictures/FILE)``, for publishing the file beside a copy
of the content's ``pictures/`` folder.
"""

from __future__ import annotations

import attrs

from focusreport import Option, WriterInput
from focusreport.outline import LanguageLink, Outline, Section, Table
from focusreport_markdown.blocks import MarkdownBlocks, kept_apart
from focusreport_markdown.escape import escape, escape_inline, yaml_scalar
from focusreport_markdown.inline import PICTURES_FOLDER, in_language, link, picture

DEEPEST_HEADING = 6
"""ATX headings stop at level 6; deeper sections keep level 6 rather than become paragraphs."""


class MarkdownWriter:
    """Renders a report as CommonMark with GitHub Flavored Markdown tables."""

    name = "markdown"
    extension = "md"
    media_type = "text/markdown; charset=utf-8"
    description = "Markdown (CommonMark and GFM tables) of the report, for web publishing"
    options = (
        Option("wording", "full: the report's own wording; easy: the easy-read wording", "full", choices=("full", "easy")),
        Option(
            "pictures",
            f"none: leave pictures out; paths: link each as {PICTURES_FOLDER}/FILE with its alternative text",
            "none",
            choices=("none", "paths"),
        ),
        Option("front-matter", "true: start with a YAML block giving the title and language", True),
    )

    def render(self, source: WriterInput) -> bytes:
        options = source.options
        markdown = render_markdown(
            source.outline,
            pictures=options.get("pictures") == "paths",
            front_matter=bool(options.get("front-matter", True)),
        )
        return markdown.encode("utf-8")


def render_markdown(outline: Outline, *, pictures: bool = False, front_matter: bool = True) -> str:
    """The outline as Markdown: blocks separated by blank lines, ending with a line break."""
    document = _Document(MarkdownBlocks(pictures=pictures), pictures)
    if front_matter:
        document.add(_front_matter(outline))
    document.heading(1, outline.title)
    for block in outline.front:
        document.add(document.blocks.visit(block))
    for other in outline.other_languages:
        document.add(_language_link(other))
    contents = outline.contents()
    if contents:
        document.heading(2, outline.contents_title)
        document.add("\n".join(f"- {escape(title)}" for _, title in contents))
    for section in outline.sections:
        document.section(section)
    return document.text()


def _front_matter(outline: Outline) -> str:
    # Pandoc reads the title as Markdown, so it is escaped as Markdown first.
    return "\n".join(["---", f"title: {yaml_scalar(escape(outline.title))}", f"lang: {outline.language.tag}", "---"])


def _language_link(other: LanguageLink) -> str:
    """A link to the file in another language, its words marked with that language."""
    return link(in_language(escape_inline(other.text).strip(), other.language.tag), other.target)


class _Document:
    def __init__(self, blocks: MarkdownBlocks, pictures: bool) -> None:
        self.blocks = blocks
        self.pictures = pictures
        self.parts: list[str] = []

    def text(self) -> str:
        return "\n\n".join(self.parts) + "\n"

    def add(self, markdown: str) -> None:
        if markdown:
            self.parts.append(kept_apart(self.parts[-1], markdown) if self.parts else markdown)

    def heading(self, level: int, title: str) -> None:
        self.parts.append(f"{'#' * min(level, DEEPEST_HEADING)} {escape(title)}")

    def section(self, section: Section) -> None:
        self.heading(section.level, section.title)
        self.add(picture(section.picture, self.pictures))
        for block in section.blocks:
            if isinstance(block, Table) and block.caption == section.title:
                self.add(self.blocks.visit(attrs.evolve(block, caption="")))  # the heading just above says it already
            else:
                self.add(self.blocks.visit(block))
        for inner in section.sections:
            self.section(inner)
