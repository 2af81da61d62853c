"""Read a file of alternative-format requests: CSV with a header row, or JSON Lines.

A problem with one row (bad JSON, a missing id) becomes that request's rejection;
a problem with the whole file (no header, an unknown column) is a content error
naming the file, the line and the column.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs

from focusreport.errors import ContentError, Problem

REQUIRED_COLUMNS = ("id", "format", "language")
OPTIONAL_COLUMNS = ("report", "note")
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}


@attrs.frozen
class Request:
    """One person's request for the report in a format and language."""

    id: str
    format: str
    language: str
    report: str | None = None
    note: str | None = None
    line: int | None = None
    problem: str | None = None


def read_requests(path: Path) -> list[Request]:
    """The requests in ``path`` (``.csv``, or ``.jsonl``/``.ndjson`` for JSON Lines)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ContentError([Problem(path, None, "", "no such requests file")]) from None
    except UnicodeDecodeError as error:
        raise ContentError([Problem(path, None, "", f"not UTF-8 text: {error.reason}")]) from None
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        return _json_lines(path, text)
    return _csv(path, text)


def _csv(path: Path, text: str) -> list[Request]:
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    columns = reader.fieldnames
    if not columns:
        raise ContentError([Problem(path, 1, "", "the file is empty; the first line names the columns: id,format,language[,report,note]")])
    problems = [
        Problem(path, 1, column, f"unknown column; columns: {', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}")
        for column in columns
        if column not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    ]
    problems += [Problem(path, 1, column, "required column is missing") for column in REQUIRED_COLUMNS if column not in columns]
    if problems:
        raise ContentError(problems)
    requests = []
    try:
        for row in reader:
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            extra = row.get(None)
            problem = f"{len(extra)} more value(s) than columns" if extra else None
            requests.append(_request({key: value for key, value in row.items() if isinstance(key, str)}, reader.line_num, problem))
    except csv.Error as error:
        raise ContentError([Problem(path, reader.line_num, "", f"malformed CSV: {error}")]) from None
    return requests


def _json_lines(path: Path, text: str) -> list[Request]:
    requests = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            requests.append(Request("", "", "", line=number, problem=f"malformed JSON: {error.msg}"))
            continue
        if not isinstance(data, dict):
            requests.append(Request("", "", "", line=number, problem="each line must be a JSON object"))
            continue
        unknown = sorted(key for key in data if key not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
        problem = f"unknown field {unknown[0]!r}" if unknown else None
        wrong = [key for key, value in data.items() if value is not None and not isinstance(value, str)]
        if wrong and not problem:
            problem = f"field {wrong[0]!r} must be text"
        requests.append(_request({key: value if isinstance(value, str) else None for key, value in data.items()}, number, problem))
    return requests


def _request(row: dict[str, str | None], line: int, problem: str | None) -> Request:
    def field(name: str) -> str:
        return (row.get(name) or "").strip()

    missing = [name for name in REQUIRED_COLUMNS if not field(name)]
    if missing and not problem:
        problem = f"{missing[0]} is missing"
    return Request(
        id=field("id"),
        format=field("format"),
        language=field("language"),
        report=field("report") or None,
        note=row.get("note") or None,
        line=line,
        problem=problem,
    )
