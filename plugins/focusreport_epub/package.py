"""Finish ebooklib's zip: ``xml:lang`` on the package, landmarks hidden, ``mimetype`` first, fixed times.

ebooklib stamps every zip entry with the clock time, cannot put ``xml:lang`` on the
``<package>`` element, and shows the landmarks list in the reading order when the
navigation document is in the spine. All three are fixed here, on the bytes, before
anything is written.
"""

from __future__ import annotations

import datetime
import io
import posixpath
import zipfile

from lxml import etree

MIMETYPE = "mimetype"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CONTAINER = "META-INF/container.xml"
_NAMESPACES = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
_FILE_MODE = 0o100644 << 16
_UNIX = 3


def normalise(data: bytes, language_tag: str, date: datetime.date) -> bytes:
    """The same book with ``xml:lang`` on its package, landmarks hidden and every zip entry dated ``date``."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        package_path = _package_path(source.read(_CONTAINER))
        package = etree.fromstring(source.read(package_path))
        nav_path = _nav_path(package, package_path)
        package.set(_XML_LANG, language_tag)
        names = [MIMETYPE] + [info.filename for info in source.infolist() if info.filename != MIMETYPE]
        for name in names:
            content = source.read(name)
            if name == package_path:
                content = etree.tostring(package, xml_declaration=True, encoding="utf-8")
            elif name == nav_path:
                content = _hide_landmarks(content)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE
            if name == MIMETYPE:
                info.compress_type = zipfile.ZIP_STORED
                target.writestr(info, content)
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, content, compresslevel=9)
    return out.getvalue()


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
