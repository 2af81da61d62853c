"""The outline: one report in one language and one wording, as a tree of format-neutral blocks.

The outline is what every writer visits. It has already decided everything but layout:
the order of the parts, every heading's words and level, the wording (full or easy),
how each rating is phrased, what a code stands for, the length of each list, how each
number is written. A writer turns these few kinds of node into its format and never
reads the report, its content files or its parts.

The tree::

    Outline
     ├─ front: Paragraph ...              (before the first section: who published it)
     └─ sections: Section ...             (level 2; a Section holds blocks, then subsections)
          ├─ blocks: Paragraph | ItemList | Table | Definitions | Quote | Contact
          └─ sections: Section ...        (level 3, and so on)

Inline text is a tuple of spans: :class:`Text`, :class:`Strong` (bold), :class:`Term` (a hard
word the glossary explains), :class:`Link` and :class:`Foreign` (a passage in another
language, which a writer marks with its language).
"""

from __future__ import annotations

import abc
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Generic, TypeVar

import attrs

from focusreport.languages import Language

FULL = "full"
EASY = "easy"
WORDINGS = (FULL, EASY)


@attrs.frozen
class Text:
    """Plain words."""

    text: str


@attrs.frozen
class Strong:
    """Words to stress: a rating's name, a label."""

    text: str


@attrs.frozen
class Term:
    """A hard word, explained in the report's hard-words list; easy read prints it in bold."""

    text: str


@attrs.frozen
class Link:
    """Words that lead somewhere: ``target`` is a ``https:``, ``mailto:`` or ``tel:`` address."""

    text: str
    target: str


@attrs.frozen
class Foreign:
    """A passage in another language than the document's, to be marked with its own language."""

    text: str
    language: Language


Span = Text | Strong | Term | Link | Foreign
Spans = tuple[Span, ...]


def plain(spans: Spans) -> str:
    """The words of ``spans`` without their marks."""
    return "".join(span.text for span in spans)


@attrs.frozen
class Picture:
    """A picture to show beside words: its file, media type and alternative text in the document's language."""

    id: str
    path: Path
    media_type: str
    alt: str


@attrs.frozen
class Rating:
    """A judgement on one scale, in words: ``spans`` is the whole phrase (name in :class:`Strong`, then the meaning).

    ``position`` counts from 1 (the best level) to ``count``; ``colour`` (``#rrggbb``) and
    ``picture`` are extras for sighted readers, never the only sign of the rating.
    """

    scale_id: str
    scale_name: str
    level_id: str
    name: str
    meaning: str
    spans: Spans
    position: int
    count: int
    colour: str
    picture: Picture | None = None

    @property
    def text(self) -> str:
        """The phrase as plain words: "Green. Good progress is being made ..."."""
        return plain(self.spans)


@attrs.frozen
class Paragraph:
    """A paragraph, with the picture that goes beside it (when it has one)."""

    spans: Spans
    picture: Picture | None = None


@attrs.frozen
class ListItem:
    """One entry of a list; ``ratings`` when the entry is a rating (as in the legend)."""

    spans: Spans
    picture: Picture | None = None
    ratings: tuple[Rating, ...] = ()


@attrs.frozen
class ItemList:
    """A list. ``announcement`` says its length in words ("A list of 3 items."), for screen-reader formats."""

    items: tuple[ListItem, ...]
    announcement: str
    ordered: bool = False


@attrs.frozen
class Cell:
    """A table cell: its words, and the rating it states when it states one (its words are then the rating's phrase)."""

    spans: Spans
    rating: Rating | None = None


@attrs.frozen
class Row:
    """A table row: the first cell is the row's header; ``picture`` is the picture of the row's subject."""

    cells: tuple[Cell, ...]
    picture: Picture | None = None
    line: str = ""
    """The row as one line of label and values, for formats without tables (plain text, braille, audio)."""


@attrs.frozen
class Table:
    """A data table: a caption, one header row, rows whose first cell heads the row.

    ``weights`` are the columns' relative widths, for formats that must fix them;
    ``announcement`` says its size in words.
    """

    caption: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    announcement: str
    weights: tuple[int, ...]


