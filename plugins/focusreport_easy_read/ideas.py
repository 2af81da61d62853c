"""The outline's blocks as ideas: one idea is one row of easy read, its pictures beside its words.

This module decides what goes in each row and in which order; it knows nothing of Word,
so the same ideas could be laid out by any easy-read format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from focusreport.outline import (
    Block,
    BlockVisitor,
    Cell,
    Contact,
    Definitions,
    ItemList,
    Paragraph,
    Picture,
    Quote,
    Row,
    Span,
    Spans,
    Table,
    Term,
    Text,
)
from focusreport.strings import Strings

_LABEL = "\ue000"
_VALUE = "\ue001"
_PLACES = re.compile(f"([{_LABEL}{_VALUE}])")


@attrs.frozen
class Idea:
    """One row: the paragraphs for the right, and the pictures for the left.

    ``pictures`` are places, one per picture column (one idea shows at most one
    picture); ``None`` where the idea has no picture, so that the pictures of the rows
    of a table stay in line.
    """

    paragraphs: tuple[Spans, ...]
    pictures: tuple[Picture | None, ...] = ()
    lead_in: bool = False
    """Words that open what follows them: a list or table ("We wanted to:"), or the subjects given a rating."""

    @property
    def shown(self) -> tuple[Picture, ...]:
        """The pictures there are, left to right."""
        return tuple(picture for picture in self.pictures if picture is not None)


def idea(paragraphs: Sequence[Spans], pictures: Sequence[Picture | None]) -> list[Idea]:
    """An idea of the paragraphs that have words; nothing when no paragraph has words."""
    kept = tuple(spans for spans in paragraphs if any(span.text.strip() for span in spans))
    if not kept:
        return []
    return [Idea(kept, tuple(pictures))]


def labelled(strings: Strings, label: Spans, value: Spans) -> Spans:
    """``label`` and ``value`` put together by the library's ``labelled-value`` message, marks kept.

    The message is the one the outline itself uses for a label and its value, so the
    punctuation and word order stay the translator's.
    """
    result: list[Span] = []
    for piece in _PLACES.split(strings.format("labelled-value", label=_LABEL, value=_VALUE)):
        if piece == _LABEL:
            result += label
        elif piece == _VALUE:
            result += value
        elif piece:
            result.append(Text(piece))
    return tuple(result)


def section_ideas(blocks: Sequence[Block], visitor: Ideas) -> list[Idea]:
    """The ideas of a section's blocks, in order; a paragraph without a picture just before
    a list or a table is marked as its lead-in."""
    ideas: list[Idea] = []
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        found = visitor.visit(block)
        if isinstance(block, Paragraph) and block.picture is None and isinstance(after, ItemList | Table | Definitions):
            found = [attrs.evolve(idea, lead_in=True) for idea in found]
        ideas += found
    return ideas


def give_lead(ideas: list[Idea], lead: Picture | None) -> Picture | None:
    """Set ``lead`` (a section's picture, or one handed down) beside the first row of ``ideas``.

    A lead-in is not a row; the picture goes beside the first row only when that row has
    no picture of its own (a rating's picture is not the row's). Returns the picture still
    to hand down: ``lead`` when there is no row to take it, else ``None``.
    """
    rows = [index for index, idea in enumerate(ideas) if not idea.lead_in]
    if not rows:
        return lead
    first = rows[0]
    if lead is not None and (ideas[first].pictures or (None,))[0] is None:
        ideas[first] = attrs.evolve(ideas[first], pictures=(lead, *ideas[first].pictures[1:]))
    return None


class Ideas(BlockVisitor[list[Idea]]):
    """Each block as its ideas, in reading order."""

    def __init__(self, strings: Strings) -> None:
        self.strings = strings

    def paragraph(self, block: Paragraph) -> list[Idea]:
        return idea([block.spans], [block.picture])

    def item_list(self, block: ItemList) -> list[Idea]:
        """One row per item; an item that states a rating (the legend) shows the rating's picture when it has none of its own."""
        ideas = []
        for item in block.items:
            pictures = [item.picture] if item.picture else [rating.picture for rating in item.ratings[:1]]
            ideas += idea([item.spans], pictures)
        return ideas

    def table(self, block: Table) -> list[Idea]:
        """A table whose rows state one rating each is grouped by rating; any other is read row by row.

        Each group opens with the rating (its word and meaning, beside the level's
        picture), best level first, and goes on with the subjects rated so, in the
        table's order: one idea per row, and the rating said once for all its subjects.
        """
        ratings = [[cell.rating for cell in row.cells if cell.rating is not None] for row in block.rows]
        if not block.rows or any(len(rated) != 1 for rated in ratings):
            return [found for row in block.rows for found in self.row(row, block.header)]
        ideas: list[Idea] = []
        for position in sorted({rated[0].position for rated in ratings}):
            rows = [row for row, rated in zip(block.rows, ratings, strict=True) if rated[0].position == position]
            rating = next(rated[0] for rated in ratings if rated[0].position == position)
            ideas += [attrs.evolve(found, lead_in=True) for found in idea([rating.spans], [rating.picture])]
            ideas += [found for row in rows for found in self.subject(row, block.header)]
        return ideas

    def subject(self, row: Row, header: tuple[str, ...]) -> list[Idea]:
        """The row's subject and its values other than ratings, beside the row's picture."""
        paragraphs = [
            cell.spans if column == 0 else self.label(cell, column, header) for column, cell in enumerate(row.cells) if cell.rating is None
        ]
        return idea(paragraphs, [row.picture])

    def row(self, row: Row, header: tuple[str, ...]) -> list[Idea]:
        """The row's subject, then each of its ratings in a row of its own: one idea per row.

        A rating is labelled by its column only when the row has more than one, so that
        the two can be told apart.
        """
        ratings = [(column, cell.rating) for column, cell in enumerate(row.cells) if cell.rating is not None]
        ideas = self.subject(row, header)
        for column, rating in ratings:
            words = self.label(row.cells[column], column, header) if len(ratings) > 1 else rating.spans
            ideas += idea([words], [rating.picture])
        return ideas

    def label(self, cell: Cell, column: int, header: tuple[str, ...]) -> Spans:
        name = header[column] if column < len(header) else ""
        if not name.strip() and cell.rating is not None:
            name = cell.rating.scale_name
        return labelled(self.strings, (Text(name),), cell.spans) if name.strip() else cell.spans

    def definitions(self, block: Definitions) -> list[Idea]:
        """The hard word in bold, then its explanation, beside the word's picture."""
        return [
            found for entry in block.entries for found in idea([labelled(self.strings, (Term(entry.term),), entry.spans)], [entry.picture])
        ]

    def quote(self, block: Quote) -> list[Idea]:
        """The quote, and who it is from in a paragraph of its own."""
        return idea([block.spans, (Text(block.source),) if block.source else ()], [block.picture])

    def contact(self, block: Contact) -> list[Idea]:
        """One way to get in touch per idea: its label and its value, as the outline words them."""
        return [found for line in block.lines for found in idea([(Text(line.line),)], [])]
