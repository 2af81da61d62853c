"""The outline's blocks and spans as XHTML elements, built as trees so that every text is escaped, never pasted."""

from __future__ import annotations

from typing import TypeAlias

from lxml import etree

from focusreport.languages import direction
from focusreport.outline import (
    BlockVisitor,
    Contact,
    ContactLine,
    Definitions,
    Foreign,
    ItemList,
    Link,
    Paragraph,
    Picture,
    Quote,
    Rating,
    Spans,
    Strong,
    Table,
    Term,
    Text,
)

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WITH_PICTURE = "with-picture"
"""The class of an element whose words have a picture before them."""

Element: TypeAlias = etree._Element


def add(parent: Element, tag: str, text: str | None = None, **attributes: str) -> Element:
    """A child element of ``parent``; a trailing underscore in an attribute's name is dropped (``class_``)."""
    element = etree.SubElement(parent, f"{{{XHTML}}}{tag}", {key.rstrip("_"): value for key, value in attributes.items()})
    if text is not None:
        element.text = text
    return element


def append_text(parent: Element, text: str) -> None:
    """Add ``text`` after whatever ``parent`` holds so far."""
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def mark_language(element: Element, tag: str, around: str) -> None:
    """State the language of ``element``: ``lang`` and ``xml:lang``, as XHTML needs both.

    ``dir`` is added when the language is written the other way from the text
    ``around`` it (``ltr`` or ``rtl``): a Welsh passage in an Arabic book.
    """
    element.set("lang", tag)
    element.set(XML_LANG, tag)
    if direction(tag) != around:
        element.set("dir", direction(tag))


def image_name(picture: Picture) -> str:
    """Where a picture lives inside the book."""
    return f"images/{picture.id}{picture.path.suffix.lower()}"


def beside(element: Element) -> None:
    """Mark ``element`` as words with a picture: the stylesheet keeps every line of the words beside the picture."""
    classes = element.get("class", "").split()
    element.set("class", " ".join([*classes, WITH_PICTURE]))


def colour_class(colour: str) -> str:
    """The class of the bar beside a rating of ``colour`` (``#rrggbb``); the stylesheet colours it."""
    return f"rating-{colour.lstrip('#').lower()}"


class Shown:
    """What the pages show: the pictures (for the accessibility metadata) and the rating colours (for the stylesheet)."""

    def __init__(self) -> None:
        self.pictures: dict[str, Picture] = {}
        self.colours: dict[str, None] = {}


