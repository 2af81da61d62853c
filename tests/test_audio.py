"""Spoken chapters: every MP3 decodes, is tagged and listed in reading order, and lasts as long as the book's overlay."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import Built
from external import mp3_decoded_seconds, mp3_tags, speech_tools
from focusreport import Language, UsageError, bundled_content_dir
from focusreport.builder import render
from focusreport.content import Content, read_content
from focusreport.coverage import gaps
from focusreport.outliner import make_outline
from focusreport.writers import Registry
from focusreport_audio import AudioWriter
from focusreport_talking_book import TalkingBookWriter

LANGUAGES = pytest.mark.parametrize("language", [Language.EN, Language.CY], ids=["en", "cy"])
OPF = "{http://www.idpf.org/2007/opf}"
ISO_639_2 = {"en": "eng", "cy": "cym", "pl": "pol"}

Unpacked = Callable[[Language], Path]


@pytest.fixture(scope="module")
def unpacked(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Unpacked:
    """The bundled report's spoken chapters in a language, built once and unzipped."""
    cache: dict[Language, Path] = {}

    def get(language: Language) -> Path:
        if language not in cache:
            speech_tools()
            folder = tmp_path_factory.mktemp(f"audio-{language.code}")
            with zipfile.ZipFile(built("audio", language)) as archive:
                archive.extractall(folder)
            cache[language] = folder
        return cache[language]

    return get


def tracks(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.mp3"))


@LANGUAGES
def test_one_track_per_top_level_section_after_the_opening_in_reading_order(
    unpacked: Unpacked, language: Language, content: Content
) -> None:
    outline = make_outline(content.report(language), content.library[language])
    names = [path.name for path in tracks(unpacked(language))]
    wanted = ["opening", *(section.anchor for section in outline.sections)]
    assert names == [f"{number:02d}-{name}.mp3" for number, name in enumerate(wanted, start=1)]
    playlist = (unpacked(language) / "playlist.m3u8").read_text("utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    assert [line for line in playlist if not line.startswith("#")] == names


@LANGUAGES
def test_every_track_decodes_and_carries_its_tags(unpacked: Unpacked, language: Language, content: Content) -> None:
    outline = make_outline(content.report(language), content.library[language])
    found = tracks(unpacked(language))
    titles = [content.library[language].format("audio-opening"), *(section.title for section in outline.sections)]
    for number, (path, title) in enumerate(zip(found, titles, strict=True), start=1):
        assert mp3_decoded_seconds(path) > 1.0
        tags = mp3_tags(path)
        assert tags["title"] == title
        assert tags["track"] == f"{number}/{len(found)}"
        assert tags["album"] == outline.title
        assert tags["language"] == ISO_639_2[language.code]
        assert not {"date", "encoder", "encoded_by"} & set(tags)


@LANGUAGES
def test_each_track_lasts_as_long_as_the_books_overlay_of_it(unpacked: Unpacked, built: Built, language: Language) -> None:
    with zipfile.ZipFile(built("talking-book", language)) as archive:
        root = ElementTree.fromstring(archive.read("EPUB/package.opf"))
    overlays = {}
    for meta in root.iter(f"{OPF}meta"):
        if meta.get("property") == "media:duration" and meta.get("refines"):
            hours, minutes, rest = str(meta.text).split(":")
            overlays[str(meta.get("refines"))] = int(hours) * 3600 + int(minutes) * 60 + float(rest)
    found = tracks(unpacked(language))
    assert len(found) == len(overlays)
    for number, path in enumerate(found, start=1):
        overlay = overlays[f"#overlay-{number:02d}"]
        assert mp3_decoded_seconds(path) == pytest.approx(overlay, rel=0.05), path.name


def test_the_polish_report_is_spoken_in_polish(registry: Registry, tmp_path: Path) -> None:
    speech_tools()
    morlan = read_content(bundled_content_dir().parent / "morlan-2024-25")
    polish = Language.of("pl")
    writer = registry.get("audio")
    data = render(morlan.report(polish), writer, morlan.library[polish], registry.resolve_options(writer, {}), {})
    target = tmp_path / "pl.zip"
    target.write_bytes(data)
    with zipfile.ZipFile(target) as archive:
        archive.extractall(tmp_path / "pl")
    first = tracks(tmp_path / "pl")[0]
    assert mp3_tags(first)["language"] == "pol"
    assert mp3_decoded_seconds(first) > 1.0


def test_the_same_input_gives_the_same_bytes(content: Content, registry: Registry) -> None:
    speech_tools()
    writer = registry.get("audio")
    options = registry.resolve_options(writer, {})
    first = render(content.report(Language.EN), writer, content.library[Language.EN], options, {})
    assert render(content.report(Language.EN), writer, content.library[Language.EN], options, {}) == first


@pytest.mark.parametrize("writer", [AudioWriter(), TalkingBookWriter()], ids=["audio", "talking-book"])
def test_a_language_without_a_voice_is_refused_up_front(writer: object) -> None:
    french = Language.of("fr")
    [sentence] = gaps({"spoken": writer}, [french])
    assert sentence.startswith("the spoken format cannot be made in fr: espeak-ng has no voice here for fr")
    assert "en (en-gb), cy (cy), pl (pl)" in sentence
    assert gaps({"spoken": writer}, [Language.EN, Language.CY, Language.of("pl")]) == []


def test_the_speed_option_is_checked(registry: Registry) -> None:
    writer = registry.get("audio")
    with pytest.raises(UsageError, match="'speed' must be at most 400"):
        registry.resolve_options(writer, {"speed": "1000"})


def test_a_passage_that_starts_with_a_dash_is_spoken_not_taken_for_an_option() -> None:
    from focusreport_speech.voice import seconds, speak

    speech_tools()
    [sound] = speak(["-5 per cent"], "en-gb")
    assert seconds(len(sound)) > 1.0
