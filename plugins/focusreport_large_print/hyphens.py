"""Hyphenated words kept whole: "off-track" never ends one line as "off-" and starts the next as "track".

Clear print splits no word across lines. Word and LibreOffice never hyphenate on
their own unless asked, but both break a line after a hyphen; Word's non-breaking
hyphen (``w:noBreakHyphen``, what Ctrl+Shift+Hyphen types) looks the same and is
read back as a hyphen, and a line never breaks there.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_INSIDE_A_WORD = re.compile(r"(?<=\w)-(?=\w)")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def keep_hyphenated_words_whole(body: BaseOxmlElement) -> None:
    """Turn every hyphen between two letters or digits under ``body`` into a non-breaking hyphen."""
    for text in list(body.iter(qn("w:t"))):
        words = text.text or ""
        if not _INSIDE_A_WORD.search(words):
            continue
        pieces = _INSIDE_A_WORD.split(words)
        text.text = pieces[0]
        text.set(_SPACE, "preserve")
        anchor = text
        for piece in pieces[1:]:
            hyphen = OxmlElement("w:noBreakHyphen")
            anchor.addnext(hyphen)
            following = OxmlElement("w:t")
            following.text = piece
            following.set(_SPACE, "preserve")
            hyphen.addnext(following)
            anchor = following
