"""Inline pictures with alternative text: never floating, never named after their file."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from focusreport import Picture
from focusreport_wordprocessing.text import clean


def add_picture(paragraph: Paragraph, picture: Picture, width_cm: float) -> None:
    """Put ``picture`` inline in ``paragraph``, ``width_cm`` wide, with its alternative text.

    python-docx has no alt-text API and names the picture after its file: the
    description is written on ``wp:docPr`` (what Word, LibreOffice and pandoc read)
    and on the picture's own properties, whose name becomes the picture id.
    """
    run = paragraph.add_run()
    shape = run.add_picture(str(picture.path), width=Cm(width_cm))
    inline = shape._inline
    alt = clean(picture.alt)
    inline.docPr.set("descr", alt)
    inline.docPr.set("title", alt)
    for properties in inline.iter(qn("pic:cNvPr")):
        properties.set("name", picture.id)
        properties.set("descr", alt)
