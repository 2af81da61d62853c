"""Inline pictures with alternative text: never floating, never named after their file."""

from __future__ import annotations

import itertools
import weakref
from pathlib import Path
from typing import Protocol

from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.story import StoryPart
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from focusreport_wordprocessing.lookups import image_of
from focusreport_wordprocessing.text import clean


class Picture(Protocol):
    """What a picture needs to be drawn: the outline's pictures, and the report's, have it."""

    @property
    def id(self) -> str: ...

    @property
    def path(self) -> Path: ...

    @property
    def alt(self) -> str: ...


def add_picture(paragraph: Paragraph, picture: Picture, width_cm: float) -> None:
    """Put ``picture`` inline in ``paragraph``, ``width_cm`` wide, with its alternative text.

    python-docx has no alt-text API and names the picture after its file: the
    description is written on ``wp:docPr`` (what Word, LibreOffice and pandoc read)
    and on the picture's own properties, whose name becomes the picture id. The
    distance to the text around is set to nothing, as Word assumes: without it,
    LibreOffice puts a third of a centimetre on every side, and two pictures that fit
    side by side in a cell no longer do.
    """
    part = paragraph.part
    assert isinstance(part, StoryPart)
    relationship, image = image_of(part, picture.path)
    width, height = image.scaled_dimensions(Cm(width_cm), None)
    inline = CT_Inline.new_pic_inline(_next_shape_id(part), relationship, picture.id, width, height)
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    paragraph.add_run()._r.add_drawing(inline)
    alt = clean(picture.alt)
    inline.docPr.set("descr", alt)
    inline.docPr.set("title", alt)
    for properties in inline.iter(qn("pic:cNvPr")):
        properties.set("name", picture.id)
        properties.set("descr", alt)


_SHAPE_IDS: weakref.WeakKeyDictionary[StoryPart, itertools.count[int]] = weakref.WeakKeyDictionary()


def _next_shape_id(part: StoryPart) -> int:
    """A fresh drawing id for ``part``.

    python-docx finds the next id by scanning every id in the document for each
    picture, which makes a document with thousands of pictures quadratic; the scan
    is done once per document here, and ids counted on from it.
    """
    if part not in _SHAPE_IDS:
        _SHAPE_IDS[part] = itertools.count(part.next_id)
    return next(_SHAPE_IDS[part])
