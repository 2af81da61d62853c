"""Inline spans made from translated messages, without building sentences in code.

A message such as ``rating-with-meaning = { $rating }. { $meaning }`` is formatted by
Fluent as a whole, with a placeholder token for each part that needs a mark; the
tokens are then swapped for spans. Word order stays the translator's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from focusreport.outline import Span, Spans, Term, Text
from focusreport.strings import Strings

_TOKEN = re.compile("\ue000([0-9]+)\ue001")


def fill(strings: Strings, message_id: str, /, **parts: Span | str) -> Spans:
    """The message ``message_id`` with each named part put in place: a span, or plain text."""
    nodes = [Text(part) if isinstance(part, str) else part for part in parts.values()]
    tokens = {name: f"\ue000{index}\ue001" for index, name in enumerate(parts)}
    formatted = strings.format(message_id, **tokens)
    result: list[Span] = []
    for position, piece in enumerate(_TOKEN.split(formatted)):
        if position % 2:
            result.append(nodes[int(piece)])
        elif piece:
            result.append(Text(piece))
    return merge(result)


def mark_terms(text: str, terms: Iterable[str]) -> Spans:
    """``text`` with each whole-word occurrence of a term (any letter case) as a :class:`Term`; longer terms win."""
    wanted = sorted({term for term in terms if term.strip()}, key=lambda term: (-len(term), term))
    if not wanted:
        return (Text(text),) if text else ()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(term) for term in wanted) + r")(?!\w)", re.IGNORECASE)
    spans: list[Span] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            spans.append(Text(text[position : match.start()]))
        spans.append(Term(match.group(0)))
        position = match.end()
    if position < len(text):
        spans.append(Text(text[position:]))
    return tuple(spans)


def merge(spans: Iterable[Span]) -> Spans:
    """``spans`` with neighbouring plain texts joined and empty ones dropped."""
    result: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if isinstance(span, Text) and result and isinstance(result[-1], Text):
            result[-1] = Text(result[-1].text + span.text)
        else:
            result.append(span)
    return tuple(result)


def mark_matches(text: str, patterns: Sequence[re.Pattern[str]]) -> Spans:
    """``text`` with each match of any of ``patterns`` as a :class:`Term`; where matches overlap, the longest wins.

    Each pattern is one hard word in all its forms (``councillor``, ``councillors``), so
    a word is marked in whatever form the wording uses it.
    """
    found = sorted(
        ((match.start(), match.end()) for pattern in patterns for match in pattern.finditer(text) if match.end() > match.start()),
        key=lambda place: (place[0], -place[1]),
    )
    spans: list[Span] = []
    position = 0
    for start, end in found:
        if start < position:
            continue
        longest = max((other_end for other_start, other_end in found if other_start == start), default=end)
        if start > position:
            spans.append(Text(text[position:start]))
        spans.append(Term(text[start:longest]))
        position = longest
    if position < len(text):
        spans.append(Text(text[position:]))
    return tuple(spans)
