"""Pictures embedded in the page, and the row that puts a picture beside its words.

Each picture is a ``data:`` URI, so that the page needs no other file. HTML cannot
reuse an embedded picture, so each use embeds it again; the file is read and
encoded once per page.
"""

from __future__ import annotations

import base64

from focusreport.outline import Picture
from focusreport_html.markup import Child, Element, h

# Widths in CSS pixels, for when the style sheet is missing; it sizes them in rem.
PICTURE_WIDTH = "48"
HEADLINE_PICTURE_WIDTH = "64"


class Pictures:
    """The page's pictures as ``img`` elements with their alternative text."""

    def __init__(self) -> None:
        self._encoded: dict[str, str] = {}

    def image(self, picture: Picture, width: str = PICTURE_WIDTH) -> Element:
        """``picture`` as an ``img``: its file embedded, its alternative text in the page's language."""
        if picture.id not in self._encoded:
            data = base64.b64encode(picture.path.read_bytes()).decode("ascii")
            self._encoded[picture.id] = f"data:{picture.media_type};base64,{data}"
        return h("img", {"class": "picture", "src": self._encoded[picture.id], "alt": picture.alt, "width": width})

    def beside(self, picture: Picture | None, content: list[Child]) -> list[Child]:
        """``content`` with its picture before it, when it has one: one idea per row."""
        if picture is None:
            return content
        return [h("span", {"class": "with-picture"}, self.image(picture), h("span", None, *content))]

    def headline(self, picture: Picture | None) -> list[Element]:
        """A section's own picture, under its heading."""
        if picture is None:
            return []
        return [h("p", {"class": "headline-picture"}, self.image(picture, HEADLINE_PICTURE_WIDTH))]
