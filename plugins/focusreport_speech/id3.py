"""ID3v2.3 tags written by hand: title, track, album, artist and language, and nothing that changes between runs."""

from __future__ import annotations

_LANGUAGES = {"en": "eng", "cy": "cym", "pl": "pol"}


def iso639_2(code: str) -> str:
    """The three-letter code ID3's TLAN frame wants for a primary subtag (``cy`` is ``cym``)."""
    return _LANGUAGES.get(code, "und")


def _frame(frame_id: str, text: str) -> bytes:
    body = b"\x01" + "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    return frame_id.encode("ascii") + len(body).to_bytes(4, "big") + b"\x00\x00" + body


def _syncsafe(size: int) -> bytes:
    return bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))


def tag(*, title: str, track: int, tracks: int, album: str, artist: str, language: str) -> bytes:
    """An ID3v2.3 tag to put before an MP3's first frame."""
    frames = b"".join(
        (
            _frame("TIT2", title),
            _frame("TRCK", f"{track}/{tracks}"),
            _frame("TALB", album),
            _frame("TPE1", artist),
            _frame("TLAN", iso639_2(language)),
        )
    )
    return b"ID3\x03\x00\x00" + _syncsafe(len(frames)) + frames
