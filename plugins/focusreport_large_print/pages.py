"""Portrait and landscape pages: a table too wide for a portrait page gets landscape pages of its own.

A Word document changes orientation only at a section break. python-docx adds one as
an empty paragraph that holds the ending section's properties; here they move into the
last paragraph before the break when there is one, so that no empty line is left on
the page. The footer (the page number) is not repeated: a new section inherits it.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from focusreport_large_print.widths import PAGE_LONG_CM, PAGE_SHORT_CM


class Pages:
    """The orientation of the pages being written, turned only when it changes."""

    def __init__(self, document: DocumentObject) -> None:
        self.document = document
        self.landscape = False

    def turn(self, landscape: bool) -> None:
        """Go on in ``landscape`` (or portrait) from a new page, when that is not the orientation already."""
        if landscape == self.landscape:
            return
        self.landscape = landscape
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        long, short = Cm(PAGE_LONG_CM), Cm(PAGE_SHORT_CM)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        _fold_break(self.document)


def _fold_break(document: DocumentObject) -> None:
    """Move the section break from its own empty paragraph into the paragraph before, if there is one."""
    body = document.element.body
    holder = body[-2]
    assert isinstance(holder, CT_P) and holder.pPr is not None
    properties = holder.pPr.find(qn("w:sectPr"))
    assert properties is not None
    previous = holder.getprevious()
    if isinstance(previous, CT_P) and previous.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None:
        previous.get_or_add_pPr().insert_element_before(properties, "w:pPrChange")
        body.remove(holder)
        return
    # After a table Word needs a paragraph to end the section: keep it one point high.
    paragraph = Paragraph(holder, document.part)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(1)
