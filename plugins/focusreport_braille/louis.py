"""A small binding to liblouis, the braille translator, through ctypes.

Debian ships liblouis as a shared library (``liblouis20``) and the tables as data
(``liblouis-data``), but no Python binding a virtual environment can use: its
``python3-louis`` belongs to Debian's own Python. Calling the shared library directly
compiles each table once per process, takes text of any characters (the
``lou_translate`` command reads backslashes in its input as escapes), and gives the
position in the text of every braille cell, which line breaking needs.

Text goes in as Unicode; braille comes out as Unicode braille patterns (U+2800 to
U+28FF), one per cell, never through a display table.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Sequence

import attrs

from focusreport.errors import WriterError

PLAIN = 0x0000
NO_CONTRACT = 0x1000
"""liblouis's typeform for text to write letter by letter (a passage in another language)."""

_DOTS_IO = 4
_UNICODE_BRAILLE = 64
_NO_UNDEFINED = 128
_MODE = _DOTS_IO | _UNICODE_BRAILLE | _NO_UNDEFINED
_LOG_OFF = 2147483647

INSTALL_HINT = "install Debian's liblouis-bin and liblouis-data (scripts/install-tools does)"


@attrs.frozen
class Translation:
    """Braille for a text: ``cells`` are Unicode braille patterns; ``sources[i]`` is the index in the text of cell ``i``'s source."""

    cells: str
    sources: tuple[int, ...]


class Louis:
    """The liblouis shared library, loaded once per process."""

    def __init__(self, library: ctypes.CDLL) -> None:
        self._library = library
        self._width = int(library.lou_charSize())
        if self._width not in (2, 4):
            raise WriterError(f"liblouis reports characters of {self._width} bytes; only 2 or 4 are known")
        self._char = ctypes.c_uint32 if self._width == 4 else ctypes.c_uint16
        self._codec = "utf-32-le" if self._width == 4 else "utf-16-le"
        self._defined: dict[tuple[str, str], bool] = {}
        library.lou_version.restype = ctypes.c_char_p
        library.lou_checkTable.argtypes = [ctypes.c_char_p]
        library.lou_setLogLevel.argtypes = [ctypes.c_int]
        library.lou_setLogLevel(_LOG_OFF)  # its messages go to standard error; the writer's own errors say more

    @property
    def version(self) -> str:
        return bytes(self._library.lou_version()).decode("ascii")

    def has_table(self, tables: str) -> bool:
        """Whether liblouis finds and compiles ``tables`` (a comma-separated list of table files)."""
        return bool(self._library.lou_checkTable(tables.encode("utf-8")))

    def translate(self, tables: str, text: str, typeform: Sequence[int] | None = None) -> Translation:
        """``text`` in braille by ``tables``; ``typeform`` gives each character's typeform (:data:`PLAIN` when omitted).

        Characters the tables do not define are left out here; :meth:`undefined` finds them first.
        """
        units = text.encode(self._codec)
        length = len(units) // self._width
        if length == 0:
            return Translation("", ())
        in_buffer = (self._char * length).from_buffer_copy(units)
        capacity = length * 8 + 64
        out_buffer = (self._char * capacity)()
        sources = (ctypes.c_int * capacity)()
        in_length = ctypes.c_int(length)
        out_length = ctypes.c_int(capacity)
        forms = None
        if typeform is not None:
            # liblouis writes into the typeform buffer: give it room for the output
            forms = (ctypes.c_ushort * capacity)(*_typeform_units(text, typeform))
        done = self._library.lou_translate(
            tables.encode("utf-8"),
            in_buffer,
            ctypes.byref(in_length),
            out_buffer,
            ctypes.byref(out_length),
            forms,
            None,
            None,
            sources,
            None,
            _MODE,
        )
        if not done:
            raise WriterError(f"liblouis could not translate with {tables} ({INSTALL_HINT}): {text[:60]!r}")
        if in_length.value != length:
            raise WriterError(f"liblouis stopped after {in_length.value} of {length} characters with {tables}: {text[:60]!r}")
        cells = bytes(out_buffer)[: out_length.value * self._width].decode(self._codec)
        positions = _character_positions(text, self._width)
        return Translation(cells, tuple(positions[index] for index in sources[: out_length.value]))

    def undefined(self, tables: str, characters: str) -> str:
        """The characters of ``characters`` that ``tables`` cannot write (each is left out of its braille)."""
        return "".join(character for character in characters if character != " " and not self._is_defined(tables, character))

    def _is_defined(self, tables: str, character: str) -> bool:
        key = (tables, character)
        if key not in self._defined:
            self._defined[key] = bool(self.translate(tables, character).cells)
        return self._defined[key]


@functools.lru_cache(maxsize=1)
def louis() -> Louis:
    """The loaded library, or a :class:`WriterError` saying how to install it."""
    name = ctypes.util.find_library("louis") or "liblouis.so.20"
    try:
        library = ctypes.CDLL(name)
    except OSError as error:
        raise WriterError(f"the braille writer needs the liblouis library: {INSTALL_HINT} ({error})") from None
    return Louis(library)


def _typeform_units(text: str, typeform: Sequence[int]) -> list[int]:
    """One typeform per UTF-16 code unit when characters are two bytes (a character beyond U+FFFF takes two)."""
    if len(typeform) != len(text):
        raise ValueError("one typeform per character of the text")
    units: list[int] = []
    for character, form in zip(text, typeform, strict=True):
        units.append(form)
        if ord(character) > 0xFFFF:
            units.append(form)
    return units


def _character_positions(text: str, width: int) -> list[int]:
    """For each code unit liblouis counts, the index of its character in ``text``."""
    if width == 4:
        return list(range(len(text)))
    positions: list[int] = []
    for index, character in enumerate(text):
        positions.extend([index, index] if ord(character) > 0xFFFF else [index])
    return positions
