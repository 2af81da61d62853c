"""The ``focusreport`` command: build, check, formats.

Exit status: 0 on success, 1 when the content (or a request) has problems, 2 for a
usage error such as an unknown format or language. A user's mistake is reported in
one clear message, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from focusreport.errors import ContentError, FocusreportError, UsageError
from focusreport.resources import bundled_content_dir

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_USAGE = 2


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
        help="a language the report is published in, by code or tag: en, cy-GB (repeatable; default: all)",
    )
    build.add_argument("--out", "-o", type=Path, default=Path("output"), help="the folder to write into (default: output)")
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
    request.add_argument("--lang", "-l", required=True, metavar="LANG", help="the language asked for, by code or tag: en, cy-GB")
    request.add_argument("--content", type=Path, help="the content folder (default: the bundled report)")
    request.add_argument("--out", "-o", type=Path, default=Path("served"), help="the folder to serve into (default: served)")
    request.add_argument(
        "--id", dest="request_id", metavar="ID", help="the request's id, which names the file (default: report.format.lang)"
    )
    request.add_argument("--note", help="a note kept in the receipts only (who asked, how to send it)")

    requests = commands.add_parser("requests", help="serve a file of requests (CSV with a header row, or JSON Lines)")
    requests.add_argument("file", type=Path, help="the requests: columns id, format, language, and optionally report and note")
    requests.add_argument("--out", "-o", type=Path, required=True, help="the folder to serve into")
    requests.add_argument("--content", type=Path, help="the report for rows that name none (default: the bundled report)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
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
    except FocusreportError as error:
        print(f"focusreport: error: {error}", file=sys.stderr)
        return EXIT_CONTENT


def _formats() -> int:
    from focusreport.writers import discover

    registry = discover()
    for name, writer in registry.writers.items():
        print(f"{name}\t.{writer.extension}\t{writer.description}")
    for broken in registry.broken:
        print(f"{broken.name}\tBROKEN\t{broken.distribution}: {broken.reason}")
    return EXIT_OK


def _check(folder: Path) -> int:
    """Validity problems first (they stop a build); then, for valid content, the easy-read lint."""
    from focusreport.content import examine
    from focusreport.easyread import lint

    content, problems = examine(folder)
    if content is not None and not problems:
        problems = lint(content)
    for problem in problems:
        print(problem)
    sys.stdout.flush()
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in {folder}", file=sys.stderr)
        return EXIT_CONTENT
    print(f"no problems found in {folder}")
    return EXIT_OK


def _check_outputs(paths: Sequence[Path], easy_read: bool, min_font_size: float | None, list_rules: bool) -> int:
    from focusreport.docxcheck import RULES, check_docx, is_easy_read_name

    if list_rules:
        for rule, meaning in RULES.items():
            print(f"{rule}: {meaning}")
    found = 0
    for path in paths:
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        findings = check_docx(path, easy_read=easy_read or is_easy_read_name(path), min_font_size=min_font_size)
        for finding in findings:
            print(finding.line(path))
        if not findings:
            print(f"{path}: no findings")
        found += len(findings)
    if found:
        print(f"{found} finding{'s' if found != 1 else ''}", file=sys.stderr)
        return EXIT_CONTENT
    return EXIT_OK


def _build(arguments: argparse.Namespace) -> int:
    from focusreport.builder import build

    languages = arguments.languages or None
    options = dict(_key_value(text) for text in arguments.options)
    outputs = build(
        arguments.content or bundled_content_dir(), arguments.out, formats=arguments.formats, languages=languages, options=options
    )
    for output in outputs:
        print(output.path)
    return EXIT_OK


def _serve(arguments: argparse.Namespace) -> int:
    from focusreport.progress import Progress
    from focusreport.requestfile import Request, read_requests
    from focusreport.serving import RECEIPTS, REJECTED, Server
    from focusreport.writers import discover

    content = arguments.content or bundled_content_dir()
    if arguments.command == "request":
        request_id = arguments.request_id or f"{content.name}.{arguments.format}.{arguments.lang}"
        requests = [Request(request_id, arguments.format, arguments.lang, note=arguments.note)]
        base = Path.cwd()
    else:
        requests = read_requests(arguments.file)
        base = arguments.file.resolve().parent
    server = Server(arguments.out, content, discover(), base)
    progress = Progress(len(requests), sys.stderr, sys.stdout)
    receipts = server.serve(requests, progress.update)
    progress.finish(receipts, arguments.out / RECEIPTS)
    return EXIT_CONTENT if any(receipt.status == REJECTED for receipt in receipts) else EXIT_OK


def _key_value(text: str) -> tuple[str, str]:
    key, separator, value = text.partition("=")
    if not separator or not key.strip():
        raise UsageError(f"--option takes KEY=VALUE, not {text!r}")
    return key.strip(), value


def run() -> None:
    """Entry point of the ``focusreport`` script."""
    sys.exit(main())
