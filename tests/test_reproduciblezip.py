"""The one zip writer the EPUB and Word writers share: fixed dates and attributes, chosen entries stored."""

from __future__ import annotations

import datetime
import io
import zipfile

import attrs
import pytest

from focusreport import Language
from focusreport.builder import render_outline
from focusreport.content import Content
from focusreport.outliner import make_outline
from focusreport.reproduciblezip import entries_of, entry_date, write_zip
from focusreport.writers import Registry

ENTRIES = [("mimetype", b"application/epub+zip"), ("b/later.xml", b"<a>" + b"x" * 500 + b"</a>"), ("a/first.txt", b"words " * 100)]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_entries_keep_their_order_and_content_and_only_the_named_ones_are_stored() -> None:
    data = write_zip(ENTRIES, datetime.date(2020, 10, 1), stored={"mimetype"})
    assert entries_of(data) == ENTRIES
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert [info.compress_type for info in infos] == [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED]
    assert {info.date_time for info in infos} == {(2020, 10, 1, 0, 0, 0)}
    assert {(info.create_system, info.external_attr >> 16) for info in infos} == {(3, 0o100644)}
    assert all(info.extra == b"" for info in infos)
    assert data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"


@pytest.mark.parametrize("name", ["media/a.png", "media/B.JPG", "sound/one.mp3", "fonts/f.woff2"])
def test_an_already_compressed_entry_is_stored_as_it_is(name: str) -> None:
    content = bytes(range(256)) * 8
    data = write_zip([*ENTRIES, (name, content)], datetime.date(2020, 10, 1), stored={"mimetype"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        assert archive.read(info) == content
    assert info.compress_type == zipfile.ZIP_STORED
    assert info.compress_size == len(content)


@pytest.mark.parametrize("name", ["png", "media.png/index.xml", "a.pngx", "word/document.xml"])
def test_a_name_that_only_looks_like_a_picture_is_deflated(name: str) -> None:
    data = write_zip([(name, b"words " * 100)], datetime.date(2020, 10, 1))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo(name).compress_type == zipfile.ZIP_DEFLATED


def test_the_same_entries_give_the_same_bytes() -> None:
    date = datetime.date(2024, 2, 29)
    assert write_zip(ENTRIES, date) == write_zip(list(ENTRIES), date)
    assert write_zip(ENTRIES, date) != write_zip(ENTRIES, date + datetime.timedelta(days=1))


@pytest.mark.parametrize(
    ("date", "stamp"),
    [
        (datetime.date(1979, 12, 31), (1980, 1, 1, 0, 0, 0)),
        (datetime.date(1900, 6, 15), (1980, 1, 1, 0, 0, 0)),
        (datetime.date(1980, 1, 1), (1980, 1, 1, 0, 0, 0)),
        (datetime.datetime(2019, 4, 1, 17, 30, tzinfo=datetime.UTC), (2019, 4, 1, 0, 0, 0)),
        (datetime.date(2107, 12, 31), (2107, 12, 31, 0, 0, 0)),
        (datetime.date(2150, 3, 1), (2107, 12, 31, 0, 0, 0)),
    ],
)
def test_a_date_a_zip_cannot_hold_becomes_the_nearest_it_can(date: datetime.date, stamp: tuple[int, ...]) -> None:
    assert entry_date(date) == stamp
    with zipfile.ZipFile(io.BytesIO(write_zip(ENTRIES, date))) as archive:
        assert {info.date_time for info in archive.infolist()} == {stamp}


@pytest.mark.parametrize("format_name", ["epub", "large-print", "easy-read"])
@pytest.mark.parametrize(
    ("published", "stamp"), [(datetime.date(1975, 6, 15), (1980, 1, 1, 0, 0, 0)), (datetime.date(2150, 3, 1), (2107, 12, 31, 0, 0, 0))]
)
def test_both_writers_date_every_entry_the_same_way(
    content: Content, registry: Registry, format_name: str, published: datetime.date, stamp: tuple[int, ...]
) -> None:
    writer = registry.get(format_name)
    options = registry.resolve_options(writer, {})
    strings = content.library[Language.EN]
    outline = make_outline(content.report(Language.EN), strings, wording="easy" if format_name == "easy-read" else "full")
    data = render_outline(attrs.evolve(outline, published=published), writer, strings, options)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        pictures = [info.filename for info in infos if archive.read(info).startswith(PNG_SIGNATURE)]
    assert {info.date_time for info in infos} == {stamp}
    assert {(info.create_system, info.external_attr >> 16) for info in infos} == {(3, 0o100644)}
    stored = [info.filename for info in infos if info.compress_type == zipfile.ZIP_STORED]
    assert stored == (["mimetype"] if format_name == "epub" else []) + pictures
