"""Serve requests for the report in alternative formats, with a receipt for each one.

Each request's file is written atomically into the output folder under a name
built from its id, and a receipt line is appended to ``receipts.csv`` there. Each
distinct (report, format, language) is rendered once per run. Requests already
served (same id, same file still in place) are not served again. A lock on the
folder keeps two runs at once from interleaving. Nothing is written outside it,
and a request's free-text note goes only into the receipts.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import fcntl
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

from focusreport.builder import render
from focusreport.content import Content, read_content
from focusreport.errors import ContentError, FocusreportError
from focusreport.languages import Language, pick
from focusreport.output import write_atomic
from focusreport.requestfile import Request
from focusreport.writers import Registry, Writer

RECEIPTS = "receipts.csv"
LOCK = ".focusreport.lock"
RECEIPT_COLUMNS = ("id", "format", "language", "file", "size", "sha256", "status", "reason", "note", "time")
SERVED, ALREADY_SERVED, REJECTED = "served", "already-served", "rejected"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@attrs.frozen
class Receipt:
    """What happened to one request."""

    id: str
    format: str
    language: str
    file: str
    size: int | None
    sha256: str
    status: str
    reason: str
    note: str = ""
    time: str = ""

    def row(self) -> list[str]:
        size = "" if self.size is None else str(self.size)
        values = [self.id, self.format, self.language, self.file, size, self.sha256, self.status, self.reason, self.note, self.time]
        return [_spreadsheet_safe(value) for value in values]


def _spreadsheet_safe(value: str) -> str:
    """Keep a spreadsheet from running a value as a formula (CSV injection)."""
    return f"'{value}" if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def id_problem(request_id: str) -> str | None:
    """Why ``request_id`` cannot name a file, or ``None`` when it can."""
    if not request_id:
        return "the id is missing"
    if "/" in request_id or "\\" in request_id:
        return "an id may not contain / or \\"
    if ".." in request_id:
        return "an id may not contain .."
    if _CONTROL.search(request_id):
        return "an id may not contain control characters"
    if not _ID.match(request_id):
        return "an id is 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit"
    return None


class Server:
    """Serves requests into one output folder; renders each (report, format, language) once."""

    def __init__(self, out: Path, default_content: Path, registry: Registry, base: Path | None = None) -> None:
        self.out = out
        self.default_content = default_content
        self.registry = registry
        self.base = base or Path.cwd()
        self._contents: dict[Path, Content | ContentError] = {}
        self._rendered: dict[tuple[Path, str, Language], bytes] = {}

    def serve(self, requests: Sequence[Request], on_receipt: Callable[[Receipt], None] | None = None) -> list[Receipt]:
        """Serve every request in order; return (and report) a receipt for each."""
        self.out.mkdir(parents=True, exist_ok=True)
        receipts = []
        with self._lock():
            earlier = _read_receipts(self.out / RECEIPTS)
            this_run: dict[str, Request] = {}
            for request in requests:
                receipt = self._serve_one(request, earlier, this_run)
                _append(self.out / RECEIPTS, receipt)
                if receipt.status == SERVED:
                    earlier[receipt.id] = receipt
                receipts.append(receipt)
                if on_receipt:
                    on_receipt(receipt)
        return receipts

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self.out / LOCK, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _serve_one(self, request: Request, earlier: dict[str, Receipt], this_run: dict[str, Request]) -> Receipt:
        def rejected(reason: str) -> Receipt:
            where = f"line {request.line}: " if request.line is not None else ""
            return Receipt(request.id, request.format, request.language, "", None, "", REJECTED, where + reason, request.note or "", _now())

        problem = request.problem or id_problem(request.id)
        if problem:
            return rejected(problem)
        seen = this_run.get(request.id)
        if seen is not None and (seen.format, seen.language, seen.report) != (request.format, request.language, request.report):
            return rejected(f"the id {request.id} is already used by line {seen.line} for another request")
        this_run[request.id] = request
        try:
            writer = self.registry.get(request.format)
            content = self._content(request.report)
            language = pick(request.language, content.languages)
        except ContentError as error:
            return rejected(_content_problems(error))
        except FocusreportError as error:
            return rejected(str(error))
        name = f"{request.id}.{writer.extension}"
        before = earlier.get(request.id)
        if before is not None:
            if (before.format, before.language) != (writer.name, language.code):
                return rejected(f"the id {request.id} was served before as {before.format} in {before.language}")
            if _sha256_of(self.out / before.file) == before.sha256:
                return attrs.evolve(
                    before, status=ALREADY_SERVED, reason="served before; the file is unchanged", note=request.note or "", time=_now()
                )
        try:
            data = self._render(content, writer, language)
        except ContentError as error:
            return rejected(_content_problems(error))
        except FocusreportError as error:
            return rejected(str(error))
        target = self.out / name
        if target.resolve().parent != self.out.resolve():
            return rejected(f"the file {name} would lie outside {self.out}")
        write_atomic(target, data)
        digest = hashlib.sha256(data).hexdigest()
        return Receipt(request.id, writer.name, language.code, name, len(data), digest, SERVED, "", request.note or "", _now())

    def _content_folder(self, report: str | None) -> Path | None:
        """The content folder a request names: the default, or a folder relative to the requests file."""
        if report is None or report == self.default_content.name:
            return self.default_content.resolve()
        folder = (self.base / report).resolve()
        return folder if (folder / "report.yaml").is_file() else None

    def _content(self, report: str | None) -> Content:
        """The checked content a request names, read once per run."""
        folder = self._content_folder(report)
        if folder is None:
            raise FocusreportError(f"no report {report!r} (a content folder, or {self.default_content.name})")
        if folder not in self._contents:
            try:
                self._contents[folder] = read_content(folder)
            except ContentError as error:
                self._contents[folder] = error
        content = self._contents[folder]
        if isinstance(content, ContentError):
            raise content
        return content

    def _render(self, content: Content, writer: Writer, language: Language) -> bytes:
        key = (content.folder, writer.name, language)
        if key not in self._rendered:
            options = self.registry.resolve_options(writer, {})
            self._rendered[key] = render(content.report(language), writer, content.library[language], options)
        return self._rendered[key]


def _content_problems(error: ContentError) -> str:
    first = error.problems[0] if error.problems else "unknown problem"
    more = f" (and {len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
    return f"the report has problems: {first}{more}"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_receipts(path: Path) -> dict[str, Receipt]:
    """The last successful receipt of each id in an existing receipts file."""
    served: dict[str, Receipt] = {}
    if not path.exists():
        return served
    with open(path, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row.get("status") == SERVED and row.get("id"):
                size = row.get("size") or ""
                served[row["id"]] = Receipt(
                    row["id"],
                    row.get("format", ""),
                    row.get("language", ""),
                    row.get("file", ""),
                    int(size) if size.isdigit() else None,
                    row.get("sha256", ""),
                    SERVED,
                    "",
                )
    return served


def _append(path: Path, receipt: Receipt) -> None:
    """Append one receipt as a single write, so that no reader sees half a line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    new = not path.exists() or path.stat().st_size == 0
    if new:
        writer.writerow(RECEIPT_COLUMNS)
    writer.writerow(receipt.row())
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(handle, buffer.getvalue().encode("utf-8"))
        os.fsync(handle)
    finally:
        os.close(handle)
