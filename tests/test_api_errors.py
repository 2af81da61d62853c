"""Wrong arguments to the Python API are a UsageError naming the argument; typed option values are accepted."""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

import focusreport
from focusreport import Language, Report, Strings, UsageError, api, bundled_content_dir
from focusreport.content import Content


@dataclass(frozen=True)
class Scene:
    """What a wrong call is made with: a loaded report, its library words, the bundled folder, a private folder."""

    report: Report
    words: Strings
    folder: Path
    tmp: Path


@pytest.fixture
def report(content: Content) -> Report:
    return content.report(Language.EN)


@pytest.fixture
def scene(content: Content, tmp_path: Path) -> Scene:
    (tmp_path / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    return Scene(content.report(Language.EN), content.library[Language.EN], bundled_content_dir(), tmp_path)


# Each wrong call and the message it gives; {tmp} stands for the scene's private folder.
CASES: dict[str, tuple[Callable[[Scene], object], str]] = {
    "load-folder-number": (lambda s: focusreport.load(5, "en"), "folder must be a path (str or os.PathLike), not 5 (int)"),
    "load-folder-none": (lambda s: focusreport.load(None, "en"), "folder must be a path (str or os.PathLike), not None (NoneType)"),
    "load-folder-empty": (lambda s: focusreport.load("", "en"), "folder must be a path, not an empty string"),
    "load-folder-nul": (
        lambda s: focusreport.load("content\0", "en"),
        "folder must be a path, not text with a NUL character: 'content\\x00'",
    ),
    "load-language-number": (
        lambda s: focusreport.load(s.folder, 5),
        "language must be a focusreport.Language or a language's code or tag such as 'cy' or 'cy-GB', not 5 (int)",
    ),
    "load-language-list": (
        lambda s: focusreport.load(s.folder, ["cy"]),
        "language must be a focusreport.Language or a language's code or tag such as 'cy' or 'cy-GB', not ['cy'] (list)",
    ),
    "check-folder-bytes": (lambda s: focusreport.check(b"content"), "folder must be a path (str or os.PathLike), not b'content' (bytes)"),
    "render_format-report-text": (
        lambda s: focusreport.render_format("report", "text"),
        "report must be a focusreport.Report (from focusreport.load), not 'report'",
    ),
    "render_format-format-list": (
        lambda s: focusreport.render_format(s.report, ["text"]),
        "format must be a format's name such as 'text' (see focusreport formats), not ['text'] (list)",
    ),
    "render_format-options-list": (
        lambda s: focusreport.render_format(s.report, "text", ["wording=easy"]),
        "options must be a mapping of option names to values, such as {'wording': 'easy'}, not ['wording=easy'] (list)",
    ),
    "render_format-options-text": (
        lambda s: focusreport.render_format(s.report, "text", "wording=easy"),
        "options must be a mapping of option names to values, such as {'wording': 'easy'}, not 'wording=easy'",
    ),
    "render_format-option-name-number": (
        lambda s: focusreport.render_format(s.report, "text", {1: "easy"}),
        "options: an option's name must be text, such as 'wording', not 1 (int)",
    ),
    "render_format-bool-option-number": (
        lambda s: focusreport.render_format(s.report, "markdown", {"front-matter": 0}),
        "option 'front-matter' takes true or false, not 0 (int)",
    ),
    "render_format-bool-option-word": (
        lambda s: focusreport.render_format(s.report, "markdown", {"front-matter": "maybe"}),
        "option 'front-matter' takes true or false, not 'maybe'",
    ),
    "render_format-int-option-bool": (
        lambda s: focusreport.render_format(s.report, "easy-read", {"font-size": True}),
        "option 'font-size' takes a whole number, not True (bool)",
    ),
    "render_format-int-option-float": (
        lambda s: focusreport.render_format(s.report, "easy-read", {"font-size": 20.5}),
        "option 'font-size' takes a whole number, not 20.5 (float)",
    ),
    "render_format-int-option-4000-digits": (
        lambda s: focusreport.render_format(s.report, "easy-read", {"font-size": "9" * 4000}),
        "option 'font-size' takes a whole number, not '" + "9" * 56 + "...",
    ),
    "render_format-int-option-out-of-range": (
        lambda s: focusreport.render_format(s.report, "easy-read", {"font-size": 40}),
        "option 'font-size' must be at most 28, not 40",
    ),
    "render_format-text-option-number": (
        lambda s: focusreport.render_format(s.report, "text", {"wording": 1}),
        "option 'wording' takes text, not 1 (int)",
    ),
    "render_format-registry-text": (
        lambda s: focusreport.render_format(s.report, "text", registry="text"),
        "registry must be a focusreport.Registry (from focusreport.discover()), not 'text'",
    ),
    "write_format-path-number": (
        lambda s: focusreport.write_format(s.report, "text", 7),
        "path must be a path (str or os.PathLike), not 7 (int)",
    ),
    "write_format-unknown-format-before-the-place": (
        lambda s: focusreport.write_format(s.report, "postscript", s.tmp),
        "unknown format 'postscript'; installed formats: ",
    ),
    "write_format-option-value": (
        lambda s: focusreport.write_format(s.report, "easy-read", s.tmp / "easy.docx", {"font-size": [20]}),
        "option 'font-size' takes a whole number, not [20] (list)",
    ),
    "build-out-number": (lambda s: focusreport.build(s.folder, 3), "out must be a path (str or os.PathLike), not 3 (int)"),
    "build-formats-one-string": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", formats="text"),
        "formats must be a list, such as ['text'], not 'text'",
    ),
    "build-formats-empty": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", formats=[]),
        "formats is empty: leave it out (None) to build all of them",
    ),
    "build-a-format-number": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", formats=["text", 5]),
        "formats[1] must be a format's name such as 'text' (see focusreport formats), not 5 (int)",
    ),
    "build-languages-one-string": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", languages="cy"),
        "languages must be a list, such as ['cy'], not 'cy'",
    ),
    "build-a-language-number": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", languages=[44]),
        "languages[0] must be a focusreport.Language or a language's code or tag such as 'cy' or 'cy-GB', not 44 (int)",
    ),
    "build-options-pairs": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", options=[("font-size", "20")]),
        "options must be a mapping of option names to values, such as {'wording': 'easy'}, not [('font-size', '20')] (list)",
    ),
    "build-option-value": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", formats=["markdown"], options={"front-matter": None}),
        "option 'front-matter' takes true or false, not None (NoneType)",
    ),
    "build-registry": (
        lambda s: focusreport.build(s.folder, s.tmp / "out", registry={}),
        "registry must be a focusreport.Registry (from focusreport.discover()), not {} (dict)",
    ),
    "make_outline-wording-unknown": (
        lambda s: focusreport.make_outline(s.report, s.words, wording="plain"),
        "wording must be one of full, easy, not 'plain'",
    ),
    "make_outline-wording-bool": (
        lambda s: focusreport.make_outline(s.report, s.words, wording=True),
        "wording must be one of full, easy, not True (bool)",
    ),
    "make_outline-strings": (
        lambda s: focusreport.make_outline(s.report, None),
        "strings must be focusreport.Strings (the library's words: content.library[language]), not None (NoneType)",
    ),
    "make_outline-report": (
        lambda s: focusreport.make_outline(s.folder, s.words),
        "report must be a focusreport.Report (from focusreport.load), not ",
    ),
    "make_outline-links-keyed-by-text": (
        lambda s: focusreport.make_outline(s.report, s.words, links={"cy": "report.cy.txt"}),
        "links must map a focusreport.Language to a file name, such as {Language.CY: 'report.cy.txt'}, not {'cy': 'report.cy.txt'} (dict)",
    ),
}


