"""Each kind of block of the outline as the HTML element that means the same.

Paragraphs, real lists, data tables with a caption and header cells, definition
lists, quotations with their source, and contact details with working links.
Ratings carry their icon; pictures stand before their words.
"""

from __future__ import annotations

from focusreport.languages import LEFT_TO_RIGHT
from focusreport.outline import (
    BlockVisitor,
    Cell,
    Contact,
    Definitions,
    ItemList,
    ListItem,
    Paragraph,
    Quote,
    Rating,
    Spans,
    Table,
)
from focusreport_html.icons import rating_icon
from focusreport_html.markup import Child, Element, h
from focusreport_html.phrases import link, nodes
from focusreport_html.pictures import Pictures

WIDE = 3
"""A table with more columns than this may use the page's whole width, and becomes blocks sooner when narrow."""


class BlockElements(BlockVisitor[Element]):
    """Turns each block into one element of the page."""

    def __init__(self, pictures: Pictures, page_direction: str) -> None:
        self.pictures = pictures
        self.page_direction = page_direction

    def words(self, spans: Spans) -> list[Child]:
        return nodes(spans, self.page_direction)

    def rated(self, ratings: tuple[Rating, ...], spans: Spans) -> Element:
        """The words of a rating (its name in bold, then its meaning) after the icon of each rating they state."""
        return h("span", {"class": "rating"}, *(rating_icon(rating) for rating in ratings), h("span", None, *self.words(spans)))

    def paragraph(self, block: Paragraph) -> Element:
        return h("p", None, *self.pictures.beside(block.picture, self.words(block.spans)))

    def item_list(self, block: ItemList) -> Element:
        classes = []
        if any(item.ratings for item in block.items):
            classes.append("ratings")
        if any(item.picture for item in block.items):
            classes.append("with-pictures")
        attributes = {"class": " ".join(classes)} if classes else None
        return h("ol" if block.ordered else "ul", attributes, *(self.list_item(item) for item in block.items))

    def list_item(self, item: ListItem) -> Element:
        content: list[Child] = [self.rated(item.ratings, item.spans)] if item.ratings else self.words(item.spans)
        return h("li", None, *self.pictures.beside(item.picture, content))

    def table(self, block: Table) -> Element:
        """A data table: caption, column headers, and the first cell of each row as its header.

        The explicit roles repeat what the elements mean: the style sheet turns rows
        into blocks in a narrow column, and some browsers then forget the table.
        Each data cell carries its column's name, which the style sheet shows beside
        the value only in that narrow layout. The row's picture is hidden from screen
        readers, so that the row header says only the row's words.
        """
        header = h("tr", {"role": "row"}, *(h("th", {"scope": "col", "role": "columnheader"}, name) for name in block.header))
        rows = []
        for row in block.rows:
            first, *rest = row.cells
            header_cell = self.pictures.beside(row.picture, self.cell(first), described=False)
            cells = [h("th", {"scope": "row", "role": "rowheader"}, *header_cell)]
            for name, cell in zip(block.header[1:], rest, strict=True):
                cells.append(h("td", {"role": "cell", "data-label": name}, *self.cell(cell)))
            rows.append(h("tr", {"role": "row"}, *cells))
        return h(
            "table",
            {"class": "data wide" if len(block.header) > WIDE else "data", "role": "table"},
            h("caption", None, block.caption),
            h("thead", {"role": "rowgroup"}, header),
            h("tbody", {"role": "rowgroup"}, *rows),
        )

    def cell(self, cell: Cell) -> list[Child]:
        if cell.rating is None:
            return self.words(cell.spans)
        return [self.rated((cell.rating,), cell.spans)]

    def definitions(self, block: Definitions) -> Element:
        entries: list[Child] = []
        for entry in block.entries:
            entries.append(h("dt", None, entry.term))
            entries.append(h("dd", None, *self.pictures.beside(entry.picture, self.words(entry.spans))))
        return h("dl", {"class": "definitions"}, *entries)

    def quote(self, block: Quote) -> Element:
        """The quotation in ``blockquote``; who it is from in the figure's caption, outside it, as HTML asks."""
        quotation = h("blockquote", None, h("p", None, *self.pictures.beside(block.picture, self.words(block.spans))))
        if block.source is None:
            return h("figure", {"class": "quote"}, quotation)
        return h("figure", {"class": "quote"}, quotation, h("figcaption", None, block.source))

    def contact(self, block: Contact) -> Element:
        """Each way to get in touch as a term and its value: a link for phone, email and web, words for the address."""
        entries: list[Child] = []
        for line in block.lines:
            entries.append(h("dt", None, line.label))
            if line.target is None:
                entries.append(h("dd", None, line.value))
            else:
                # A number, an email or a web address reads left to right even on a right-to-left page.
                attributes = {"dir": LEFT_TO_RIGHT} if self.page_direction != LEFT_TO_RIGHT else None
                entries.append(h("dd", attributes, link(line.value, line.target)))
        return h("address", {"class": "contact"}, h("dl", None, *entries))