class Blocks(BlockVisitor[None]):
    """Appends each block it visits to ``parent``, and records in ``shown`` what it showed.

    ``around`` is the direction the book is written in (``ltr`` or ``rtl``).
    """

    def __init__(self, parent: Element, shown: Shown, around: str) -> None:
        self.parent = parent
        self.shown = shown
        self.around = around

    # Inline content

    def picture(self, parent: Element, picture: Picture | None, *, decorative: bool = False) -> None:
        """``picture`` at the start of ``parent``; ``decorative`` (empty ``alt``) where the words after it say the same."""
        if picture is None:
            return
        self.shown.pictures.setdefault(picture.id, picture)
        add(parent, "img", src=image_name(picture), alt="" if decorative else picture.alt, class_="picture")

    def figure(self, picture: Picture | None) -> None:
        """A section's own picture, on a line of its own under the heading."""
        if picture is not None:
            self.picture(add(self.parent, "figure"), picture)

    def spans(self, parent: Element, spans: Spans) -> None:
        """Each span with its mark: stress, a hard word, a link, or a passage in another language."""
        for span in spans:
            if isinstance(span, Text):
                append_text(parent, span.text)
            elif isinstance(span, Strong):
                add(parent, "strong", span.text)
            elif isinstance(span, Term):
                add(parent, "b", span.text, class_="term")
            elif isinstance(span, Link):
                add(parent, "a", span.text, href=span.target)
            elif isinstance(span, Foreign):
                mark_language(add(parent, "span", span.text), span.language.tag, self.around)
            else:  # pragma: no cover - the outline has no other span
                raise TypeError(f"not a span of the outline: {span!r}")

    def words(self, parent: Element, spans: Spans, picture: Picture | None = None, *, decorative: bool = False) -> None:
        """A picture (when there is one) beside its words, every line of them, not only the first two."""
        if picture is not None:
            beside(parent)
        self.picture(parent, picture, decorative=decorative)
        self.spans(parent, spans)

    def rated(self, element: Element, rating: Rating) -> None:
        """Mark ``element`` as stating ``rating``: a coloured bar beside words that already say it all."""
        self.shown.colours.setdefault(rating.colour.lower())
        element.set("class", f"rating {colour_class(rating.colour)}")

    # Blocks

    def paragraph(self, block: Paragraph) -> None:
        self.words(add(self.parent, "p"), block.spans, block.picture)

    def item_list(self, block: ItemList) -> None:
        """A real list; a list of rating levels (the legend) drops its bullets, each level having its bar instead.

        The announcement of its length is for formats without real lists: reading
        systems announce a list's length themselves.
        """
        attributes = {"class_": "ratings"} if block.items and all(item.ratings for item in block.items) else {}
        listing = add(self.parent, "ol" if block.ordered else "ul", **attributes)
        for item in block.items:
            entry = add(listing, "li")
            if len(item.ratings) == 1:
                self.rated(entry, item.ratings[0])
            # A rating's picture before the rating's name and meaning would say the rating twice.
            rating_picture = item.picture is not None and item.picture in {rating.picture for rating in item.ratings}
            self.words(entry, item.spans, item.picture, decorative=rating_picture)

    def table(self, block: Table) -> None:
        """A data table: caption, column headers, and the first cell of each row as the row's header.

        A row's picture (the picture of its subject) stays out of the table: in the
        row's header it would be read before the row's name with every cell, and
        after a code it would come between the code and its title. Each of these
        pictures is in the book's manifest, and is shown wherever else the outline
        puts it. A rating's own picture stays in its cell, beside its words, and is
        decorative there: the words name the rating.
        """
        table = add(self.parent, "table")
        add(table, "caption", block.caption)
        heading = add(add(table, "thead"), "tr")
        for column in block.header:
            add(heading, "th", column, scope="col")
        body = add(table, "tbody")
        for row in block.rows:
            line = add(body, "tr")
            for position, cell in enumerate(row.cells):
                element = add(line, "th", scope="row") if position == 0 else add(line, "td")
                if cell.rating is None:
                    self.spans(element, cell.spans)
                else:
                    self.rated(element, cell.rating)
                    self.words(element, cell.spans, cell.rating.picture, decorative=True)

    def definitions(self, block: Definitions) -> None:
        listing = add(self.parent, "dl")
        for entry in block.entries:
            add(listing, "dt", entry.term)
            self.words(add(listing, "dd"), entry.spans, entry.picture)

    def quote(self, block: Quote) -> None:
        """The quoted words in a ``blockquote``; who said them in the figure's caption, outside the quote."""
        figure = add(self.parent, "figure", class_="quote")
        self.picture(figure, block.picture)
        self.spans(add(add(figure, "blockquote"), "p"), block.spans)
        if block.source:
            add(figure, "figcaption", block.source)

    def contact(self, block: Contact) -> None:
        """One line per way to get in touch, in the outline's words, with the phone number, address or site as a link."""
        listing = add(self.parent, "ul", class_="contact")
        for line in block.lines:
            self.contact_line(add(listing, "li"), line)

    def contact_line(self, entry: Element, line: ContactLine) -> None:
        if line.target is None:
            append_text(entry, line.line)
            return
        before, found, after = line.line.rpartition(line.value)
        if not found:  # the words do not show the value as it is: words, then the link
            append_text(entry, line.line + " ")
            before, after = "", ""
        append_text(entry, before)
        add(entry, "a", line.value, href=line.target)
        append_text(entry, after)
