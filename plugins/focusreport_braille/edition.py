"""The braille edition: volumes of numbered pages, each opening with a title page and contents.

Every page's first line holds its braille page number at the right margin, and the
text starts on the line below. Each volume is numbered from 1 (its title page), so
that the numbers in its contents are the pages of the volume in the reader's hands.
A report longer than a volume's pages is split at a page boundary, preferably before
a page that opens with a heading. Pages are separated by form feeds, lines end with
carriage return and line feed, and every character is one of the 64 cells of North
American Braille ASCII.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from focusreport.errors import WriterError
from focusreport.outline import Outline
from focusreport.strings import Strings
from focusreport_braille.blocks import BrailleBlocks
from focusreport_braille.brf import BLANK, pattern, to_brf
from focusreport_braille.codes import checked_table, code_for
from focusreport_braille.lines import centre, right, wrap
from focusreport_braille.louis import louis
from focusreport_braille.pages import Pages, Unit, paginate
from focusreport_braille.words import Braille, Translator

GUIDE_DOT = pattern("5")
"""Guide dots lead the eye from a contents entry to its page number."""
LEAST_GUIDE_DOTS = 2


@attrs.frozen
class Layout:
    """The page and the braille: cells per line, lines per page (the page number line included), grade, pages per volume."""

    width: int = 40
    height: int = 25
    grade: int = 2
    volume_pages: int = 80


@attrs.frozen
class Volume:
    """One volume: its body pages and, for its contents, each top-level heading that starts in it."""

    body: tuple[tuple[str, ...], ...]
    entries: tuple[tuple[str, int], ...]
    """(title, index of its page among the volume's body pages)."""


def render_braille(outline: Outline, strings: Strings, layout: Layout) -> bytes:
    """The whole edition as the bytes of a BRF file."""
    code = code_for(outline.language)
    library = louis()
    translator = Translator(library, code, checked_table(library, code, layout.grade))
    edition = _Edition(outline, strings, translator, layout)
    pages = edition.pages()
    return "\f".join("".join(f"{to_brf(line).rstrip()}\r\n" for line in page) for page in pages).encode("ascii")


class _Edition:
    def __init__(self, outline: Outline, strings: Strings, translator: Translator, layout: Layout) -> None:
        self.outline = outline
        self.strings = strings
        self.translator = translator
        self.layout = layout
        self.text_lines = layout.height - 1  # the first line of every page holds its number

    def pages(self) -> list[list[str]]:
        """Every page of every volume, each with its number line first."""
        body = paginate(self.body_units(), self.text_lines)
        volumes = self.volumes(body)
        pages: list[list[str]] = []
        for number, volume in enumerate(volumes, start=1):
            for page_number, lines in enumerate(self.volume_pages(volume, number, len(volumes)), start=1):
                number_line = right(self.translator.number(page_number).cells, self.layout.width)
                pages.append([number_line, *lines])
        return pages

    def body_units(self) -> list[Unit]:
        blocks = BrailleBlocks(self.translator, self.strings, self.layout.width)
        units: list[Unit] = []
        for block in self.outline.front:
            units += blocks.visit(block)
        for section in self.outline.sections:
            units += blocks.section(section)
        return units

    def volumes(self, body: Pages) -> list[Volume]:
        """The body split into volumes of at most ``volume_pages`` pages, title page and contents included."""
        most = self.layout.volume_pages
        title = len(self.title_pages(1, 1, most))
        ranges: list[range] = []
        start = 0
        while start < len(body.pages):
            front = title + 1  # the title page and, to begin with, one page of contents
            while True:  # more front pages leave room for fewer body pages: ends, since contents never grow without end
                end = self._volume_end(body, start, min(len(body.pages), start + max(1, most - front)))
                needed = title + len(self.contents(self._entries(body, range(start, end)), front))
                if needed <= front:
                    break
                front = needed
            ranges.append(range(start, end))
            start = end
        return [Volume(tuple(body.pages[page] for page in pages), self._entries(body, pages)) for pages in ranges]

    def _volume_end(self, body: Pages, start: int, end: int) -> int:
        """``end``, or an earlier page in the last quarter of the volume that opens with a heading."""
        if end >= len(body.pages):
            return end
        earliest = start + max(1, (end - start) * 3 // 4)
        tops = [page for page in body.heading_tops if earliest <= page <= end]
        return max(tops, default=end)

    def _entries(self, body: Pages, pages: range) -> tuple[tuple[str, int], ...]:
        return tuple(
            (title, body.anchors[anchor] - pages.start)
            for anchor, title in self.outline.contents()
            if anchor in body.anchors and body.anchors[anchor] in pages
        )

    def volume_pages(self, volume: Volume, number: int, count: int) -> list[tuple[str, ...]]:
        """Title page, contents and body of one volume; the contents' numbers count the pages before the body."""
        front = 1 + (1 if volume.entries else 0)
        # more front pages make the numbers in the contents larger, never smaller: this settles
        for _ in range(len(volume.entries) + 4):
            total = front + len(volume.body)
            title = self.title_pages(number, count, total)
            contents = self.contents(volume.entries, front) if volume.entries else []
            if len(title) + len(contents) == front:
                return [*title, *contents, *volume.body]
            front = len(title) + len(contents)
        raise WriterError("the braille contents pages did not settle on a number of pages")

    def title_pages(self, number: int, count: int, total: int) -> list[tuple[str, ...]]:
        """The title page: title, council, period, language, edition, braille code, volume and pages."""
        outline, words = self.outline, self.strings
        contracted = self.translator.code.is_contracted(self.layout.grade)
        groups = [
            [outline.report_title, outline.subtitle],
            [outline.council, outline.period],
            [words.format("braille-edition"), words.format("braille-language"), words.format("braille-code", grade=2 if contracted else 1)],
            [words.format("braille-volume", number=number, count=count), words.format("braille-pages", count=total)],
        ]
        units = []
        for group in groups:
            lines = [line for text in group if text.strip() for line in centre(self.translator.text(text), self.layout.width)]
            units.append(Unit(tuple(lines), before=1, after=1))
        return list(paginate(units, self.text_lines).pages)

    def contents(self, entries: Sequence[tuple[str, int]], front: int) -> list[tuple[str, ...]]:
        """The contents: each top-level heading with the braille page it starts on, guide dots between."""
        width = self.layout.width
        heading = Unit(tuple(centre(self.translator.text(self.outline.contents_title), width)), after=1, keep=True, heading=True)
        column = Unit((right(self.translator.text(self.strings.format("braille-contents-page")).cells, width),), keep=True)
        units = [heading, column]
        for title, page in entries:
            number = self.translator.number(front + page + 1).cells
            units.append(Unit(tuple(_entry(self.translator.text(title), number, width))))
        return list(paginate(units, self.text_lines).pages)


def _entry(title: Braille, number: str, width: int) -> list[str]:
    """A contents entry: the title from cell 1 (running over to cell 3), guide dots, the page number at the right margin."""
    lines = wrap(title, width - len(number) - LEAST_GUIDE_DOTS - 2, 0, 2)
    last = lines[-1]
    guide = GUIDE_DOT * (width - len(last) - len(number) - 2)
    return [*lines[:-1], f"{last}{BLANK}{guide}{BLANK}{number}"]
