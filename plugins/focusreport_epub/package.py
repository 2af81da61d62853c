"""Make ebooklib's zip reproducible and complete: ``mimetype`` first and stored, fixed times, ``xml:lang``.

ebooklib stamps every zip entry with the clock time and cannot put ``xml:lang`` on
the ``<package>`` element; both are fixed here, on the bytes, before anything is written.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from lxml import etree

MIMETYPE = "mimetype"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CONTAINER = "META-INF/container.xml"
_CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
_FILE_MODE = 0o100644 << 16


def normalise(data: bytes, language_tag: str, date: datetime.date) -> bytes:
    """The same book with ``xml:lang`` on its package and every zip entry dated ``date``."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        package_path = _package_path(source.read(_CONTAINER))
        names = [MIMETYPE] + [info.filename for info in source.infolist() if info.filename != MIMETYPE]
        for name in names:
            content = source.read(name)
            if name == package_path:
                content = _with_language(content, language_tag)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_STORED if name == MIMETYPE else zipfile.ZIP_DEFLATED
            target.writestr(info, content, compresslevel=9 if name != MIMETYPE else None)
    return out.getvalue()


def _package_path(container: bytes) -> str:
    root = etree.fromstring(container)
    rootfile = root.find("c:rootfiles/c:rootfile", _CONTAINER_NS)
    if rootfile is None:
        raise ValueError("the container names no package document")
    return str(rootfile.get("full-path"))


def _with_language(package_document: bytes, language_tag: str) -> bytes:
    root = etree.fromstring(package_document)
    root.set(_XML_LANG, language_tag)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
