"""List items with a body: WeasyPrint puts an item's words straight under ``LI`` when they are inline.

PDF/UA wants ``LI`` to hold a label (``Lbl``) and a body (``LBody``). Where an item has
no body, everything in it but its label moves into a new ``LBody``.
"""

from __future__ import annotations

from typing import Any

from focusreport_pdf.tree import kind


def give_items_a_body(pdf: Any, elements: list[Any]) -> None:
    """Each ``LI`` among ``elements`` without an ``LBody`` gets one holding all but its label."""
    import pikepdf

    for item in elements:
        if kind(item) != "LI":
            continue
        kids = item.get("/K")
        if not isinstance(kids, pikepdf.Array):
            continue
        structured = [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]
        if len(structured) != len(kids) or any(kind(kid) == "LBody" for kid in structured):
            continue  # content marked straight on the item would need its parent-tree entries moved too
        labels = [kid for kid in structured if kind(kid) == "Lbl"]
        rest = [kid for kid in structured if kind(kid) != "Lbl"]
        if not rest:
            continue
        body = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.LBody, P=item, K=pikepdf.Array(rest)))
        if "/Pg" in item:
            body.Pg = item.Pg
        for kid in rest:
            kid.P = body
        item.K = pikepdf.Array([*labels, body])
