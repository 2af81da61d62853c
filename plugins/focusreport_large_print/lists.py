"""Real Word lists: bulleted in the List Bullet style, numbered in List Number, each numbered list from 1.

Word numbers every paragraph of the List Number style as one list running through
the document; a numbered list that starts again at 1 needs a numbering instance of
its own, which overrides the start of the style's numbering.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

BULLETED = "List Bullet"
NUMBERED = "List Number"


class Lists:
    """Adds list entries to a document, restarting the numbering of each numbered list."""

    def __init__(self, document: DocumentObject) -> None:
        self.document = document

    def bulleted(self) -> Paragraph:
        """A new entry of a bulleted list."""
        return self.document.add_paragraph(style=BULLETED)

    def numbered(self, count: int) -> list[Paragraph]:
        """The ``count`` entries of a new numbered list that starts at 1."""
        number = self._new_numbering()
        entries = []
        for _ in range(count):
            paragraph = self.document.add_paragraph(style=NUMBERED)
            properties = paragraph._p.get_or_add_pPr()
            numbering = OxmlElement("w:numPr")
            level = OxmlElement("w:ilvl")
            level.set(qn("w:val"), "0")
            identifier = OxmlElement("w:numId")
            identifier.set(qn("w:val"), number)
            numbering.append(level)
            numbering.append(identifier)
            properties.insert_element_before(
                numbering, "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr"
            )
            entries.append(paragraph)
        return entries

    def _new_numbering(self) -> str:
        """A numbering instance of the List Number style's numbering that restarts at 1; its id."""
        numbering = self.document.part.numbering_part.element
        style = self.document.styles[NUMBERED].element
        style_number = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        assert style_number is not None
        instances: list[BaseOxmlElement] = numbering.findall(qn("w:num"))
        abstract = next(
            instance.find(qn("w:abstractNumId")) for instance in instances if instance.get(qn("w:numId")) == style_number.get(qn("w:val"))
        )
        assert abstract is not None
        number = str(max(int(instance.get(qn("w:numId"), "0")) for instance in instances) + 1)
        instance = OxmlElement("w:num")
        instance.set(qn("w:numId"), number)
        reference = OxmlElement("w:abstractNumId")
        reference.set(qn("w:val"), abstract.get(qn("w:val"), "0"))
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        instance.append(reference)
        instance.append(override)
        numbering.append(instance)
        return number
