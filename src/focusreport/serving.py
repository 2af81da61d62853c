"""Serve requests for the report in alternative formats, with a receipt for each one.

Each request's file is written atomically into the output folder under a name
built from its id, and a receipt line is appended to ``receipts.csv`` there. Each
distinct (report, format, language) is rendered once per run. Requests already
served (same id, same file still in place) are not served again. A lock on the
folder keeps two runs at once from interleaving. Nothing is written outside it,
and a request's free-text note goes only into the receipts.

Every request ends with a receipt, also when its file cannot be written (a full
disk): its status is ``failed``, with the reason. When the receipts themselves cannot be
written, serving stops at once with an :class:`OutputError` that says which
requests have none. Staff open the receipts in a spreadsheet and save them again,
so they are read as a spreadsheet may leave them: with a byte-order mark, Windows
line endings, or in Windows-1252.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime
import fcntl
import hashlib
import io
import os
import re
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

from focusreport.builder import choices, render, render_edition_of
from focusreport.content import Content, read_content
from focusreport.edition import edition_label
from focusreport.errors import ContentError, FocusreportError
from focusreport.languages import Language
from focusreport.output import OutputError, prepare_folder, reason, remove_stale, write_atomic
from focusreport.requestfile import Request
from focusreport.writers import Registry, Writer

RECEIPTS = "receipts.csv"
LOCK = ".focusreport.lock"
RECEIPT_COLUMNS = ("id", "format", "language", "file", "size", "sha256", "status", "reason", "note", "time")
SERVED, ALREADY_SERVED, REJECTED, FAILED = "served", "already-served", "rejected", "failed"
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
        return [_spreadsheet_safe(_one_kind_of_line_break(value)) for value in values]


def _one_kind_of_line_break(value: str) -> str:
    """A line break in a value as ``\\n``, which the CSV writer quotes; a bare ``\\r`` it would not, splitting the row."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


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
        self.notices: list[str] = []
        self._contents: dict[Path, Content | ContentError] = {}
        self._rendered: dict[tuple[Path, str, tuple[Language, ...]], bytes] = {}

    def serve(self, requests: Sequence[Request], on_receipt: Callable[[Receipt], None] | None = None) -> list[Receipt]:
        """Serve every request in order; return (and report) a receipt for each.

        Raises :class:`OutputError` when the folder or the receipts cannot be written.
        """
        started = time.time()
        prepare_folder(self.out)
        receipts = []
        with self._lock():
            remove_stale(self.out, started)
            book = ReceiptsFile(self.out / RECEIPTS)
            earlier = book.read()
            self.notices.extend(book.notices)
            this_run: dict[str, Request] = {}
            for number, request in enumerate(requests, start=1):
                receipt = self._serve_one(request, earlier, this_run)
                try:
                    book.append(receipt)
                except OSError as error:
                    raise OutputError(_receipt_failed(book.path, error, receipt, number, len(requests))) from error
                if receipt.status == SERVED:
                    earlier[receipt.id] = receipt
                receipts.append(receipt)
                if on_receipt:
                    on_receipt(receipt)
        return receipts

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        path = self.out / LOCK
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as error:
            raise OutputError(f"cannot write into {self.out}: {reason(error, path)}") from error
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            os.close(handle)

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
            languages = choices([request.language], content.languages)[0]
        except ContentError as error:
            return rejected(_content_problems(error))
        except FocusreportError as error:
            return rejected(str(error))
        name = f"{request.id}.{writer.extension}"
        before = earlier.get(request.id)
        if before is not None:
            if (before.format, before.language) != (writer.name, edition_label(languages)):
                return rejected(f"the id {request.id} was served before as {before.format} in {before.language}")
            if _is_plain_name(before.file) and _sha256_of(self.out / before.file) == before.sha256:
                return attrs.evolve(
                    before, status=ALREADY_SERVED, reason="served before; the file is unchanged", note=request.note or "", time=_now()
                )
        try:
            data = self._render(content, writer, languages)
        except ContentError as error:
            return rejected(_content_problems(error))
        except FocusreportError as error:
            return rejected(str(error))
        target = self.out / name
        if target.resolve().parent != self.out.resolve():
            return rejected(f"the file {name} would lie outside {self.out}")
        try:
            write_atomic(target, data)
        except OSError as error:
            return attrs.evolve(rejected(f"could not write {name}: {reason(error, target)}"), status=FAILED)
        digest = hashlib.sha256(data).hexdigest()
        return Receipt(request.id, writer.name, edition_label(languages), name, len(data), digest, SERVED, "", request.note or "", _now())

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

    def _render(self, content: Content, writer: Writer, languages: tuple[Language, ...]) -> bytes:
        """The file for one language, or for a bilingual edition of several, made once per run."""
        key = (content.folder, writer.name, languages)
        if key not in self._rendered:
            options = self.registry.resolve_options(writer, {})
            if len(languages) == 1:
                language = languages[0]
                self._rendered[key] = render(content.report(language), writer, content.library[language], options)
            else:
                self._rendered[key] = render_edition_of(content, writer, languages, options)
        return self._rendered[key]