@pytest.mark.parametrize(("call", "message"), CASES.values(), ids=CASES.keys())
def test_a_wrong_argument_is_a_usage_error_naming_it_and_nothing_is_written(
    scene: Scene, call: Callable[[Scene], object], message: str
) -> None:
    before = sorted(path.relative_to(scene.tmp) for path in scene.tmp.rglob("*"))
    with pytest.raises(UsageError) as raised:
        call(scene)
    assert str(raised.value).startswith(message.replace("{tmp}", str(scene.tmp)))
    assert isinstance(raised.value, focusreport.FocusreportError)
    assert sorted(path.relative_to(scene.tmp) for path in scene.tmp.rglob("*")) == before


# A place that cannot be written is the disk's fault, as on the command line (exit status 3).
PLACES: dict[str, tuple[Callable[[Scene], object], str]] = {
    "write_format-a-folder": (
        lambda s: focusreport.write_format(s.report, "text", s.tmp),
        "it is a folder; give the name of the file to write",
    ),
    "write_format-under-a-file": (
        lambda s: focusreport.write_format(s.report, "text", s.tmp / "notes.txt" / "report.txt"),
        "it is a file, not a folder",
    ),
    "build-out-a-file": (lambda s: focusreport.build(s.folder, s.tmp / "notes.txt"), "it is a file, not a folder"),
    "build-out-under-a-file": (lambda s: focusreport.build(s.folder, s.tmp / "notes.txt" / "out"), "notes.txt is a file, not a folder"),
}


