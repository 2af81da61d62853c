"""A shape for each rating, drawn beside its words: an extra for sighted readers.

Any scale works: the shape follows the level's place on its scale, not its name.
The best level is a circle with a tick, the worst a square with a cross, and the
levels between take a diamond, a hexagon, a triangle and a downward triangle, each
with its own mark, so that the icons of one scale differ in shape as well as
colour (up to six levels; longer scales repeat the shapes between). The shape is
filled with the level's colour, which has at least 4.5:1 contrast with the white
mark. The icon is hidden from screen readers because the rating is always written
out in words next to it.
"""

from __future__ import annotations

import attrs

from focusreport.outline import Rating
from focusreport_html.markup import Element, h


@attrs.frozen
class Shape:
    """One icon: the outline's path or element, and the mark drawn inside it in white."""

    name: str
    tag: str
    geometry: tuple[tuple[str, str], ...]
    mark: str


BEST = Shape("circle", "circle", (("cx", "12"), ("cy", "12"), ("r", "11")), "M6.5 12.5l3.5 3.5 7.5-8")
WORST = Shape("square", "rect", (("x", "1.5"), ("y", "1.5"), ("width", "21"), ("height", "21"), ("rx", "2")), "M7.5 7.5l9 9M16.5 7.5l-9 9")
DIAMOND = Shape("diamond", "path", (("d", "M12 1L23 12L12 23L1 12Z"),), "M7.5 12h9")
HEXAGON = Shape("hexagon", "path", (("d", "M12 1l9.5 5.5v11L12 23l-9.5-5.5v-11Z"),), "M8 9.5h8M8 14.5h8")
TRIANGLE = Shape("triangle", "path", (("d", "M12 1.5L23 21.5H1Z"),), "M12 8.5v6M12 17.5v.5")
DOWNWARD = Shape("downward-triangle", "path", (("d", "M1 2.5h22L12 22.5Z"),), "M12 6.5v5.5M12 15v.5")

BETWEEN = (DIAMOND, HEXAGON, TRIANGLE, DOWNWARD)
"""The shapes for the levels between the best and the worst, from better to worse."""

_CHOSEN = {1: (TRIANGLE,), 2: (DIAMOND, TRIANGLE), 3: (DIAMOND, HEXAGON, TRIANGLE), 4: BETWEEN}


def shape_of(position: int, count: int) -> Shape:
    """The shape of the level at ``position`` (1 is the best) on a scale of ``count`` levels.

    With one level between best and worst it is the triangle, the warning sign the
    traffic light's amber has always had here; with more, the shapes spread from
    the diamond (nearer the best) to the triangle (nearer the worst).
    """
    if position <= 1:
        return BEST
    if position >= count:
        return WORST
    between = count - 2
    index = position - 2
    if between in _CHOSEN:
        return _CHOSEN[between][index]
    return BETWEEN[index * len(BETWEEN) // between]


def rating_icon(rating: Rating) -> Element:
    """The icon for ``rating``: 24 pixels wide without CSS and 1.25em wide with it."""
    shape = shape_of(rating.position, rating.count)
    attributes = {
        "class": f"icon icon-{shape.name}",
        "viewBox": "0 0 24 24",
        "width": "24",
        "height": "24",
        "aria-hidden": "true",
        "focusable": "false",
    }
    outline = h(shape.tag, {"class": "shape", **dict(shape.geometry), "fill": rating.colour})
    mark = h(
        "path",
        {
            "class": "mark",
            "d": shape.mark,
            "fill": "none",
            "stroke": "#ffffff",
            "stroke-width": "2.5",
            "stroke-linecap": "round",
            "stroke-linejoin": "round",
        },
    )
    return h("svg", attributes, outline, mark)
