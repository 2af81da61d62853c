"""Every bundled report, in every format and language it declares, passes the checks the bundled one does.

The three reports differ on purpose: one English-only council with indicators and a
status scale, one in three languages scored on two scales, one on the traffic light.
No output holds a heading, table or legend for a part or scale its report does not have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from external import ace, epubcheck, pandoc_plain, pdf_text
from focusreport import Language, specwalk
from focusreport.builder import Output, build
from focusreport.content import Content, read_content
from focusreport.docxcheck import check_docx
from focusreport.easyread import lint
from focusreport.outline import Block, Outline, Section, Table
from focusreport.outliner import make_outline
from focusreport.resources import bundled_content_dir
from focusreport.spec import IndicatorsPart, ThemesPart

CONTENT = bundled_content_dir().parent
REPORTS = sorted(path.name for path in CONTENT.iterdir() if (path / "report.yaml").is_file())
EXAMPLES = [name for name in REPORTS if name != bundled_content_dir().name]


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return {name: read_content(CONTENT / name) for name in REPORTS}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Output]]:
    """Every report built in every installed format and every language it declares."""
    built = {}
    for name in REPORTS:
        folder = tmp_path_factory.mktemp(name)
        built[name] = build(CONTENT / name, folder)
    return built


def test_there_are_four_reports_with_their_readmes() -> None:
    assert len(REPORTS) == 4
    for name in REPORTS:
        assert (CONTENT / name / "README.md").is_file()


@pytest.mark.parametrize("name", REPORTS)
def test_each_report_is_valid_and_passes_the_easy_read_checks(name: str, contents: dict[str, Content]) -> None:
    assert lint(contents[name]) == []


@pytest.mark.tools  # builds every format: braille and speech run liblouis, espeak-ng and lame
@pytest.mark.parametrize("name", REPORTS)
def test_one_file_per_format_and_declared_language(name: str, contents: dict[str, Content], outputs: dict[str, list[Output]]) -> None:
    languages = contents[name].languages
    found = {(output.format, output.language) for output in outputs[name]}
    formats = {output.format for output in outputs[name]}
    assert found == {(format_name, language) for format_name in formats for language in languages}
    assert all(output.path.name.startswith(f"{contents[name].spec.id}.") for output in outputs[name])


def _shape(blocks: tuple[Block, ...]) -> list[tuple[str, int]]:
    shape = []
    for block in blocks:
        size = len(getattr(block, "items", ())) or len(getattr(block, "rows", ())) or len(getattr(block, "entries", ()))
        shape.append((type(block).__name__, size or len(getattr(block, "lines", ()))))
    return shape


def _outline_shape(outline: Outline) -> list[object]:
    def section(item: Section) -> list[object]:
        return [item.anchor, item.level, item.kind, item.picture.id if item.picture else None, _shape(item.blocks)]

    return [section(item) for item in outline.walk()]


def _figures(outline: Outline) -> list[list[str]]:
    """The figures of every table row, in order: what every language must state alike."""
    rows = []
    for section in outline.walk():
        for block in section.blocks:
            if isinstance(block, Table):
                rows += [re.findall(r"\d+", row.line.replace(",", "").replace("\u00a0", "").replace(" ", "")) for row in block.rows]
    return rows


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("wording", ["full", "easy"])
def test_every_language_has_the_same_outline(name: str, wording: str, contents: dict[str, Content]) -> None:
    content = contents[name]
    outlines = [make_outline(content.report(language), content.library[language], wording=wording) for language in content.languages]
    first = outlines[0]
    for other in outlines[1:]:
        assert _outline_shape(other) == _outline_shape(first)
        assert [picture.id for picture in other.pictures] == [picture.id for picture in first.pictures]
    if name != bundled_content_dir().name:
        for other in outlines[1:]:
            assert _figures(other) == _figures(first)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text_of(output: Output) -> str:
    suffix = output.path.suffix
    if suffix in {".txt", ".md"}:
        return output.path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = _Text()
        parser.feed(output.path.read_text(encoding="utf-8"))
        return "\n".join(parser.parts)
    if suffix == ".pdf":
        return pdf_text(output.path)
    return pandoc_plain(output.path, "docx" if suffix == ".docx" else "epub")


def _absent_headings(content: Content, language: Language) -> Iterator[str]:
    """The library's ready-made headings for every kind of part the report does not have (or heads with its own words)."""
    library = content.library[language]
    parts = [part for part, _ in specwalk.walk(content.spec.parts)]
    kinds = {part.kind for part in parts}
    by_kind = {
        "legend": "legend-heading",
        "glossary": "glossary-heading",
        "credits": "credits-heading",
        "contact": "contact-heading",
        "highlights": "highlights-heading",
        "principles": "principles-heading",
    }
    for kind, message in by_kind.items():
        named = [part for part in parts if part.kind == kind and getattr(part, "id", None)]
        if kind not in kinds or named:
            yield library.format(message)
    lists = {listing.heading for part in parts if isinstance(part, ThemesPart) for theme in part.themes for listing in theme.lists}
    for ready_made in ("aims", "actions", "impacts"):
        if ready_made not in lists:
            yield library.format(f"{ready_made}-heading")


