"""A tiny HTML tree and its serializer: the only way text reaches the page.

Every string child and every attribute value is escaped when the tree is written,
so words from the content can never become markup. The one exception is
:class:`Trusted`, used for the page's own style sheet, which never holds content.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

import attrs

VOID = frozenset({"meta", "img", "br", "link"})
# Empty SVG elements must close themselves: inside <svg> the HTML parser would
# otherwise nest what follows inside them.
SELF_CLOSING = frozenset({"path", "circle", "rect", "polygon", "use", "image"})
# Children of these elements go on lines of their own: easier to read, and the
# whitespace between them has no meaning in HTML.
BLOCK_CONTAINERS = frozenset(
    {"html", "head", "body", "header", "nav", "main", "footer", "section", "ul", "ol", "dl", "table", "thead", "tbody", "tr"}
    | {"figure", "blockquote", "address"}
)
# Control characters other than tab, line feed and carriage return are parse
# errors in HTML; they become the replacement character rather than vanish.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*$")


@attrs.frozen
class Trusted:
    """Text written as it is: for the page's own constant CSS, never for content."""

    text: str = attrs.field()

    @text.validator
    def _no_closing_tag(self, _: object, value: str) -> None:
        if "</" in value:
            raise ValueError("trusted text may not contain '</'")


@attrs.frozen
class Element:
    """An element with attributes (``None`` writes a boolean attribute) and children."""

    tag: str
    attributes: tuple[tuple[str, str | None], ...] = ()
    children: tuple[Element | Trusted | str, ...] = ()


Child = Element | Trusted | str


def h(tag: str, attributes: Mapping[str, str | None] | None = None, *children: Child | None) -> Element:
    """An element; ``None`` children are left out, so optional parts read naturally."""
    pairs = tuple((attributes or {}).items())
    for name in (tag, *(name for name, _ in pairs)):
        if not _NAME.match(name):
            raise ValueError(f"not a valid element or attribute name: {name!r}")
    return Element(tag, pairs, tuple(child for child in children if child is not None))


def text(value: str) -> str:
    """``value`` escaped for an element's content."""
    return html.escape(_CONTROL.sub("\ufffd", value), quote=False)


def attribute(value: str) -> str:
    """``value`` escaped for a double-quoted attribute."""
    return html.escape(_CONTROL.sub("\ufffd", value), quote=True)


def serialize(node: Child) -> str:
    """The HTML of ``node`` and everything inside it."""
    parts: list[str] = []
    _write(node, parts)
    return "".join(parts)


def document(root: Element) -> bytes:
    """A whole page: the doctype, then ``root``, as UTF-8."""
    return ("<!DOCTYPE html>\n" + serialize(root) + "\n").encode("utf-8")


def _write(node: Child, parts: list[str]) -> None:
    if isinstance(node, str):
        parts.append(text(node))
        return
    if isinstance(node, Trusted):
        parts.append(node.text)
        return
    empty = node.tag in VOID or node.tag in SELF_CLOSING
    if empty and node.children:
        raise ValueError(f"<{node.tag}> cannot have children")
    closing = " />" if node.tag in SELF_CLOSING else ">"
    parts.append(f"<{node.tag}{_attributes(node.attributes)}{closing}")
    if empty:
        return
    _children(node.children, parts, block=node.tag in BLOCK_CONTAINERS)
    parts.append(f"</{node.tag}>")


def _children(children: Iterable[Child], parts: list[str], block: bool) -> None:
    for child in children:
        if block:
            parts.append("\n")
        _write(child, parts)
    if block:
        parts.append("\n")


def _attributes(pairs: tuple[tuple[str, str | None], ...]) -> str:
    return "".join(f" {name}" if value is None else f' {name}="{attribute(value)}"' for name, value in pairs)
