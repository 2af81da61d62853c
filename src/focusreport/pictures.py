"""What a picture file really is, read from its content and never from its name.

A report's pictures come from anywhere: a file may be empty, text, cut short, a
different kind of picture than its name says, or small on disk and enormous once
decoded. The outputs embed, copy or link the file as it is, so a picture is read
through once when the content is checked, within limits, and refused with one
reason when it is not a sound PNG or JPEG. Pillow is imported only here and only
then, so that commands which read no pictures stay quick.
"""

from __future__ import annotations

import codecs
import functools
import io
import struct
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs

if TYPE_CHECKING:
    from PIL import Image

PNG = "image/png"
JPEG = "image/jpeg"
SIGNATURES = ((b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG))
"""The first bytes of each kind of picture focusreport takes, and its media type."""
EXTENSIONS = {PNG: (".png",), JPEG: (".jpg", ".jpeg")}
"""The file name endings each media type may have; the first is the one to rename to."""
NAMES = {PNG: "PNG", JPEG: "JPEG"}
ENDINGS = {PNG: b"IEND\xaeB`\x82", JPEG: b"\xff\xd9"}
"""The last bytes of a whole file of each kind: the IEND chunk, the end-of-image marker."""

MAX_BYTES = 10_000_000
"""10 MB: the HTML page carries every picture inside it; a page-wide photograph needs far less."""
MAX_SIDE = 10_000
"""Pixels on either side (an A4 page is 3,508 pixels tall at 300 dots per inch)."""
MAX_PIXELS = 25_000_000
"""Pixels in all (a 6000 x 4000 photograph fits); decoding one takes at most about 100 MB."""

T = TypeVar("T")
_HEAD = 512
_TAIL = 64


@attrs.frozen
class PictureFacts:
    """A picture file that decodes: its real media type and size in pixels."""

    media_type: str
    width: int
    height: int


class UnfitPictureError(Exception):
    """Why a file cannot be used as a picture; the message continues "picture file 'x.png' ..."."""


def media_type(head: bytes) -> str | None:
    """The media type of a picture whose file starts with ``head``, or ``None`` when it is neither PNG nor JPEG."""
    return next((kind for signature, kind in SIGNATURES if head.startswith(signature)), None)


def examine(path: Path) -> PictureFacts:
    """Read ``path`` through as a picture and return its facts; raise :class:`UnfitPictureError` when it is unfit.

    The result is kept while the file is unchanged: a report is often checked, then built in every format.
    """
    stat = path.stat()
    outcome = _examined(str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)
    if isinstance(outcome, str):
        raise UnfitPictureError(outcome)
    return outcome


@functools.lru_cache(maxsize=512)
def _examined(name: str, mtime: int, size: int, inode: int) -> PictureFacts | str:
    try:
        return _examine(Path(name), size)
    except UnfitPictureError as problem:
        return str(problem)


def _examine(path: Path, size: int) -> PictureFacts:
    if size == 0:
        raise UnfitPictureError("is empty: put the picture itself in the file")
    if size > MAX_BYTES:
        raise UnfitPictureError(
            f"is {size:,} bytes; a picture may be at most {MAX_BYTES:,} bytes ({MAX_BYTES // 1_000_000} MB): save it smaller"
        )
    data = path.read_bytes()
    kind = media_type(data)
    if kind is None:
        raise UnfitPictureError(_not_a_picture(data))
    if path.suffix.lower() not in EXTENSIONS[kind]:
        ending = f"named {path.suffix}" if path.suffix else "with no ending to its name"
        raise UnfitPictureError(f"is a {NAMES[kind]} picture {ending}: rename it {path.stem}{EXTENSIONS[kind][0]}")
    return _decode(data, kind)


def _decode(data: bytes, kind: str) -> PictureFacts:
    """Open with the one decoder the content calls for, check the size from the header, then decode every byte.

    Opening the plugin directly skips Pillow's own guess of the format and its bomb check, which
    would decide by its own limits; these limits are checked before a pixel is decoded.
    """
    from PIL import JpegImagePlugin, PngImagePlugin

    opener = PngImagePlugin.PngImageFile if kind == PNG else JpegImagePlugin.JpegImageFile
    picture = _decoding(lambda: opener(io.BytesIO(data)), data, kind)
    width, height = picture.size
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise UnfitPictureError(
            f"is {width:,} x {height:,} pixels; a picture may be at most {MAX_SIDE:,} pixels on a side "
            f"and {MAX_PIXELS // 1_000_000} million pixels in all: make it smaller"
        )
    frames = int(getattr(picture, "n_frames", 1))
    if frames > 1:
        raise UnfitPictureError(
            f"is animated ({frames} frames): use a still picture; movement distracts, may flash, "
            "and printed and Word formats show only the first frame"
        )
    if picture.mode == "CMYK":
        raise UnfitPictureError("is in CMYK colours, made for printing: save it in RGB, which screens and e-book readers show as meant")
    if kind == PNG:
        _decoding(picture.verify, data, kind)  # every chunk's checksum, to the end of the file
        picture = _decoding(lambda: opener(io.BytesIO(data)), data, kind)
    _decoding(picture.load, data, kind)  # every pixel: a cut-short or corrupt picture fails here
    if not _whole(data, kind):  # Pillow fills in a picture cut short when another library tells it to (WeasyPrint does)
        raise UnfitPictureError(_damaged(EOFError(), data, kind))
    return PictureFacts(kind, width, height)


