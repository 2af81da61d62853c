"""The structure tree: the kinds and children of its elements in reading order, and removing empty ones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def kind(element: Any) -> str:
    """The element's structure type without its slash: ``H2``, ``Table``, ``Figure``."""
    return str(element.get("/S", ""))[1:]


def kids_of(element: Any) -> Iterator[Any]:
    """The structure elements directly under ``element`` (not its marked content or annotations)."""
    import pikepdf

    kids = element.get("/K")
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid


def walk(element: Any) -> Iterator[Any]:
    """Every structure element under ``element``, depth first, in reading order."""
    for kid in kids_of(element):
        yield kid
        yield from walk(kid)


def prune_empty(element: Any) -> bool:
    """Remove, under ``element``, every element with no content, no annotation, no children and no alternative text.

    Returns whether ``element`` itself is empty after that.
    """
    import pikepdf

    kids = element.get("/K")
    if isinstance(kids, pikepdf.Array):
        kept = [kid for kid in kids if not (isinstance(kid, pikepdf.Dictionary) and "/S" in kid and prune_empty(kid))]
        element.K = pikepdf.Array(kept)
        kids = element.K
    has_content = kids is not None and (not isinstance(kids, pikepdf.Array) or len(kids) > 0)
    return not has_content and "/Alt" not in element and "/ActualText" not in element
