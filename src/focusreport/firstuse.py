"""Hard words in bold where each is first used in a section, and in plain type after that.

Easy-read guidance marks a hard word where the reader meets it, not every time: a
section full of bold words is harder to read, not easier. The outliner marks every
use (:func:`focusreport.spans.mark_matches`); this module keeps, in each section,
only the first use of each hard word, in whatever form, and turns the others back
into plain words. Sections are counted one by one, a section's own subsections
apart: a reader who starts at a subsection meets its hard words marked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from focusreport.outline import Block, Definitions, ItemList, Paragraph, Quote, Section, Span, Spans, Table, Term, Text
from focusreport.spans import merge


def first_use(sections: Sequence[Section], patterns: Sequence[re.Pattern[str]]) -> tuple[Section, ...]:
    """``sections`` with each hard word (one pattern each, all its forms) marked only where first used in each section."""
    if not patterns:
        return tuple(sections)
    return tuple(_section(section, patterns) for section in sections)


def _section(section: Section, patterns: Sequence[re.Pattern[str]]) -> Section:
    seen: set[int] = set()

    def keep(spans: Spans) -> Spans:
        result: list[Span] = []
        for span in spans:
            if isinstance(span, Term):
                word = next((index for index, pattern in enumerate(patterns) if pattern.fullmatch(span.text)), None)
                if word is not None and word in seen:
                    result.append(Text(span.text))
                    continue
                if word is not None:
                    seen.add(word)
            result.append(span)
        return merge(result)

    blocks = tuple(_block(block, keep) for block in section.blocks)
    return attrs.evolve(section, blocks=blocks, sections=tuple(_section(inner, patterns) for inner in section.sections))


def _block(block: Block, keep: Callable[[Spans], Spans]) -> Block:
    """The block with ``keep`` applied to each of its runs of words, in reading order."""
    if isinstance(block, Paragraph | Quote):
        return attrs.evolve(block, spans=keep(block.spans))
    if isinstance(block, ItemList):
        return attrs.evolve(block, items=tuple(attrs.evolve(item, spans=keep(item.spans)) for item in block.items))
    if isinstance(block, Table):
        rows = tuple(
            attrs.evolve(
                row, cells=tuple(attrs.evolve(cell, spans=keep(cell.spans)) if cell.rating is None else cell for cell in row.cells)
            )
            for row in block.rows
        )
        return attrs.evolve(block, rows=rows)
    if isinstance(block, Definitions):
        return attrs.evolve(block, entries=tuple(attrs.evolve(entry, spans=keep(entry.spans)) for entry in block.entries))
    return block
