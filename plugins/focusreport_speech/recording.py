"""Each chapter spoken: its samples, where each passage starts and ends, and its MP3."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from focusreport.errors import WriterError
from focusreport.outline import Outline
from focusreport.writers import OptionValue
from focusreport_speech import voice
from focusreport_speech.passages import Chapter, chapters
from focusreport_speech.speakable import speakable, words_for


@attrs.frozen
class Recording:
    """One chapter's sound: ``clips`` are each passage's (start, end) in seconds, in order."""

    chapter: Chapter
    clips: tuple[tuple[float, float], ...]
    audio: bytes
    """The MP3, without tags."""
    duration: float


def chosen_voice(outline: Outline, options: Mapping[str, OptionValue]) -> str:
    """The voice the options name, else the language's own; a language without one is refused."""
    given = str(options.get("voice", "") or "")
    if given:
        return given
    found = voice.voice_for(outline.language)
    if found is None:
        raise WriterError(voice.no_voice(outline.language) or "")
    return found


def record(outline: Outline, opening_title: str, options: Mapping[str, OptionValue]) -> list[Recording]:
    """Every chapter of ``outline`` spoken by the chosen voice at the chosen speed."""
    speaker = chosen_voice(outline, options)
    speed = int(options.get("speed", voice.SPEED))
    words = words_for(outline.language.code)
    made = chapters(outline, opening_title)
    texts = [passage.text for chapter in made for passage in chapter.passages]
    if words is not None:
        texts = [speakable(text, words, outline.pronunciations) for text in texts]
    sounds = iter(voice.speak(texts, speaker, speed))
    recordings = []
    for chapter in made:
        pieces = [next(sounds) for _ in chapter.passages]
        clips, start = [], 0
        for piece in pieces:
            clips.append((voice.seconds(start), voice.seconds(start + len(piece) - int(voice.RATE * voice.GAP) * voice.SAMPLE_BYTES)))
            start += len(piece)
        pcm = b"".join(pieces)
        recordings.append(Recording(chapter, tuple(clips), voice.mp3(pcm), voice.seconds(len(pcm))))
    return recordings
