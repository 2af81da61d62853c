"""The report's words in braille, with the places a line may break.

A passage is translated whole, so that contractions and indicators see whole words
and whole sentences; the line breaker then breaks it only where the print had a
space, or after the hyphen of a hyphenated word. Spaces inside a sign (the Welsh
code's percent sign), no-break spaces (Polish digit groups) and the hyphens of web
and email addresses are never break points.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from focusreport.errors import WriterError
from focusreport.outline import Foreign, Spans
from focusreport_braille.brf import BLANK, pattern
from focusreport_braille.codes import BrailleCode
from focusreport_braille.louis import NO_CONTRACT, PLAIN, Louis

BREAK = " "
"""A blank cell a line may break at (the space itself is dropped)."""
HYPHEN = "-"
"""The hyphen of a hyphenated word: a line may break after it."""
START = "|"
"""The first cell of a sign: where an address too long for any line may be divided."""
INSIDE = "."
"""Any other cell, including a blank cell that is part of a sign or a no-break space."""

_SPACING = re.compile(r"[ \t\r\n\f\v]+")
_WHITESPACE = frozenset(" \t\r\n\f\v")
_BREAKING_SPACES = frozenset(" ")
_ADDRESS = re.compile(r"://|@|^www\.|\w/\w", re.IGNORECASE)
_HYPHEN_CELL = pattern("36")
_DOT_7 = pattern("7")


@attrs.frozen
class Braille:
    """Cells (Unicode braille patterns) and, for each, a mark saying how a line may break there."""

    cells: str
    marks: str

    def __len__(self) -> int:
        return len(self.cells)

    def __add__(self, other: Braille) -> Braille:
        return Braille(self.cells + other.cells, self.marks + other.marks)

    def __getitem__(self, index: slice) -> Braille:
        return Braille(self.cells[index], self.marks[index])

    def words(self) -> list[Braille]:
        """The passage split at its break points, without the blank cells between."""
        found: list[Braille] = []
        start = 0
        for index, mark in enumerate(self.marks + BREAK):
            if mark == BREAK:
                if index > start:
                    found.append(self[start:index])
                start = index + 1
        return found


def one_line(text: str) -> str:
    """``text`` without line breaks, tabs or repeated spaces: print layout means nothing in braille."""
    return _SPACING.sub(" ", text).strip()


class Translator:
    """Turns the words of one document into braille with one table, translating each distinct passage once."""

    def __init__(self, louis: Louis, code: BrailleCode, table: str) -> None:
        self.louis = louis
        self.code = code
        self.table = table
        self._done: dict[tuple[str, tuple[int, ...]], Braille] = {}

    def text(self, text: str) -> Braille:
        """Plain words in braille."""
        text = one_line(text)
        return self._braille(text, (PLAIN,) * len(text))

    def spans(self, spans: Spans) -> Braille:
        """Words with their marks: a passage in another language is written uncontracted, letter by letter.

        Emphasis (a rating's name in bold) is not brailled: the words say it, and
        braille shows emphasis only where it changes the meaning.
        """
        pieces: list[tuple[str, int]] = [(span.text, NO_CONTRACT if isinstance(span, Foreign) else PLAIN) for span in spans]
        return self._braille(*_joined(pieces))

    def number(self, number: int) -> Braille:
        """A page number in the code's own digits, with its number sign."""
        return self.text(str(number))

    def _braille(self, text: str, forms: tuple[int, ...]) -> Braille:
        key = (text, forms)
        if key not in self._done:
            self._done[key] = self._translate(text, forms)
        return self._done[key]

    def _translate(self, text: str, forms: tuple[int, ...]) -> Braille:
        missing = self.louis.undefined(self.table, "".join(sorted(set(text))))
        if missing:
            names = ", ".join(f"{character!r} (U+{ord(character):04X})" for character in missing)
            raise WriterError(f"{self.code.language} braille ({self.table}) cannot write {names}, in: {text[:80]!r}")
        plain_forms = all(form == PLAIN for form in forms)
        translation = self.louis.translate(self.table, text, None if plain_forms else forms)
        cells = translation.cells
        if cells and max(cells) >= _DOT_7:
            cells = "".join(self._six_dots(cell, text[source], text) for cell, source in zip(cells, translation.sources, strict=True))
        return Braille(cells, _marks(text, cells, translation.sources))

    def _six_dots(self, cell: str, character: str, text: str) -> str:
        """``cell`` without dots 7 and 8 when it writes an ASCII character in computer braille; any other eight-dot cell is an error.

        The Welsh table writes web and email addresses in computer braille, whose
        eight-dot cells (``@`` is dots 4 and 7) lose only dots 7 and 8 in six-dot braille,
        as in North American Braille Computer Code.
        """
        dots = ord(cell) - 0x2800
        if dots < 0x40:
            return cell
        if " " < character < "\x7f":
            return chr(0x2800 + (dots & 0x3F))
        raise WriterError(f"{self.code.language} braille ({self.table}) writes {character!r} with an eight-dot cell, in: {text[:80]!r}")


def _joined(pieces: Iterable[tuple[str, int]]) -> tuple[str, tuple[int, ...]]:
    """The pieces' text as one line, each character with the typeform of its piece."""
    text: list[str] = []
    forms: list[int] = []
    for piece, form in pieces:
        for character in piece:
            if character in _WHITESPACE:
                if text and text[-1] != " ":
                    text.append(" ")
                    forms.append(PLAIN)
            else:
                text.append(character)
                forms.append(form)
    if text and text[-1] == " ":
        text.pop()
        forms.pop()
    return "".join(text), tuple(forms)


def _marks(text: str, cells: str, sources: tuple[int, ...]) -> str:
    """How a line may break at each cell, from the character each cell comes from."""
    addresses = _address_characters(text)
    marks: list[str] = []
    for index, (cell, source) in enumerate(zip(cells, sources, strict=True)):
        character = text[source]
        if cell == BLANK and character in _BREAKING_SPACES:
            marks.append(BREAK)
        elif cell == _HYPHEN_CELL and character == "-" and _between_letters(text, source) and source not in addresses:
            marks.append(HYPHEN)
        elif index == 0 or sources[index - 1] != source:
            marks.append(START)
        else:
            marks.append(INSIDE)
    return "".join(marks)


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def _address_characters(text: str) -> frozenset[int]:
    """The positions of the characters of words that are web or email addresses."""
    found: set[int] = set()
    for word in re.finditer(r"\S+", text):
        if _ADDRESS.search(word.group()):
            found.update(range(word.start(), word.end()))
    return frozenset(found)