@pytest.mark.parametrize(("call", "message"), PLACES.values(), ids=PLACES.keys())
def test_a_place_that_cannot_be_written_is_an_output_error_and_nothing_is_written(
    scene: Scene, call: Callable[[Scene], object], message: str
) -> None:
    before = sorted(path.relative_to(scene.tmp) for path in scene.tmp.rglob("*"))
    with pytest.raises(focusreport.OutputError) as raised:
        call(scene)
    assert str(raised.value).endswith(message)
    assert isinstance(raised.value, focusreport.FocusreportError)
    assert sorted(path.relative_to(scene.tmp) for path in scene.tmp.rglob("*")) == before


def test_every_public_function_of_the_api_has_wrong_calls_here() -> None:
    public = {
        name for name, value in vars(api).items() if inspect.isfunction(value) and value.__module__ == api.__name__ and name[0] != "_"
    }
    assert {name.split("-")[0] for name in CASES} == public
    assert all(getattr(focusreport, name) is getattr(api, name) for name in public)


def test_a_bool_option_takes_a_bool_or_its_words(report: Report) -> None:
    without = focusreport.render_format(report, "markdown", {"front-matter": False})
    assert not without.startswith(b"---\n")
    assert focusreport.render_format(report, "markdown", {"front-matter": True}).startswith(b"---\n")
    for word in ("false", "No", " off ", "0"):
        assert focusreport.render_format(report, "markdown", {"front-matter": word}) == without


@pytest.mark.parametrize("format_name", ["easy-read", "large-print"])
def test_an_int_option_takes_an_int_or_its_digits(report: Report, format_name: str) -> None:
    as_int = focusreport.render_format(report, format_name, {"font-size": 20})
    assert Document(io.BytesIO(as_int)).styles["Normal"].font.size == Pt(20)
    assert focusreport.render_format(report, format_name, {"font-size": "20"}) == as_int
    assert focusreport.render_format(report, format_name, {"font-size": " +20 "}) == as_int


def test_a_language_object_and_a_path_object_are_accepted(tmp_path: Path) -> None:
    welsh = focusreport.load(bundled_content_dir(), Language.CY)
    assert focusreport.load(str(bundled_content_dir()), "cy-GB") == welsh
    written = focusreport.write_format(welsh, "text", tmp_path / "new" / "report.txt", {"wording": "easy"})
    assert written.read_bytes() == focusreport.render_format(welsh, "text", {"wording": "easy"})
    built = focusreport.build(str(bundled_content_dir()), tmp_path / "out", formats={"text", "markdown"}, languages=(Language.CY,))
    assert [output.path.name for output in built] == ["wrexham-2019-20.markdown.cy.md", "wrexham-2019-20.text.cy.txt"]


def test_the_command_line_still_takes_text_and_names_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from focusreport.cli import main

    assert main(["build", "--format", "markdown", "--option", "front-matter=maybe", "--out", str(tmp_path / "out")]) == 2
    assert "option 'front-matter' takes true or false, not 'maybe'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