def _decoding(step: Callable[[], T], data: bytes, kind: str) -> T:
    try:
        return step()
    except Exception as error:  # a decoder fails on a damaged file in many ways; each is the file's fault, none a bug
        raise UnfitPictureError(_damaged(error, data, kind)) from None


def _damaged(error: Exception, data: bytes, kind: str) -> str:
    """One message for the many ways a decoder fails: cut short (a copy or download that stopped), or otherwise damaged."""
    if not _whole(data, kind) or isinstance(error, (EOFError, struct.error)) or "truncated" in str(error).lower():
        return "is cut short: the file ends before the picture does; copy or save it again from the original"
    return "is damaged and cannot be shown: open it in a picture editor and save it again"


def _whole(data: bytes, kind: str) -> bool:
    """Whether the file ends as its kind of picture ends (some writers pad a JPEG after its end)."""
    return data[-_TAIL:].rstrip(b"\x00").endswith(ENDINGS[kind])


def _not_a_picture(data: bytes) -> str:
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data[:_HEAD])  # a character cut at the end of head is no error
    except UnicodeDecodeError:
        text = ""
    if "<svg" in text.lower():
        return "is an SVG drawing, not PNG or JPEG: export it as PNG"
    if text and all(char.isprintable() or char.isspace() for char in text):
        return "holds text, not a picture: put a PNG or JPEG picture in it"
    other = _other_format(data)
    if other:
        return f"is a {other} picture, not PNG or JPEG: save it as PNG"
    return "is not a PNG or JPEG picture"


def _other_format(data: bytes) -> str | None:
    """The name of the kind of picture ``data`` is, when Pillow knows it, to say what to convert from."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as picture:
                return picture.format
        except Exception:  # not a picture of any kind Pillow knows: the caller says so
            return None


CROP_MARGIN = 0.02
"""Room left around a cropped drawing, as a share of its longer side: enough that an outline is not cut."""


PALETTE_COLOURS = 256
"""A flat drawing needs no more colours; a palette keeps the file small (the HTML page carries every picture)."""


def crop_to_drawing(data: bytes, size: int) -> bytes:
    """The picture ``data`` cut to its drawn part, centred in a transparent square PNG ``size`` pixels a side.

    Icon sets draw in the middle of a square with a wide empty margin (OpenMoji leaves
    a sixth of each side, more for a wide drawing such as a bus), so a picture set at 4
    cm shows a drawing half that size. Cropping when a picture is imported makes the
    drawing fill the box in every format. The same ``data`` gives the same bytes.
    """
    from PIL import Image

    picture, drawn = _drawing(data)
    if drawn is None:
        raise UnfitPictureError("is empty: nothing is drawn in it")
    drawing = picture.crop(drawn)
    side = round(max(drawing.size) * (1 + 2 * CROP_MARGIN))
    square = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    square.paste(drawing, ((side - drawing.width) // 2, (side - drawing.height) // 2))
    output = io.BytesIO()
    scaled = square.resize((size, size), Image.Resampling.LANCZOS)
    scaled.quantize(PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE).save(output, format="PNG", optimize=True)
    return output.getvalue()


def drawn_share(data: bytes) -> tuple[float, float]:
    """How much of the picture's width and of its height the drawn part spans (0 to 1): what a reader sees of it."""
    picture, drawn = _drawing(data)
    if drawn is None:
        return (0.0, 0.0)
    left, top, right, bottom = drawn
    return ((right - left) / picture.width, (bottom - top) / picture.height)


def _drawing(data: bytes) -> tuple[Image.Image, tuple[int, int, int, int] | None]:
    """The picture in RGBA, and the box around what is drawn in it: empty is transparent, or white where nothing is transparent."""
    from PIL import Image, ImageChops

    with Image.open(io.BytesIO(data)) as opened:
        picture = opened.convert("RGBA")
        transparent = opened.mode in ("RGBA", "LA", "PA") or "transparency" in opened.info
    if transparent:
        return picture, picture.getchannel("A").getbbox()
    return picture, ImageChops.difference(picture.convert("RGB"), Image.new("RGB", picture.size, "white")).getbbox()
