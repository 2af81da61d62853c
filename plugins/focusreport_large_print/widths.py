"""Where a data table goes and how wide its columns are, so that no word is split across lines.

Clear print never splits a word, but a table cell narrower than its longest word
makes Word and LibreOffice break that word between letters. Each column is given
at least the width of its longest word (and of its header's) at the body size,
and what is left is shared by the outline's column weights. A table that fits
the width of a portrait page stays there; one that fits only the width of a
landscape page gets a landscape page of its own; one that fits neither is read
row by row instead.

Widths are estimated, not measured: each character counts as the widest Arial
character of its kind (thin, capital, wide...) in its weight, so the estimate is
an upper bound for Arial and the fonts that share its widths (Liberation Sans,
Arimo), a little wider than the words really are.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from focusreport.outline import Spans, Strong, Table, Term

PAGE_SHORT_CM = 21.0
PAGE_LONG_CM = 29.7
POINT_CM = 2.54 / 72

CELL_PADDING_CM = 2 * 0.19 + 0.06
"""A cell's left and right margins (108 twips each, as Word's Table Grid style has them), and its borders."""

_THINNEST = frozenset("ijlI.,'\u2019|\u0142")
_THIN = frozenset("frt/()[]-:;!")
_WIDE = frozenset("mw")
_WIDEST = frozenset("MW%@")
_EXTRA = frozenset("£$€?\u2013")

# The widest of each kind in ems: (regular, bold).
_THINNEST_EM = (0.28, 0.28)
_THIN_EM = (0.34, 0.39)
_WIDE_EM = (0.84, 0.89)
_WIDEST_EM = (1.02, 1.02)
_CAPITAL_EM = (0.78, 0.78)
_OTHER_EM = (0.56, 0.62)
_UNKNOWN_EM = (1.02, 1.02)


def _em(character: str, bold: bool) -> float:
    """The largest advance of ``character``'s kind in Arial (regular or bold), in ems; accents do not count."""
    base = unicodedata.normalize("NFD", character)[:1] or character
    if base in _THINNEST:
        kind = _THINNEST_EM
    elif base in _THIN:
        kind = _THIN_EM
    elif base in _WIDE:
        kind = _WIDE_EM
    elif base in _WIDEST:
        kind = _WIDEST_EM
    elif base.isupper() or base == "&":
        kind = _CAPITAL_EM
    elif base.isalnum() or base in _EXTRA:
        kind = _OTHER_EM
    else:
        kind = _UNKNOWN_EM
    return kind[1] if bold else kind[0]


def word_width_cm(word: str, size: float, bold: bool = False) -> float:
    """An upper bound of the width of ``word`` set in Arial at ``size`` points."""
    return sum(_em(character, bold) for character in word) * size * POINT_CM


def longest_word_cm(texts: Iterable[Spans], size: float) -> float:
    """The width of the widest word of ``texts``, in bold where a span is :class:`Strong` or :class:`Term`.

    A word ends only at a space, so one word may run across spans ("**Good**.").
    """
    widest = 0.0
    for spans in texts:
        width = 0.0
        for span in spans:
            bold = isinstance(span, Strong | Term)
            for character in span.text:
                width = 0.0 if character.isspace() else width + _em(character, bold) * size * POINT_CM
                widest = max(widest, width)
    return widest


class Place(enum.Enum):
    """Where a table is set."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"
    ROWS = "rows"
    """Too wide for any page at this size: each row is read as a short list instead."""


@attrs.frozen
class Layout:
    """A table's place and its columns' widths in centimetres (empty when read row by row)."""

    place: Place
    widths: tuple[float, ...] = ()


def minimum_widths(table: Table, size: float) -> tuple[float, ...]:
    """For each column, the width its longest word needs, header included, with the cell's margins."""
    columns: list[list[Spans]] = [[(Strong(header),)] for header in table.header]
    for row in table.rows:
        for column, cell in enumerate(row.cells):
            columns[column].append(cell.spans)
    return tuple(longest_word_cm(texts, size) + CELL_PADDING_CM for texts in columns)


def fit(weights: Sequence[int], minimums: Sequence[float], width: float) -> tuple[float, ...] | None:
    """Widths that fill ``width`` in proportion to ``weights``, none below its minimum; ``None`` if the minimums do not fit."""
    if sum(minimums) > width + 1e-9:
        return None
    fixed: dict[int, float] = {}
    while True:
        free = [column for column in range(len(weights)) if column not in fixed]
        rest = width - sum(fixed.values())
        total = sum(max(weights[column], 1) for column in free)
        shares = {column: rest * max(weights[column], 1) / total for column in free}
        short = [column for column in free if shares[column] < minimums[column]]
        if not short:
            widths = {**fixed, **shares}
            return tuple(round(widths[column], 3) for column in range(len(weights)))
        for column in short:
            fixed[column] = minimums[column]
        if len(fixed) == len(weights):
            spare = (width - sum(fixed.values())) / len(weights)
            return tuple(round(fixed[column] + spare, 3) for column in range(len(weights)))


def layout(table: Table, size: float, margin_cm: float) -> Layout:
    """Portrait if the table fits the portrait text width, else landscape if it fits that, else row by row."""
    minimums = minimum_widths(table, size)
    weights = table.weights if len(table.weights) == len(table.header) else (1,) * len(table.header)
    for place, page_width in ((Place.PORTRAIT, PAGE_SHORT_CM), (Place.LANDSCAPE, PAGE_LONG_CM)):
        widths = fit(weights, minimums, page_width - 2 * margin_cm)
        if widths is not None:
            return Layout(place, widths)
    return Layout(Place.ROWS)
