"""Each kind of block of the outline as Markdown: paragraphs, lists, GFM tables, quotes, contact details.

Lists are real lists and tables real GFM tables with a header row, so that the HTML
any Markdown processor makes has ``ul``, ``th`` and the rest. The length
announcements of the outline are for formats without such structure and are not
written: a screen reader announces a list or table itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from focusreport.outline import BlockVisitor, Contact, ContactLine, Definition, Definitions, ItemList, Paragraph, Quote, Table, plain
from focusreport_markdown.escape import escape, escape_block_start, escape_inline
from focusreport_markdown.inline import beside, bold, inline, link, picture, woven

QUOTE_SOURCE_MARK = "\u2014"
"""The em dash that opens the line naming who said a quote, as print does in most languages."""


class MarkdownBlocks(BlockVisitor[str]):
    """Turns each block into Markdown; ``pictures`` says whether pictures are written."""

    def __init__(self, *, pictures: bool) -> None:
        self.pictures = pictures

    def paragraph(self, block: Paragraph) -> str:
        return escape_block_start(beside(picture(block.picture, self.pictures), inline(block.spans)))

    def item_list(self, block: ItemList) -> str:
        entries = [beside(picture(item.picture, self.pictures), inline(item.spans)) for item in block.items]
        return _list(entries, ordered=block.ordered)

    def table(self, block: Table) -> str:
        """A GFM table; its caption, which GFM tables cannot carry, is the paragraph before it."""
        lines = [_row([escape(name) for name in block.header]), _row(["---"] * len(block.header))]
        lines += [_row([inline(cell.spans).strip() for cell in row.cells]) for row in block.rows]
        table = "\n".join(lines)
        return f"{escape(block.caption)}\n\n{table}" if block.caption.strip() else table

    def definitions(self, block: Definitions) -> str:
        return _list([self.definition(entry) for entry in block.entries], ordered=False)

    def definition(self, entry: Definition) -> str:
        """The word in bold, then its explanation, in the order the document's language gives them."""
        explanation = plain(entry.spans)
        if entry.term and entry.term in entry.line:
            words = woven(entry.line, [(entry.term, bold(entry.term)), (explanation, inline(entry.spans))])
        else:
            words = f"{bold(entry.term)} {inline(entry.spans)}"
        return beside(picture(entry.picture, self.pictures), words)

    def quote(self, block: Quote) -> str:
        """A block quote; the source, when there is one, is its last paragraph."""
        paragraphs = [escape_block_start(beside(picture(block.picture, self.pictures), inline(block.spans)))]
        if block.source:
            paragraphs.append(f"{QUOTE_SOURCE_MARK} {escape(block.source)}")
        return "\n>\n".join(f"> {paragraph}" for paragraph in paragraphs)

    def contact(self, block: Contact) -> str:
        return _list([_contact_line(line) for line in block.lines], ordered=False)


def _contact_line(line: ContactLine) -> str:
    """Label and value; the value a link when it leads somewhere (``tel:``, ``mailto:``, ``https:``)."""
    if line.target is None:
        return escape_inline(line.line)
    if line.value and line.value in line.line:
        return woven(line.line, [(line.value, link(escape_inline(line.value), line.target))])
    return link(escape_inline(line.line), line.target)


_ORDERED = re.compile(r"^(\d{1,9})\. ")


def kept_apart(previous: str, markdown: str) -> str:
    """``markdown``, a block, with other list markers when it is a list right after a list with the same markers.

    CommonMark joins two such lists into one, even across a blank line; a bullet list
    after a ``-`` list uses ``*``, a numbered list after a ``1.`` list uses ``1)``.
    Every line of a list this writer makes is one item, and no other block it makes
    starts with a list marker (text that would is escaped).
    """
    lines = markdown.splitlines()
    if markdown.startswith("- ") and previous.startswith("- "):
        return "\n".join("* " + line.removeprefix("- ") for line in lines)
    if _ORDERED.match(markdown) and _ORDERED.match(previous):
        return "\n".join(_ORDERED.sub(r"\1) ", line, count=1) for line in lines)
    return markdown


def _list(entries: Sequence[str], *, ordered: bool) -> str:
    markers = [f"{number}." for number in range(1, len(entries) + 1)] if ordered else ["-"] * len(entries)
    return "\n".join(f"{marker} {escape_block_start(entry)}" for marker, entry in zip(markers, entries, strict=True))


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
