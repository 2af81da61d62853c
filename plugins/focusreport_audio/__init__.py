"""Spoken chapters: a zip of one MP3 per chapter in reading order, with ID3 tags and an M3U playlist.

For people who want to listen on any player. Speech from espeak-ng, MP3 from lame;
see docs/audio.md. Nothing of either tool is reached until :meth:`AudioWriter.render`.
"""

from __future__ import annotations

from focusreport import Language, WriterInput
from focusreport_speech import options


class AudioWriter:
    """Renders a report as spoken chapters."""

    name = "audio"
    extension = "zip"
    media_type = "application/zip"
    description = "Spoken chapters: one MP3 per section in reading order, ID3 tags and an M3U playlist (espeak-ng voice)"
    options = options.OPTIONS

    def unsupported(self, language: Language) -> str | None:
        """Why there is no voice for ``language``, or ``None``."""
        return options.unsupported(language)

    def render(self, source: WriterInput) -> bytes:
        from focusreport_audio.album import album

        return album(source.outline, source.strings, source.options)
