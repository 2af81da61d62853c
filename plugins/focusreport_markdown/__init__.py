"""Markdown (CommonMark with GitHub's tables) of the full report, for web publishing.

A YAML front matter block carries the title and language (read by pandoc, Jekyll,
Hugo and most static site generators); then ATX headings in order, real lists, GFM
tables with a header row for the two summary tables, and every rating written as a
word with its meaning. Content text is always escaped, so that it reads back
literally. Pictures are left out by default, because a Markdown file cannot carry
them: with ``pictures=paths`` each is written as ``![alt](pictures/FILE)``, for
publishing the file beside a copy of the content's ``pictures/`` folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from focusreport import Item, Option, Picture, Rating, Report, WriterInput
from focusreport_markdown.escape import escape, yaml_scalar

if TYPE_CHECKING:  # the strings module loads Fluent: keep it out of ``focusreport formats``
    from focusreport import Strings

PICTURES_FOLDER = "pictures"


class MarkdownWriter:
    """Renders a report as CommonMark with GitHub Flavored Markdown tables."""

    name = "markdown"
    extension = "md"
    media_type = "text/markdown; charset=utf-8"
    description = "Markdown (CommonMark and GFM tables) of the full report, for web publishing"
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
        document = _Document(
            source.strings,
            easy=source.options.get("wording") == "easy",
            pictures=source.options.get("pictures") == "paths",
        )
        if source.options.get("front-matter", True):
            document.front_matter(source.report)
        document.write(source.report)
        return document.text().encode("utf-8")


class _Document:
    def __init__(self, strings: Strings, *, easy: bool, pictures: bool) -> None:
        self.strings = strings
        self.easy = easy
        self.show_pictures = pictures
        self.blocks: list[str] = []

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"

    def words(self, item: Item) -> str:
        return item.easy if self.easy and item.easy else item.text

    def front_matter(self, report: Report) -> None:
        title = self.strings.format("document-title", title=report.title, subtitle=report.subtitle)
        lines = ["---", f"title: {yaml_scalar(escape(title))}", f"lang: {report.language.tag}", "---"]
        self.blocks.append("\n".join(lines))

    def picture(self, picture: Picture | None) -> str:
        """The picture as Markdown, or nothing when pictures are left out."""
        if picture is None or not self.show_pictures:
            return ""
        return f"![{escape(picture.alt)}]({PICTURES_FOLDER}/{quote(picture.path.name)})"

    def with_picture(self, text: str, picture: Picture | None) -> str:
        shown = self.picture(picture)
        return f"{shown} {text}" if shown else text

    def heading(self, level: int, text: str, picture: Picture | None = None) -> None:
        self.blocks.append(f"{'#' * level} {escape(text)}")
        shown = self.picture(picture)
        if shown:
            self.blocks.append(shown)

    def paragraph(self, text: str) -> None:
        self.blocks.append(escape(text))

    def items(self, lines: Sequence[str]) -> None:
        """A bullet list of lines that are already Markdown."""
        self.blocks.append("\n".join(f"- {line}" for line in lines))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A GFM table with a header row; cells are content text, escaped here."""
        lines = [_row([escape(cell) for cell in header]), _row(["---"] * len(header))]
        lines += [_row([escape(cell) for cell in row]) for row in rows]
        self.blocks.append("\n".join(lines))

    def rating(self, report: Report, rating: Rating) -> str:
        meaning = report.meaning_of(rating)
        return self.strings.format("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)

    def item_lines(self, items: Sequence[Item]) -> list[str]:
        return [self.with_picture(escape(self.words(item)), item.picture) for item in items]

    def write(self, report: Report) -> None:
        strings = self.strings
        self.heading(1, strings.format("document-title", title=report.title, subtitle=report.subtitle))
        self.paragraph(strings.format("published-by", council=report.council))
        self.contents(report)

        for section in report.introduction:
            heading = section.easy_heading if self.easy and section.easy_heading else section.heading
            self.heading(2, heading, section.picture)
            for paragraph in section.paragraphs:
                self.blocks.append(self.with_picture(escape(self.words(paragraph)), paragraph.picture))

        self.heading(2, strings.format("legend-heading"))
        self.items(
            [
                self.with_picture(escape(strings.format("rating-with-meaning", rating=entry.name, meaning=entry.meaning)), entry.picture)
                for entry in report.legend
            ]
        )

        self.heading(2, strings.format("summary-heading"))
        self.heading(3, strings.format("priorities-caption"))
        self.table(
            [strings.format("column-priority"), strings.format("column-outcome")],
            [[self.words(priority.title), self.rating(report, priority.rating)] for priority in report.priorities],
        )
        self.heading(3, strings.format("objectives-caption"))
        self.paragraph(strings.format("codes-intro"))
        self.items([escape(strings.format("code-meaning", code=theme.code, theme=theme.name)) for theme in report.themes])
        self.table(
            [strings.format("column-code"), strings.format("column-objective"), strings.format("column-outcome")],
            [[objective.code, self.words(objective.title), self.rating(report, objective.rating)] for objective in report.objectives],
        )

        for theme in report.themes:
            summary = theme.easy_summary if self.easy and theme.easy_summary else theme.summary
            self.heading(2, strings.format("theme-heading", theme=theme.name, summary=summary), theme.picture)
            self.heading(3, strings.format("aims-heading"))
            self.paragraph(strings.format("aims-intro"))
            self.items(self.item_lines(theme.aims))
            self.heading(3, strings.format("actions-heading"))
            self.items(self.item_lines(theme.actions))
            self.heading(3, strings.format("impacts-heading"))
            self.items(self.item_lines(theme.impacts))

        self.heading(2, strings.format("principles-heading"))
        self.items(self.item_lines(report.principles))

        if report.glossary:
            self.heading(2, strings.format("glossary-heading"))
            self.items(
                [
                    self.with_picture(
                        strings.format("labelled-value", label=f"**{escape(word.word)}**", value=escape(word.explanation)), word.picture
                    )
                    for word in report.glossary
                ]
            )
        if report.credits:
            self.heading(2, strings.format("credits-heading"))
            for credit in report.credits:
                self.paragraph(credit.text)

    def contents(self, report: Report) -> None:
        strings = self.strings
        headings = [section.easy_heading if self.easy and section.easy_heading else section.heading for section in report.introduction]
        headings += [strings.format("legend-heading"), strings.format("summary-heading")]
        for theme in report.themes:
            summary = theme.easy_summary if self.easy and theme.easy_summary else theme.summary
            headings.append(strings.format("theme-heading", theme=theme.name, summary=summary))
        headings.append(strings.format("principles-heading"))
        if report.glossary:
            headings.append(strings.format("glossary-heading"))
        if report.credits:
            headings.append(strings.format("credits-heading"))
        self.heading(2, strings.format("contents-heading"))
        self.items([escape(heading) for heading in headings])


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
