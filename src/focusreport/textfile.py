"""Read a content file as text: UTF-8, with or without a byte-order mark, and no larger than a report needs.

Every file of a content folder (the structure file, the strings files, the library's
words a report supplies) is read here, so that each is accepted and refused the same
way: a UTF-8 byte-order mark is dropped, a file in another encoding is named with the
line and column of its first byte that is not UTF-8, and a file too large to be a
report's is refused before it is read whole, never with a traceback or MemoryError.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from focusreport.errors import Problem

MAX_FILE_BYTES = 10_000_000
"""The largest content file read: five times the strings file of a report a hundred times the bundled one."""

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str | Problem:
    """The text of ``path``, or the problem that stops it being read."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a named pipe must not hang the reading
    except OSError as error:
        return Problem(path, None, "", f"the file cannot be read: {error.strerror or error}")
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        return Problem(path, None, "", "is not a file (a folder, a pipe or a device?)")
    with os.fdopen(handle, "rb") as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            return Problem(path, None, "", f"the file cannot be read: {error.strerror or error}")
    if len(data) > limit:
        return Problem(path, None, "", f"the file is larger than {limit:,} bytes, the most focusreport reads; is it the right file?")
    return decode(path, data)


def decode(path: Path, data: bytes) -> str | Problem:
    """``data`` as UTF-8 text without its byte-order mark, or where it stops being UTF-8."""
    if data.startswith(_UTF16_BOMS):
        return Problem(path, 1, "", "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    body = data[len(UTF8_BOM) :] if data.startswith(UTF8_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        line_start = body.rfind(b"\n", 0, error.start) + 1
        column = len(body[line_start : error.start].decode("utf-8")) + 1
        byte = body[error.start]
        message = f"the file is not UTF-8: the byte 0x{byte:02X} at column {column} is not UTF-8 text; save the file as UTF-8"
        return Problem(path, line, "", message)


def without_bom(text: str) -> str:
    """``text`` without a leading byte-order mark, for text that was decoded elsewhere."""
    return text[1:] if text.startswith("\ufeff") else text
