"""Runs of text: cleaned of characters Word cannot hold, with chosen phrases in bold."""

from __future__ import annotations

import re
from collections.abc import Iterable

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from focusreport.outline import Foreign, Spans, Strong, Term
from focusreport.spans import mark_terms

# XML 1.0 forbids these; python-docx raises ValueError on them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLANKS = re.compile(r"[ \t\u00a0]{2,}")


def clean(text: str) -> str:
    """Text safe for WordprocessingML: no control characters, no runs of blanks, no line breaks."""
    text = _FORBIDDEN.sub(" ", text).replace("\r", " ").replace("\n", " ")
    return _BLANKS.sub(" ", text).strip()


def emphasis_spans(text: str, phrases: Iterable[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(part, bold)`` pairs, bold where a whole-word phrase occurs.

    The matching is the core's, which marks hard words in the outline: letter case is
    ignored and longer phrases win over shorter ones they contain.
    """
    return [(span.text, isinstance(span, Term)) for span in mark_terms(text, phrases)]


def add_text(paragraph: Paragraph, text: str, language: str, emphasis: Iterable[str] = ()) -> list[Run]:
    """Append ``text`` to ``paragraph``, bold where ``emphasis`` phrases occur, each run tagged ``language``."""
    runs = []
    for part, bold in emphasis_spans(clean(text), emphasis):
        run = paragraph.add_run(part)
        if bold:
            run.bold = True
        set_run_language(run, language)
        runs.append(run)
    return runs


def add_spans(paragraph: Paragraph, spans: Spans, language: str) -> list[Run]:
    """Append the outline's ``spans`` to ``paragraph``: stressed words and hard words in bold,
    a passage in another language tagged with that language, every run tagged ``language`` otherwise."""
    runs = []
    for span in spans:
        text = clean(span.text) if span.text.strip() else span.text.replace("\n", " ")
        if not text:
            continue
        if span.text[:1].isspace() and not text[:1].isspace():
            text = " " + text
        if span.text[-1:].isspace() and not text[-1:].isspace():
            text += " "
        run = paragraph.add_run(text)
        if isinstance(span, Strong | Term):
            run.bold = True
        set_run_language(run, span.language.tag if isinstance(span, Foreign) else language)
        runs.append(run)
    return runs


def add_link(paragraph: Paragraph, text: str, target: str, language: str) -> list[Run]:
    """Append ``text`` to ``paragraph`` as a link to ``target`` (an address, or a file beside this one), tagged ``language``.

    The runs keep the paragraph's own look: the caller adds any mark it wants (easy read
    wants none, as underlining is not allowed there).
    """
    relationship = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    runs = add_text(paragraph, text, language)
    for run in runs:
        link.append(run._r)
    paragraph._p.append(link)
    return runs


def set_run_language(run: Run, language: str) -> None:
    """Mark a run's language (``w:lang``), as Word's language tools and screen readers read it."""
    set_language(run._r.get_or_add_rPr(), language)


def set_language(properties: BaseOxmlElement, language: str) -> None:
    """Set ``w:lang/@w:val`` in a ``w:rPr``, keeping the element order the schema requires."""
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:val"), language)
