"""The book's pages, built as element trees so that every text is escaped, never pasted.

Each page is an HTML document whose body ebooklib copies into its XHTML content
document. Headings start at ``h1`` on every page and never skip a level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from xml.etree import ElementTree

import attrs

from focusreport import Item, Picture, RatingMeaning, Report, Strings

Format = Callable[..., str]


@attrs.frozen
class Page:
    """One chapter: its file, its title (for the contents and ``<title>``), its landmark and its HTML."""

    file_name: str
    title: str
    html: bytes
    landmark: str | None = None


def image_name(picture: Picture) -> str:
    """Where a picture lives inside the book."""
    return f"images/{picture.id}{picture.path.suffix.lower()}"


def pages(report: Report, strings: Strings) -> list[Page]:
    """The chapters of the book in reading order: one per part of the report."""
    text = strings.format
    found = [_introduction(report, text), _summary(report, text)]
    found += [_theme(theme_index, report, text) for theme_index in range(len(report.themes))]
    found.append(_principles(report, text))
    if report.glossary:
        found.append(_glossary(report, text))
    if report.credits:
        found.append(_credits(report, text))
    return found


class _Document:
    """An HTML body under construction."""

    def __init__(self) -> None:
        self.root = ElementTree.Element("html")
        self.body = ElementTree.SubElement(self.root, "body")

    def add(self, parent: ElementTree.Element, tag: str, text: str | None = None, **attributes: str) -> ElementTree.Element:
        element = ElementTree.SubElement(parent, tag, {key.rstrip("_"): value for key, value in attributes.items()})
        if text is not None:
            element.text = text
        return element

    def picture(self, parent: ElementTree.Element, picture: Picture | None, *, figure: bool = False) -> None:
        if picture is None:
            return
        holder = self.add(parent, "figure") if figure else parent
        self.add(holder, "img", src=image_name(picture), alt=picture.alt, class_="picture")

    def words(self, parent: ElementTree.Element, tag: str, item: Item, **attributes: str) -> ElementTree.Element:
        """An element holding an item's picture (when it has one) followed by its words."""
        element = self.add(parent, tag, **attributes)
        self.picture(element, item.picture)
        if item.picture is None:
            element.text = item.text
        else:
            element[-1].tail = item.text
        return element

    def items(self, parent: ElementTree.Element, items: Iterable[Item]) -> None:
        listing = self.add(parent, "ul")
        for item in items:
            self.words(listing, "li", item)

    def page(self, file_name: str, title: str, landmark: str | None = None) -> Page:
        html = ElementTree.tostring(self.root, method="html", encoding="utf-8")
        return Page(file_name, title, html, landmark)


def _rating(document: _Document, parent: ElementTree.Element, tag: str, meaning: RatingMeaning, text: Format) -> None:
    cell = document.add(parent, tag, class_=f"rating rating-{meaning.rating.value}")
    document.picture(cell, meaning.picture)
    words = text("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)
    if meaning.picture is None:
        cell.text = words
    else:
        cell[-1].tail = words


def _table(document: _Document, parent: ElementTree.Element, caption: str, columns: Sequence[str]) -> ElementTree.Element:
    table = document.add(parent, "table")
    document.add(table, "caption", caption)
    row = document.add(document.add(table, "thead"), "tr")
    for column in columns:
        document.add(row, "th", column, scope="col")
    return document.add(table, "tbody")


def _introduction(report: Report, text: Format) -> Page:
    document = _Document()
    body = document.body
    document.add(body, "h1", text("document-title", title=report.title, subtitle=report.subtitle))
    document.add(body, "p", text("published-by", council=report.council))
    document.add(body, "p", text("document-subject", council=report.council, period=report.period))
    for section in report.introduction:
        document.add(body, "h2", section.heading)
        document.picture(body, section.picture, figure=True)
        for paragraph in section.paragraphs:
            document.words(body, "p", paragraph)
    return document.page("introduction.xhtml", text("epub-introduction"), "bodymatter")


def _summary(report: Report, text: Format) -> Page:
    """The ratings legend and the two summary tables; item pictures stay out of the tables,
    where they would come between a code and its title for a screen-reader user."""
    document = _Document()
    body = document.body
    title = text("summary-heading")
    document.add(body, "h1", title)

    document.add(body, "h2", text("legend-heading"))
    legend = document.add(body, "ul", class_="ratings")
    for entry in report.legend:
        _rating(document, legend, "li", entry, text)

    document.add(body, "h2", text("priorities-heading"))
    rows = _table(document, body, text("priorities-caption"), [text("column-priority"), text("column-outcome")])
    for priority in report.priorities:
        row = document.add(rows, "tr")
        document.add(row, "th", priority.title.text, scope="row")
        _rating(document, row, "td", report.meaning_of(priority.rating), text)

    document.add(body, "h2", text("objectives-heading"))
    document.add(body, "p", text("codes-intro"))
    codes = document.add(body, "ul")
    for theme in report.themes:
        document.add(codes, "li", text("code-meaning", code=theme.code, theme=theme.name))
    columns = [text("column-code"), text("column-objective"), text("column-outcome")]
    rows = _table(document, body, text("objectives-caption"), columns)
    for objective in report.objectives:
        row = document.add(rows, "tr")
        document.add(row, "th", objective.code, scope="row")
        document.add(row, "td", objective.title.text)
        _rating(document, row, "td", report.meaning_of(objective.rating), text)
    return document.page("summary.xhtml", title)


def _theme(index: int, report: Report, text: Format) -> Page:
    theme = report.themes[index]
    document = _Document()
    body = document.body
    title = text("theme-heading", theme=theme.name, summary=theme.summary)
    document.add(body, "h1", title)
    document.picture(body, theme.picture, figure=True)
    document.add(body, "h2", text("aims-heading"))
    document.add(body, "p", text("aims-intro"))
    document.items(body, theme.aims)
    document.add(body, "h2", text("actions-heading"))
    document.items(body, theme.actions)
    document.add(body, "h2", text("impacts-heading"))
    document.items(body, theme.impacts)
    return document.page(f"theme-{theme.id}.xhtml", title)


def _principles(report: Report, text: Format) -> Page:
    document = _Document()
    title = text("principles-heading")
    document.add(document.body, "h1", title)
    document.items(document.body, report.principles)
    return document.page("principles.xhtml", title)


def _glossary(report: Report, text: Format) -> Page:
    document = _Document()
    title = text("glossary-heading")
    document.add(document.body, "h1", title)
    words = document.add(document.body, "dl")
    for word in report.glossary:
        document.add(words, "dt", word.word)
        explanation = document.add(words, "dd")
        document.picture(explanation, word.picture)
        if word.picture is None:
            explanation.text = word.explanation
        else:
            explanation[-1].tail = word.explanation
    return document.page("glossary.xhtml", title, "glossary")


def _credits(report: Report, text: Format) -> Page:
    document = _Document()
    title = text("credits-heading")
    document.add(document.body, "h1", title)
    for credit in report.credits:
        document.add(document.body, "p", credit.text)
    return document.page("credits.xhtml", title)
