"""The package: manifest, spine, accessibility and Media Overlays metadata, and the zip around it."""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from focusreport import Strings
from focusreport.outline import Outline
from focusreport.reproduciblezip import write_zip
from focusreport.writers import OptionValue
from focusreport_epub.book import CONFORMS_TO, identifier, modified
from focusreport_epub.package import MIMETYPE
from focusreport_speech.recording import Recording, record
from focusreport_talking_book import documents

OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
_CONTAINER = b"""<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""
_ACCESSIBILITY = (
    ("schema:accessMode", "textual"),
    ("schema:accessMode", "auditory"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessModeSufficient", "auditory"),
    ("schema:accessModeSufficient", "textual,auditory"),
    ("schema:accessibilityFeature", "synchronizedAudioText"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityHazard", "none"),
)


def talking_book(outline: Outline, strings: Strings, options: Mapping[str, OptionValue]) -> bytes:
    """The finished talking book of ``outline``."""
    recordings = record(outline, strings.format("audio-opening"), options)
    tag = outline.language.tag
    entries: list[tuple[str, bytes]] = [(MIMETYPE, b"application/epub+zip"), ("META-INF/container.xml", _CONTAINER)]
    pages = [(f"chapter-{n:02d}.xhtml", recording) for n, recording in enumerate(recordings, start=1)]
    entries.append(("EPUB/package.opf", _package(outline, strings, pages)))
    entries.append(("EPUB/nav.xhtml", documents.navigation([(page, r.chapter) for page, r in pages], tag, outline.contents_title)))
    entries.append((f"EPUB/{documents.STYLESHEET}", documents.STYLE.encode("utf-8")))
    for number, (page, recording) in enumerate(pages, start=1):
        audio = f"audio-{number:02d}.mp3"
        entries.append((f"EPUB/{page}", documents.chapter_xhtml(recording.chapter, tag)))
        entries.append((f"EPUB/overlay-{number:02d}.smil", documents.overlay(recording, page, audio)))
        entries.append((f"EPUB/{audio}", recording.audio))
    return write_zip(entries, outline.published, stored={MIMETYPE})


def _package(outline: Outline, strings: Strings, pages: list[tuple[str, Recording]]) -> bytes:
    root = etree.Element(f"{{{OPF}}}package", nsmap={None: OPF}, version="3.0")
    root.set("unique-identifier", "book-id")
    root.set(documents.XML_LANG, outline.language.tag)
    root.set("prefix", "a11y: http://www.idpf.org/epub/vocab/package/a11y/#")
    metadata = etree.SubElement(root, f"{{{OPF}}}metadata", nsmap={"dc": DC})

    def dc(name: str, text: str, **attributes: str) -> None:
        etree.SubElement(metadata, f"{{{DC}}}{name}", **attributes).text = text

    def meta(prop: str, text: str, **attributes: str) -> None:
        etree.SubElement(metadata, f"{{{OPF}}}meta", property=prop, **attributes).text = text

    dc("identifier", identifier(outline), id="book-id")
    dc("title", outline.title)
    dc("language", outline.language.tag)
    dc("creator", outline.council)
    dc("publisher", outline.council)
    dc("date", outline.published.isoformat())
    dc("description", outline.subject)
    meta("dcterms:modified", modified(outline).strftime("%Y-%m-%dT%H:%M:%SZ"))
    meta("dcterms:conformsTo", CONFORMS_TO)
    meta("a11y:certifiedBy", outline.council)
    for prop, value in _ACCESSIBILITY:
        meta(prop, value)
    meta("schema:accessibilitySummary", strings.format("talking-book-summary"))
    total = 0
    for number, (_page, recording) in enumerate(pages, start=1):
        millis = round(recording.clips[-1][1] * 1000) if recording.clips else 0
        total += millis
        meta("media:duration", documents.clock(millis / 1000), refines=f"#overlay-{number:02d}")
    meta("media:duration", documents.clock(total / 1000))
    meta("media:active-class", documents.ACTIVE_CLASS)

    manifest = etree.SubElement(root, f"{{{OPF}}}manifest")
    etree.SubElement(manifest, f"{{{OPF}}}item", id="nav", href="nav.xhtml", properties="nav")
    manifest[-1].set("media-type", "application/xhtml+xml")
    etree.SubElement(manifest, f"{{{OPF}}}item", id="style", href=documents.STYLESHEET)
    manifest[-1].set("media-type", "text/css")
    spine = etree.SubElement(root, f"{{{OPF}}}spine")
    for number, (page, _recording) in enumerate(pages, start=1):
        item = etree.SubElement(manifest, f"{{{OPF}}}item", id=f"chapter-{number:02d}", href=page)
        item.set("media-type", "application/xhtml+xml")
        item.set("media-overlay", f"overlay-{number:02d}")
        smil = etree.SubElement(manifest, f"{{{OPF}}}item", id=f"overlay-{number:02d}", href=f"overlay-{number:02d}.smil")
        smil.set("media-type", "application/smil+xml")
        mp3 = etree.SubElement(manifest, f"{{{OPF}}}item", id=f"audio-{number:02d}", href=f"audio-{number:02d}.mp3")
        mp3.set("media-type", "audio/mpeg")
        etree.SubElement(spine, f"{{{OPF}}}itemref", idref=f"chapter-{number:02d}")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
