"""Each block of the outline as the HTML element WeasyPrint tags as its PDF structure.

Paragraphs become ``P``, lists ``L``/``LI``/``Lbl``/``LBody``, tables ``Table`` with a
``Caption``, ``TH`` header cells (a header row, then the first cell of each row) and
``TD``; pictures ``Figure`` with their alternative text. A block with a picture is a
row: the picture at the start, the words after it. Definitions and contact lines are
lists of label and value, worded by the library's ``labelled-value`` message.
"""

from __future__ import annotations

from focusreport.outline import (
    BlockVisitor,
    Cell,
    Contact,
    Definitions,
    ItemList,
    Link,
    Paragraph,
    Picture,
    Quote,
    Spans,
    Strong,
    Table,
    Text,
)
from focusreport.strings import Strings
from focusreport_easy_read.ideas import labelled
from focusreport_html.markup import Child, Element, h
from focusreport_html.phrases import nodes


def image(picture: Picture, css_class: str = "picture") -> Element:
    """A picture, read from its file, with its alternative text in the document's language."""
    return h("img", {"class": css_class, "src": picture.path.as_uri(), "alt": picture.alt})


class PrintBlocks(BlockVisitor[Element]):
    """The full wording's blocks, for the full and the large-print PDF."""

    def __init__(self, strings: Strings, direction: str) -> None:
        self.strings = strings
        self.direction = direction

    def words(self, spans: Spans) -> list[Child]:
        return nodes(spans, self.direction)

    def beside(self, picture: Picture | None, element: Element) -> Element:
        """``element`` alone, or in a row after its picture."""
        if picture is None:
            return element
        return h("div", {"class": "row"}, h("div", {"class": "pictures"}, image(picture)), h("div", {"class": "words"}, element))

    def with_picture(self, picture: Picture, words: list[Child]) -> Element:
        """Inside a list item: the picture, then the words kept together as one piece."""
        return h("span", {"class": "with-picture"}, image(picture), h("span", None, *words))

    def paragraph(self, block: Paragraph) -> Element:
        return self.beside(block.picture, h("p", None, *self.words(block.spans)))

    def item_list(self, block: ItemList) -> Element:
        items = []
        for item in block.items:
            words: list[Child] = self.words(item.spans)
            if item.picture is not None:
                words = [self.with_picture(item.picture, words)]
            items.append(h("li", None, *words))
        return h("ol" if block.ordered else "ul", None, *items)

    def table(self, block: Table) -> Element:
        header = h("tr", None, *(h("th", {"scope": "col"}, name) for name in block.header))
        rows = []
        for row in block.rows:
            first, *rest = row.cells
            heading: list[Child] = [image(row.picture)] if row.picture is not None else []
            cells = [h("th", {"scope": "row"}, *heading, *self.cell(first))]
            cells += [h("td", None, *self.cell(cell)) for cell in rest]
            rows.append(h("tr", None, *cells))
        return h("table", None, h("caption", None, block.caption), h("thead", None, header), h("tbody", None, *rows))

    def cell(self, cell: Cell) -> list[Child]:
        return self.words(cell.spans)

    def definitions(self, block: Definitions) -> Element:
        items = []
        for entry in block.entries:
            words: list[Child] = self.words(labelled(self.strings, (Strong(entry.term),), entry.spans))
            if entry.picture is not None:
                words = [self.with_picture(entry.picture, words)]
            items.append(h("li", None, *words))
        return h("ul", {"class": "definitions"}, *items)

    def quote(self, block: Quote) -> Element:
        parts: list[Child] = [h("p", None, *self.words(block.spans))]
        if block.source is not None:
            parts.append(h("p", {"class": "source"}, block.source))
        return self.beside(block.picture, h("blockquote", None, *parts))

    def contact(self, block: Contact) -> Element:
        items = []
        for line in block.lines:
            value: Spans = (Text(line.value),) if line.target is None else (Link(line.value, line.target),)
            items.append(h("li", None, *self.words(labelled(self.strings, (Strong(line.label),), value))))
        return h("ul", {"class": "contact"}, *items)
