"""Pictures are read through at check time: real type, size and every byte, never the name alone.

Each broken file is made here, put in place of one picture of a copy of the bundled
report, and run through ``focusreport check`` and ``focusreport build``: one error
naming the structure file's line and the field, exit 1, nothing written.
"""

from __future__ import annotations

import base64
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

from external import epubcheck
from focusreport import ContentError, Language
from focusreport.cli import main
from focusreport.content import read_content
from focusreport.writers import discover
from helpers import copy_content, line_of, replace_in

BUNDLED_PICTURE = "pictures/council.png"
ENTRY = "{id: picture-council, file: pictures/council.png,"
FIELD = "pictures[3].file"  # picture-council is the fourth picture the bundled report lists
FORMATS = sorted(discover().writers)

Maker = Callable[[Path], bytes]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(width: int, height: int, rows: bytes) -> bytes:
    """A greyscale PNG of ``width`` x ``height`` whose compressed pixel data is ``rows``."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")


def _bomb(side: int = 30_000) -> bytes:
    """A ``side`` x ``side`` black PNG under a megabyte that decodes to ``side`` squared bytes.

    Deflate output after a full flush does not depend on what came before, so one block of
    a thousand rows is compressed once and repeated; the Adler-32 of n zero bytes is n << 16 | 1.
    """
    rows = bytes(side + 1) * 1000  # each row: filter byte 0, then black pixels
    compressor = zlib.compressobj(9)
    first = compressor.compress(rows) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(rows) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert first[2:] == block
    total = (side + 1) * side
    data = first + block * (side // 1000 - 1) + b"\x03\x00" + struct.pack(">I", (total % 65521) << 16 | 1)
    return _png(side, side, data)


def _saved(picture: Image.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    return buffer.getvalue()


def _photo() -> Image.Image:
    """A small RGB picture with some detail, so that its JPEG has real scan data to cut."""
    picture = Image.new("RGB", (240, 160), "#1d70b8")
    for x in range(0, 240, 12):
        for y in range(0, 160, 8):
            picture.putpixel((x, y), ((x * 7) % 256, (y * 5) % 256, 90))
    return picture


def _bundled(folder: Path) -> bytes:
    return (folder / BUNDLED_PICTURE).read_bytes()


# Each case: the file's name, how to make its bytes from the report's folder, and the message that follows its name.
CASES: dict[str, tuple[str, Maker, str]] = {
    "empty": ("pictures/empty.png", lambda folder: b"", "is empty: put the picture itself in the file"),
    "text": (
        "pictures/notes.png",
        lambda folder: b"Picture of the council offices: ask the design team for it.\n",
        "holds text, not a picture: put a PNG or JPEG picture in it",
    ),
    "SVG": (
        "pictures/drawing.png",
        lambda folder: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n',
        "is an SVG drawing, not PNG or JPEG: export it as PNG",
    ),
    "GIF": (
        "pictures/moving.png",
        lambda folder: _saved(Image.new("P", (20, 20)), "GIF"),
        "is a GIF picture, not PNG or JPEG: save it as PNG",
    ),
    "PNG signature only": (
        "pictures/start.png",
        lambda folder: _bundled(folder)[:8],
        "is cut short: the file ends before the picture does; copy or save it again from the original",
    ),
    "PNG cut in half": (
        "pictures/half.png",
        lambda folder: _bundled(folder)[: len(_bundled(folder)) // 2],
        "is cut short: the file ends before the picture does; copy or save it again from the original",
    ),
    "PNG without its end": (
        "pictures/no-end.png",
        lambda folder: _bundled(folder)[:-12],
        "is cut short: the file ends before the picture does; copy or save it again from the original",
    ),
    "PNG with a damaged chunk": (
        "pictures/damaged.png",
        lambda folder: _bundled(folder)[:40] + bytes([_bundled(folder)[40] ^ 0xFF]) + _bundled(folder)[41:],
        "is damaged and cannot be shown: open it in a picture editor and save it again",
    ),
    "JPEG cut in half": (
        "pictures/photo.jpg",
        lambda folder: _saved(_photo(), "JPEG")[: len(_saved(_photo(), "JPEG")) // 2],
        "is cut short: the file ends before the picture does; copy or save it again from the original",
    ),
    "JPEG without its end": (
        "pictures/photo.jpeg",
        lambda folder: _saved(_photo(), "JPEG", progressive=True)[:-2],
        "is cut short: the file ends before the picture does; copy or save it again from the original",
    ),
    "PNG named .jpg": ("pictures/council.jpg", _bundled, "is a PNG picture named .jpg: rename it council.png"),
    "JPEG named .png": ("pictures/photo.png", lambda folder: _saved(_photo(), "JPEG"), "is a JPEG picture named .png: rename it photo.jpg"),
    "PNG with no ending": ("pictures/council", _bundled, "is a PNG picture with no ending to its name: rename it council.png"),
    "30000 x 30000 PNG bomb": (
        "pictures/bomb.png",
        lambda folder: _bomb(),
        "is 30,000 x 30,000 pixels; a picture may be at most 10,000 pixels on a side and 25 million pixels in all: make it smaller",
    ),
    "too wide": (
        "pictures/strip.png",
        lambda folder: _saved(Image.new("L", (10_001, 1)), "PNG"),
        "is 10,001 x 1 pixels; a picture may be at most 10,000 pixels on a side and 25 million pixels in all: make it smaller",
    ),
    "too many pixels": (
        "pictures/big.png",
        lambda folder: _saved(Image.new("1", (5_001, 5_000)), "PNG"),
        "is 5,001 x 5,000 pixels; a picture may be at most 10,000 pixels on a side and 25 million pixels in all: make it smaller",
    ),
    "animated PNG": (
        "pictures/blink.png",
        lambda folder: _saved(Image.new("RGB", (20, 20), "red"), "PNG", save_all=True, append_images=[Image.new("RGB", (20, 20), "blue")]),
        "is animated (2 frames): use a still picture; movement distracts, may flash, and printed and Word formats show only the first frame",
    ),
    "CMYK JPEG": (
        "pictures/print.jpg",
        lambda folder: _saved(Image.new("CMYK", (20, 20), (0, 80, 90, 0)), "JPEG"),
        "is in CMYK colours, made for printing: save it in RGB, which screens and e-book readers show as meant",
    ),
}


def _put(folder: Path, name: str, data: bytes) -> str:
    """Write ``data`` as ``name`` and point the report's fourth picture at it; return the expected place of the error."""
    (folder / name).write_bytes(data)
    return _point_at(folder, name)


