"""Plain text for screen readers (RNIB and GOV.UK guidance).

UTF-8 with no hard wrapping, no tables, no box drawing or decorative symbols.
Each heading stands on its own line after a blank line; each list is announced
with its length; table rows become "label: value" lines; every rating is written
as a word followed by its meaning. All of it is decided by the outline: this
writer only puts each block on its lines.

Links to the report in other languages are left out: their words are in those
languages, and plain text cannot mark a passage's language, so a screen reader would
read them in the wrong voice. The contact part says the report can be had in another
language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from focusreport import Option, WriterInput
from focusreport.edition import Edition
from focusreport.outline import BlockVisitor, Contact, Definitions, ItemList, Outline, Paragraph, Quote, Spans, Table, plain

# Spaces, tabs and line breaks inside a text: one space, so that a paragraph stays one line
# and a screen reader hears no pause. Other spaces (such as the no-break space that groups
# digits in some languages) are kept.
_SPACING = re.compile(r"[ \t\r\n\f\v]+")


class TextWriter:
    """Renders a report as plain text for screen readers and braille displays."""

    name = "text"
    extension = "txt"
    media_type = "text/plain; charset=utf-8"
    description = "Plain text for screen readers: no tables or symbols, lists announced, ratings in words"
    options = (Option("wording", "full: the report's own wording; easy: the easy-read wording", "full", choices=("full", "easy")),)
    editions = True

    def render(self, source: WriterInput) -> bytes:
        if source.edition is not None:
            return render_text_edition(source.edition).encode("utf-8")
        return render_text(source.outline).encode("utf-8")


def render_text(outline: Outline) -> str:
    """The outline as plain text: blocks separated by blank lines."""
    return _joined(block for part in _parts(outline) for block in part)


def render_text_edition(edition: Edition) -> str:
    """A bilingual edition as plain text: each part in each language in turn, in the edition's order."""
    parts = [_parts(outline) for outline in edition.outlines]
    return _joined(block for aligned in zip(*parts, strict=True) for part in aligned for block in part)


def _joined(blocks: Iterable[str]) -> str:
    return "\n\n".join(block for block in blocks if block) + "\n"


def _parts(outline: Outline) -> list[list[str]]:
    """The outline's parts in reading order, each its blocks of text: title, front matter, contents, then each section.

    A section's part is its heading and its own blocks; its subsections follow as parts of their own.
    """
    lines = _Lines()
    parts = [[_line(outline.title)], [lines.visit(block) for block in outline.front]]
    contents = [title for _, title in outline.contents()]
    parts.append([_line(outline.contents_title), _numbered(outline.contents_announcement, contents)] if contents else [])
    for section in outline.walk():
        parts.append([_line(section.title), *(lines.visit(block) for block in section.blocks)])
    return parts


def _line(text: str) -> str:
    """``text`` on one line, without repeated spaces."""
    return _SPACING.sub(" ", text).strip()


def _words(spans: Spans) -> str:
    return _line(plain(spans))


def _numbered(announcement: str, entries: list[str]) -> str:
    return "\n".join([_line(announcement), *(f"{number}. {_line(entry)}" for number, entry in enumerate(entries, start=1))])


def _lines(*lines: str) -> str:
    return "\n".join(line for line in map(_line, lines) if line)


class _Lines(BlockVisitor[str]):
    """Each block as its lines of text."""

    def paragraph(self, block: Paragraph) -> str:
        return _words(block.spans)

    def item_list(self, block: ItemList) -> str:
        return _numbered(block.announcement, [plain(item.spans) for item in block.items])

    def table(self, block: Table) -> str:
        return _lines(block.caption, block.announcement, *(row.line for row in block.rows))

    def definitions(self, block: Definitions) -> str:
        return _lines(block.announcement, *(entry.line for entry in block.entries))

    def quote(self, block: Quote) -> str:
        return _lines(plain(block.spans), block.source or "")

    def contact(self, block: Contact) -> str:
        return _lines(*(line.line for line in block.lines))
