"""Clear print splits no word across lines, not even at its own hyphen ("in-year", "well-being").

CSS can turn hyphenation off but still breaks a line after a hyphen, so each word
with a hyphen is wrapped in a span that does not wrap. The hyphen stays the
ordinary one, so the words copy and search as they are written.
"""

from __future__ import annotations

import re

from focusreport_html.markup import Child, Element, Trusted, h

_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_UNTOUCHED = frozenset({"head", "style", "title", "a"})
"""A link keeps its words in one piece: WeasyPrint would give a span inside it the link's annotation."""


def keep_hyphenated_words(element: Element) -> Element:
    """``element`` with every hyphenated word of its text in a ``nowrap`` span."""
    if element.tag in _UNTOUCHED:
        return element
    children: list[Child] = []
    for child in element.children:
        if isinstance(child, str):
            children += _split(child)
        elif isinstance(child, Trusted):
            children.append(child)
        else:
            children.append(keep_hyphenated_words(child))
    return Element(element.tag, element.attributes, tuple(children))


def _split(text: str) -> list[Child]:
    pieces: list[Child] = []
    position = 0
    for match in _HYPHENATED.finditer(text):
        if match.start() > position:
            pieces.append(text[position : match.start()])
        pieces.append(h("span", {"class": "nowrap"}, match.group()))
        position = match.end()
    if position < len(text):
        pieces.append(text[position:])
    return pieces
