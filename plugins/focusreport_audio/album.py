"""The zip of spoken chapters: ``NN-name.mp3`` files in reading order and ``playlist.m3u8``."""

from __future__ import annotations

from collections.abc import Mapping

from focusreport import Strings
from focusreport.outline import Outline
from focusreport.reproduciblezip import write_zip
from focusreport.writers import OptionValue
from focusreport_speech.id3 import tag
from focusreport_speech.recording import record

PLAYLIST = "playlist.m3u8"


def track_name(number: int, name: str) -> str:
    """The file of track ``number``: two digits first, so that any player sorts them in reading order."""
    return f"{number:02d}-{name}.mp3"


def album(outline: Outline, strings: Strings, options: Mapping[str, OptionValue]) -> bytes:
    """Every chapter of ``outline`` as a tagged MP3, and a playlist of them, in one zip."""
    recordings = record(outline, strings.format("audio-opening"), options)
    entries = []
    playlist = ["#EXTM3U", f"#PLAYLIST:{_one_line(outline.title)}"]
    for number, recording in enumerate(recordings, start=1):
        name = track_name(number, recording.chapter.name)
        title = recording.chapter.title
        header = tag(
            title=title,
            track=number,
            tracks=len(recordings),
            album=outline.title,
            artist=outline.council,
            language=outline.language.code,
        )
        entries.append((name, header + recording.audio))
        playlist += [f"#EXTINF:{round(recording.duration)},{_one_line(title)}", name]
    entries.append((PLAYLIST, ("\n".join(playlist) + "\n").encode("utf-8")))
    return write_zip(entries, outline.published)


def _one_line(text: str) -> str:
    return " ".join(text.split())
