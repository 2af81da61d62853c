"""A new Word document set up for clear print: A4, one font, sizes, spacing and language.

python-docx's template says en-US in its styles and settings, uses theme fonts,
coloured headings, and carries a second copy of the styles and a thumbnail of an
empty page: this module replaces or removes each of those.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import cast

import attrs
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle

from focusreport.strings import Strings
from focusreport_wordprocessing.lookups import remember_style_ids
from focusreport_wordprocessing.text import set_language

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


@attrs.frozen
class Page:
    """A4 with the given margin on every side, in centimetres."""

    margin_cm: float = 2.5


@attrs.frozen
class TextStyle:
    """The font, body size and heading sizes (points), and line spacing of a document."""

    font: str
    size: float
    heading_sizes: Mapping[int, float]
    line_spacing: float = 1.5
    space_after: float = 12.0


def new_document(language: str, page: Page, style: TextStyle) -> DocumentObject:
    """An empty document in ``language`` (``en-GB`` or ``cy-GB``) with ``page`` and ``style`` applied."""
    document = Document()
    _drop_extra_parts(document)
    _set_page(document, page)
    _set_language(document, language)
    _set_text_style(document, style, language)
    remember_style_ids(document)
    return document


def _drop_extra_parts(document: DocumentObject) -> None:
    """Remove the template's second styles part (en-US, never updated) and its empty-page thumbnail."""
    for relationships in (document.part.rels, document.part.package.rels):
        for key, relationship in list(relationships.items()):
            if relationship.reltype in (_STYLES_WITH_EFFECTS, RT.THUMBNAIL):
                del relationships[key]


def _set_page(document: DocumentObject, page: Page) -> None:
    for section in document.sections:
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        margin = Cm(page.margin_cm)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin


def _set_language(document: DocumentObject, language: str) -> None:
    """``w:lang`` in the document defaults and on Normal, and the settings' theme font language."""
    styles = document.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
        for attribute, value in lang.attrib.items():
            if value == "en-US":
                lang.set(attribute, language)
    set_language(document.styles["Normal"].element.get_or_add_rPr(), language)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), language)


def _set_text_style(document: DocumentObject, style: TextStyle, language: str) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    assert defaults is not None
    for fonts in defaults.iter(qn("w:rFonts")):
        _set_font(fonts, style.font)
    for size in defaults.iter(qn("w:sz")):
        size.set(qn("w:val"), str(round(style.size * 2)))
    normal = _paragraph_style(document, "Normal")
    _apply(normal, style.font, style.size, style)
    for level, size in style.heading_sizes.items():
        heading = _paragraph_style(document, f"Heading {level}")
        _apply(heading, style.font, size, style)
        heading.font.bold = True
        heading.font.italic = False
        heading.paragraph_format.space_before = Pt(style.space_after * 1.5)
        set_language(heading.element.get_or_add_rPr(), language)
    bullet = _paragraph_style(document, "List Bullet")
    bullet.paragraph_format.space_after = Pt(style.space_after / 2)


def _paragraph_style(document: DocumentObject, name: str) -> ParagraphStyle:
    return cast(ParagraphStyle, document.styles[name])


def _apply(target: ParagraphStyle, font: str, size: float, style: TextStyle) -> None:
    """Font, size, black text and left-aligned, spaced paragraphs for one paragraph style."""
    properties = target.element.get_or_add_rPr()
    _set_font(properties.get_or_add_rFonts(), font)
    target.font.size = Pt(size)
    target.font.color.rgb = None
    target.paragraph_format.line_spacing = style.line_spacing
    target.paragraph_format.space_after = Pt(style.space_after)
    target.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _set_font(fonts: BaseOxmlElement, font: str) -> None:
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


HEADING_LEVELS = range(1, 10)
"""Word's built-in heading styles: Heading 1 to Heading 9."""


def scaled_headings(size: float) -> dict[int, float]:
    """Heading sizes for body text of ``size`` points, to the half point: 1.5, 1.3 and 1.15 times
    for levels 1 to 3, and 1.05 times for every deeper level.

    Every built-in level gets a size, so that a section nested deep in groups never falls
    back to the template's own heading style, which is italic, coloured and set in a theme font.
    """
    factors = {1: 1.5, 2: 1.3, 3: 1.15}
    return {level: round(size * factors.get(level, 1.05) * 2) / 2 for level in HEADING_LEVELS}


_PAGE = "\ue000"
_PAGES = "\ue001"
_FIELDS = {_PAGE: "PAGE", _PAGES: "NUMPAGES"}


LANGUAGE_SEPARATOR = " / "
"""Between the page number's words in each language of a bilingual edition."""


def add_page_numbers(document: DocumentObject, language: str, strings: Strings, also: Sequence[tuple[str, Strings]] = ()) -> None:
    """ "Page N of M" in the document's language, centred in the footer of every page.

    The words are the library's ``page-of-pages`` message, formatted whole with a mark
    where each number goes, so the word order stays the translator's; each number is a
    field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice update. The footer sits
    inside the bottom margin (one line, no spacing), so it never takes room from the
    text; every run is marked with its language. A bilingual edition gives ``also`` the
    other languages and their words: "Tudalen 2 o 40 / Page 2 of 40".
    """
    pieces: list[tuple[str, str]] = []
    for index, (tag, words) in enumerate([(language, strings), *also]):
        if index:
            pieces.append((LANGUAGE_SEPARATOR, language))
        message = words.format("page-of-pages", page=_PAGE, pages=_PAGES)
        pieces += [(piece, tag) for piece in re.split(f"([{_PAGE}{_PAGES}])", message) if piece]
    for section in document.sections:
        section.footer_distance = Cm(1.0)
        paragraph = section.footer.paragraphs[0]
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.paragraph_format.space_after = Pt(0)
        for piece, tag in pieces:
            if piece in _FIELDS:
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), _FIELDS[piece])
                field.append(_run("1", tag))
                paragraph._p.append(field)
            else:
                paragraph._p.append(_run(piece, tag))


def _run(words: str, language: str) -> BaseOxmlElement:
    """A run of ``words`` in ``language``, its spaces kept."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    set_language(properties, language)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = words
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    return run
