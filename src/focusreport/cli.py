"""The ``focusreport`` command: build, check, formats, request, requests.

Exit status: 0 on success, 1 when the content (or a request) has problems, 2 for a
usage error such as an unknown format or language, 3 when the output could not be
written (the folder, a file or the receipts: a full disk, a read-only disk, a file in
the way), and 128 plus the signal's number when stopped: 130 for Ctrl-C, 143 for
SIGTERM, 129 for SIGHUP. A user's mistake or a failing disk is reported in one clear
message, never as a traceback; a stopped run leaves no half-written file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

from focusreport.errors import ContentError, FocusreportError, UsageError
from focusreport.output import OutputError, check_folder
from focusreport.resources import bundled_content_dir

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_USAGE = 2
EXIT_WRITE = 3
_STOP_SIGNALS: dict[int, str] = {signal.SIGINT: "Ctrl-C", signal.SIGTERM: "SIGTERM", signal.SIGHUP: "SIGHUP (the terminal closed)"}


class _Stopped(BaseException):
    """A signal asked the run to stop: raised where the run is, so that every cleanup on the way out runs."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number
        self.detail = ""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="focusreport",
        description="Turn a council's performance report into accessible formats, in every language it is published in.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    build = commands.add_parser("build", help="build a report in some or all formats and languages")
    build.add_argument("content", nargs="?", type=Path, help="the content folder (default: the bundled report)")
    build.add_argument("--format", "-f", action="append", dest="formats", metavar="NAME", help="a format (repeatable; default: all)")
    build.add_argument(
        "--lang",
        "-l",
        action="append",
        dest="languages",
        metavar="LANG",
        help="a language the report is published in, by code or tag: en, cy-GB; or a bilingual edition: cy+en (repeatable; default: all)",
    )
    build.add_argument("--out", "-o", type=_folder, default=Path("output"), help="the folder to write into (default: output)")
    build.add_argument("--option", action="append", dest="options", metavar="KEY=VALUE", default=[], help="a writer option (repeatable)")

    check = commands.add_parser("check", help="list every problem in a report's content, or in a built Word file")
    check.add_argument("content", nargs="?", type=Path, help="the content folder (default: the bundled report)")
    check.add_argument(
        "--output", action="append", type=Path, metavar="FILE.docx", help="check a built Word file against the output rules (repeatable)"
    )
    check.add_argument("--easy-read", action="store_true", help="apply the easy-read rules too (automatic for files named *.easy-read.*)")
    check.add_argument("--min-font-size", type=float, metavar="PT", help="the smallest text allowed, in points")
    check.add_argument("--rules", action="store_true", help="list the output rules and what each means")

    commands.add_parser("formats", help="list the installed formats")

    request = commands.add_parser("request", help="serve one request for the report in a format and language")
    request.add_argument("--format", "-f", required=True, metavar="NAME", help="the format asked for")
    request.add_argument(
        "--lang",
        "-l",
        required=True,
        metavar="LANG",
        help="the language asked for, by code or tag: en, cy-GB; or a bilingual edition: cy+en",
    )
    request.add_argument("--content", type=Path, help="the content folder (default: the bundled report)")
    request.add_argument("--out", "-o", type=_folder, default=Path("served"), help="the folder to serve into (default: served)")
    request.add_argument(
        "--id", dest="request_id", metavar="ID", help="the request's id, which names the file (default: report.format.lang)"
    )
    request.add_argument("--note", help="a note kept in the receipts only (who asked, how to send it)")

    requests = commands.add_parser("requests", help="serve a file of requests (CSV with a header row, or JSON Lines)")
    requests.add_argument("file", type=Path, help="the requests: columns id, format, language, and optionally report and note")
    requests.add_argument("--out", "-o", type=_folder, required=True, help="the folder to serve into")
    requests.add_argument("--content", type=Path, help="the report for rows that name none (default: the bundled report)")
    return parser


def _folder(text: str) -> Path:
    """An output folder's name: an empty one would quietly mean the working folder, so it is refused."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the folder name is empty; to write into the current folder, give --out .")
    return Path(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    with _stop_on_signals():
        try:
            return _main(argv)
        except _Stopped as stop:
            detail = f" {stop.detail}" if stop.detail else ""
            _say(f"focusreport: stopped by {_STOP_SIGNALS[stop.number]}{detail}; nothing is left half-written")
            return 128 + stop.number
        except KeyboardInterrupt:
            _say(f"focusreport: stopped by {_STOP_SIGNALS[signal.SIGINT]}; nothing is left half-written")
            return 128 + signal.SIGINT


def _main(argv: Sequence[str] | None) -> int:
    try:
        arguments = _parser().parse_args(argv)
        if arguments.command == "formats":
            return _formats()
        if arguments.command == "check":
            if arguments.rules or arguments.output:
                if arguments.content is not None:
                    raise UsageError("give a content folder or --output files, not both")
                return _check_outputs(arguments.output or [], arguments.easy_read, arguments.min_font_size, arguments.rules)
            return _check(arguments.content or bundled_content_dir())
        if arguments.command in {"request", "requests"}:
            return _serve(arguments)
        return _build(arguments)
    except ContentError as error:
        for problem in error.problems:
            print(f"focusreport: {problem}", file=sys.stderr)
        return EXIT_CONTENT
    except UsageError as error:
        print(f"focusreport: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as error:
        print(f"focusreport: error: {error}", file=sys.stderr)
        return EXIT_WRITE
    except FocusreportError as error:
        print(f"focusreport: error: {error}", file=sys.stderr)
        return EXIT_CONTENT
    except BrokenPipeError:
        _silence_stdout()
        return 128 + signal.SIGPIPE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"focusreport: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_CONTENT


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn Ctrl-C, SIGTERM and SIGHUP into :class:`_Stopped`, once; a signal set to be ignored stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    stopping = False

    def stop(number: int, frame: FrameType | None) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise _Stopped(number)

    previous = {number: signal.getsignal(number) for number in _STOP_SIGNALS}
    for number, handler in previous.items():
        if handler != signal.SIG_IGN:
            signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr, flush=True)


def _line(text: object) -> None:
    """A line on standard output; if its reader has gone (``| head``), the rest is dropped and the work goes on."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Send what is left for a closed standard output nowhere, so that leaving does not fail on it."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _formats() -> int:
    from focusreport.writers import discover

    registry = discover()
    for name, writer in registry.writers.items():
        _line(f"{name}\t.{writer.extension}\t{writer.description}")
    for broken in registry.broken:
        _line(f"{broken.name}\tBROKEN\t{broken.distribution}: {broken.reason}")
    return EXIT_OK