@attrs.frozen
class Definition:
    """A hard word and its explanation."""

    term: str
    spans: Spans
    picture: Picture | None = None
    line: str = ""
    """Word and explanation as one line ("Grant: money ..."), for formats without definition lists."""


@attrs.frozen
class Definitions:
    entries: tuple[Definition, ...]
    announcement: str


@attrs.frozen
class Quote:
    """A quote or a case study, and who it is from."""

    spans: Spans
    source: str | None = None
    picture: Picture | None = None


@attrs.frozen
class ContactLine:
    """One way to get in touch: ``kind`` is ``phone``, ``email``, ``web`` or ``address``."""

    kind: str
    label: str
    value: str
    target: str | None = None
    """Where a link goes (``tel:``, ``mailto:``, ``https:``); ``None`` for the address."""
    line: str = ""
    """Label and value as one line."""


@attrs.frozen
class Contact:
    lines: tuple[ContactLine, ...]


Block = Paragraph | ItemList | Table | Definitions | Quote | Contact


@attrs.frozen
class Section:
    """A heading and what it heads. ``level`` 2 is a top-level section (the document title is 1).

    ``anchor`` is unique in the outline, made of lower-case letters, digits and hyphens;
    ``kind`` is the part kind it comes from (``section``, ``rated-list``, ``theme``,
    ``glossary``, ``contact``, ...), for writers that place some kinds specially.
    """

    anchor: str
    title: str
    level: int
    kind: str
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    picture: Picture | None = None

    def walk(self) -> Iterator[Section]:
        """This section and every section inside it, in reading order."""
        yield self
        for section in self.sections:
            yield from section.walk()


@attrs.frozen
class LanguageLink:
    """The same report in another language: the words of the link are in that language."""

    language: Language
    text: str
    target: str


@attrs.frozen
class Outline:
    """The whole report, ready for a writer."""

    report_id: str
    language: Language
    wording: str
    title: str
    """The document's title: the report's title and subtitle, as the language writes them."""
    report_title: str
    subtitle: str
    council: str
    period: str
    subject: str
    """One sentence saying what the document is, for metadata."""
    published: datetime.date
    contents_title: str
    contents_announcement: str
    """The length of the contents list in words, for screen-reader formats."""
    front: tuple[Block, ...]
    sections: tuple[Section, ...]
    pictures: tuple[Picture, ...]
    """Every picture the outline shows, each once, in reading order."""
    credits: tuple[str, ...] = ()
    other_languages: tuple[LanguageLink, ...] = ()
    hard_words: tuple[str, ...] = ()
    """The hard words easy wording marks as :class:`Term` spans."""
    pronunciations: tuple[tuple[str, str], ...] = ()
    """Words as written and how a voice should say them, from the report: for formats that speak."""
    cover: Picture | None = None
    """In easy wording, the picture for a cover page (the report's ``cover``); not among ``pictures``,
    which are those beside the words."""

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def contents(self) -> tuple[tuple[str, str], ...]:
        """``(anchor, title)`` of each top-level section: the contents list."""
        return tuple((section.anchor, section.title) for section in self.sections)


Result = TypeVar("Result")


class BlockVisitor(abc.ABC, Generic[Result]):
    """A writer's handler for each kind of block: :meth:`visit` calls the one that fits.

    Every method is abstract, so that a writer which misses a kind of block fails the
    type check, not a reader.
    """

    def visit(self, block: Block) -> Result:
        """Hand ``block`` to the method for its kind."""
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, ItemList):
            return self.item_list(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Definitions):
            return self.definitions(block)
        if isinstance(block, Quote):
            return self.quote(block)
        if isinstance(block, Contact):
            return self.contact(block)
        raise TypeError(f"not a block of the outline: {block!r}")

    @abc.abstractmethod
    def paragraph(self, block: Paragraph) -> Result: ...

    @abc.abstractmethod
    def item_list(self, block: ItemList) -> Result: ...

    @abc.abstractmethod
    def table(self, block: Table) -> Result: ...

    @abc.abstractmethod
    def definitions(self, block: Definitions) -> Result: ...

    @abc.abstractmethod
    def quote(self, block: Quote) -> Result: ...

    @abc.abstractmethod
    def contact(self, block: Contact) -> Result: ...
