"""Read a file of alternative-format requests: CSV with a header row, or JSON Lines.

A problem with one row (bad JSON, a missing id) becomes that request's rejection;
a problem with the whole file (no header, an unknown column, a quote never closed,
bytes that are not UTF-8) is a content error naming the file, the line and the column.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from pathlib import Path

import attrs

from focusreport.errors import ContentError, Problem

REQUIRED_COLUMNS = ("id", "format", "language")
OPTIONAL_COLUMNS = ("report", "note")
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


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
    text = _text_of(path)
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        return _json_lines(path, text)
    return _csv(path, text)


def _text_of(path: Path) -> str:
    """The file's text; a file that is not UTF-8 is refused with the line of the first byte that is not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError([Problem(path, None, "", "no such requests file")]) from None
    except IsADirectoryError:
        raise ContentError([Problem(path, None, "", "this is a folder, not a requests file")]) from None
    except OSError as error:
        raise ContentError([Problem(path, None, "", f"cannot be read: {error.strerror or error}")]) from None
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = body[: error.start]
        line = len(_LINE_BREAK.findall(before)) + 1
        column = len(_LINE_BREAK.split(before)[-1].decode("utf-8", errors="replace")) + 1
        byte = body[error.start]
        message = f"not UTF-8 text: byte 0x{byte:02x} in column {column} cannot be read; save the file as CSV UTF-8"
        raise ContentError([Problem(path, line, "", message)]) from None


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
    row_ends = reader.line_num
    try:
        for row in reader:
            row_ends = reader.line_num
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            extra = row.get(None)
            problem = f"{len(extra)} more value(s) than columns" if extra else None
            requests.append(_request({key: value for key, value in row.items() if isinstance(key, str)}, reader.line_num, problem))
    except csv.Error as error:
        raise ContentError([_csv_problem(path, error, row_ends + 1, reader.reader.line_num)]) from None
    return requests


def _csv_problem(path: Path, error: csv.Error, row_starts: int, line: int) -> Problem:
    """Where a CSV error is: a quote never closed is reported on the line that opened it."""
    if "unexpected end of data" in str(error):
        return Problem(path, row_starts, "", 'malformed CSV: a quoted value that starts on this line is never closed (a " is missing)')
    return Problem(path, line, "", f"malformed CSV: {error}")


def _json_lines(path: Path, text: str) -> list[Request]:
    requests = []
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines(): JSON text may hold U+2028
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
