"""Keep the top rows of a PNG: how the docs show the start of a long full-page screenshot.

PNG filters refer only to the row above, so the first rows of the filtered data are
a valid image on their own: decompress, keep them, compress, fix the height.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BYTES_PER_PIXEL = {0: 1, 2: 3, 4: 2, 6: 4}  # grey, RGB, grey+alpha, RGBA at 8 bits


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if not data.startswith(_SIGNATURE):
        raise ValueError("not a PNG file")
    chunks, offset = [], len(_SIGNATURE)
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        chunks.append((kind, data[offset + 8 : offset + 8 + length]))
        offset += 12 + length
    return chunks


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file."""
    data = path.read_bytes()[:24]
    if not data.startswith(_SIGNATURE):
        raise ValueError(f"{path} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def crop_top(source: Path, target: Path, height: int) -> None:
    """Write the top ``height`` rows of ``source`` (8-bit, not interlaced) to ``target``."""
    chunks = _chunks(source.read_bytes())
    header = chunks[0][1]
    width, full_height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or interlace or colour not in _BYTES_PER_PIXEL:
        raise ValueError("only 8-bit, non-interlaced PNG files can be cropped")
    rows = min(height, full_height)
    pixels = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    kept = pixels[: rows * (1 + width * _BYTES_PER_PIXEL[colour])]
    new_header = struct.pack(">IIBBBBB", width, rows, depth, colour, 0, 0, 0)
    target.write_bytes(_SIGNATURE + _chunk(b"IHDR", new_header) + _chunk(b"IDAT", zlib.compress(kept, 9)) + _chunk(b"IEND", b""))
