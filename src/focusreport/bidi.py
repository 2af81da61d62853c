"""Invisible characters that change the direction of text: which a report may use, and where.

Unicode's bidirectional controls are invisible yet reorder the text around them: after
U+202E (right-to-left override) "cost 0021" is shown as "1200 tsoc". In a report they can
disguise a figure, a name or a web address, in every output, so content may not hold them,
with one exception. A report in a language written right to left (Arabic, Hebrew, Urdu)
may use the marks (U+200E, U+200F, U+061C) and the isolates (U+2066 to U+2069): such a
language needs them to set a left-to-right code, number or name inside its own text, and
an isolate that is closed in the same message cannot reorder anything outside it. The
embeddings and overrides (U+202A to U+202E) are never needed: Unicode recommends the
isolates in their place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"
"""Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): refused in every language."""
ISOLATE_OPENERS = "\u2066\u2067\u2068"
ISOLATE_CLOSER = "\u2069"
MARKS = "\u200e\u200f\u061c"
"""Left-to-right, right-to-left and Arabic letter marks."""

CONTROLS = re.compile(f"[{OVERRIDES}{ISOLATE_OPENERS}{ISOLATE_CLOSER}{MARKS}]")


def describe(char: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``."""
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')})"


def refused(text: str, right_to_left: bool) -> Iterator[tuple[int, str]]:
    """Each offset in ``text`` of a direction control that a language so written may not use, and why."""
    for match in CONTROLS.finditer(text):
        char = match.group(0)
        if char in OVERRIDES:
            why = "an invisible character that reverses or re-embeds the text after it and can disguise it"
            hint = "; to set left-to-right text inside right-to-left text, use the isolates U+2066 to U+2069" if right_to_left else ""
            yield match.start(), f"contains {describe(char)}, {why}: remove it{hint}"
        elif not right_to_left:
            yield (
                match.start(),
                (
                    f"contains {describe(char)}, an invisible character that changes the direction of the text around it; "
                    "text written left to right never needs it: remove it"
                ),
            )


def structure_problem(char: str) -> str:
    """Why a direction control may not stand in the structure file, which holds no words."""
    return f"contains {describe(char)}, an invisible character that changes the direction of text; the structure file holds no words: remove it"


def unbalanced_isolate(text: str) -> str | None:
    """Why the isolates of ``text`` are not each closed within it, or ``None`` when they are.

    An isolate left open would turn the text that follows the message, in every output,
    along with it; a closer without an opener ends an isolate the message did not start.
    """
    opened: list[str] = []
    for match in CONTROLS.finditer(text):
        char = match.group(0)
        if char in ISOLATE_OPENERS:
            opened.append(char)
        elif char == ISOLATE_CLOSER:
            if not opened:
                return f"closes an isolate with {describe(char)} at character {match.start() + 1} that it never opened: remove it"
            opened.pop()
    if opened:
        return (
            f"opens an isolate with {describe(opened[-1])} that it never closes with {describe(ISOLATE_CLOSER)}: "
            "the text after the message would change direction too"
        )
    return None
