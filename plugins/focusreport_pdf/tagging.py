"""What WeasyPrint's tagging leaves out or gets wrong, mended with pikepdf after rendering.

- A table broken over pages becomes one ``Table`` again (:mod:`focusreport_pdf.tables`),
  and every header cell gets its ``/Scope``.
- A list item whose words WeasyPrint put straight under ``LI`` gets an ``LBody``.
- Elements with nothing in them (WeasyPrint makes one for each space between
  elements) leave the tree.
- Marked content whose element is not in the tree (the page numbers, a repeated
  header row) becomes an ``/Artifact`` of pagination, as PDF/UA asks of page furniture.
- Link annotations get the Print flag, so that paper and screen agree.
- The document's language and title are set again, and the file is written with an
  identifier made from its content, so the same outline gives the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from focusreport.outline import Outline
from focusreport_pdf.lists import give_items_a_body
from focusreport_pdf.tables import join_continued_tables, scope_headers
from focusreport_pdf.tree import prune_empty, walk

PRINT_FLAG = 4


def finish(data: bytes, outline: Outline, title: str) -> bytes:
    """``data`` (WeasyPrint's PDF) mended as above and saved deterministically."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root.StructTreeRoot
        join_continued_tables(root)
        prune_empty(root)
        elements = list(walk(root))
        give_items_a_body(pdf, elements)
        elements = list(walk(root))
        scope_headers(elements)
        in_tree = {element.objgen for element in elements}
        _pagination_artifacts(pdf, in_tree)
        _links(pdf)
        pdf.Root.Lang = pikepdf.String(outline.language.tag)
        pdf.docinfo[pikepdf.Name.Title] = pikepdf.String(title)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    return out.getvalue()


def _pagination_artifacts(pdf: Any, in_tree: set[tuple[int, int]]) -> None:
    """Marked content whose element is not in the tree becomes an artifact, and leaves the parent tree."""
    import pikepdf

    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    parents_by_key = {int(nums[position]): nums[position + 1] for position in range(0, len(nums), 2)}
    for page in pdf.pages:
        parents = parents_by_key.get(int(page.obj.get("/StructParents", -1)))
        if not isinstance(parents, pikepdf.Array):
            continue
        outside = {mcid for mcid, parent in enumerate(parents) if isinstance(parent, pikepdf.Dictionary) and parent.objgen not in in_tree}
        if not outside:
            continue
        instructions: list[Any] = []
        for instruction in pikepdf.parse_content_stream(page):
            operands, operator = instruction.operands, instruction.operator
            if str(operator) == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and int(operands[1].get("/MCID", -1)) in outside:
                properties = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)
                instructions.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact, properties], pikepdf.Operator("BDC")))
            else:
                instructions.append(instruction)
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
        for mcid in outside:
            parents[mcid] = None


def _links(pdf: Any) -> None:
    """Each link annotation printed: an annotation without the Print flag is left out on paper and by some readers."""
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            if annotation.get("/Subtype") == "/Link":
                annotation.F = PRINT_FLAG
