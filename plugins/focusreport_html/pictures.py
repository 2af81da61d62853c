"""Pictures on the page: each file embedded once, shown wherever it is used.

A report uses the same picture many times (the bundled one 58 pictures in 132
places). An ``img`` cannot share its ``data:`` URI, so each picture becomes one
``symbol`` in a hidden SVG store at the end of the page, and every use is a small
inline SVG that points at it with ``use``: one copy of the bytes, and each use
keeps its own accessible name. A PNG is stored as lossless WebP when that is
smaller (every visible pixel the same, about half the bytes); other files as they are.

A picture beside words that already say what it shows is decorative: hidden
from screen readers, so that nobody hears "A plan" before a paragraph about the
plan. In easy wording, where pictures carry the meaning, each keeps its
alternative text; in a table row's header cell a picture is always hidden, so
that the row is read by its own words.
"""

from __future__ import annotations

import base64
import io

import attrs

from focusreport.outline import Picture
from focusreport.pictures import PNG
from focusreport_html.markup import Child, Element, h

# Widths in CSS pixels, for when the style sheet is missing; it sizes them in rem.
PICTURE_WIDTH = 48
HEADLINE_PICTURE_WIDTH = 64
WEBP = "image/webp"
WEBP_MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA"})
"""Pillow modes that lossless WebP holds without change; any other PNG (16 bits a channel) stays PNG."""


@attrs.frozen
class Stored:
    """A picture in the store: the fragment that names it, its size in pixels and its bytes as a URI."""

    fragment: str
    width: int
    height: int
    uri: str


class Pictures:
    """The page's pictures: the store of their files and an inline SVG for each use."""

    def __init__(self, *, described: bool) -> None:
        """``described``: whether a picture beside words keeps its alternative text (easy wording) or is decorative."""
        self.described = described
        self._stored: dict[str, Stored] = {}

    def image(self, picture: Picture, width: int = PICTURE_WIDTH, *, described: bool | None = None) -> Element:
        """One use of ``picture``: named by its alternative text, or hidden from screen readers when decorative."""
        stored = self._store(picture)
        height = round(width * stored.height / stored.width)
        attributes = {"class": "picture", "viewBox": f"0 0 {stored.width} {stored.height}", "width": str(width), "height": str(height)}
        if self.described if described is None else described:
            attributes |= {"role": "img", "aria-label": picture.alt}
        else:
            attributes |= {"aria-hidden": "true"}
        attributes["focusable"] = "false"
        return h("svg", attributes, h("use", {"href": f"#{stored.fragment}"}))

    def beside(self, picture: Picture | None, content: list[Child], *, described: bool | None = None) -> list[Child]:
        """``content`` with its picture before it, when it has one: one idea per row."""
        if picture is None:
            return content
        return [h("span", {"class": "with-picture"}, self.image(picture, described=described), h("span", None, *content))]

    def headline(self, picture: Picture | None) -> list[Element]:
        """A section's own picture, under its heading."""
        if picture is None:
            return []
        return [h("p", {"class": "headline-picture"}, self.image(picture, HEADLINE_PICTURE_WIDTH))]

    def store(self) -> Element | None:
        """The hidden SVG holding one ``symbol`` per picture used, in order of first use; ``None`` when none is."""
        if not self._stored:
            return None
        symbols = [
            h(
                "symbol",
                {"id": stored.fragment, "viewBox": f"0 0 {stored.width} {stored.height}"},
                h("image", {"href": stored.uri, "width": str(stored.width), "height": str(stored.height)}),
            )
            for stored in self._stored.values()
        ]
        attributes = {"class": "picture-store", "width": "0", "height": "0", "aria-hidden": "true", "focusable": "false"}
        return h("svg", attributes, *symbols)

    def _store(self, picture: Picture) -> Stored:
        if picture.id not in self._stored:
            # Underscored, like the page's own ids, so that no section anchor can be the same.
            fragment = f"picture_{len(self._stored) + 1}"
            self._stored[picture.id] = _encoded(picture, fragment)
        return self._stored[picture.id]


def _encoded(picture: Picture, fragment: str) -> Stored:
    """The picture's file, as lossless WebP when it is a PNG that comes out smaller."""
    from PIL import Image

    data = picture.path.read_bytes()
    media_type = picture.media_type
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        if media_type == PNG and image.mode in WEBP_MODES:
            webp = io.BytesIO()
            # Lossless: "quality" is the effort; more than this takes three times as long for 1% fewer bytes.
            image.save(webp, "WEBP", lossless=True, quality=50, method=4)
            if webp.tell() < len(data):
                data, media_type = webp.getvalue(), WEBP
    uri = f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"
    return Stored(fragment, width, height, uri)
