"""A shape for each rating, drawn beside its name: an extra for sighted readers.

The shapes differ as well as the colours (a tick in a circle, a mark in a
triangle, a cross in a square), so the icon never relies on colour; it is hidden
from screen readers because the rating is always written out in words next to it.
"""

from __future__ import annotations

from focusreport import Rating
from focusreport_html.markup import Element, h

_SHAPES: dict[Rating, tuple[Element, Element]] = {
    Rating.GREEN: (
        h("circle", {"class": "shape", "cx": "12", "cy": "12", "r": "11", "fill": "#00703c"}),
        h("path", {"class": "mark", "d": "M6.5 12.5l3.5 3.5 7.5-8", "fill": "none", "stroke": "#ffffff", "stroke-width": "2.5"}),
    ),
    Rating.AMBER: (
        h("path", {"class": "shape", "d": "M12 1.5L23 21.5H1Z", "fill": "#a14a00"}),
        h("path", {"class": "mark", "d": "M12 8v6.5M12 16.5v2", "fill": "none", "stroke": "#ffffff", "stroke-width": "2.5"}),
    ),
    Rating.RED: (
        h("rect", {"class": "shape", "x": "1.5", "y": "1.5", "width": "21", "height": "21", "rx": "2", "fill": "#b10e1e"}),
        h("path", {"class": "mark", "d": "M7.5 7.5l9 9M16.5 7.5l-9 9", "fill": "none", "stroke": "#ffffff", "stroke-width": "2.5"}),
    ),
}


def rating_icon(rating: Rating) -> Element:
    """The icon for ``rating``, 24 pixels wide without CSS and 1.25em wide with it."""
    attributes = {
        "class": "icon",
        "viewBox": "0 0 24 24",
        "width": "24",
        "height": "24",
        "aria-hidden": "true",
        "focusable": "false",
    }
    return h("svg", attributes, *_SHAPES[rating])
