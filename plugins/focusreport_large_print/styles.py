"""The large-print touches on Word's built-in styles that the shared set-up leaves as the template has them.

Quotes keep the built-in Quote style, so that Word and pandoc know them as
quotations, but without its italics and theme colour (clear print avoids italics):
they are set off by an indent instead. (A rule down their side would join
neighbouring quotes into one, as Word draws one border round paragraphs that share it.)
Numbered lists are spaced like bulleted ones.
"""

from __future__ import annotations

from typing import cast

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle

QUOTE_INDENT_CM = 1.0


def prepare(document: DocumentObject, space_after: float) -> None:
    """Restyle Quote and List Number for clear print; ``space_after`` is the body's paragraph spacing in points."""
    quote = cast(ParagraphStyle, document.styles["Quote"])
    quote.font.italic = False
    quote.font.color.rgb = None
    properties = quote.element.get_or_add_rPr()
    for tag in ("w:iCs", "w:color"):
        for element in properties.findall(qn(tag)):
            properties.remove(element)
    quote.paragraph_format.left_indent = Cm(QUOTE_INDENT_CM)
    quote.paragraph_format.keep_together = True
    numbered = cast(ParagraphStyle, document.styles["List Number"])
    numbered.paragraph_format.space_after = Pt(space_after / 2)