def _point_at(folder: Path, name: str) -> str:
    replace_in(folder / "report.yaml", ENTRY, f"{{id: picture-council, file: {name},")
    return f"{folder}/report.yaml:{line_of(folder / 'report.yaml', f'file: {name},')}: {FIELD}: picture file {name!r}"


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_check_and_build_refuse_the_picture_with_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, Maker, str]
) -> None:
    name, make, message = case
    folder = copy_content(tmp_path)
    place = _put(folder, name, make(folder))
    out = tmp_path / "out"

    assert main(["check", str(folder)]) == 1
    checked = capsys.readouterr().out
    assert main(["build", str(folder), "--out", str(out)]) == 1
    built = capsys.readouterr().err

    assert checked.splitlines() == [f"{place} {message}"]
    assert built.splitlines() == [f"focusreport: {place} {message}"]
    assert "Traceback" not in built
    assert not out.exists()


def test_a_file_over_ten_megabytes_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    name = "pictures/poster.png"
    with (folder / name).open("wb") as stream:  # a real PNG, then zeros to one byte over the limit, as a sparse file
        stream.write(_bundled(folder))
        stream.truncate(10_000_001)
    place = _point_at(folder, name)

    assert main(["check", str(folder)]) == 1

    assert capsys.readouterr().out.splitlines() == [
        f"{place} is 10,000,001 bytes; a picture may be at most 10,000,000 bytes (10 MB): save it smaller"
    ]


# The two failures the issue names: a cut-short PNG and a PNG named .jpg, through each format on its own.
@pytest.mark.parametrize("case", ["PNG cut in half", "PNG named .jpg"])
@pytest.mark.parametrize("format_name", FORMATS)
def test_no_format_publishes_a_broken_picture(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, format_name: str) -> None:
    name, make, message = CASES[case]
    folder = copy_content(tmp_path)
    place = _put(folder, name, make(folder))
    out = tmp_path / "out"

    status = main(["build", str(folder), "--format", format_name, "--out", str(out)])

    assert status == 1
    assert capsys.readouterr().err.splitlines() == [f"focusreport: {place} {message}"]
    assert not out.exists()


