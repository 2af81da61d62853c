"""Each kind of outline block, and each heading, laid out in lines of braille.

The layout follows UKAAF's principles for braille presentation (see docs/braille.md):

- a paragraph starts in cell 3 and runs over to cell 1, with no blank line between paragraphs;
- a list, a table read as label and value, the hard words and the contact details are
  items starting in cell 1 and running over to cell 3, with a blank line before and after;
  a table's caption introduces its rows like a paragraph;
- a quote is blocked in cell 3, who said it in cell 5;
- a top-level heading is centred with a blank line before and after, the next level
  starts in cell 5, deeper ones in cell 7, each with a blank line before; every heading
  keeps with the lines that follow it.

A picture is left out unless its alternative text states a figure the words beside it
do not (see :func:`described`).
"""

from __future__ import annotations

import re

from focusreport.outline import (
    BlockVisitor,
    Contact,
    Definitions,
    ItemList,
    Paragraph,
    Picture,
    Quote,
    Section,
    Spans,
    Table,
    Text,
    plain,
)
from focusreport.strings import Strings
from focusreport_braille.lines import centre, wrap
from focusreport_braille.pages import Unit
from focusreport_braille.words import Braille, Translator

TOP_LEVEL = 2
"""The outline's level of a top-level section (the document title is level 1)."""
_FIGURE = re.compile(r"\d(?:[\d,.\u00a0\u202f]*\d)?")


class BrailleBlocks(BlockVisitor[list[Unit]]):
    """The units of lines of each block, for pages ``width`` cells wide."""

    def __init__(self, translator: Translator, strings: Strings, width: int) -> None:
        self.translator = translator
        self.strings = strings
        self.width = width

    def section(self, section: Section) -> list[Unit]:
        """A section's heading, its picture when it says more, its blocks, then its subsections."""
        units = [self.heading(section.title, section.level, section.anchor if section.level == TOP_LEVEL else "")]
        words = " ".join([section.title, *(_words_of(block) for block in section.blocks)])
        units += self.pictures([section.picture], words)
        for block in section.blocks:
            units += self.visit(block)
        for inner in section.sections:
            units += self.section(inner)
        return units

    def heading(self, title: str, level: int, anchor: str = "") -> Unit:
        braille = self.translator.text(title)
        if level <= TOP_LEVEL:
            return Unit(tuple(centre(braille, self.width)), before=1, after=1, keep=True, heading=True, anchor=anchor)
        indent = 4 if level == TOP_LEVEL + 1 else 6
        return Unit(tuple(wrap(braille, self.width, indent, indent)), before=1, keep=True, heading=True, anchor=anchor)

    def pictures(self, pictures: list[Picture | None], words: str) -> list[Unit]:
        """A paragraph for each picture whose alternative text says what ``words`` do not."""
        units = []
        for picture in pictures:
            alt = described(picture, words)
            if alt is not None:
                units.append(self._paragraph(self.translator.text(self.strings.format("braille-picture", alt=alt))))
        return units

    def paragraph(self, block: Paragraph) -> list[Unit]:
        units = [self._paragraph(self.translator.spans(block.spans))]
        return units + self.pictures([block.picture], plain(block.spans))

    def item_list(self, block: ItemList) -> list[Unit]:
        entries: list[Spans] = []
        for number, item in enumerate(block.items, start=1):
            entries.append((Text(f"{number}. "), *item.spans) if block.ordered else item.spans)
        units = [self._items([self.translator.spans(spans) for spans in entries])]
        for item in block.items:
            words = plain(item.spans)
            units += self.pictures([item.picture, *(rating.picture for rating in item.ratings)], words)
        return units

    def table(self, block: Table) -> list[Unit]:
        caption = self._paragraph(self.translator.text(block.caption))
        rows = self._items([self.translator.text(row.line) for row in block.rows])
        units = [Unit(caption.lines, before=1, keep=True), Unit(rows.lines, after=1)]
        for row in block.rows:
            ratings = [cell.rating.picture for cell in row.cells if cell.rating is not None]
            units += self.pictures([row.picture, *ratings], row.line)
        return units

    def definitions(self, block: Definitions) -> list[Unit]:
        units = [self._items([self.translator.text(entry.line) for entry in block.entries])]
        for entry in block.entries:
            units += self.pictures([entry.picture], entry.line)
        return units

    def quote(self, block: Quote) -> list[Unit]:
        lines = wrap(self.translator.spans(block.spans), self.width, 2, 2)
        if block.source:
            lines += wrap(self.translator.text(block.source), self.width, 4, 4)
        units = [Unit(tuple(lines), before=1, after=1)]
        return units + self.pictures([block.picture], " ".join([plain(block.spans), block.source or ""]))

    def contact(self, block: Contact) -> list[Unit]:
        return [self._items([self.translator.text(line.line) for line in block.lines])]

    def _paragraph(self, braille: Braille) -> Unit:
        return Unit(tuple(wrap(braille, self.width, 2, 0)))

    def _items(self, entries: list[Braille]) -> Unit:
        lines = [line for entry in entries for line in wrap(entry, self.width, 0, 2)]
        return Unit(tuple(lines), before=1, after=1)


def described(picture: Picture | None, words: str) -> str | None:
    """The alternative text of ``picture`` when it states a figure that ``words`` do not; ``None`` otherwise.

    Every picture of the outline stands beside words that carry its idea (the content's
    rule for alternative text), so a picture is shown in braille only when its text adds
    a figure, such as the numbers of a chart.
    """
    if picture is None:
        return None
    return picture.alt if _figures(picture.alt) - _figures(words) else None


def _figures(text: str) -> set[str]:
    return {re.sub(r"[,\u00a0\u202f]", "", figure) for figure in _FIGURE.findall(text)}


def _words_of(block: object) -> str:
    """The words of a block, for deciding whether a picture adds to them."""
    if isinstance(block, Paragraph | Quote):
        return plain(block.spans)
    if isinstance(block, ItemList):
        return " ".join(plain(item.spans) for item in block.items)
    if isinstance(block, Table):
        return " ".join(row.line for row in block.rows)
    if isinstance(block, Definitions):
        return " ".join(entry.line for entry in block.entries)
    if isinstance(block, Contact):
        return " ".join(line.line for line in block.lines)
    return ""
