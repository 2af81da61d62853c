"""The outline as chapters of passages: what is shown and said, one heading or block part at a time.

Chapter one is the opening (the title, who published it, what it covers); every
top-level section is a chapter of its own, its subsections inside it. A passage is a
heading, a paragraph, a list item, a table's caption or one row (read as its line of
label and values), a hard word with its meaning, a quote and its source, or a line
of the contact details: the unit the talking book highlights and the voice reads.
"""

from __future__ import annotations

import attrs

from focusreport.outline import (
    Block,
    BlockVisitor,
    Contact,
    Definitions,
    ItemList,
    Outline,
    Paragraph,
    Quote,
    Section,
    Table,
    plain,
)

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"


@attrs.frozen
class Passage:
    """One unit of reading: ``kind`` is heading, paragraph or item; ``level`` counts headings from 1 in each chapter."""

    kind: str
    text: str
    level: int = 0
    group: int = 0
    """Items of one list share a group number."""


@attrs.frozen
class Chapter:
    """A chapter of the book and one track of the spoken chapters."""

    name: str
    title: str
    passages: tuple[Passage, ...]


def chapters(outline: Outline, opening_title: str) -> list[Chapter]:
    """Every chapter of ``outline`` in reading order (see the module's description)."""
    counter = _Counter()
    opening = [Passage(HEADING, outline.title, 1)]
    for block in outline.front:
        opening.extend(counter.visit(block))
    opening.append(Passage(PARAGRAPH, outline.subject))
    made = [Chapter("opening", opening_title, tuple(passage for passage in opening if passage.text.strip()))]
    for section in outline.sections:
        passages = tuple(passage for passage in _section(section, 1, counter) if passage.text.strip())
        made.append(Chapter(section.anchor, section.title or outline.title, passages))
    return made


def _section(section: Section, level: int, counter: _Counter) -> list[Passage]:
    found = []
    inner = level
    if section.title:
        found.append(Passage(HEADING, section.title, level))
        inner = level + 1
    for block in section.blocks:
        found.extend(counter.visit(block))
    for subsection in section.sections:
        found.extend(_section(subsection, inner, counter))
    return found


class _Counter(BlockVisitor[list[Passage]]):
    """The passages of a block; numbers each list so that its items stay together."""

    def __init__(self) -> None:
        self.lists = 0

    def visit(self, block: Block) -> list[Passage]:
        return super().visit(block)

    def paragraph(self, block: Paragraph) -> list[Passage]:
        return [Passage(PARAGRAPH, plain(block.spans))]

    def item_list(self, block: ItemList) -> list[Passage]:
        self.lists += 1
        return [Passage(ITEM, plain(item.spans), group=self.lists) for item in block.items]

    def table(self, block: Table) -> list[Passage]:
        rows = [row.line or ", ".join(plain(cell.spans) for cell in row.cells) for row in block.rows]
        return [Passage(PARAGRAPH, block.caption), *(Passage(PARAGRAPH, row) for row in rows)]

    def definitions(self, block: Definitions) -> list[Passage]:
        return [Passage(PARAGRAPH, entry.line or f"{entry.term}: {plain(entry.spans)}") for entry in block.entries]

    def quote(self, block: Quote) -> list[Passage]:
        return [Passage(PARAGRAPH, plain(block.spans)), *([Passage(PARAGRAPH, block.source)] if block.source else [])]

    def contact(self, block: Contact) -> list[Passage]:
        return [Passage(PARAGRAPH, line.line or f"{line.label}: {line.value}") for line in block.lines]
