"""A focusreport writer: every rating in a report as JSON, for open-data portals.

A complete third-party plugin: it declares its name, extension, media type,
description and one option, and turns the outline it receives into bytes. It
works for any council's report, because it reads only the outline: every table
row that states a rating becomes one record, with the table it comes from.
"""

from __future__ import annotations

import json

from focusreport import Option, WriterInput
from focusreport.outline import Rating, Table, plain


class JsonWriter:
    """Each rated row of a report's tables, with its ratings, as JSON."""

    name = "json"
    extension = "json"
    media_type = "application/json"
    description = "Every rating in the report's tables as open data (JSON)"
    options = (Option("indent", "spaces to indent nested values by (0 for one line)", 2, minimum=0, maximum=8),)

    def render(self, source: WriterInput) -> bytes:
        outline = source.outline
        indent = source.options["indent"]
        records = []
        for section in outline.walk():
            for block in section.blocks:
                if not isinstance(block, Table):
                    continue
                for row in block.rows:
                    ratings = [cell.rating for cell in row.cells if cell.rating is not None]
                    if ratings:
                        words = [plain(cell.spans) for cell in row.cells if cell.rating is None]
                        records.append({"table": block.caption, "item": words, "ratings": [_rating(rating) for rating in ratings]})
        data = {
            "report": outline.report_id,
            "language": outline.language.tag,
            "title": outline.title,
            "council": outline.council,
            "published": outline.published.isoformat(),
            "ratings": records,
        }
        text = json.dumps(data, ensure_ascii=False, indent=int(indent) or None, sort_keys=False)
        return (text + "\n").encode("utf-8")


def _rating(rating: Rating) -> dict[str, str | int]:
    return {
        "scale": rating.scale_id,
        "scale_name": rating.scale_name,
        "level": rating.level_id,
        "name": rating.name,
        "meaning": rating.meaning,
        "position": rating.position,
        "of": rating.count,
    }
