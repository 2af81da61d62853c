"""Sound from espeak-ng, as 16-bit mono samples, and MP3 from lame with fixed settings.

Each passage is spoken by its own espeak-ng run (two at a time), so that its length in
samples is known exactly: the overlays' clip times and the playlists' durations are
counted from the samples, never measured afterwards. lame is run without its info tag
(``-t``), which would carry the encoder's version, at a constant bit rate.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from focusreport.errors import WriterError
from focusreport.languages import Language

RATE = 22050
"""Samples per second of espeak-ng's output."""
SAMPLE_BYTES = 2
GAP = 0.4
"""Seconds of silence after each passage."""
BIT_RATE = 48
VOICES = {"en": "en-gb", "cy": "cy", "pl": "pl", "ar": "ar"}
"""The espeak-ng voice for each language's primary subtag."""
SPEED = 160
"""Words per minute."""


def voice_for(language: Language) -> str | None:
    """The espeak-ng voice of ``language``, or ``None`` when there is none."""
    return VOICES.get(language.code)


def no_voice(language: Language) -> str | None:
    """Why ``language`` cannot be spoken, or ``None`` when it can."""
    if voice_for(language) is not None:
        return None
    return f"espeak-ng has no voice here for {language.tag} (voices: {', '.join(f'{code} ({voice})' for code, voice in VOICES.items())})"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        package = "espeak-ng" if name == "espeak-ng" else name
        raise WriterError(f"{name} is not installed: run scripts/setup (or apt-get install {package})")
    return found


def _samples(espeak: str, voice: str, speed: int, text: str) -> bytes:
    # The text goes through standard input, so that a passage starting with "-" is never read as an option.
    command = [espeak, "-v", voice, "-s", str(speed), "--stdout", "-b", "1"]
    run = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, check=False)
    if run.returncode != 0:
        raise WriterError(f"espeak-ng failed with voice {voice}: {run.stderr.decode('utf-8', 'replace').strip()}")
    data = run.stdout
    start = data.find(b"data")
    if not data.startswith(b"RIFF") or start < 0:
        raise WriterError(f"espeak-ng gave no sound for voice {voice}")
    pcm = data[start + 8 :]
    return pcm[: len(pcm) - len(pcm) % SAMPLE_BYTES]


def speak(texts: Sequence[str], voice: str, speed: int = SPEED) -> list[bytes]:
    """The samples of each text, in order, each followed by :data:`GAP` seconds of silence."""
    espeak = _tool("espeak-ng")
    silence = bytes(int(RATE * GAP) * SAMPLE_BYTES)
    with ThreadPoolExecutor(max_workers=2) as pool:
        spoken = list(pool.map(lambda text: _samples(espeak, voice, speed, text), texts))
    return [pcm + silence for pcm in spoken]


def seconds(pcm_length: int) -> float:
    """The length in seconds of ``pcm_length`` bytes of samples."""
    return pcm_length / SAMPLE_BYTES / RATE


def mp3(pcm: bytes) -> bytes:
    """``pcm`` as a constant-bit-rate mono MP3 without lame's info tag."""
    lame = _tool("lame")
    command = [lame, "-r", "-s", "22.05", "--bitwidth", "16", "--signed", "--little-endian", "-m", "m"]
    command += ["-b", str(BIT_RATE), "--cbr", "-t", "--noreplaygain", "--quiet", "-", "-"]
    run = subprocess.run(command, input=pcm, capture_output=True, check=False)
    if run.returncode != 0 or not run.stdout:
        raise WriterError(f"lame failed: {run.stderr.decode('utf-8', 'replace').strip()}")
    return run.stdout
