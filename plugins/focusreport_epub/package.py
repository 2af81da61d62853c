"""Finish ebooklib's zip: ``xml:lang`` on the package, landmarks hidden, ``mimetype`` first, fixed times.

ebooklib stamps every zip entry with the clock time, cannot put ``xml:lang`` on the
``<package>`` element, and shows the landmarks list in the reading order when the
navigation document is in the spine. All three are fixed here, on the bytes, before
anything is written; the zip is written again by :mod:`focusreport.reproduciblezip`,
as the Word writers' is.
"""

from __future__ import annotations

import datetime
import posixpath

from lxml import etree

from focusreport.reproduciblezip import entries_of, write_zip

MIMETYPE = "mimetype"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CONTAINER = "META-INF/container.xml"
_NAMESPACES = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}


def normalise(data: bytes, language_tag: str, date: datetime.date) -> bytes:
    """The same book with ``xml:lang`` on its package, landmarks hidden and every zip entry dated ``date``."""
    entries = dict(entries_of(data))
    package_path = _package_path(entries[_CONTAINER])
    package = etree.fromstring(entries[package_path])
    nav_path = _nav_path(package, package_path)
    package.set(_XML_LANG, language_tag)
    entries[package_path] = etree.tostring(package, xml_declaration=True, encoding="utf-8")
    entries[nav_path] = _hide_landmarks(entries[nav_path])
    names = [MIMETYPE] + [name for name in entries if name != MIMETYPE]
    return write_zip(((name, entries[name]) for name in names), date, stored={MIMETYPE})


def _package_path(container: bytes) -> str:
    rootfile = etree.fromstring(container).find("c:rootfiles/c:rootfile", _NAMESPACES)
    if rootfile is None:
        raise ValueError("the container names no package document")
    return str(rootfile.get("full-path"))


def _nav_path(package: etree._Element, package_path: str) -> str:
    for item in package.iterfind("opf:manifest/opf:item", _NAMESPACES):
        if "nav" in (item.get("properties") or "").split():
            return posixpath.join(posixpath.dirname(package_path), str(item.get("href")))
    raise ValueError("the package has no navigation document")


def _hide_landmarks(navigation: bytes) -> bytes:
    """Landmarks are for the reading system's menus, not for reading: ``hidden`` keeps them there."""
    tree = etree.fromstring(navigation).getroottree()
    for nav in tree.iterfind(".//h:nav[@epub:type='landmarks']", _NAMESPACES):
        nav.set("hidden", "hidden")
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
