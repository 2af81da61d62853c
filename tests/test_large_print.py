"""The large-print Word writer: the output checker, LibreOffice, pandoc read-back and clear print.

The bundled report is checked in both its languages; an outline made by hand holds every
kind of block and section shape the outline can produce (two rating columns, an
indicator table, quotes, a contact block, numbered lists, headings to level 4, one
language only); the example reports are built when they are there.
"""

from __future__ import annotations

import datetime
import io
import itertools
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

import focusreport
from conftest import Built
from external import pandoc_plain, pdf_pages, require, soffice_to_pdf
from facts import figures, missing_passages, normalise, source_figures
from focusreport import Language, bundled_content_dir
from focusreport.builder import build, render_outline
from focusreport.cli import main
from focusreport.content import Content, load_library, read_content
from focusreport.docxcheck import check_docx
from focusreport.errors import UsageError
from focusreport.outline import (
    Cell,
    Contact,
    ContactLine,
    Definition,
    Definitions,
    ItemList,
    ListItem,
    Outline,
    Paragraph,
    Quote,
    Rating,
    Row,
    Section,
    Strong,
    Table,
    Text,
    plain,
)
from focusreport.outliner import make_outline
from focusreport.strings import Strings
from focusreport.writers import Registry

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
LANGUAGES = (Language.EN, Language.CY)
by_language = pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
CONTENT = bundled_content_dir().parent
EXAMPLES = sorted(path.name for path in CONTENT.iterdir() if (path / "report.yaml").is_file() and path != bundled_content_dir())


# Reading the outputs back


def _outline(content: Content, language: Language) -> Outline:
    return make_outline(content.report(language), content.library[language])


def _document(path: Path) -> DocumentObject:
    return Document(str(path))


def _words(text: str) -> str:
    """Text as python-docx reads it: a non-breaking hyphen is a hyphen."""
    return text.replace("\u2011", "-")


