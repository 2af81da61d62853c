"""The large-print Word writer: the output checker, LibreOffice, pandoc read-back and clear print."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

import focusreport
from external import pandoc_plain, pdf_pages, soffice_to_pdf
from facts import figures, missing_passages, normalise, source_figures
from focusreport import Language
from focusreport.cli import main
from focusreport.docxcheck import check_docx
from focusreport.errors import UsageError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LANGUAGES = (Language.EN, Language.CY)
by_language = pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)


@by_language
def test_the_output_checker_finds_nothing_even_at_16pt_minimum(built, language: Language) -> None:
    assert check_docx(built("large-print", language), min_font_size=16) == []


def test_the_command_line_check_passes(built, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(built("large-print", language)) for language in LANGUAGES]
    assert main(["check", "--min-font-size", "16", "--output", paths[0], "--output", paths[1]]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{path}: no findings" for path in paths]


@by_language
def test_libreoffice_converts_it(built, language: Language, tmp_path: Path) -> None:
    assert pdf_pages(soffice_to_pdf(built("large-print", language), tmp_path)) >= 10


def test_every_fact_and_figure_of_the_source_survives_in_english(built) -> None:
    text = pandoc_plain(built("large-print", Language.EN), "docx")
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


def test_every_item_survives_in_welsh(built, content) -> None:
    report = content.report(Language.CY)
    text = normalise(pandoc_plain(built("large-print", Language.CY), "docx"))
    passages = [item.text for item in report.items()] + [entry.meaning for entry in report.legend]
    passages += [theme.summary for theme in report.themes] + [section.heading for section in report.introduction]
    assert [passage for passage in passages if normalise(passage) not in text] == []
    assert source_figures() <= set(figures(text))


@by_language
def test_lists_are_real_lists(built, content, language: Language) -> None:
    report = content.report(language)
    document = Document(str(built("large-print", language)))
    bullets = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "List Bullet"]
    for theme in report.themes:
        for item in (*theme.aims, *theme.actions, *theme.impacts):
            assert item.text in bullets
    assert document.styles["List Bullet"].element.find(f"{W}pPr/{W}numPr") is not None
    lines = pandoc_plain(built("large-print", language), "docx").splitlines()
    assert f"-   {report.principles[0].text}" in lines


@by_language
def test_summary_tables_are_data_tables_with_a_repeating_header(built, content, language: Language) -> None:
    report = content.report(language)
    document = Document(str(built("large-print", language)))
    assert len(document.tables) == 2, "no tables for layout: only the two summary tables"
    priorities, objectives = document.tables
    assert len(priorities.rows) == len(report.priorities) + 1
    assert len(objectives.rows) == len(report.objectives) + 1
    for table in document.tables:
        assert table.style.name == "Table Grid"
        header = table.rows[0]
        assert header._tr.trPr.find(f"{W}tblHeader") is not None
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        assert table._tbl.tblPr.find(f"{W}tblCaption") is not None
        assert not any(row._tr.trPr is not None and row._tr.trPr.find(f"{W}tblHeader") is not None for row in table.rows[1:])
    first = report.objectives[0]
    meaning = report.meaning_of(first.rating)
    assert [cell.text for cell in objectives.rows[1].cells] == [first.code, first.title.text, f"{meaning.name}. {meaning.meaning}"]


@by_language
def test_clear_print_arial_18pt_bold_larger_headings_a4_wide_margins(built, language: Language) -> None:
    document = Document(str(built("large-print", language)))
    normal = document.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Arial", Pt(18))
    assert normal.paragraph_format.line_spacing == 1.5
    assert normal.paragraph_format.alignment == 0
    sizes = [document.styles[f"Heading {level}"].font.size for level in (1, 2, 3)]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] > Pt(18)
    assert all(document.styles[f"Heading {level}"].font.bold for level in (1, 2, 3))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(min(section.left_margin, section.right_margin, section.top_margin, section.bottom_margin).cm, 2) >= 2.5
    assert not any(paragraph.paragraph_format.alignment not in (None, 0) for paragraph in document.paragraphs)


@by_language
def test_title_author_and_language(built, content, language: Language) -> None:
    report = content.report(language)
    properties = Document(str(built("large-print", language))).core_properties
    assert report.title in properties.title
    assert properties.author == report.council
    assert properties.language == language.tag


def test_same_bytes_every_time(content) -> None:
    report = content.report(Language.CY)
    assert focusreport.render_format(report, "large-print") == focusreport.render_format(report, "large-print")


def test_font_size_option(content, tmp_path: Path) -> None:
    report = content.report(Language.EN)
    data = focusreport.render_format(report, "large-print", {"font-size": "24"})
    (tmp_path / "large.docx").write_bytes(data)
    assert check_docx(tmp_path / "large.docx", min_font_size=16) == []
    assert Document(io.BytesIO(data)).styles["Normal"].font.size == Pt(24)
    with pytest.raises(UsageError, match="at least 16"):
        focusreport.render_format(report, "large-print", {"font-size": "14"})
