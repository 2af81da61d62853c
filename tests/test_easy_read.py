"""The easy-read Word writer: the output checker, LibreOffice, pandoc and the layout itself.

Each document is built twice over: from the bundled content, and from a copy of it
with pictures, rating pictures, a credit and hard words added (tests/wordcontent.py).
"""

from __future__ import annotations

import html as html_module
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from docx import Document
from docx.shared import Pt

import focusreport
from external import pandoc_plain, pdf_pages, require, soffice_to_pdf
from focusreport import Language, Report
from focusreport.cli import main
from focusreport.content import read_content
from focusreport.docxcheck import check_docx
from focusreport.errors import UsageError
from wordcontent import HARD_WORDS, PICTURES, make_picture_content

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
LANGUAGES = (Language.EN, Language.CY)


@pytest.fixture(scope="module")
def picture_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_picture_content(tmp_path_factory.mktemp("content") / "wrexham-2019-20")


@pytest.fixture(scope="module")
def pictured(picture_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[Language, Path]:
    """The easy-read files of the content with pictures, built as ``focusreport build`` does."""
    out = tmp_path_factory.mktemp("easy-read")
    outputs = focusreport.build(picture_folder, out, formats=["easy-read"])
    return {output.language: output.path for output in outputs}


@pytest.fixture(scope="module")
def pictured_reports(picture_folder: Path) -> dict[Language, Report]:
    content = read_content(picture_folder)
    return {language: content.report(language) for language in LANGUAGES}


def documents(built, pictured: dict[Language, Path]) -> list[Path]:
    return [built("easy-read", language) for language in LANGUAGES] + [pictured[language] for language in LANGUAGES]


def easy_sentences(report: Report) -> list[str]:
    """Every piece of easy-read wording the document must carry (or the full wording where none)."""
    texts = [item.easy or item.text for item in report.items()]
    texts += [entry.meaning for entry in report.legend]
    texts += [f"{word.word}: {word.explanation}" for word in report.glossary]
    texts += [credit.text for credit in report.credits]
    return texts


def squeeze(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_output_checker_finds_nothing(built, pictured: dict[Language, Path], language: Language) -> None:
    for path in (built("easy-read", language), pictured[language]):
        assert check_docx(path, easy_read=True) == [], path


def test_the_command_line_check_passes_and_detects_easy_read(built, pictured: dict[Language, Path], capsys) -> None:
    paths = documents(built, pictured)
    arguments = ["check"] + [argument for path in paths for argument in ("--output", str(path))]
    assert main(arguments) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{path}: no findings" for path in paths]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_libreoffice_opens_it_and_it_fits_in_24_pages(built, pictured, language: Language, tmp_path: Path) -> None:
    for path in (built("easy-read", language), pictured[language]):
        pages = pdf_pages(soffice_to_pdf(path, tmp_path / path.stem))
        assert 1 <= pages <= 24, f"{path.name}: {pages} pages"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_pandoc_reads_back_every_easy_read_sentence(
    content,
    built,
    pictured: dict[Language, Path],
    pictured_reports: dict[Language, Report],
    language: Language,
) -> None:
    for path, report in ((built("easy-read", language), content.report(language)), (pictured[language], pictured_reports[language])):
        text = squeeze(pandoc_plain(path, "docx"))
        missing = [sentence for sentence in easy_sentences(report) if squeeze(sentence) not in text]
        assert missing == [], path.name


def alt_texts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("word/document.xml"))
    return [frame.find(f"{WP}docPr").get("descr", "") for frame in root.iter(f"{WP}inline")]


def shown_pictures(report: Report) -> set[str]:
    """The alt texts the document must show: every item's, rating's and hard word's picture,
    and a heading's picture where the first row under it has none of its own."""
    alts = {item.picture.alt for item in report.items() if item.picture}
    alts |= {entry.picture.alt for entry in report.legend if entry.picture}
    alts |= {word.picture.alt for word in report.glossary if word.picture}
    for section in report.introduction:
        if section.picture and section.paragraphs and not section.paragraphs[0].picture:
            alts.add(section.picture.alt)
    for theme in report.themes:
        if theme.picture and theme.aims and not theme.aims[0].picture:
            alts.add(theme.picture.alt)
    return alts


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_every_picture_has_alt_text_in_the_documents_language(
    built, content, pictured: dict[Language, Path], pictured_reports: dict[Language, Report], language: Language
) -> None:
    for path, report in ((built("easy-read", language), content.report(language)), (pictured[language], pictured_reports[language])):
        alts = alt_texts(path)
        assert all(alts), "every picture has alt text"
        assert set(alts) == shown_pictures(report)
        other = {picture.alt for picture in content.report(language.other).pictures()}
        other |= {entry[3 - (1 if language is Language.EN else 2)] for entry in PICTURES.values()}
        assert not set(alts) & other, "alt text in the other language"
        lights = {entry.picture.alt for entry in report.legend if entry.picture}
        rated = len(report.legend) + len(report.priorities) + len(report.objectives)
        assert sum(alt in lights for alt in alts) == rated, "a traffic light beside every rating"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_pandoc_reads_the_alt_text_of_every_picture(
    pictured: dict[Language, Path], pictured_reports: dict[Language, Report], language: Language
) -> None:
    html = subprocess.run(
        [require("pandoc"), "-f", "docx", "-t", "html", "--wrap=none", str(pictured[language])], capture_output=True, text=True, check=True
    ).stdout
    images = re.findall(r"<img [^>]*>", html)
    alts = [html_module.unescape(re.search(r'alt="([^"]*)"', image).group(1)) for image in images]
    assert len(alts) == len(alt_texts(pictured[language]))
    assert set(alts) == shown_pictures(pictured_reports[language])


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_layout_pictures_left_words_right_in_borderless_tables(pictured: dict[Language, Path], language: Language) -> None:
    document = Document(str(pictured[language]))
    assert document.tables
    empty_picture_cells = 0
    for table in document.tables:
        assert table.style is None or table.style.name == "Normal Table"
        assert len(table.columns) == 2
        for row in table.rows:
            assert row._tr.trPr is None or row._tr.trPr.find(f"{W}tblHeader") is None
            picture_cell, words_cell = row.cells
            assert picture_cell.text.strip() == ""
            assert len(picture_cell.paragraphs) == 1, "pictures side by side in the cell's one paragraph"
            assert words_cell.text.strip()
            assert not words_cell._tc.findall(f".//{WP}inline")
            empty_picture_cells += not picture_cell._tc.findall(f".//{WP}inline")
    assert empty_picture_cells == 1, "the one principle without a picture keeps an empty picture cell"
    assert "tblBorders" not in document.element.xml


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_arial_16pt_one_and_a_half_spacing_left_aligned_a4(built, language: Language) -> None:
    document = Document(str(built("easy-read", language)))
    normal = document.styles["Normal"]
    assert normal.font.name == "Arial"
    assert normal.font.size == Pt(16)
    assert normal.paragraph_format.line_spacing >= 1.5
    assert normal.paragraph_format.alignment == 0  # left
    for level in (1, 2, 3):
        heading = document.styles[f"Heading {level}"]
        assert heading.font.name == "Arial" and heading.font.bold and not heading.font.italic
        assert heading.font.size > normal.font.size
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert styles[0] == "Heading 1" and styles.count("Heading 1") == 1
    assert not any(run.italic or run.underline for paragraph in document.paragraphs for run in paragraph.runs)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_title_author_and_language_are_set(built, content, language: Language) -> None:
    report = content.report(language)
    path = built("easy-read", language)
    properties = Document(str(path)).core_properties
    assert report.title in properties.title
    assert properties.author == properties.last_modified_by == report.council
    assert properties.language == language.tag
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")}
    assert "en-US" not in "".join(parts.values())
    values = set(re.findall(r'<w:lang w:val="([^"]+)"', parts["word/styles.xml"] + parts["word/document.xml"]))
    assert values == {language.tag}
    assert f'<w:themeFontLang w:val="{language.tag}"' in parts["word/settings.xml"]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_hard_words_are_bold_and_listed_and_credits_printed(
    pictured: dict[Language, Path], pictured_reports: dict[Language, Report], language: Language
) -> None:
    report = pictured_reports[language]
    document = Document(str(pictured[language]))
    words_cells = [cell for table in document.tables for cell in table.columns[1].cells]
    bold = [run.text.lower() for cell in words_cells for p in cell.paragraphs for run in p.runs if run.bold]
    easy = " ".join(item.easy or item.text for item in report.items())
    assert report.glossary
    for word in report.glossary:
        occurrences = len(re.findall(rf"(?<!\w){re.escape(word.word)}(?!\w)", easy, re.IGNORECASE))
        in_list = 1 + len(re.findall(rf"(?<!\w){re.escape(word.word)}(?!\w)", word.explanation, re.IGNORECASE))
        assert bold.count(word.word.lower()) >= occurrences + in_list, word.word
    assert HARD_WORDS["test-word-council-plan"][0 if language is Language.EN else 2].lower() in bold
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    strings = focusreport.content.load_library()[language]
    assert headings[-2:] == [strings.format("glossary-heading"), strings.format("credits-heading")]
    assert [p.text for p in document.paragraphs[-len(report.credits) :]] == [credit.text for credit in report.credits]


def test_ratings_are_a_word_and_its_meaning_beside_the_traffic_light(pictured: dict[Language, Path], pictured_reports) -> None:
    report = pictured_reports[Language.EN]
    document = Document(str(pictured[Language.EN]))
    rows = {row.cells[1].text: row for table in document.tables for row in table.rows}
    for rated in (*report.priorities, *report.objectives):
        meaning = report.meaning_of(rated.rating)
        row = next(row for text, row in rows.items() if text.startswith(rated.title.easy or rated.title.text))
        assert f"{meaning.name}. {meaning.meaning}" in row.cells[1].text
        alts = [frame.docPr.get("descr") for frame in row.cells[0]._tc.iter(f"{WP}inline")]
        assert meaning.picture is not None and meaning.picture.alt in alts


def test_same_bytes_every_time(picture_folder: Path, tmp_path: Path) -> None:
    first = focusreport.build(picture_folder, tmp_path / "one", formats=["easy-read"])
    second = focusreport.build(picture_folder, tmp_path / "two", formats=["easy-read"])
    for a, b in zip(first, second, strict=True):
        assert a.path.read_bytes() == b.path.read_bytes()
        assert check_docx(a.path, easy_read=True) == []
    with zipfile.ZipFile(first[0].path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2020, 10, 1, 0, 0, 0)}


def test_font_size_option(content, tmp_path: Path) -> None:
    report = content.report(Language.EN)
    data = focusreport.render_format(report, "easy-read", {"font-size": "20"})
    (tmp_path / "large.docx").write_bytes(data)
    assert check_docx(tmp_path / "large.docx", easy_read=True) == []
    assert Document(io.BytesIO(data)).styles["Normal"].font.size == Pt(20)
    with pytest.raises(UsageError, match="at least 14"):
        focusreport.render_format(report, "easy-read", {"font-size": "13"})


def test_listing_formats_and_checking_outputs_never_import_python_docx(built) -> None:
    path = built("easy-read", Language.EN)
    code = (
        "import sys\n"
        "from focusreport.cli import main\n"
        "assert main(['formats']) == 0\n"
        f"assert main(['check', '--output', {str(path)!r}]) == 0\n"
        "heavy = sorted(name for name in ('docx', 'lxml', 'ebooklib') if name in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