def _absent_columns(content: Content, language: Language) -> Iterator[str]:
    """The library's column names of an indicator table, when the report has none."""
    if not any(isinstance(part, IndicatorsPart) for part, _ in specwalk.walk(content.spec.parts)):
        yield from (content.library[language].format(message) for message in ("column-measure", "column-target", "column-trend"))


@pytest.mark.tools  # builds every format: braille and speech run liblouis, espeak-ng and lame
@pytest.mark.parametrize("name", REPORTS)
def test_no_output_has_a_heading_for_a_part_the_report_does_not_have(
    name: str, contents: dict[str, Content], outputs: dict[str, list[Output]]
) -> None:
    content = contents[name]
    for output in outputs[name]:
        if output.path.suffix in {".brf", ".zip"}:
            continue  # braille is contracted and audio is sound: their own tests check them against the outline
        text = _text_of(output)
        lines = {line.strip().lstrip("#").strip() for line in text.splitlines()}
        for words in _absent_headings(content, output.language):
            assert words not in lines, f"{output.path.name} has the heading {words!r}"
        for words in _absent_columns(content, output.language):
            assert not re.search(rf"\b{re.escape(words)}\b", text), f"{output.path.name} has the column {words!r}"
        if len(content.languages) == 1:
            other_words = [library.format("read-in-language") for library in {id(s): s for s in content.library.values()}.values()]
            assert all(words not in text for words in other_words[1:])
            assert "Cymraeg" not in text and "hreflang" not in output.path.read_bytes().decode("utf-8", "ignore")


@pytest.mark.tools  # builds every format: braille and speech run liblouis, espeak-ng and lame
@pytest.mark.parametrize("name", REPORTS)
def test_each_version_links_to_every_other_language_in_its_own_words(
    name: str, contents: dict[str, Content], outputs: dict[str, list[Output]]
) -> None:
    content = contents[name]
    pages = {output.language: output.path.read_text(encoding="utf-8") for output in outputs[name] if output.format == "html"}
    for language, page in pages.items():
        links = re.findall(r'<a [^>]*hreflang="([^"]+)"[^>]*>([^<]+)</a>', page)
        expected = [(other.tag, content.library[other].format("read-in-language")) for other in content.languages if other != language]
        assert [(tag, words.strip()) for tag, words in links] == expected


@pytest.mark.tools  # builds every format: braille and speech run liblouis, espeak-ng and lame
@pytest.mark.parametrize("name", EXAMPLES)
def test_example_epubs_pass_epubcheck_and_ace(name: str, outputs: dict[str, list[Output]], tmp_path: Path) -> None:
    for output in outputs[name]:
        if output.format != "epub":
            continue
        result = epubcheck(output.path)
        assert (result.fatal, result.errors, result.warnings) == (0, 0, 0), result.summary()
        checked = ace(output.path, tmp_path / output.path.stem)
        assert checked.violations == (), checked.summary()


@pytest.mark.tools  # builds every format: braille and speech run liblouis, espeak-ng and lame
@pytest.mark.parametrize("name", EXAMPLES)
def test_example_word_files_pass_the_output_checks(name: str, outputs: dict[str, list[Output]]) -> None:
    for output in outputs[name]:
        if output.path.suffix == ".docx":
            findings = check_docx(output.path, easy_read=output.format == "easy-read")
            assert findings == [], [finding.line(output.path) for finding in findings]
