"""A report in a language written right to left: the Arabic example in every format, and mixed with English.

Each output says its direction the way its format does (HTML and XHTML ``dir``, the
EPUB spine's ``page-progression-direction``, Word's ``w:bidi`` and ``w:rtl``), keeps
codes and figures whole and in their logical order, and adds no invisible direction
mark. Every output is rendered once per module.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import external
from focusreport import Language, bundled_content_dir
from focusreport.builder import render, render_edition_of
from focusreport.content import Content, read_content
from focusreport.docxcheck import check_docx
from focusreport.writers import Registry
from htmlpage import Node, parse

FOLDER = bundled_content_dir().parent / "wadi-alnakhil-2024-25"
ARABIC = Language("ar", "ar", "ar")
FORMATS = ("text", "html", "epub", "large-print", "easy-read", "markdown")
DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def arabic() -> Content:
    return read_content(FOLDER)


@pytest.fixture(scope="module")
def rendered(arabic: Content, registry: Registry) -> dict[tuple[str, str], bytes]:
    """Each format in Arabic, and the formats that make editions as ar+en, rendered once."""
    found = {}
    for name in FORMATS:
        writer = registry.get(name)
        options = registry.resolve_options(writer, {})
        found[(name, "ar")] = render(arabic.report(ARABIC), writer, arabic.library[ARABIC], options)
        if name in {"html", "large-print", "text", "epub"}:
            found[(name, "ar+en")] = render_edition_of(arabic, writer, (ARABIC, Language.EN), options)
    return found


def test_arabic_is_declared_first_and_written_right_to_left(arabic: Content) -> None:
    assert arabic.languages[0] == ARABIC
    assert ARABIC.direction == "rtl"
    assert Language.EN.direction == "ltr"


def test_arabic_plurals_have_six_forms(arabic: Content) -> None:
    words = arabic.library[ARABIC]
    said = [words.format("list-announce", count=count) for count in (0, 1, 2, 3, 11, 100)]
    assert len(set(said)) == 6, said
    assert "3" in said[3] and "11" in said[4] and "100" in said[5]


@pytest.mark.parametrize("name", ["text", "html", "markdown"])
def test_no_invisible_direction_marks_are_added(rendered: dict[tuple[str, str], bytes], name: str) -> None:
    text = rendered[(name, "ar")].decode("utf-8")
    assert DIRECTION_CONTROLS.search(text) is None
    if (name, "ar+en") in rendered:
        assert DIRECTION_CONTROLS.search(rendered[(name, "ar+en")].decode("utf-8")) is None


@pytest.mark.parametrize("name", ["text", "html", "markdown"])
def test_codes_and_figures_stay_whole_in_logical_order(rendered: dict[tuple[str, str], bytes], name: str) -> None:
    text = rendered[(name, "ar")].decode("utf-8")
    # In the stored text the code follows the Arabic word before it ("such as E1"), and the figure's digits run in order.
    assert re.search("مثل E1\\.", text), "the code E1 after its Arabic words, in logical order"
    assert "وسوقها 5,549,669 زيارة" in text
    for code in ("E1", "E2", "E3"):
        assert code in text


def test_plain_text_is_the_words_alone(rendered: dict[tuple[str, str], bytes]) -> None:
    text = rendered[("text", "ar")].decode("utf-8")
    assert text.startswith("عامنا: التقرير السنوي 2024 إلى 2025\n")
    assert "قائمة من 6 عناصر." in text  # a list of six, in Arabic's own plural form for 3 to 10


# HTML


def _directions(page: Node) -> dict[str, set[str]]:
    """The direction in force for each language that marks an element, from the element or its nearest ancestor."""
    found: dict[str, set[str]] = {}
    for node in page.iter():
        language = node.attrs.get("lang")
        if language is None:
            continue
        direction = next((item.attrs["dir"] for item in (node, *node.ancestors()) if item.attrs.get("dir")), "ltr")
        found.setdefault(str(language), set()).add(str(direction))
    return found


def test_html_page_is_right_to_left(rendered: dict[tuple[str, str], bytes]) -> None:
    page = parse(rendered[("html", "ar")])
    html = page.find("html")
    assert (html.attrs["lang"], html.attrs["dir"]) == ("ar", "rtl")
    for item in page.find_all("dd"):  # a telephone number, an email or a web address reads left to right
        if item.find_all("a"):
            assert item.attrs.get("dir") == "ltr"


def test_html_edition_mixing_directions_marks_each_passage(rendered: dict[tuple[str, str], bytes]) -> None:
    page = parse(rendered[("html", "ar+en")])
    html = page.find("html")
    assert (html.attrs["lang"], html.attrs["dir"]) == ("ar", "rtl")
    assert _directions(page) == {"ar": {"rtl"}, "en-GB": {"ltr"}}
    columns = [node for node in page.iter() if "edition-column" in (node.attrs.get("class") or "")]
    assert {(column.attrs.get("lang"), column.attrs.get("dir")) for column in columns} == {("ar", None), ("en-GB", "ltr")}


# EPUB


def test_epub_pages_turn_right_to_left(rendered: dict[tuple[str, str], bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered[("epub", "ar")])) as book:
        package = etree.fromstring(book.read("EPUB/content.opf"))
        spine = package.find("{*}spine")
        assert spine.get("page-progression-direction") == "rtl"
        assert [language.text for language in package.iterfind(".//{*}language")] == ["ar"]
        pages = [name for name in book.namelist() if name.endswith(".xhtml") and not name.endswith("nav.xhtml")]
        for name in pages:
            root = etree.fromstring(book.read(name))
            assert (root.get("lang"), root.get("dir")) == ("ar", "rtl"), name
        text = " ".join("".join(etree.fromstring(book.read(name)).itertext()) for name in pages)
    assert "5,549,669" in text and "مثل E1." in text


def test_epub_edition_mixing_directions_marks_each_passage(rendered: dict[tuple[str, str], bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered[("epub", "ar+en")])) as book:
        package = etree.fromstring(book.read("EPUB/content.opf"))
        assert package.find("{*}spine").get("page-progression-direction") == "rtl"
        pages = [
            etree.fromstring(book.read(name)) for name in book.namelist() if name.endswith(".xhtml") and not name.endswith("nav.xhtml")
        ]
    marked = {
        (element.get("lang"), element.get("dir")) for page in pages for element in page.iter("{*}div", "{*}span") if element.get("lang")
    }
    assert marked == {("ar", None), ("en-GB", "ltr")}
    assert all((page.get("lang"), page.get("dir")) == ("ar", "rtl") for page in pages)


# Word


def _body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as document:
        return etree.fromstring(document.read("word/document.xml")).find(f"{W}body")


def _styles(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as document:
        return etree.fromstring(document.read("word/styles.xml"))


def _text(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


@pytest.mark.parametrize("name", ["large-print", "easy-read"])
def test_word_paragraphs_tables_and_runs_are_right_to_left(rendered: dict[tuple[str, str], bytes], name: str) -> None:
    body = _body(rendered[(name, "ar")])
    paragraphs = [paragraph for paragraph in body.iter(f"{W}p") if _text(paragraph).strip()]
    assert paragraphs
    assert all(paragraph.find(f"{W}pPr/{W}bidi") is not None for paragraph in paragraphs)
    for run in body.iter(f"{W}r"):
        text = _text(run)
        if not text.strip():
            continue
        right_to_left = run.find(f"{W}rPr/{W}rtl") is not None
        assert right_to_left == bool(ARABIC_LETTER.search(text)), text
    for table in body.iter(f"{W}tbl"):
        assert table.find(f"{W}tblPr/{W}bidiVisual") is not None
    assert all(section.find(f"{W}bidi") is not None for section in body.iter(f"{W}sectPr"))


@pytest.mark.parametrize("name", ["large-print", "easy-read"])
def test_word_arabic_text_is_as_large_and_as_bold_as_the_rest(rendered: dict[tuple[str, str], bytes], name: str) -> None:
    """Arabic takes its size from w:szCs and its boldness from w:bCs: each must match its w:sz and w:b."""
    data = rendered[(name, "ar")]
    for root in (_body(data), _styles(data)):
        for properties in root.iter(f"{W}rPr"):
            size = properties.find(f"{W}sz")
            if size is not None:
                twin = properties.find(f"{W}szCs")
                assert twin is not None and twin.get(f"{W}val") == size.get(f"{W}val")
            if properties.find(f"{W}b") is not None:
                assert properties.find(f"{W}bCs") is not None
            lang = properties.find(f"{W}lang")
            if lang is not None and lang.get(f"{W}val") == "ar":
                assert lang.get(f"{W}bidi") == "ar"


@pytest.mark.parametrize("name", ["large-print", "easy-read"])
def test_word_codes_and_figures_stay_whole(rendered: dict[tuple[str, str], bytes], name: str, tmp_path: Path) -> None:
    body = _body(rendered[(name, "ar")])
    texts = [_text(paragraph) for paragraph in body.iter(f"{W}p")]
    if name == "large-print":
        assert any("مثل E1." in text for text in texts)
        assert any("5,549,669" in text for text in texts)
    path = tmp_path / f"report.{name}.ar.docx"
    path.write_bytes(rendered[(name, "ar")])
    assert check_docx(path, easy_read=name == "easy-read", min_font_size=16 if name == "large-print" else None) == []


def test_word_edition_sets_only_the_arabic_passages_right_to_left(rendered: dict[tuple[str, str], bytes], tmp_path: Path) -> None:
    body = _body(rendered[("large-print", "ar+en")])
    seen = {"en-GB": 0, "ar": 0}
    for paragraph in body.iter(f"{W}p"):
        text = _text(paragraph)
        languages = {lang.get(f"{W}val") for lang in paragraph.iter(f"{W}lang")}
        if not text.strip() or len(languages) != 1:  # a heading holds both languages
            continue
        (language,) = languages
        seen[language] += 1
        assert (paragraph.find(f"{W}pPr/{W}bidi") is not None) == (language == "ar"), text
    assert seen["en-GB"] > 5 and seen["ar"] > 5
    path = tmp_path / "edition.docx"
    path.write_bytes(rendered[("large-print", "ar+en")])
    assert check_docx(path, min_font_size=16) == []


# Validators, as for the left-to-right reports


@pytest.mark.parametrize("which", ["ar", "ar+en"])
def test_html_passes_axe_right_to_left(rendered: dict[tuple[str, str], bytes], tmp_path: Path, which: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(rendered[("html", which)])
    for width, scheme in ((1280, "light"), (320, "dark")):
        result = external.axe(path, color_scheme=scheme, width=width)  # type: ignore[arg-type]
        assert result.violations == (), result.summary()
        assert not result.horizontal_scroll, result.summary()


def test_epub_passes_epubcheck_and_ace_right_to_left(rendered: dict[tuple[str, str], bytes], tmp_path: Path) -> None:
    path = tmp_path / "wadi-alnakhil-2024-25.epub.ar.epub"
    path.write_bytes(rendered[("epub", "ar")])
    checked = external.epubcheck(path)
    assert (checked.fatal, checked.errors, checked.warnings) == (0, 0, 0), checked.summary()
    audited = external.ace(path, tmp_path)
    assert audited.violations == (), audited.summary()


def test_word_opens_in_libreoffice_with_figures_in_order(rendered: dict[tuple[str, str], bytes], tmp_path: Path) -> None:
    path = tmp_path / "wadi-alnakhil-2024-25.large-print.ar.docx"
    path.write_bytes(rendered[("large-print", "ar")])
    pdf = external.soffice_to_pdf(path, tmp_path)
    assert external.pdf_pages(pdf) >= 2
    text = external.pandoc_plain(path, "docx")
    assert "5,549,669" in text and "E1" in text and "مثل" in text
