"""The outline's inline spans and pictures as Markdown.

Strong words (a rating's name) and hard words (easy wording) are bold; a link is a
Markdown link. A passage in another language is wrapped in ``<span lang="...">``:
Markdown has no mark for a language, and a passage read in the wrong voice fails
WCAG 3.1.2. CommonMark passes the tag through as inline HTML, so pandoc, Jekyll
(kramdown), Hugo and GitHub all keep the ``lang`` in the page they make, and a reader
of the raw file still sees the words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import assert_never

from focusreport.outline import Foreign, Link, Picture, Span, Spans, Strong, Term, Text
from focusreport_markdown.escape import destination, escape_inline

PICTURES_FOLDER = "pictures"

_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def inline(spans: Spans) -> str:
    """``spans`` as one line of Markdown, every piece of text escaped."""
    return "".join(span_markdown(span) for span in spans)


def span_markdown(span: Span) -> str:
    """One span as Markdown."""
    match span:
        case Text(text):
            return escape_inline(text)
        case Strong(text) | Term(text):
            return bold(text)
        case Link(text, target):
            return link(escape_inline(text), target)
        case Foreign(text, language):
            return in_language(escape_inline(text), language.tag)
        case _:
            assert_never(span)


def bold(text: str) -> str:
    """``text`` in bold; spaces at its edges stay outside the ``**``, where CommonMark needs them."""
    found = _EDGES.match(text)
    assert found is not None  # the pattern matches every string
    before, words, after = found.groups()
    if not words:
        return escape_inline(text)
    return f"{escape_inline(before)}**{escape_inline(words)}**{escape_inline(after)}"


def link(markdown: str, target: str) -> str:
    """A link whose words are ``markdown`` (already escaped)."""
    return f"[{markdown}]({destination(target)})"


def in_language(markdown: str, tag: str) -> str:
    """``markdown`` (already escaped) marked as written in the language ``tag``."""
    return f'<span lang="{tag}">{markdown}</span>'


def picture(shown: Picture | None, show: bool) -> str:
    """The picture as Markdown, or nothing when pictures are left out."""
    if shown is None or not show:
        return ""
    return f"![{escape_inline(shown.alt).strip()}]({PICTURES_FOLDER}/{destination(shown.path.name)})"


def beside(shown: str, markdown: str) -> str:
    """A picture's Markdown before the words it goes with, when there is one."""
    return f"{shown} {markdown}" if shown else markdown


def woven(line: str, pieces: Sequence[tuple[str, str]]) -> str:
    """``line`` as Markdown, with each ``(words, markdown)`` piece's words, found in order, written as its markdown.

    The outline words some entries as one line in the document's language ("Phone:
    01632 960418"); this keeps the translator's wording and order while the value
    becomes a link or the word bold. A piece the line does not hold is left out of
    the weaving: the line's own words are kept as they are.
    """
    parts: list[str] = []
    position = 0
    for words, markdown in pieces:
        found = line.find(words, position) if words else -1
        if found < 0:
            continue
        parts += [escape_inline(line[position:found]), markdown]
        position = found + len(words)
    parts.append(escape_inline(line[position:]))
    return "".join(parts)