def _content_problems(error: ContentError) -> str:
    first = error.problems[0] if error.problems else "unknown problem"
    more = f" (and {len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
    return f"the report has problems: {first}{more}"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_plain_name(name: str) -> bool:
    """Whether a receipt's ``file`` names a file in the output folder itself (a receipt may have been edited)."""
    return bool(name) and name not in {".", ".."} and "/" not in name and "\\" not in name


def _sha256_of(path: Path) -> str | None:
    """The checksum of a regular file at ``path``; ``None`` for anything else (a link, a pipe, nothing)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(handle, "rb") as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    except OSError:
        return None


def _receipt_failed(path: Path, error: OSError, receipt: Receipt, number: int, total: int) -> str:
    which = f"{receipt.id}, {receipt.status}" if receipt.id else receipt.status
    left = f"request {number} has" if number == total else f"requests {number} to {total} have"
    return (
        f"could not write the receipt of request {number} of {total} ({which}) to {path}: {reason(error, path)}; "
        f"stopped there, so {left} no receipt: fix this, then run the same requests again"
    )


class ReceiptsFile:
    """The receipts of one output folder: read once, under the folder's lock, then appended to.

    A spreadsheet that saved the file again may have added a byte-order mark, Windows
    line endings or another encoding: the old receipts still count, and new ones follow
    the file's line endings. A file that is not UTF-8 is read as Windows-1252 and saved
    again as UTF-8 (with a byte-order mark, so that a spreadsheet reads it right).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []
        self._newline = "\n"
        self._needs_header = True
        self._needs_break = False

    def read(self) -> dict[str, Receipt]:
        """The last successful receipt of each id; refuses a file it could not append to safely."""
        data = _read_regular_file(self.path)
        if data is None:
            return {}
        text = self._decoded(data)
        try:
            rows = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error as error:
            raise OutputError(f"{self.path} cannot be read as CSV ({error}): repair it, or move it away to start a new one") from None
        self._needs_break = bool(text) and not text.endswith(("\n", "\r"))
        while rows and not any(cell.strip() for cell in rows[0]):
            rows.pop(0)
        if not rows:
            return {}
        header = tuple(cell.strip() for cell in rows[0])
        if header[: len(RECEIPT_COLUMNS)] != RECEIPT_COLUMNS:
            raise OutputError(
                f"{self.path}: the first line is not the receipts' header {','.join(RECEIPT_COLUMNS)}: "
                "restore it, or move the file away to start a new one"
            )
        self._needs_header = False
        first_line_end = re.search(r"\r\n|\n|\r", text)
        self._newline = "\r\n" if first_line_end and first_line_end.group() == "\r\n" else "\n"
        served: dict[str, Receipt] = {}
        for values in rows[1:]:
            row = dict(zip(header, values, strict=False))
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

    def append(self, receipt: Receipt) -> None:
        """Append one receipt in a single write; on failure the file is left as it was."""
        buffer = io.StringIO()
        if self._needs_break:
            buffer.write(self._newline)
        writer = csv.writer(buffer, lineterminator=self._newline)
        if self._needs_header:
            writer.writerow(RECEIPT_COLUMNS)
        writer.writerow(receipt.row())
        _append_whole(self.path, buffer.getvalue().encode("utf-8"))
        self._needs_header = self._needs_break = False

    def _decoded(self, data: bytes) -> str:
        body = data.removeprefix(codecs.BOM_UTF8)
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as error:
            line = len(re.findall(rb"\r\n|\r|\n", body[: error.start])) + 1
            text = body.decode("cp1252", errors="replace")
        try:
            write_atomic(self.path, codecs.BOM_UTF8 + text.encode("utf-8"))
        except OSError as failure:
            raise OutputError(
                f"{self.path} is not UTF-8 (line {line}) and could not be saved again as UTF-8: {reason(failure)}"
            ) from failure
        self.notices.append(
            f"{self.path} was not UTF-8 (line {line}; a spreadsheet may have saved it as Windows-1252): "
            "it was read as Windows-1252 and saved again as UTF-8"
        )
        return text


def _read_regular_file(path: Path) -> bytes | None:
    """The bytes of ``path``, ``None`` when there is none; refuses a link or anything but a file."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise OutputError(f"cannot read {path}: {reason(error)}") from error
    if stat.S_ISLNK(status.st_mode):
        raise OutputError(
            f"{path} is a symbolic link; receipts are written only inside the output folder: "
            "replace the link with a copy of the file it points to, or remove it"
        )
    if not stat.S_ISREG(status.st_mode):
        raise OutputError(f"{path} is not a regular file: move it away")
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(handle, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise OutputError(f"cannot read {path}: {reason(error)}") from error


def _append_whole(path: Path, data: bytes) -> None:
    """Append ``data`` in one write; if any of it fails, cut the file back so that no half line stays."""
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise OutputError(f"{path} is not a regular file")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            os.fsync(handle)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(handle, status.st_size)
            raise
    finally:
        os.close(handle)