def _check(folder: Path) -> int:
    """Validity problems first (they stop a build); then, for valid content, the easy-read lint and the spelling."""
    from focusreport.content import examine
    from focusreport.easyread import lint
    from focusreport.spelling import check_spelling

    content, problems = examine(folder)
    if content is not None and not problems:
        from focusreport.coverage import coverage_problems
        from focusreport.writers import discover

        problems = coverage_problems(content, discover().writers) + lint(content) + check_spelling(content)
    for problem in problems:
        _line(problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in {folder}", file=sys.stderr)
        return EXIT_CONTENT
    _line(f"no problems found in {folder}")
    return EXIT_OK


def _check_outputs(paths: Sequence[Path], easy_read: bool, min_font_size: float | None, list_rules: bool) -> int:
    from focusreport.docxcheck import RULES, check_docx, is_easy_read_name

    if list_rules:
        for rule, meaning in RULES.items():
            _line(f"{rule}: {meaning}")
    found = 0
    for path in paths:
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        findings = check_docx(path, easy_read=easy_read or is_easy_read_name(path), min_font_size=min_font_size)
        for finding in findings:
            _line(finding.line(path))
        if not findings:
            _line(f"{path}: no findings")
        found += len(findings)
    if found:
        print(f"{found} finding{'s' if found != 1 else ''}", file=sys.stderr)
        return EXIT_CONTENT
    return EXIT_OK


def _build(arguments: argparse.Namespace) -> int:
    from focusreport.builder import build

    languages = arguments.languages or None
    options = dict(_key_value(text) for text in arguments.options)
    check_folder(arguments.out)
    try:
        outputs = build(
            arguments.content or bundled_content_dir(), arguments.out, formats=arguments.formats, languages=languages, options=options
        )
    except OutputError as error:
        for path in error.written:
            _line(path)
        raise
    for output in outputs:
        _line(output.path)
    return EXIT_OK


def _serve(arguments: argparse.Namespace) -> int:
    from focusreport.progress import Progress
    from focusreport.requestfile import Request, read_requests
    from focusreport.serving import FAILED, RECEIPTS, REJECTED, Server
    from focusreport.writers import discover

    check_folder(arguments.out)
    content = arguments.content or bundled_content_dir()
    if arguments.command == "request":
        # An edition's languages are joined by '-' in a file name, as a build names them: cy+en gives ...cy-en
        request_id = arguments.request_id or f"{content.name}.{arguments.format}.{arguments.lang.replace('+', '-')}"
        requests = [Request(request_id, arguments.format, arguments.lang, note=arguments.note)]
        base = Path.cwd()
    else:
        requests = read_requests(arguments.file)
        base = arguments.file.resolve().parent
    server = Server(arguments.out, content, discover(), base)
    progress = Progress(len(requests), sys.stdout, sys.stderr)
    receipts_file = arguments.out / RECEIPTS
    try:
        receipts = server.serve(requests, progress.update)
    except _Stopped as stop:
        progress.clear()
        stop.detail = (
            f"after {progress.done} of {len(requests)} requests (receipts in {receipts_file}); run the same requests again for the rest"
        )
        raise
    finally:
        for notice in server.notices:
            progress.message(f"focusreport: {notice}")
    progress.finish(receipts, receipts_file)
    failed = sum(receipt.status == FAILED for receipt in receipts)
    if failed:
        progress.message(f"focusreport: error: {failed} of {len(requests)} files could not be written; their receipts say why")
        return EXIT_WRITE
    return EXIT_CONTENT if any(receipt.status == REJECTED for receipt in receipts) else EXIT_OK


def _key_value(text: str) -> tuple[str, str]:
    key, separator, value = text.partition("=")
    if not separator or not key.strip():
        raise UsageError(f"--option takes KEY=VALUE, not {text!r}")
    return key.strip(), value


def run() -> None:
    """Entry point of the ``focusreport`` script."""
    status = main()
    try:
        sys.stdout.flush()
    except OSError:
        _silence_stdout()
    sys.exit(status)
