"""Translated sentences with markup inside them, without building sentences in code.

A message such as ``rating-with-meaning = { $rating }. { $meaning }`` is formatted
by Fluent as a whole, with a placeholder token for each part that needs markup;
the tokens are then swapped for elements. Word order stays the translator's.
"""

from __future__ import annotations

import re

from focusreport import Strings
from focusreport_html.markup import Child

_TOKEN = re.compile("\ue000([0-9]+)\ue001")


def fill(strings: Strings, message_id: str, /, **parts: Child) -> list[Child]:
    """The message ``message_id`` with each named part put in place as a node."""
    nodes = list(parts.values())
    tokens = {name: f"\ue000{index}\ue001" for index, name in enumerate(parts)}
    formatted = strings.format(message_id, **tokens)
    result: list[Child] = []
    for position, piece in enumerate(_TOKEN.split(formatted)):
        if position % 2:
            result.append(nodes[int(piece)])
        elif piece:
            result.append(piece)
    return result
