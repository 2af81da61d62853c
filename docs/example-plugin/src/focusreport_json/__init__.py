"""A focusreport writer: the ratings of a report as JSON, for open-data portals.

A complete third-party plugin: it declares its name, extension, media type,
description and one option, and renders the model it receives into bytes.
"""

from __future__ import annotations

import json

from focusreport import Option, WriterInput


class JsonWriter:
    """The priorities and well-being objectives of a report, with their ratings, as JSON."""

    name = "json"
    extension = "json"
    media_type = "application/json"
    description = "Ratings of the priorities and well-being objectives as open data (JSON)"
    options = (Option("indent", "spaces to indent nested values by (0 for one line)", 2, minimum=0, maximum=8),)

    def render(self, source: WriterInput) -> bytes:
        report = source.report
        indent = source.options["indent"]

        def rated(title: str, rating_value: str, rating_name: str, meaning: str) -> dict[str, str]:
            return {"title": title, "rating": rating_value, "rating_name": rating_name, "meaning": meaning}

        data = {
            "report": report.id,
            "language": report.language.tag,
            "title": report.title,
            "council": report.council,
            "period": {"start": report.period_start.isoformat(), "end": report.period_end.isoformat()},
            "priorities": [
                rated(p.title.text, p.rating.value, report.meaning_of(p.rating).name, report.meaning_of(p.rating).meaning)
                for p in report.priorities
            ],
            "objectives": [
                {"code": o.code, "theme": report.theme(o.theme_id).name}
                | rated(o.title.text, o.rating.value, report.meaning_of(o.rating).name, report.meaning_of(o.rating).meaning)
                for o in report.objectives
            ],
        }
        text = json.dumps(data, ensure_ascii=False, indent=int(indent) or None, sort_keys=False)
        return (text + "\n").encode("utf-8")
