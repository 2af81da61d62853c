"""Braille passages broken into lines of a fixed number of cells.

Words are never divided: a line breaks where the print had a space, or after the
hyphen of a hyphenated word (the braille codes allow a division there). Only a
sequence longer than a whole line, such as a long web address, is divided between
signs, preferably after a slash or before a dot, with the line continuation
indicator (dot 5) at the end of the line.
"""

from __future__ import annotations

from focusreport_braille.brf import BLANK, pattern
from focusreport_braille.words import HYPHEN, START, Braille

CONTINUATION = pattern("5")
"""UEB's line continuation indicator, ending a line where a long sequence is divided."""
CENTRED_MARGIN = 3
"""Blank cells kept at each side of a centred line."""
LEAST_DIVIDED = 6
"""The fewest cells of a too-long sequence worth starting at the end of a line."""
_SPACE = Braille(BLANK, " ")
_NOTHING = Braille("", "")


def wrap(braille: Braille, width: int, first: int = 0, rest: int = 0) -> list[str]:
    """Lines of at most ``width`` cells; the first line starts after ``first`` blank cells, the others after ``rest``."""
    lines: list[str] = []
    line: Braille | None = None

    def room() -> int:
        return width - (first if not lines else rest)

    def close(content: Braille) -> None:
        lines.append(BLANK * (first if not lines else rest) + content.cells)

    for word in braille.words():
        remaining = word
        while remaining:
            if line is None:
                if len(remaining) <= room():
                    line, remaining = remaining, _NOTHING
                else:
                    head, remaining = _divide(remaining, room())
                    close(head)
            elif len(line) + 1 + len(remaining) <= room():
                line, remaining = line + _SPACE + remaining, _NOTHING
            elif len(remaining) > width - rest and room() - len(line) - 1 >= LEAST_DIVIDED:
                # too long for any line: it starts on this one
                head, remaining = _divide(remaining, room() - len(line) - 1)
                close(line + _SPACE + head)
                line = None
            else:
                cut = _hyphen_cut(remaining, room() - len(line) - 1)
                close(line + _SPACE + remaining[:cut] if cut else line)
                line, remaining = None, remaining[cut:]
    if line is not None:
        close(line)
    return lines


def centre(braille: Braille, width: int) -> list[str]:
    """Lines centred between margins of :data:`CENTRED_MARGIN` blank cells, for headings and the title page."""
    lines = wrap(braille, max(width - 2 * CENTRED_MARGIN, 1))
    return [BLANK * ((width - len(line)) // 2) + line for line in lines]


def right(cells: str, width: int) -> str:
    """``cells`` at the end of a line of ``width`` cells: a page number."""
    return BLANK * (width - len(cells)) + cells


def _hyphen_cut(word: Braille, room: int) -> int:
    """The longest start of ``word`` that ends at one of its hyphens and fits ``room`` cells, or 0."""
    cuts = [index + 1 for index, mark in enumerate(word.marks) if mark == HYPHEN and index + 1 < len(word) and index + 1 <= room]
    return max(cuts, default=0)


def _divide(word: Braille, room: int) -> tuple[Braille, Braille]:
    """A sequence too long for a line: its start up to a hyphen, or else up to a sign boundary with the continuation indicator."""
    cut = _hyphen_cut(word, room)
    if cut:
        return word[:cut], word[cut:]
    starts = [index for index, mark in enumerate(word.marks) if mark == START and 0 < index <= room - 1]
    preferred = [index for index in starts if _preferred(word, index)]
    cut = max(preferred or starts, default=max(room - 1, 1))
    return word[:cut] + Braille(CONTINUATION, "."), word[cut:]


def _preferred(word: Braille, index: int) -> bool:
    """After a slash or before a dot: where an address reads best divided (UEB's slash is dots 456, 34)."""
    slash = pattern("456") + pattern("34")
    return word.cells[:index].endswith(slash) or word.cells[index] == pattern("256")