def _headings(document: DocumentObject) -> list[tuple[int, str]]:
    return [
        (int(paragraph.style.name.split()[-1]), paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style.name.startswith("Heading")
    ]


def _expected_headings(outline: Outline) -> list[tuple[int, str]]:
    contents = [(2, outline.contents_title)] if outline.sections else []
    return [(1, outline.title), *contents, *((section.level, section.title) for section in outline.walk())]


def _passages(outline: Outline) -> Iterator[str]:
    """Every piece of words of the outline: headings, paragraphs, items, cells, captions, definitions, quotes, contact lines."""
    yield outline.title
    blocks = list(outline.front)
    for section in outline.walk():
        yield section.title
        blocks += section.blocks
    for block in blocks:
        if isinstance(block, Paragraph):
            yield plain(block.spans)
        elif isinstance(block, ItemList):
            yield from (plain(item.spans) for item in block.items)
        elif isinstance(block, Table):
            yield block.caption
            yield from block.header
            yield from (plain(cell.spans) for row in block.rows for cell in row.cells)
        elif isinstance(block, Definitions):
            yield from (entry.line for entry in block.entries)
        elif isinstance(block, Quote):
            yield plain(block.spans)
            yield from [block.source] if block.source else []
        elif isinstance(block, Contact):
            yield from (line.line for line in block.lines)


def _blocks(outline: Outline, kind: type) -> list:  # type: ignore[type-arg]
    return [block for section in outline.walk() for block in section.blocks if isinstance(block, kind)]


def _pdftotext(pdf: Path, *options: str) -> str:
    pdftotext = Path(require("pdfinfo")).with_name("pdftotext")  # both come with poppler-utils
    return subprocess.run([str(pdftotext), *options, str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60).stdout


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    pages = pdf_pages(pdf)
    info = subprocess.run([require("pdfinfo"), "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True, check=True).stdout
    sizes = [line.split("size:")[1].split("pts")[0].split("x") for line in info.splitlines() if line.startswith("Page") and "size:" in line]
    return [(float(width), float(height)) for width, height in sizes]


def _split_words(docx: Path, pdf: Path) -> list[str]:
    """Words of the PDF that are no word of the document: a word split across lines leaves pieces ("off-", "accommod")."""
    document = _document(docx)
    texts = [paragraph.text for paragraph in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts += [paragraph.text for section in document.sections for paragraph in section.footer.paragraphs]
    words = {word for text in texts for word in _words(text).split()}
    tokens = _words(re.sub("[\u202a-\u202e]", "", _pdftotext(pdf))).split()  # pdftotext's marks around right-to-left lines
    return [token for token in tokens if token not in words and not _is_label(token) and not token.isdigit()]


def _is_label(token: str) -> bool:
    """A list's bullet (drawn from the Symbol font) or number ("2.")."""
    return token == "\uf0b7" or re.fullmatch(r"[0-9]+\.", token) is not None


def _page_numbers(pdf: Path) -> list[str]:
    """The lowest line of each page, where the page number is."""
    pages = [page for page in _pdftotext(pdf, "-layout").split("\f") if page.strip()]
    # pdftotext wraps the lines of a page set right to left in direction embeddings (U+202A to U+202E): not text of the page
    return [" ".join(re.sub("[\u202a-\u202e]", "", page.strip().splitlines()[-1]).split()) for page in pages]


def _footers(strings: Strings, pages: int) -> list[str]:
    """The words "Page N of M" for every page, in the language of ``strings``."""
    return [strings.format("page-of-pages", page=page, pages=pages) for page in range(1, pages + 1)]


@pytest.fixture(scope="module")
def pdfs(built: Built, tmp_path_factory: pytest.TempPathFactory) -> dict[Language, Path]:
    folder = tmp_path_factory.mktemp("large-print-pdf")
    return {language: soffice_to_pdf(built("large-print", language), folder) for language in LANGUAGES}


# The bundled report


@by_language
def test_the_output_checker_finds_nothing_even_at_16pt_minimum(built: Built, language: Language) -> None:
    assert check_docx(built("large-print", language), min_font_size=16) == []


def test_the_command_line_check_passes(built: Built, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(built("large-print", language)) for language in LANGUAGES]
    assert main(["check", "--min-font-size", "16", "--output", paths[0], "--output", paths[1]]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{path}: no findings" for path in paths]


@by_language
def test_libreoffice_converts_it(pdfs: dict[Language, Path], language: Language) -> None:
    assert pdf_pages(pdfs[language]) >= 10


def test_every_fact_and_figure_of_the_source_survives_in_english(built: Built) -> None:
    text = pandoc_plain(built("large-print", Language.EN), "docx")
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


@by_language
def test_every_passage_of_the_outline_survives(built: Built, content: Content, language: Language) -> None:
    text = normalise(pandoc_plain(built("large-print", language), "docx"))
    passages = list(_passages(_outline(content, language)))
    assert len(passages) > 150
    assert [passage for passage in passages if normalise(passage) not in text] == []
    assert source_figures() <= set(figures(text))


@by_language
def test_headings_are_the_outlines_in_order_with_no_level_skipped(built: Built, content: Content, language: Language) -> None:
    outline = _outline(content, language)
    headings = _headings(_document(built("large-print", language)))
    assert headings == [(level, _words(title)) for level, title in _expected_headings(outline)]
    assert all(later <= earlier + 1 for (earlier, _), (later, _) in itertools.pairwise(headings))


@by_language
def test_the_contents_list_leads_to_each_top_level_section(built: Built, content: Content, language: Language) -> None:
    outline = _outline(content, language)
    document = _document(built("large-print", language))
    paragraphs = document.paragraphs
    start = next(index for index, paragraph in enumerate(paragraphs) if paragraph.text == outline.contents_title)
    assert paragraphs[start].style.name == "Heading 2"
    entries = paragraphs[start + 1 : start + 1 + len(outline.sections)]
    assert [entry.text for entry in entries] == [_words(title) for _, title in outline.contents()]
    assert paragraphs[start + 1 + len(outline.sections)].style.name.startswith("Heading")
    bookmarks = {mark.get(f"{W}name"): paragraph.text for paragraph in paragraphs for mark in paragraph._p.iter(f"{W}bookmarkStart")}
    for entry in entries:
        assert entry.style.name == "List Bullet"
        links = entry._p.findall(f"{W}hyperlink")
        assert len(links) == 1
        assert bookmarks[links[0].get(f"{W}anchor")] == entry.text


@by_language
def test_lists_are_real_lists(built: Built, content: Content, language: Language) -> None:
    outline = _outline(content, language)
    document = _document(built("large-print", language))
    bullets = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "List Bullet"]
    texts = [paragraph.text for paragraph in bullets]
    lists = _blocks(outline, ItemList)
    assert sum(len(block.items) for block in lists) >= 60
    for block in lists:
        for item in block.items:
            assert _words(plain(item.spans)) in texts
    assert document.styles["List Bullet"].element.find(f"{W}pPr/{W}numPr") is not None
    for definitions in _blocks(outline, Definitions):
        for entry in definitions.entries:
            paragraph = bullets[texts.index(_words(entry.line))]
            assert [run.text for run in paragraph.runs if run.bold] == [entry.term]
    principles = next(section for section in outline.walk() if section.kind == "principles")
    first = plain(principles.blocks[-1].items[0].spans)
    lines = _words(pandoc_plain(built("large-print", language), "docx")).splitlines()
    assert f"-   {first}" in lines


@by_language
def test_tables_are_data_tables_with_a_repeating_header_and_their_caption_as_title(
    built: Built, content: Content, language: Language
) -> None:
    outline = _outline(content, language)
    document = _document(built("large-print", language))
    blocks = _blocks(outline, Table)
    assert len(blocks) == 2 and len(document.tables) == len(blocks), "no tables for layout: only the outline's tables"
    printed = {paragraph.text for paragraph in document.paragraphs}
    for table, block in zip(document.tables, blocks, strict=True):
        assert table.style.name == "Table Grid"
        assert len(table.rows) == len(block.rows) + 1
        header = table.rows[0]
        assert header._tr.trPr.find(f"{W}tblHeader") is not None
        assert [cell.text for cell in header.cells] == list(block.header)
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        assert table._tbl.tblPr.find(f"{W}tblCaption").get(f"{W}val") == block.caption
        assert block.caption not in printed, "the caption is the table's title, not printed a second time"
        assert not any(row._tr.trPr is not None and row._tr.trPr.find(f"{W}tblHeader") is not None for row in table.rows[1:])
        for row, source in zip(table.rows[1:], block.rows, strict=True):
            assert row._tr.trPr.find(f"{W}cantSplit") is not None
            assert [cell.text for cell in row.cells] == [_words(plain(cell.spans)) for cell in source.cells]
            for cell, source_cell in zip(row.cells, source.cells, strict=True):
                if source_cell.rating is not None:
                    assert [run.text for run in cell.paragraphs[0].runs if run.bold] == [source_cell.rating.name]
    objectives = blocks[1]
    assert (len(objectives.header), plain(objectives.rows[0].cells[0].spans)) == (3, "E1"), "code, objective, outcome"


@by_language
def test_no_word_is_split_across_lines(built: Built, pdfs: dict[Language, Path], language: Language) -> None:
    assert _split_words(built("large-print", language), pdfs[language]) == []


@by_language
def test_every_page_has_its_number(pdfs: dict[Language, Path], content: Content, language: Language) -> None:
    numbers = _page_numbers(pdfs[language])
    assert numbers == _footers(content.library[language], pdf_pages(pdfs[language]))


@by_language
def test_no_page_is_left_half_empty(pdfs: dict[Language, Path], language: Language) -> None:
    """Headings, lead-ins and table rows kept with what follows never push so much to the next page that
    a page is less than half full (the last page aside): how far down each page the words go, footer left out."""
    filled = []
    for page in _pdftotext(pdfs[language], "-bbox").split("<page ")[1:]:
        height = float(re.search(r'height="([0-9.]+)"', page).group(1))
        bottoms = [float(y) for y in re.findall(r'yMax="([0-9.]+)"', page)]
        footer = max(bottoms)
        filled.append(max(y for y in bottoms if y < footer - 1) / height)
    assert len(filled) == pdf_pages(pdfs[language])
    assert [index + 1 for index, share in enumerate(filled[:-1]) if share < 0.5] == []


@by_language
def test_lead_ins_stay_with_their_lists(built: Built, language: Language) -> None:
    paragraphs = _document(built("large-print", language)).paragraphs
    lead_ins = [
        paragraph
        for paragraph, after in itertools.pairwise(paragraphs)
        if paragraph.style.name == "Normal" and after.style.name.startswith("List") and paragraph.text.endswith(":")
    ]
    assert lead_ins and all(paragraph.paragraph_format.keep_with_next for paragraph in lead_ins)


@by_language
def test_clear_print_arial_18pt_bold_larger_headings_a4_wide_margins(built: Built, content: Content, language: Language) -> None:
    document = _document(built("large-print", language))
    normal = document.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Arial", Pt(18))
    assert normal.paragraph_format.line_spacing == 1.5
    assert normal.paragraph_format.alignment == 0
    used = sorted({level for level, _ in _headings(document)})
    assert used == [1, 2, 3]
    sizes = [document.styles[f"Heading {level}"].font.size for level in range(1, 5)]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] > Pt(18)
    for level in range(1, 5):
        style = document.styles[f"Heading {level}"]
        assert (style.font.name, style.font.bold, style.font.italic, style.font.color.rgb) == ("Arial", True, False, None)
    for section in document.sections:
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
        assert round(min(section.left_margin, section.right_margin, section.top_margin, section.bottom_margin).cm, 2) >= 2.5
    assert not any(paragraph.paragraph_format.alignment not in (None, 0) for paragraph in document.paragraphs)


@by_language
def test_title_author_and_language(built: Built, content: Content, language: Language) -> None:
    outline = _outline(content, language)
    properties = _document(built("large-print", language)).core_properties
    assert outline.report_title in properties.title
    assert properties.author == outline.council
    assert properties.language == language.tag


@by_language
def test_the_other_language_is_offered_in_its_own_words(built: Built, content: Content, language: Language) -> None:
    other = Language.CY if language == Language.EN else Language.EN
    document = _document(built("large-print", language))
    links = [(link, paragraph) for paragraph in document.paragraphs for link in paragraph._p.findall(f"{W}hyperlink") if link.get(f"{R}id")]
    contact = [line.target for block in _blocks(_outline(content, language), Contact) for line in block.lines if line.target]
    assert len(contact) == 3
    assert [document.part.rels[link.get(f"{R}id")].target_ref for link, _ in links[1:]] == contact, "then only the contact block's"
    link, paragraph = links[0]
    assert paragraph.text == content.library[other].format("read-in-language")
    assert {lang.get(f"{W}val") for lang in link.iter(f"{W}lang")} == {other.tag}
    assert document.part.rels[link.get(f"{R}id")].target_ref == built("large-print", other).name


def test_same_bytes_every_time(content: Content) -> None:
    report = content.report(Language.CY)
    assert focusreport.render_format(report, "large-print") == focusreport.render_format(report, "large-print")


def test_font_size_option(content: Content, tmp_path: Path) -> None:
    report = content.report(Language.EN)
    data = focusreport.render_format(report, "large-print", {"font-size": "24"})
    (tmp_path / "large.docx").write_bytes(data)
    assert check_docx(tmp_path / "large.docx", min_font_size=16) == []
    assert Document(io.BytesIO(data)).styles["Normal"].font.size == Pt(24)
    with pytest.raises(UsageError, match="at least 16"):
        focusreport.render_format(report, "large-print", {"font-size": "14"})


# Every shape the outline can take, in an outline made by hand


def _rating(scale: str, name: str, meaning: str, position: int) -> Rating:
    return Rating(scale, scale.title(), name.lower(), name, meaning, (Strong(name), Text(f". {meaning}")), position, 4, "#00703c")


GOOD = _rating("performance", "Good", "Performance is strong, with a few areas to improve.", 2)
EMBEDDING = _rating("maturity", "Embedding", "Our way of working is in place and is becoming part of everyday work.", 2)
RED = _rating("status", "Red", "Missed the target by more than 5%.", 3)
GREEN = _rating("status", "Green", "On target or better.", 1)

TWO_SCALES = Table(
    "Each sub-theme and how we rated it on both scales",
    ("Code", "Sub-theme", "Performance", "Stage of development"),
    tuple(
        Row((Cell((Text(code),)), Cell((Text(title),)), Cell(GOOD.spans, GOOD), Cell(EMBEDDING.spans, EMBEDDING)))
        for code, title in (("SA1.1", "Setting clear priorities"), ("SA1.2", "Using data to improve services"))
    ),
    "A table of 2 rows.",
    (1, 4, 4, 4),
)
INDICATORS = Table(
    "Key performance indicators: last quarter, this quarter, target, status and trend",
    ("Measure", "April to June 2023", "July to September 2023", "Target", "Status against target", "Trend"),
    (
        Row(
            (
                Cell((Text("Households in temporary accommodation at the end of the quarter"),)),
                *(Cell((Text(value),)) for value in ("96", "104", "90")),
                Cell(RED.spans, RED),
                Cell((Text("Getting worse"),)),
            )
        ),
        Row(
            (
                Cell((Text("Income from council car parks"),)),
                *(Cell((Text(value),)) for value in ("£412,350", "£455,120", "£430,000")),
                Cell(GREEN.spans, GREEN),
                Cell((Text("Improving"),)),
            )
        ),
    ),
    "A table of 2 rows.",
    (4, 2, 2, 2, 3, 2),
)
CONTACT = Contact(
    (
        ContactLine("phone", "Phone", "01632 960418", "tel:01632960418", "Phone: 01632 960418"),
        ContactLine(
            "email",
            "Email",
            "performance@northby.example.org",
            "mailto:performance@northby.example.org",
            "Email: performance@northby.example.org",
        ),
        ContactLine("address", "Address", "Civic Centre, Northby, NB1 1AA", None, "Address: Civic Centre, Northby, NB1 1AA"),
    )
)


def _section(anchor: str, title: str, level: int, blocks: tuple = (), sections: tuple = ()) -> Section:  # type: ignore[type-arg]
    return Section(anchor, title, level, "section", blocks, sections)


def _items(*texts: str, ordered: bool = False) -> ItemList:
    return ItemList(tuple(ListItem((Text(text),)) for text in texts), f"A list of {len(texts)} items.", ordered)


SHAPES = Outline(
    report_id="shapes",
    language=Language.EN,
    wording="full",
    title="Every shape: Quarter 2",
    report_title="Every shape",
    subtitle="Quarter 2",
    council="Northby Borough Council",
    period="2023/24",
    subject="The performance report of Northby Borough Council for 2023/24",
    published=datetime.date(2023, 11, 16),
    contents_title="Contents",
    contents_announcement="A list of 5 items.",
    front=(Paragraph((Text("Published by Northby Borough Council"),)),),
    sections=(
        _section("about", "About this report", 2, (Paragraph((Text("We judge each priority as "), Strong("Good"), Text(" or worse."))),)),
        _section(
            "progress",
            "Progress on the plan",
            2,
            (),
            (
                _section("how-rated", "How we rated ourselves", 3, (TWO_SCALES,)),
                _section(
                    "steps",
                    "Next steps",
                    3,
                    (),
                    (
                        _section("first-steps", "First steps", 4, (_items("Agree the budget", "Open the pool", ordered=True),)),
                        _section("then", "Then", 4, (_items("Plant trees", "Clean the river", "Count the visitors", ordered=True),)),
                        _section("also", "Also", 4, (_items("Answer calls more quickly", "Publish the results"),)),
                    ),
                ),
            ),
        ),
        _section("measures", "How we measure progress", 2, (), (_section("kpi", "Key performance indicators", 3, (INDICATORS,)),)),
        _section(
            "voices",
            "In their own words",
            2,
            (
                Quote((Text("I came to the hub about my rent, and left with help to pay my heating bills."),), "A resident of Morlan"),
                Quote((Text("The new pool is wonderful."),)),
            ),
        ),
        _section(
            "words",
            "Hard words",
            2,
            (
                Definitions(
                    (Definition("target", (Text("A number we aim to reach."),), None, "target: A number we aim to reach."),),
                    "A list of 1 item.",
                ),
            ),
        ),
        Section(
            "contact",
            "Contact us and other formats",
            2,
            "contact",
            (Paragraph((Text("You can ask for this report in another format."),)), CONTACT),
        ),
    ),
    pictures=(),
)


def _render(outline: Outline, registry: Registry, content: Content, folder: Path, size: int = 18) -> Path:
    writer = registry.get("large-print")
    data = render_outline(outline, writer, content.library[Language.EN], registry.resolve_options(writer, {"font-size": str(size)}))
    path = folder / f"shapes-{size}.docx"
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def shapes(registry: Registry, content: Content, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hand-made outline as large print at 18pt, and its PDF."""
    folder = tmp_path_factory.mktemp("shapes")
    path = _render(SHAPES, registry, content, folder)
    return path, soffice_to_pdf(path, folder)


def test_every_shape_passes_the_output_checker_with_its_headings_in_order(shapes: tuple[Path, Path]) -> None:
    path, _ = shapes
    assert check_docx(path, min_font_size=16) == []
    document = _document(path)
    assert _headings(document) == _expected_headings(SHAPES)
    for level in (1, 2, 3, 4):
        style = document.styles[f"Heading {level}"]
        assert (style.font.name, style.font.bold, style.font.italic, style.font.color.rgb) == ("Arial", True, False, None)
        assert style.font.size > Pt(18)


def test_numbered_lists_each_start_at_one(shapes: tuple[Path, Path]) -> None:
    path, pdf = shapes
    assert [token for token in _pdftotext(pdf).split() if _is_label(token) and token != "\uf0b7"] == ["1.", "2.", "1.", "2.", "3."]
    document = _document(path)
    numbered = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "List Number"]
    assert [paragraph.text for paragraph in numbered] == [
        "Agree the budget",
        "Open the pool",
        "Plant trees",
        "Clean the river",
        "Count the visitors",
    ]
    ids = [paragraph._p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for paragraph in numbered]
    assert ids[0] == ids[1] and ids[2] == ids[3] == ids[4] and ids[0] != ids[2]
    numbering = document.part.numbering_part.element
    for number in {ids[0], ids[2]}:
        instance = next(num for num in numbering.findall(f"{W}num") if num.get(f"{W}numId") == number)
        assert instance.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"
    assert [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "List Bullet"][-3:-1] == [
        "Answer calls more quickly",
        "Publish the results",
    ]


def test_two_rating_columns_name_both_ratings_in_bold(shapes: tuple[Path, Path]) -> None:
    table = _document(shapes[0]).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == list(TWO_SCALES.header)
    for row in table.rows[1:]:
        assert [run.text for cell in row.cells for run in cell.paragraphs[0].runs if run.bold] == ["Good", "Embedding"]
        assert row.cells[2].text == GOOD.text and row.cells[3].text == EMBEDDING.text


def test_a_table_too_wide_for_portrait_gets_landscape_pages_of_its_own(shapes: tuple[Path, Path]) -> None:
    path, pdf = shapes
    document = _document(path)
    table = document.tables[1]
    assert [cell.text for cell in table.rows[0].cells] == list(INDICATORS.header)
    section = 0
    sections_of_tables, section_of_heading = [], {}
    for element in document.element.body:
        if element.tag == f"{W}tbl":
            sections_of_tables.append(section)
        elif element.tag == f"{W}p":
            section_of_heading["".join(text.text or "" for text in element.iter(f"{W}t"))] = section
            section += element.find(f"{W}pPr/{W}sectPr") is not None
    orientations = [section.orientation for section in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert [orientations[index] for index in sections_of_tables] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE], (
        "four columns fit a portrait page"
    )
    assert orientations[section_of_heading["How we measure progress"]] == WD_ORIENT.LANDSCAPE, (
        "a heading with nothing of its own turns with it"
    )
    assert orientations[section_of_heading["In their own words"]] == WD_ORIENT.PORTRAIT
    assert all(round(section.page_width.cm, 1) == 29.7 for section in document.sections if section.orientation == WD_ORIENT.LANDSCAPE)
    sizes = _page_sizes(pdf)
    pages = [page for page in _pdftotext(pdf).split("\f") if page.strip()]
    wide = [index for index, page in enumerate(pages) if "Measure" in page.split()]
    assert wide and all(sizes[index][0] > sizes[index][1] for index in wide)
    assert [index for index, size in enumerate(sizes) if size[0] > size[1]] == wide
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] < sizes[-1][1]
    assert _split_words(path, pdf) == []
    assert _page_numbers(pdf) == _footers(load_library()[Language.EN], len(pages))


def test_a_table_too_wide_for_any_page_is_read_row_by_row(registry: Registry, content: Content, tmp_path: Path) -> None:
    path = _render(SHAPES, registry, content, tmp_path, size=36)
    assert check_docx(path, min_font_size=16) == []
    document = _document(path)
    assert len(document.tables) == 0, "both tables are too wide for a landscape page at 36pt"
    texts = [paragraph.text for paragraph in document.paragraphs]
    row = texts.index("Income from council car parks")
    assert document.paragraphs[row].runs[0].bold and document.paragraphs[row].paragraph_format.keep_with_next
    assert texts[row + 1 : row + 6] == [
        "April to June 2023: £412,350",
        "July to September 2023: £455,120",
        "Target: £430,000",
        f"Status against target: {GREEN.text}",
        "Trend: Improving",
    ]
    assert all(paragraph.style.name == "List Bullet" for paragraph in document.paragraphs[row + 1 : row + 6])
    assert INDICATORS.caption in texts


def test_definitions_quotes_and_contact_lines(shapes: tuple[Path, Path]) -> None:
    document = _document(shapes[0])
    paragraphs = document.paragraphs
    texts = [paragraph.text for paragraph in paragraphs]
    definition = paragraphs[texts.index("target: A number we aim to reach.")]
    assert definition.style.name == "List Bullet" and [run.text for run in definition.runs if run.bold] == ["target"]
    quote = texts.index("I came to the hub about my rent, and left with help to pay my heating bills.")
    assert [paragraph.style.name for paragraph in paragraphs[quote : quote + 3]] == ["Quote"] * 3
    assert texts[quote + 1 : quote + 3] == ["A resident of Morlan", "The new pool is wonderful."]
    assert paragraphs[quote].paragraph_format.keep_with_next
    style = document.styles["Quote"]
    assert (style.font.italic, style.font.color.rgb) == (False, None)
    assert not any(run.italic for paragraph in paragraphs for run in paragraph.runs)
    lines = texts[texts.index("You can ask for this report in another format.") + 1 :]
    assert lines == [line.line for line in CONTACT.lines]
    targets = [
        document.part.rels[link.get(f"{R}id")].target_ref
        for paragraph in paragraphs
        for link in paragraph._p.iter(f"{W}hyperlink")
        if link.get(f"{R}id")
    ]
    assert targets == ["tel:01632960418", "mailto:performance@northby.example.org"], "contact links only: one language, no link to another"


# The example reports


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Language, Path, Path]]]:
    """Each example report in large print in every language it declares, with its PDF."""
    built = {}
    for name in EXAMPLES:
        folder = tmp_path_factory.mktemp(name)
        outputs = build(CONTENT / name, folder, formats=["large-print"])
        built[name] = [(output.language, output.path, soffice_to_pdf(output.path, folder)) for output in outputs]
    return built


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_reports_pass_every_check_in_every_language(name: str, examples: dict[str, list[tuple[Language, Path, Path]]]) -> None:
    content = read_content(CONTENT / name)
    assert [language for language, _, _ in examples[name]] == list(content.languages)
    for language, path, pdf in examples[name]:
        assert check_docx(path, min_font_size=16) == []
        document = _document(path)
        outline = _outline(content, language)
        assert _headings(document) == [(level, _words(title)) for level, title in _expected_headings(outline)]
        assert len(document.tables) == len(_blocks(outline, Table))
        if language.direction == "ltr":  # pdftotext gives a right-to-left line in visual order, its ligatures apart: not words to compare
            assert _split_words(path, pdf) == []
            assert _page_numbers(pdf) == _footers(content.library[language], pdf_pages(pdf))
        text = normalise(pandoc_plain(path, "docx"))
        assert [passage for passage in _passages(outline) if normalise(passage) not in text] == []