def test_every_broken_picture_is_listed_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    (folder / "pictures" / "plan.png").write_bytes(b"")
    (folder / "pictures" / "money.png").write_text("money\n", encoding="utf-8")
    yaml = folder / "report.yaml"

    assert main(["check", str(folder)]) == 1

    output = capsys.readouterr().out.splitlines()
    assert output == [
        f"{yaml}:{line_of(yaml, 'file: pictures/plan.png')}: pictures[4].file: picture file 'pictures/plan.png' is empty: "
        "put the picture itself in the file",
        f"{yaml}:{line_of(yaml, 'file: pictures/money.png')}: pictures[6].file: picture file 'pictures/money.png' "
        "holds text, not a picture: put a PNG or JPEG picture in it",
    ]


def test_a_jpeg_is_served_as_jpeg_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    data = _saved(_photo().resize((480, 320)), "JPEG", quality=90)
    _put(folder, "pictures/council.JPEG", data)
    out = tmp_path / "out"

    assert main(["check", str(folder)]) == 0
    assert main(["build", str(folder), "--lang", "en", "--out", str(out)]) == 0

    with zipfile.ZipFile(out / "wrexham-2019-20.epub.en.epub") as book:
        package = ElementTree.fromstring(book.read("EPUB/content.opf"))
        items = {item.get("href"): item.get("media-type") for item in package.iter("{http://www.idpf.org/2007/opf}item")}
        assert items["images/picture-council.jpeg"] == "image/jpeg"
        assert book.read("EPUB/images/picture-council.jpeg") == data
    page = (out / "wrexham-2019-20.html.en.html").read_text(encoding="utf-8")
    embedded = {base64.b64decode(found) for found in re.findall(r'<image href="data:image/jpeg;base64,([^"]+)"', page)}
    assert embedded == {data}
    with zipfile.ZipFile(out / "wrexham-2019-20.easy-read.en.docx") as document:
        assert data in {document.read(entry) for entry in document.namelist() if entry.startswith("word/media/")}
    result = epubcheck(out / "wrexham-2019-20.epub.en.epub")
    assert (result.fatal, result.errors, result.warnings) == (0, 0, 0), result.summary()


def test_a_picture_that_breaks_after_the_check_is_refused_when_the_report_is_made(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    content = read_content(folder)
    (folder / BUNDLED_PICTURE).write_bytes(b"gone")
    yaml = folder / "report.yaml"

    with pytest.raises(ContentError) as raised:
        content.report(Language.EN)

    assert [str(problem) for problem in raised.value.problems] == [
        f"{yaml}:{line_of(yaml, ENTRY)}: {FIELD}: picture file 'pictures/council.png' holds text, not a picture: "
        "put a PNG or JPEG picture in it (it changed after the check)"
    ]


def test_the_bomb_is_made_of_real_pixel_data() -> None:
    """The same construction at a tenth of the side decodes in full, so the 30000 x 30000 file is a real bomb, not a bad header."""
    with Image.open(io.BytesIO(_bomb(3_000))) as picture:
        picture.load()
        assert picture.size == (3_000, 3_000)
        assert picture.getextrema() == (0, 0)


@pytest.mark.parametrize("cut", [2, 2000], ids=["end-marker", "half"])
def test_a_jpeg_cut_short_is_refused_even_when_pillow_is_told_to_accept_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], cut: int
) -> None:
    """WeasyPrint, on import, tells Pillow to fill in pictures cut short, for the whole process."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    folder = copy_content(tmp_path)
    whole = _saved(_photo(), "JPEG")
    _put(folder, "pictures/photo.jpg", whole[:-cut])
    assert main(["check", str(folder)]) == 1
    assert "is cut short" in capsys.readouterr().out


def test_rendering_a_pdf_leaves_pillow_refusing_pictures_cut_short() -> None:
    from PIL import ImageFile

    from focusreport_pdf.weasy import tagged_pdf

    tagged_pdf(b"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><p>Hello</p></body></html>")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
