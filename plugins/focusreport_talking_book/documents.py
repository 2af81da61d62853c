"""The XHTML of each chapter, the SMIL overlay that reads it, and the navigation document."""

from __future__ import annotations

from lxml import etree

from focusreport_speech.passages import HEADING, ITEM, Chapter
from focusreport_speech.recording import Recording

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
SMIL = "http://www.w3.org/ns/SMIL"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ACTIVE_CLASS = "-epub-media-overlay-active"
STYLESHEET = "style.css"
STYLE = f"""\
body {{ margin: 0 1em; line-height: 1.5; }}
p, li {{ max-width: 40em; }}
.{ACTIVE_CLASS} {{ background-color: #ffff80; color: #000000; }}
"""


def passage_id(number: int) -> str:
    """The id of a chapter's passage ``number`` (from 1)."""
    return f"p{number}"


def clock(seconds: float) -> str:
    """A SMIL clock value with milliseconds: ``0:01:02.345``."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _page(language: str, title: str) -> tuple[etree._Element, etree._Element]:
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML, "epub": OPS})
    root.set("lang", language)
    root.set(XML_LANG, language)
    head = etree.SubElement(root, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}meta", charset="utf-8")
    etree.SubElement(head, f"{{{XHTML}}}title").text = title
    etree.SubElement(head, f"{{{XHTML}}}link", href=STYLESHEET, rel="stylesheet", type="text/css")
    return root, etree.SubElement(root, f"{{{XHTML}}}body")


def _bytes(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>"))


def chapter_xhtml(chapter: Chapter, language: str) -> bytes:
    """The chapter's content document: each passage an element with its own id, in reading order."""
    root, body = _page(language, chapter.title)
    section = etree.SubElement(body, f"{{{XHTML}}}section")
    current_list: etree._Element | None = None
    current_group = -1
    for number, passage in enumerate(chapter.passages, start=1):
        if passage.kind == ITEM:
            if current_list is None or passage.group != current_group:
                current_list = etree.SubElement(section, f"{{{XHTML}}}ul")
                current_group = passage.group
            element = etree.SubElement(current_list, f"{{{XHTML}}}li")
        else:
            current_list = None
            tag = f"h{min(passage.level, 6)}" if passage.kind == HEADING else "p"
            element = etree.SubElement(section, f"{{{XHTML}}}{tag}")
        element.set("id", passage_id(number))
        element.text = passage.text
    return _bytes(root)


def overlay(recording: Recording, page: str, audio: str) -> bytes:
    """The SMIL that reads ``page`` with ``audio``: one ``par`` per passage, in reading order."""
    root = etree.Element(f"{{{SMIL}}}smil", nsmap={None: SMIL, "epub": OPS}, version="3.0")
    body = etree.SubElement(root, f"{{{SMIL}}}body")
    for number, (start, end) in enumerate(recording.clips, start=1):
        par = etree.SubElement(body, f"{{{SMIL}}}par", id=f"par{number}")
        etree.SubElement(par, f"{{{SMIL}}}text", src=f"{page}#{passage_id(number)}")
        etree.SubElement(par, f"{{{SMIL}}}audio", src=audio, clipBegin=clock(start), clipEnd=clock(end))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


def navigation(chapters: list[tuple[str, Chapter]], language: str, title: str) -> bytes:
    """The navigation document: each chapter, and under it each heading, in reading order."""
    root, body = _page(language, title)
    nav = etree.SubElement(body, f"{{{XHTML}}}nav", id="toc", role="doc-toc")
    nav.set(f"{{{OPS}}}type", "toc")
    etree.SubElement(nav, f"{{{XHTML}}}h1").text = title
    top = etree.SubElement(nav, f"{{{XHTML}}}ol")
    for page, chapter in chapters:
        item = etree.SubElement(top, f"{{{XHTML}}}li")
        etree.SubElement(item, f"{{{XHTML}}}a", href=page).text = chapter.title
        headings = [(n, p) for n, p in enumerate(chapter.passages, start=1) if p.kind == HEADING and p.level > 1]
        if headings:
            inner = etree.SubElement(item, f"{{{XHTML}}}ol")
            for number, passage in headings:
                entry = etree.SubElement(inner, f"{{{XHTML}}}li")
                etree.SubElement(entry, f"{{{XHTML}}}a", href=f"{page}#{passage_id(number)}").text = passage.text
    return _bytes(root)
