"""Laid-out blocks (units of lines) poured into braille pages.

Blank lines between units are the larger of what the one before wants after it and
what the one after wants before it, and never stand at the top of a page. A heading
(or a table's caption) keeps with what follows it: it moves to the next page unless
it and the first two lines after it fit (or all of them, when what follows is shorter). Any other unit
may run on from one page to the next.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

LINES_KEPT_WITH_A_HEADING = 2


@attrs.frozen
class Unit:
    """Lines that belong together, already indented, and the blank lines wanted around them."""

    lines: tuple[str, ...]
    before: int = 0
    after: int = 0
    keep: bool = False
    """Keep with the start of what follows (a heading, a table's caption)."""
    heading: bool = False
    anchor: str = ""
    """The section this unit heads, when it is a heading listed in the contents."""


@attrs.frozen
class Pages:
    """The pages' lines (without the page number line), and where each anchored heading landed."""

    pages: tuple[tuple[str, ...], ...]
    anchors: dict[str, int]
    """Page index (from 0) of each anchored heading."""
    heading_tops: frozenset[int]
    """Pages whose first line is a heading: good places to start a volume."""


def paginate(units: Sequence[Unit], height: int) -> Pages:
    """Fill pages of ``height`` lines with ``units`` in order."""
    pages: list[tuple[str, ...]] = []
    page: list[str] = []
    anchors: dict[str, int] = {}
    tops: set[int] = set()
    previous: Unit | None = None
    for index, unit in enumerate(units):
        if not unit.lines:
            continue
        gap = _gap(previous, unit) if page else 0
        wanted = min(_kept_lines(units, index), height)
        if page and len(page) + gap + wanted > height:
            pages.append(tuple(page))
            page, gap = [], 0
        page.extend([""] * gap)
        if unit.anchor:
            anchors[unit.anchor] = len(pages)
        if unit.heading and not page:
            tops.add(len(pages))
        for line in unit.lines:
            if len(page) == height:
                pages.append(tuple(page))
                page = []
            page.append(line)
        previous = unit
    if page:
        pages.append(tuple(page))
    return Pages(tuple(pages), anchors, frozenset(tops))


def _gap(before: Unit | None, after: Unit) -> int:
    return 0 if before is None else max(before.after, after.before)


def _kept_lines(units: Sequence[Unit], index: int) -> int:
    """The lines from ``units[index]`` on that must share its page: a heading with the start of what follows."""
    unit = units[index]
    if not unit.keep:
        return 1
    after = next((later for later in range(index + 1, len(units)) if units[later].lines), None)
    if after is None:
        return len(unit.lines)
    following = units[after]
    gap = _gap(unit, following)
    if following.keep:
        return len(unit.lines) + gap + _kept_lines(units, after)
    return len(unit.lines) + gap + min(LINES_KEPT_WITH_A_HEADING, len(following.lines))
