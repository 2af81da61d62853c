"""The talking book: valid (EPUBCheck, Ace), every passage of the outline read in order, the metadata of a book read by ear."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import Built
from external import ace, epubcheck, mp3_decoded_seconds, speech_tools
from focusreport import Language
from focusreport.builder import render
from focusreport.content import Content
from focusreport.outline import Block, Contact, Definitions, ItemList, Outline, Paragraph, Quote, Table, plain
from focusreport.outliner import make_outline
from focusreport.writers import Registry

LANGUAGES = pytest.mark.parametrize("language", [Language.EN, Language.CY], ids=["en", "cy"])
OPF = "{http://www.idpf.org/2007/opf}"
SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "{http://www.w3.org/1999/xhtml}"
CLOCK = re.compile(r"(\d+):(\d\d):(\d\d\.\d{3})")

Book = Callable[[Language], Path]


@pytest.fixture(scope="module")
def book(built: Built) -> Book:
    """The bundled report's talking book in a language, built once (espeak-ng and lame must be installed)."""

    def get(language: Language) -> Path:
        speech_tools()
        return built("talking-book", language)

    return get


def seconds(clock: str) -> float:
    """A SMIL clock value (``0:01:02.345``) in seconds."""
    found = CLOCK.fullmatch(clock)
    assert found, clock
    return int(found[1]) * 3600 + int(found[2]) * 60 + float(found[3])


def expected_passages(outline: Outline) -> list[str]:
    """Every text a listener must hear, in reading order, gathered from the outline without the writer's help."""
    texts = [outline.title, *(text for block in outline.front for text in block_texts(block)), outline.subject]
    for section in outline.walk():
        texts += [section.title] if section.title else []
        texts += [text for block in section.blocks for text in block_texts(block)]
    return [text for text in texts if text.strip()]


def block_texts(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [plain(block.spans)]
    if isinstance(block, ItemList):
        return [plain(item.spans) for item in block.items]
    if isinstance(block, Table):
        return [block.caption, *(row.line for row in block.rows)]
    if isinstance(block, Definitions):
        return [entry.line for entry in block.entries]
    if isinstance(block, Quote):
        return [plain(block.spans), *([block.source] if block.source else [])]
    if isinstance(block, Contact):
        return [line.line for line in block.lines]
    raise AssertionError(f"a block this test does not know: {block!r}")


def package(archive: zipfile.ZipFile) -> ElementTree.Element:
    return ElementTree.fromstring(archive.read("EPUB/package.opf"))


def spoken_in_order(path: Path) -> tuple[list[str], list[tuple[str, float, float]]]:
    """The text of each passage the overlays point at, in spine order, and each clip (audio file, start, end)."""
    texts: list[str] = []
    clips: list[tuple[str, float, float]] = []
    with zipfile.ZipFile(path) as archive:
        root = package(archive)
        items = {item.get("id"): item for item in root.iter(f"{OPF}item")}
        for itemref in root.iter(f"{OPF}itemref"):
            page = items[itemref.get("idref")]
            overlay = items[page.get("media-overlay")]
            xhtml = ElementTree.fromstring(archive.read(f"EPUB/{page.get('href')}"))
            by_id = {element.get("id"): element for element in xhtml.iter() if element.get("id")}
            smil = ElementTree.fromstring(archive.read(f"EPUB/{overlay.get('href')}"))
            pointed = []
            for par in smil.iter(f"{SMIL}par"):
                text, audio = par.find(f"{SMIL}text"), par.find(f"{SMIL}audio")
                assert text is not None and audio is not None
                file_name, fragment = str(text.get("src")).split("#")
                assert file_name == page.get("href")
                pointed.append(fragment)
                texts.append("".join(by_id[fragment].itertext()))
                clips.append((str(audio.get("src")), seconds(str(audio.get("clipBegin"))), seconds(str(audio.get("clipEnd")))))
            in_body = [element.get("id") for element in xhtml.iter() if element.get("id") and element.tag != f"{XHTML}nav"]
            assert pointed == in_body, f"{page.get('href')}: passages without an overlay or out of order"
    return texts, clips


@LANGUAGES
def test_epubcheck_finds_no_errors_and_no_warnings(book: Book, language: Language) -> None:
    result = epubcheck(book(language))
    assert result.epub_version.startswith("3")
    assert (result.fatal, result.errors, result.warnings) == (0, 0, 0), result.summary()


@LANGUAGES
def test_ace_finds_no_violations(book: Book, language: Language, tmp_path: Path) -> None:
    result = ace(book(language), tmp_path)
    assert result.violations == (), result.summary()
    assert (result.outcome, result.returncode) == ("pass", 0)


@LANGUAGES
def test_the_overlays_read_every_passage_of_the_outline_in_reading_order(book: Book, language: Language, content: Content) -> None:
    texts, _clips = spoken_in_order(book(language))
    outline = make_outline(content.report(language), content.library[language])
    assert texts == expected_passages(outline)


@LANGUAGES
def test_each_clip_follows_the_last_and_lies_inside_its_sound(book: Book, language: Language, tmp_path: Path) -> None:
    _texts, clips = spoken_in_order(book(language))
    ends: dict[str, float] = {}
    for audio, start, end in clips:
        assert start < end
        assert start >= ends.get(audio, 0.0)
        ends[audio] = end
    with zipfile.ZipFile(book(language)) as archive:
        for audio, last_end in ends.items():
            path = tmp_path / audio
            path.write_bytes(archive.read(f"EPUB/{audio}"))
            assert last_end <= mp3_decoded_seconds(path) + 0.1


@LANGUAGES
def test_the_metadata_says_the_book_can_be_read_by_ear(book: Book, language: Language) -> None:
    with zipfile.ZipFile(book(language)) as archive:
        root = package(archive)
    metas = [(meta.get("property"), meta.get("refines"), meta.text or "") for meta in root.iter(f"{OPF}meta")]
    values = {(prop, text) for prop, _refines, text in metas}
    assert ("schema:accessModeSufficient", "auditory") in values
    assert ("schema:accessModeSufficient", "textual") in values
    assert ("schema:accessibilityFeature", "synchronizedAudioText") in values
    assert ("media:active-class", "-epub-media-overlay-active") in values
    overlays = [item.get("id") for item in root.iter(f"{OPF}item") if item.get("media-type") == "application/smil+xml"]
    durations = {refines: seconds(text) for prop, refines, text in metas if prop == "media:duration"}
    assert set(durations) == {None, *(f"#{overlay}" for overlay in overlays)}
    assert durations[None] == pytest.approx(sum(value for key, value in durations.items() if key), abs=0.001)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language.tag


def test_the_same_input_gives_the_same_bytes(content: Content, registry: Registry) -> None:
    speech_tools()
    writer = registry.get("talking-book")
    again = render(content.report(Language.CY), writer, content.library[Language.CY], registry.resolve_options(writer, {}), {})
    first = render(content.report(Language.CY), writer, content.library[Language.CY], registry.resolve_options(writer, {}), {})
    assert again == first
