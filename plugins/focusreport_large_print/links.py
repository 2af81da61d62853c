"""Bookmarks on headings and links to them: the contents list leads to each section.

Word's bookmark names hold letters, digits and underscores, begin with a letter and
have at most 40 characters; the outline's anchors are turned into such names, kept
unique.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from focusreport_wordprocessing import add_text

_LONGEST = 40


class Bookmarks:
    """The bookmark name of each anchor, and the ids Word numbers them by."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.numbers: dict[str, int] = {}
        self.taken: set[str] = set()

    def name(self, anchor: str) -> str:
        """The bookmark name for ``anchor``, the same each time it is asked for."""
        if anchor not in self.names:
            base = re.sub(r"[^A-Za-z0-9]", "_", anchor)
            base = base if base[:1].isalpha() else f"s_{base}"
            name, number = base[:_LONGEST], 2
            while name in self.taken:
                suffix = f"_{number}"
                name, number = base[: _LONGEST - len(suffix)] + suffix, number + 1
            self.names[anchor] = name
            self.taken.add(name)
        return self.names[anchor]

    def mark(self, paragraph: Paragraph, anchor: str) -> None:
        """Put the bookmark for ``anchor`` around the whole of ``paragraph``."""
        name = self.name(anchor)
        number = str(self.numbers.setdefault(anchor, len(self.numbers)))
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), number)
        properties = paragraph._p.pPr
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph._p.insert(0, start)
        paragraph._p.append(end)

    def link(self, paragraph: Paragraph, text: str, anchor: str, language: str) -> None:
        """Append ``text`` to ``paragraph`` as a link to the bookmark of ``anchor``."""
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), self.name(anchor))
        link.set(qn("w:history"), "1")
        for run in add_text(paragraph, text, language):
            link.append(run._r)
        paragraph._p.append(link)
