"""The options both spoken formats take, and the check that a language has a voice."""

from __future__ import annotations

from focusreport.languages import Language
from focusreport.writers import Option

VOICE = Option("voice", "espeak-ng voice to use instead of the language's own (en-gb, cy, pl)", "")
SPEED = Option("speed", "words per minute", 160, minimum=80, maximum=400)
OPTIONS = (VOICE, SPEED)


def unsupported(language: Language) -> str | None:
    """Why ``language`` cannot be spoken, or ``None`` when espeak-ng has a voice for it."""
    from focusreport_speech.voice import no_voice

    return no_voice(language)
