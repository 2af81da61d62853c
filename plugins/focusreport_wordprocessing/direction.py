"""A Word document in a language written right to left (Arabic, Hebrew): direction, size and language of its text.

Word keeps right-to-left text apart from Latin text. A paragraph reads from the right
only with ``w:bidi`` (its start, and the alignment the styles give as "left", is then
the right-hand side); a run of Arabic letters is shaped and ordered as such only with
``w:rtl``; and such a run takes its size, boldness and language from the *complex
script* properties (``w:szCs``, ``w:bCs``, ``w:lang/@w:bidi``), not from ``w:sz``,
``w:b`` and ``w:lang/@w:val``. Without them the words of a large-print document would
be printed at Word's default size. Runs that hold no right-to-left letter (a code such
as E1, a figure such as 5,549,669, an email address) are left without ``w:rtl``, so that
Word keeps them in their own left-to-right order inside the sentence.

This runs on the finished document, once, after a writer has written it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from typing import cast

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from focusreport.languages import RIGHT_TO_LEFT, Language

_RIGHT_TO_LEFT_CLASSES = frozenset({"R", "AL"})

# What may follow each element in its parent, in the order the schema requires.
_AFTER_BIDI: tuple[str, ...] = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents")
_AFTER_BIDI += ("w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl")
_AFTER_BIDI += ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_RTL: tuple[str, ...] = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_SZ_CS: tuple[str, ...] = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", *_AFTER_RTL)
_AFTER_B_CS: tuple[str, ...] = ("w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss")
_AFTER_B_CS += ("w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w")
_AFTER_B_CS += ("w:kern", "w:position", "w:sz", "w:szCs", *_AFTER_SZ_CS)
_AFTER_BIDI_VISUAL: tuple[str, ...] = ("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd")
_AFTER_BIDI_VISUAL += ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_SECTION_BIDI: tuple[str, ...] = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def has_right_to_left_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of a script written right to left."""
    return any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT_CLASSES for char in text)


def make_right_to_left(document: DocumentObject, languages: Collection[str]) -> None:
    """Set right to left each paragraph (and table) whose words are in one of ``languages``, and the runs of such letters.

    ``languages`` are the tags of the document's languages written right to left; the
    pages turn right to left when the document's own language (its Normal style's) is
    one of them. Every size and boldness gets its complex-script twin, so that text in
    such a script is as large and as bold as the rest.
    """
    body = document.element.body
    normal = document.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}")
    own = _language_of(document.styles["Normal"].element.find(qn("w:rPr")), normal)
    for paragraph in body.iter(qn("w:p")):
        runs = [run for run in paragraph.iter(qn("w:r")) if "".join(node.text or "" for node in run.iter(qn("w:t"))).strip()]
        spoken = [_language_of(run.find(qn("w:rPr")), None) or own for run in runs]
        if (spoken and all(language in languages for language in spoken)) or (not spoken and own in languages):
            _child(paragraph.get_or_add_pPr(), "w:bidi", _AFTER_BIDI)
    for run in body.iter(qn("w:r")):
        text = "".join(node.text or "" for node in run.iter(qn("w:t")))
        if has_right_to_left_letters(text):
            _child(run.get_or_add_rPr(), "w:rtl", _AFTER_RTL)
    for table in body.iter(qn("w:tbl")):
        first = table.find(f".//{qn('w:p')}")
        table_properties = table.find(qn("w:tblPr"))
        if table_properties is not None and first is not None and first.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None:
            _child(table_properties, "w:bidiVisual", _AFTER_BIDI_VISUAL)
    if own in languages:
        for section in body.iter(qn("w:sectPr")):
            _child(section, "w:bidi", _AFTER_SECTION_BIDI)
    for part in (document.element, document.styles.element, *(section.footer._element for section in document.sections)):
        for properties in part.iter(qn("w:rPr")):
            complex_script(properties, languages)


def _language_of(properties: BaseOxmlElement | None, fallback: BaseOxmlElement | None) -> str | None:
    lang = properties.find(qn("w:lang")) if properties is not None else None
    lang = lang if lang is not None else fallback
    return lang.get(qn("w:val")) if lang is not None else None


def complex_script(properties: BaseOxmlElement, languages: Collection[str]) -> None:
    """Give ``properties`` the complex-script twin of its size and boldness; a language written right to left becomes its complex-script language too."""
    size = properties.find(qn("w:sz"))
    if size is not None:
        _child(properties, "w:szCs", _AFTER_SZ_CS).set(qn("w:val"), size.get(qn("w:val"), ""))
    bold = properties.find(qn("w:b"))
    if bold is not None:
        twin = _child(properties, "w:bCs", _AFTER_B_CS)
        value = bold.get(qn("w:val"))
        if value is not None:
            twin.set(qn("w:val"), value)
    lang = properties.find(qn("w:lang"))
    if lang is not None and lang.get(qn("w:val")) in languages:
        lang.set(qn("w:bidi"), lang.get(qn("w:val"), ""))


def _child(parent: BaseOxmlElement, tag: str, successors: tuple[str, ...]) -> BaseOxmlElement:
    """``parent``'s ``tag`` child, added in its place in the schema's order when it has none."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.insert_element_before(found, *successors)
    return cast(BaseOxmlElement, found)


def set_directions(document: DocumentObject, languages: Iterable[Language]) -> None:
    """Make right to left the passages of ``document`` in those of ``languages`` written so; nothing when none is."""
    backwards = [language.tag for language in languages if language.direction == RIGHT_TO_LEFT]
    if backwards:
        make_right_to_left(document, backwards)
