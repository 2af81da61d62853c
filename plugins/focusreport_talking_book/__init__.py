"""A talking book: EPUB 3 whose every passage is read aloud and highlighted (Media Overlays).

One content document, one SMIL overlay and one MP3 per chapter; navigation from the
outline; accessibility metadata saying the book can be read by ear. Speech from
espeak-ng, MP3 from lame; see docs/audio.md.
"""

from __future__ import annotations

from focusreport import Language, WriterInput
from focusreport_speech import options


class TalkingBookWriter:
    """Renders a report as an EPUB 3 talking book with Media Overlays."""

    name = "talking-book"
    extension = "epub"
    media_type = "application/epub+zip"
    description = "EPUB 3 talking book: every passage read aloud and highlighted (Media Overlays), contents by heading"
    options = options.OPTIONS

    def unsupported(self, language: Language) -> str | None:
        """Why there is no voice for ``language``, or ``None``."""
        return options.unsupported(language)

    def render(self, source: WriterInput) -> bytes:
        from focusreport_talking_book.book import talking_book

        return talking_book(source.outline, source.strings, source.options)
