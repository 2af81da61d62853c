"""Refuse text that would make the book invalid XHTML, naming where in the outline it is.

Markup characters (``<``, ``&``) are no danger: the pages are built as element trees
and serialised, so they are escaped. Control characters cannot be written at all in
XML 1.0, so an outline that carries one is refused with the place of the text at
fault (the section's anchor, the block, the entry). The content loader already
rejects them in content folders; this guards reports and outlines built in code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from focusreport import WriterError
from focusreport.outline import (
    Block,
    BlockVisitor,
    Contact,
    Definitions,
    ItemList,
    Link,
    Outline,
    Paragraph,
    Picture,
    Quote,
    Rating,
    Spans,
    Table,
)

_WHITESPACE = frozenset("\t\n\r")

Texts = Iterator[tuple[str, str]]


def unprintable(text: str) -> str | None:
    """Why ``text`` cannot go into XHTML, or ``None`` when it can."""
    for offset, char in enumerate(text):
        code = ord(char)
        control = unicodedata.category(char) == "Cc" and char not in _WHITESPACE
        if control or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            return f"the character U+{code:04X} at character {offset + 1} cannot be written in XHTML"
    return None


def check_outline(outline: Outline) -> None:
    """Raise :class:`WriterError` for the first text of ``outline`` that XHTML cannot carry."""
    for where, text in outline_texts(outline):
        reason = unprintable(text)
        if reason:
            raise WriterError(f"{outline.report_id} ({outline.language.tag}): {where}: {reason}")


def outline_texts(outline: Outline) -> Texts:
    """Every text the book can print or declare, with the place that names it, in reading order."""
    yield "title", outline.title
    yield "council", outline.council
    yield "subject", outline.subject
    yield "contents title", outline.contents_title
    yield from _blocks("front", outline.front)
    for link in outline.other_languages:
        yield f"link to {link.language.tag}", link.text
        yield f"link to {link.language.tag} (target)", link.target
    for section in outline.walk():
        yield f"{section.anchor}, heading", section.title
        yield from _picture(f"{section.anchor}, picture", section.picture)
        yield from _blocks(section.anchor, section.blocks)


def _blocks(where: str, blocks: tuple[Block, ...]) -> Texts:
    for number, block in enumerate(blocks, start=1):
        yield from _Texts(f"{where}, block {number}").visit(block)


def _spans(where: str, spans: Spans) -> Texts:
    for span in spans:
        yield where, span.text
        if isinstance(span, Link):
            yield f"{where} (link)", span.target


def _picture(where: str, picture: Picture | None) -> Texts:
    if picture is not None:
        yield f"{where} {picture.id} (alternative text)", picture.alt


def _rating(where: str, rating: Rating | None) -> Texts:
    if rating is not None:
        yield from _picture(f"{where} (rating)", rating.picture)


class _Texts(BlockVisitor[Texts]):
    """The texts of one block, each named by its place: ``principles-heading, block 1, item 2``."""

    def __init__(self, where: str) -> None:
        self.where = where

    def paragraph(self, block: Paragraph) -> Texts:
        yield from _spans(f"{self.where} (paragraph)", block.spans)
        yield from _picture(f"{self.where} (paragraph)", block.picture)

    def item_list(self, block: ItemList) -> Texts:
        for number, item in enumerate(block.items, start=1):
            where = f"{self.where}, item {number}"
            yield from _spans(where, item.spans)
            yield from _picture(where, item.picture)
            for rating in item.ratings:
                yield from _rating(where, rating)

    def table(self, block: Table) -> Texts:
        yield f"{self.where} (caption)", block.caption
        for number, column in enumerate(block.header, start=1):
            yield f"{self.where}, column {number}", column
        for row_number, row in enumerate(block.rows, start=1):
            for cell_number, cell in enumerate(row.cells, start=1):
                where = f"{self.where}, row {row_number}, cell {cell_number}"
                yield from _spans(where, cell.spans)
                yield from _rating(where, cell.rating)
            yield from _picture(f"{self.where}, row {row_number}", row.picture)

    def definitions(self, block: Definitions) -> Texts:
        for number, entry in enumerate(block.entries, start=1):
            where = f"{self.where}, entry {number}"
            yield where, entry.term
            yield from _spans(where, entry.spans)
            yield from _picture(where, entry.picture)

    def quote(self, block: Quote) -> Texts:
        yield from _spans(f"{self.where} (quote)", block.spans)
        if block.source is not None:
            yield f"{self.where} (source)", block.source
        yield from _picture(f"{self.where} (quote)", block.picture)

    def contact(self, block: Contact) -> Texts:
        for number, line in enumerate(block.lines, start=1):
            where = f"{self.where}, line {number}"
            yield where, line.line
            yield where, line.value
            if line.target is not None:
                yield f"{where} (link)", line.target
