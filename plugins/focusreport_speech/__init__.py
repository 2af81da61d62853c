"""Speech for the audio writers: text made speakable per language, espeak-ng voices, MP3 by lame.

Shared by the ``audio`` and ``talking-book`` writers, so that the spoken chapters and
the book's overlays come from the same sound.
"""
