"""Tables that run over pages become one table again, and every header cell gets its scope.

WeasyPrint builds the structure tree page by page, so a table broken over two pages
is two ``Table`` elements, the second without a caption and with the header row it
repeats at the top of the page tagged a second time. Here the rows of each
continuation join the table they continue; the repeated header row leaves the tree
(its marks become artifacts afterwards, like other page furniture) and the data
cells that named its cells name the first header row's instead.
"""

from __future__ import annotations

from typing import Any

from focusreport_pdf.tree import kids_of, kind


def join_continued_tables(parent: Any) -> None:
    """Under ``parent`` and everything inside it: each caption-less table that follows a table joins it."""
    import pikepdf

    children = parent.get("/K")
    if not isinstance(children, pikepdf.Array):
        return
    kept = []
    for child in list(children):
        if not isinstance(child, pikepdf.Dictionary) or "/S" not in child:
            kept.append(child)
            continue
        previous = kept[-1] if kept else None
        if (
            kind(child) == "Table"
            and isinstance(previous, pikepdf.Dictionary)
            and kind(previous) == "Table"
            and not any(kind(part) == "Caption" for part in kids_of(child))
        ):
            _append_rows(previous, child)
            continue
        join_continued_tables(child)
        kept.append(child)
    parent.K = pikepdf.Array(kept)


def _group(table: Any, name: str) -> Any:
    return next((part for part in kids_of(table) if kind(part) == name), None)


def _header_ids(table: Any) -> list[str]:
    head = _group(table, "THead")
    if head is None:
        return []
    return [str(cell.get("/ID", "")) for row in kids_of(head) for cell in kids_of(row) if kind(cell) == "TH"]


def _append_rows(table: Any, continuation: Any) -> None:
    import pikepdf

    body = _group(table, "TBody")
    if body is None:
        # Only the caption was on the page before: the continuation's groups are the table's.
        groups = list(kids_of(continuation))
        for group in groups:
            group.P = table
        table.K = pikepdf.Array([*kids_of(table), *groups])
        return
    renamed = dict(zip(_header_ids(continuation), _header_ids(table), strict=False))
    more = _group(continuation, "TBody")
    if more is None:
        return
    rows = list(kids_of(body))
    for row in kids_of(more):
        row.P = body
        for cell in kids_of(row):
            attributes = cell.get("/A")
            if isinstance(attributes, pikepdf.Dictionary) and "/Headers" in attributes:
                attributes.Headers = pikepdf.Array([pikepdf.String(renamed.get(str(name), str(name))) for name in attributes.Headers])
        rows.append(row)
    body.K = pikepdf.Array(rows)


def scope_headers(elements: list[Any]) -> None:
    """``Column`` for the header row's cells, ``Row`` for the first cell of each body row."""
    import pikepdf

    for element in elements:
        if kind(element) != "TH":
            continue
        row = element.get("/P")
        group = row.get("/P") if row is not None else None
        scope = "Column" if group is not None and kind(group) == "THead" else "Row"
        attributes = element.get("/A")
        if not isinstance(attributes, pikepdf.Dictionary):
            attributes = pikepdf.Dictionary(O=pikepdf.Name.Table)
            element.A = attributes
        attributes.Scope = pikepdf.Name("/" + scope)
