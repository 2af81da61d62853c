"""North American Braille ASCII, the characters of a braille-ready file (BRF).

Each of the 64 six-dot cells is one printable ASCII character: the space is the blank
cell, ``A`` is dot 1, ``#`` the number sign (dots 3456). It is the mapping of
liblouis's ``en-us-brf.dis`` (the tests compare the two), kept here so that the
bytes of a file never depend on which display tables are installed.
"""

from __future__ import annotations

from focusreport.errors import WriterError

BLANK = "\u2800"
"""The blank cell, as a Unicode braille pattern."""

_DOTS = {
    " ": "",
    "A": "1",
    "B": "12",
    "C": "14",
    "D": "145",
    "E": "15",
    "F": "124",
    "G": "1245",
    "H": "125",
    "I": "24",
    "J": "245",
    "K": "13",
    "L": "123",
    "M": "134",
    "N": "1345",
    "O": "135",
    "P": "1234",
    "Q": "12345",
    "R": "1235",
    "S": "234",
    "T": "2345",
    "U": "136",
    "V": "1236",
    "W": "2456",
    "X": "1346",
    "Y": "13456",
    "Z": "1356",
    "0": "356",
    "1": "2",
    "2": "23",
    "3": "25",
    "4": "256",
    "5": "26",
    "6": "235",
    "7": "2356",
    "8": "236",
    "9": "35",
    "'": "3",
    "@": "4",
    '"': "5",
    ",": "6",
    "*": "16",
    "/": "34",
    "-": "36",
    "^": "45",
    ".": "46",
    ";": "56",
    "<": "126",
    "%": "146",
    ":": "156",
    "[": "246",
    ">": "345",
    "+": "346",
    "_": "456",
    "$": "1246",
    "\\": "1256",
    "?": "1456",
    "!": "2346",
    "#": "3456",
    "&": "12346",
    "(": "12356",
    "]": "12456",
    ")": "23456",
    "=": "123456",
}


def pattern(dots: str) -> str:
    """The Unicode braille pattern of ``dots`` (such as ``"3456"``)."""
    return chr(0x2800 + sum(1 << (int(dot) - 1) for dot in dots))


BRF_OF = {pattern(dots): character for character, dots in _DOTS.items()}
"""Unicode braille pattern to BRF character, for the 64 six-dot cells."""

CELL_OF = {character: cell for cell, character in BRF_OF.items()}
"""BRF character to Unicode braille pattern."""

BRF_CHARACTERS = frozenset(BRF_OF.values())


def to_brf(cells: str) -> str:
    """Cells as BRF characters; a cell with dot 7 or 8 has none, and is an error."""
    try:
        return "".join(BRF_OF[cell] for cell in cells)
    except KeyError:
        wrong = next(cell for cell in cells if cell not in BRF_OF)
        raise WriterError(f"the braille holds {wrong!r} (U+{ord(wrong):04X}), which is not a six-dot cell of a BRF file") from None


def to_cells(brf: str) -> str:
    """BRF characters (either letter case) as Unicode braille patterns, for showing a page."""
    return "".join(CELL_OF[character] for character in brf.upper())
