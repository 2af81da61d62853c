"""The Word output checker: it passes a clean document and fails each deliberate fault.

Every faulty document is a clean one (built with the writers' own helpers) plus
exactly one fault made with python-docx, and must break exactly the one rule.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from focusreport import Picture
from focusreport.cli import main
from focusreport.content import load_library
from focusreport.docxcheck import RULES, check_docx, contrast_ratio
from focusreport.languages import Language
from focusreport_wordprocessing import (
    CoreProperties,
    Page,
    TextStyle,
    add_page_numbers,
    add_picture,
    add_row,
    add_text,
    data_table,
    layout_table,
    mark_header_row,
    new_document,
    save,
    scaled_headings,
)
from focusreport_wordprocessing.text import set_run_language
from wordcontent import png

LANGUAGE = "en-GB"
PROPERTIES = CoreProperties(
    title="Bins and recycling",
    author="Wrexham County Borough Council",
    subject="When your bins are emptied",
    language=LANGUAGE,
    date=datetime.date(2020, 10, 1),
)


@pytest.fixture
def picture(tmp_path: Path) -> Picture:
    path = tmp_path / "bin.png"
    path.write_bytes(png((0, 90, 0)))
    return Picture("bin", path, "image/png", "A green wheelie bin", "Test pictures, CC BY 4.0")


def clean_document(picture: Picture) -> DocumentObject:
    """A document that breaks no rule: headings in order, a picture, a layout table and a data table."""
    document = new_document(LANGUAGE, Page(), TextStyle("Arial", 16, scaled_headings(16)))
    add_text(document.add_paragraph(style="Heading 1"), "Bins and recycling", LANGUAGE)
    add_text(document.add_paragraph(), "We empty your bins every week.", LANGUAGE, ["bins"])
    add_text(document.add_paragraph(style="Heading 2"), "Which bin?", LANGUAGE)
    layout = layout_table(document, 2)
    cells = add_row(layout).cells
    add_picture(cells[0].paragraphs[0], picture, 4)
    add_text(cells[1].paragraphs[0], "Put garden waste in the green bin.", LANGUAGE)
    add_text(add_row(layout).cells[1].paragraphs[0], "A row with no picture keeps an empty picture cell.", LANGUAGE)
    add_text(document.add_paragraph(style="Heading 2"), "Collections", LANGUAGE)
    table = data_table(document, ["Bin", "Day"], "Collection days", LANGUAGE)
    for bin_name, day in (("Green", "Monday"), ("Blue", "Tuesday")):
        row = add_row(table)
        add_text(row.cells[0].paragraphs[0], bin_name, LANGUAGE)
        add_text(row.cells[1].paragraphs[0], day, LANGUAGE)
    add_text(document.add_paragraph(), "Thank you for recycling.", LANGUAGE)
    add_page_numbers(document, LANGUAGE, load_library()[Language.EN])
    return document


def write(document: DocumentObject, path: Path, properties: CoreProperties = PROPERTIES) -> Path:
    path.write_bytes(save(document, properties))
    return path


def test_a_clean_document_has_no_findings(picture: Picture, tmp_path: Path) -> None:
    path = write(clean_document(picture), tmp_path / "clean.docx")
    assert check_docx(path, easy_read=True) == []


# Each fault: (what it does to the clean document, the rule it must break, easy-read rules on?)
Fault = Callable[[DocumentObject, Picture], None]


def picture_without_alt(document: DocumentObject, picture: Picture) -> None:
    document.add_picture(str(picture.path))


def alt_is_a_file_name(document: DocumentObject, picture: Picture) -> None:
    document.add_picture(str(picture.path))._inline.docPr.set("descr", "image1.png")


def alt_is_a_default_name(document: DocumentObject, picture: Picture) -> None:
    document.add_picture(str(picture.path))._inline.docPr.set("descr", "Picture 3")


def small_picture(document: DocumentObject, picture: Picture) -> None:
    add_picture(document.add_paragraph(), picture, 3)


def picture_with_a_wide_margin(document: DocumentObject, picture: Picture) -> None:
    """A 4cm picture whose drawing, a square in the middle of a transparent canvas, is 2cm."""
    from PIL import Image

    canvas = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    canvas.paste(Image.new("RGBA", (50, 50), (0, 90, 0, 255)), (25, 25))
    path = picture.path.with_name("margin.png")
    canvas.save(path)
    add_picture(document.add_paragraph(), Picture("margin", path, "image/png", "A small green square", picture.credit), 4)


def italic_run(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(), "Please rinse your tins.", LANGUAGE)[0].italic = True


def underlined_run(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(), "Please rinse your tins.", LANGUAGE)[0].underline = True


def small_run(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(), "Small print.", LANGUAGE)[0].font.size = Pt(12)


def no_page_numbers(document: DocumentObject, picture: Picture) -> None:
    for section in document.sections:
        for field in section.footer._element.iter(qn("w:fldSimple")):
            field.getparent().remove(field)


def empty_paragraph(document: DocumentObject, picture: Picture) -> None:
    document.add_paragraph("")


def empty_paragraph_in_a_cell(document: DocumentObject, picture: Picture) -> None:
    cell = document.tables[0].rows[0].cells[1]
    cell.add_paragraph("")
    add_text(cell.add_paragraph(), "More words after a gap.", LANGUAGE)


def repeated_spaces(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(), "Bins", LANGUAGE)
    document.paragraphs[-1].add_run("   are emptied.")


def skipped_heading_level(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(style="Heading 4"), "Too deep", LANGUAGE)


def merged_cells_across(document: DocumentObject, picture: Picture) -> None:
    table = document.tables[1]
    table.cell(1, 0).merge(table.cell(1, 1))


def merged_cells_down(document: DocumentObject, picture: Picture) -> None:
    table = document.tables[1]
    table.cell(1, 1).merge(table.cell(2, 1))


def data_table_without_header(document: DocumentObject, picture: Picture) -> None:
    table = document.add_table(rows=2, cols=2)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table._cells, ("Bin", "Day", "Green", "Monday"), strict=True):
        add_text(cell.paragraphs[0], text, LANGUAGE)


def layout_table_with_header(document: DocumentObject, picture: Picture) -> None:
    mark_header_row(document.tables[0].rows[0])


def floating_picture(document: DocumentObject, picture: Picture) -> None:
    paragraph = document.add_paragraph()
    add_picture(paragraph, picture, 3)
    inline = paragraph._p.find(".//" + qn("wp:inline"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"'
        ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV></wp:anchor>'
    )
    children = list(inline)
    anchor.append(copy.deepcopy(children[0]))  # wp:extent
    anchor.append(parse_xml(f'<wp:wrapSquare {nsdecls("wp")} wrapText="bothSides"/>'))
    for child in children[1:]:
        anchor.append(copy.deepcopy(child))
    inline.getparent().replace(inline, anchor)


def american_english(document: DocumentObject, picture: Picture) -> None:
    set_run_language(add_text(document.add_paragraph(), "Trash cans.", LANGUAGE)[0], "en-US")


def light_grey_text(document: DocumentObject, picture: Picture) -> None:
    add_text(document.add_paragraph(), "Faint words.", LANGUAGE)[0].font.color.rgb = RGBColor(0xBF, 0xBF, 0xBF)


FAULTS: list[tuple[Fault, str, bool]] = [
    (picture_without_alt, "alt-text", False),
    (alt_is_a_file_name, "alt-text-file-name", False),
    (alt_is_a_default_name, "alt-text-file-name", False),
    (italic_run, "italic", True),
    (underlined_run, "underline", True),
    (small_run, "font-size", True),
    (small_picture, "picture-size", True),
    (picture_with_a_wide_margin, "picture-size", True),
    (no_page_numbers, "page-numbers", False),
    (empty_paragraph, "blank-paragraph", False),
    (empty_paragraph_in_a_cell, "blank-paragraph", False),
    (repeated_spaces, "repeated-spaces", False),
    (skipped_heading_level, "heading-order", False),
    (merged_cells_across, "merged-cells", False),
    (merged_cells_down, "merged-cells", False),
    (data_table_without_header, "table-header", False),
    (layout_table_with_header, "table-header", False),
    (floating_picture, "floating-picture", False),
    (american_english, "language", False),
    (light_grey_text, "contrast", False),
]


@pytest.mark.parametrize(("fault", "rule", "easy_read"), FAULTS, ids=[fault.__name__ for fault, _, _ in FAULTS])
def test_each_fault_breaks_its_rule_and_no_other(fault: Fault, rule: str, easy_read: bool, picture: Picture, tmp_path: Path) -> None:
    document = clean_document(picture)
    fault(document, picture)
    findings = check_docx(write(document, tmp_path / "faulty.docx"), easy_read=easy_read)
    assert {finding.rule for finding in findings} == {rule}, findings
    assert rule in RULES


@pytest.mark.parametrize(
    "fault", [italic_run, underlined_run, small_run, small_picture, picture_with_a_wide_margin], ids=lambda fault: fault.__name__
)
def test_easy_read_rules_apply_only_to_easy_read(fault: Fault, picture: Picture, tmp_path: Path) -> None:
    document = clean_document(picture)
    fault(document, picture)
    assert check_docx(write(document, tmp_path / "faulty.docx")) == []
    assert check_docx(write(document, tmp_path / "report.easy-read.en.docx")) == []  # the API never guesses
    assert main(["check", "--output", str(tmp_path / "report.easy-read.en.docx")]) == 1  # the command line reads the name


@pytest.mark.parametrize(
    ("properties", "rule"),
    [
        (CoreProperties("", PROPERTIES.author, "", LANGUAGE, PROPERTIES.date), "title"),
        (CoreProperties(PROPERTIES.title, "python-docx", "", LANGUAGE, PROPERTIES.date), "author"),
        (CoreProperties(PROPERTIES.title, PROPERTIES.author, "", "en-US", PROPERTIES.date), "language"),
    ],
    ids=["no-title", "tool-as-author", "core-language"],
)
def test_properties_faults(properties: CoreProperties, rule: str, picture: Picture, tmp_path: Path) -> None:
    findings = check_docx(write(clean_document(picture), tmp_path / "faulty.docx", properties))
    assert {finding.rule for finding in findings} == {rule}, findings


def test_python_docx_defaults_break_title_author_language_and_page_numbers(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Hello")
    document.save(str(tmp_path / "default.docx"))
    findings = check_docx(tmp_path / "default.docx")
    assert {finding.rule for finding in findings} == {"title", "author", "language", "page-numbers"}
    assert any("en-US" in finding.message and finding.where.startswith("word/settings.xml") for finding in findings)


def test_a_file_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    assert [finding.rule for finding in check_docx(path)] == ["package"]


def test_the_command_line_prints_one_finding_per_line_and_exits_1(
    picture: Picture, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = clean_document(picture)
    light_grey_text(document, picture)
    empty_paragraph(document, picture)
    path = write(document, tmp_path / "faulty.docx")
    assert main(["check", "--output", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line, rule in zip(lines, ("contrast", "blank-paragraph"), strict=True):
        match = re.fullmatch(rf"{re.escape(str(path))}: ([a-z-]+): (paragraph \d+[^:]*): (.+)", line)
        assert match is not None, line
        assert match.group(1) == rule


def test_the_command_line_lists_the_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--rules"]) == 0
    listed = [line.split(":", 1)[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == list(RULES)


def test_the_command_line_refuses_a_folder_and_outputs_together(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path), "--output", str(tmp_path / "x.docx")]) == 2
    assert main(["check", "--output", str(tmp_path / "missing.docx")]) == 2


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("767676", "FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("BFBFBF", "FFFFFF") < 3
