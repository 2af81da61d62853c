"""The PDF writers (pdf, large-print-pdf, easy-read-pdf) checked with real tools, against the outline.

Each PDF of the bundled report is built once (the session's ``built`` fixture) and read
once per module: poppler's ``pdfinfo``, ``pdffonts`` and ``pdftotext``, the PyPI checkers
``pdfua`` and ``outloud`` (one run each over all six files), and a walk of the structure
tree with pikepdf that is compared with the outline the file was made from.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pikepdf
import pytest

from conftest import Built
from external import pdf_pages, pdfua_reports, require
from facts import figures, missing_passages, normalise, source_figures
from focusreport import Language
from focusreport.builder import render, render_outline
from focusreport.content import Content
from focusreport.outline import Contact, Definitions, Foreign, ItemList, Outline, Paragraph, Picture, Quote, Section, Table, Text, plain
from focusreport.outliner import make_outline
from focusreport.strings import Strings
from focusreport.writers import Registry
from test_large_print import SHAPES

FORMATS = ("pdf", "large-print-pdf", "easy-read-pdf")
LANGUAGES = (Language.EN, Language.CY)
EASY_READ_PAGE_LIMIT = 24
A4 = (595.276, 841.89)
EVERY = [pytest.param(name, language, id=f"{name}-{language.code}") for name in FORMATS for language in LANGUAGES]
TITLE_MESSAGES = {"large-print-pdf": "large-print-title", "easy-read-pdf": "easy-read-title"}


# The files, built once


@pytest.fixture(scope="module")
def pdfs(built: Built) -> dict[tuple[str, Language], Path]:
    """Every PDF of the bundled report, each checked to be a PDF that poppler reads."""
    files = {(name, language): built(name, language) for name in FORMATS for language in LANGUAGES}
    for path in files.values():
        assert pdf_pages(path) > 0
    return files


def _outline(content: Content, name: str, language: Language) -> Outline:
    wording = "easy" if name == "easy-read-pdf" else "full"
    links = {other: "x" for other in content.languages if other != language}
    return make_outline(content.report(language), content.library[language], wording=wording, links=links)


def _strings(content: Content, language: Language) -> Strings:
    return content.library[language]


def _title(content: Content, name: str, language: Language) -> str:
    outline = _outline(content, name, language)
    message = TITLE_MESSAGES.get(name)
    return outline.title if message is None else _strings(content, language).format(message, title=outline.title)


def _poppler(tool: str, *arguments: str) -> str:
    return subprocess.run([require(tool), *arguments], capture_output=True, text=True, check=True, timeout=120).stdout


# The structure tree


def _kind(element: Any) -> str:
    return str(element.get("/S", ""))[1:]


def _kids(element: Any) -> Iterator[Any]:
    kids = element.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid


def _walk(element: Any) -> Iterator[Any]:
    for kid in _kids(element):
        yield kid
        yield from _walk(kid)


def _marks(element: Any) -> bool:
    """Whether the element or one inside it holds page content."""
    kids = element.get("/K")
    items = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    return any(isinstance(kid, int) for kid in items) or any(_marks(kid) for kid in _kids(element))


class Tree:
    """A PDF's structure tree, read with pikepdf."""

    def __init__(self, path: Path) -> None:
        self.pdf = pikepdf.open(path)
        self.elements = list(_walk(self.pdf.Root.StructTreeRoot))

    def of(self, *kinds: str) -> list[Any]:
        return [element for element in self.elements if _kind(element) in kinds]

    def headings(self) -> list[int]:
        return [int(_kind(element)[1]) for element in self.of("H1", "H2", "H3", "H4", "H5", "H6")]

    def bookmarks(self) -> list[str]:
        titles: list[str] = []

        def visit(items: Any) -> None:
            for item in items:
                titles.append(str(item.title))
                visit(item.children)

        with self.pdf.open_outline() as outline:
            visit(outline.root)
        return titles


@pytest.fixture(scope="module")
def trees(pdfs: dict[tuple[str, Language], Path]) -> dict[tuple[str, Language], Tree]:
    return {key: Tree(path) for key, path in pdfs.items()}


def _expected_headings(outline: Outline, easy: bool) -> list[tuple[int, str]]:
    """The headings the file must have: title, contents (full wording), then each section at its level (h6 at most)."""
    if not easy:
        contents = [(2, outline.contents_title)] if outline.sections else []
        return [(1, outline.title), *contents, *((min(section.level, 6), section.title) for section in outline.walk())]
    found = [(1, outline.title)]

    def visit(section: Section, above: int) -> None:
        level = above + 1 if section.title.strip() else above
        if section.title.strip():
            found.append((min(level, 6), section.title))
        for inner in section.sections:
            visit(inner, level)

    for section in outline.sections:
        visit(section, 1)
    return found


def _pictures(outline: Outline) -> list[Picture]:
    """The pictures of the full wording, in reading order: who published it, then each section's own and its blocks'."""
    found: list[Picture | None] = []

    def blocks(items: tuple[Any, ...]) -> None:
        for block in items:
            if isinstance(block, Paragraph | Quote):
                found.append(block.picture)
            elif isinstance(block, ItemList):
                found.extend(item.picture for item in block.items)
            elif isinstance(block, Table):
                found.extend(row.picture for row in block.rows)
            elif isinstance(block, Definitions):
                found.extend(entry.picture for entry in block.entries)

    blocks(outline.front)
    for section in outline.walk():
        found.append(section.picture)
        blocks(section.blocks)
    return [picture for picture in found if picture is not None]


def _blocks(outline: Outline, kind: type) -> list[Any]:
    return [block for section in outline.walk() for block in section.blocks if isinstance(block, kind)]


# pdfinfo and pdffonts


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_pdfinfo_tagged_a4_titled(pdfs: dict[tuple[str, Language], Path], content: Content, name: str, language: Language) -> None:
    path = pdfs[name, language]
    info = _poppler("pdfinfo", str(path))
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)
    assert re.search(r"^Title:\s+(.*)$", info, re.MULTILINE).group(1) == _title(content, name, language)  # type: ignore[union-attr]
    pages = pdf_pages(path)
    sizes = _poppler("pdfinfo", "-f", "1", "-l", str(pages), str(path))
    found = [tuple(float(side) for side in match) for match in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", sizes)]
    assert len(found) == pages
    assert all(abs(width - A4[0]) < 0.5 and abs(height - A4[1]) < 0.5 for width, height in found)


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_every_font_is_embedded(pdfs: dict[tuple[str, Language], Path], name: str, language: Language) -> None:
    lines = _poppler("pdffonts", str(pdfs[name, language])).splitlines()[2:]
    assert lines
    for line in lines:
        fields = line.split()
        assert fields[-5:-3] == ["yes", "yes"], line  # emb, sub
        assert "DejaVu-Sans" in fields[0], line


# The PyPI checkers


@pytest.fixture(scope="module")
def pdfua_report(pdfs: dict[tuple[str, Language], Path]) -> list[dict[str, Any]]:
    return pdfua_reports(list(pdfs.values()))


@pytest.fixture(scope="module")
def outloud_report(pdfs: dict[tuple[str, Language], Path]) -> dict[str, dict[str, Any]]:
    paths = [str(path) for path in pdfs.values()]
    run = subprocess.run(
        [require("outloud"), "--json", "-", "--fail-on", "never", *paths], check=False, capture_output=True, text=True, timeout=900
    )
    return {result["path"]: result for result in json.loads(run.stdout)["results"]}


def test_pdfua_finds_nothing(pdfua_report: list[dict[str, Any]], pdfs: dict[tuple[str, Language], Path]) -> None:
    assert len(pdfua_report) == len(pdfs)
    for result in pdfua_report:
        assert result["findings"] == [], result["file"]
        assert result["summary"]["rules_run"] >= 10
        # The one rule pdfua skips is its own crash, shown below; the test of headings does its job.
        assert [skipped["rule_id"] for skipped in result["skipped"]] in ([], ["UA-14-001"])


def test_pdfuas_empty_heading_rule_crashes_on_any_heading_whose_content_is_an_array() -> None:
    """pdfua's UA-14-001 asks ``getattr(kid, "is_integer")`` of the heading's ``/K``; on a pikepdf Array that is a
    key lookup raising ValueError, so the rule is skipped for every file whose headings hold more than one item
    (WeasyPrint's always do). Emptiness of headings is checked by this module's own structure test."""
    from pdfua.document import as_integer

    with pytest.raises(ValueError):
        as_integer(pikepdf.Array([0, 1]))


def _row_headed_two_column_table(tree: Tree, page: int) -> bool:
    """A table on ``page`` whose rows are each one header cell and one data cell, under a header row of two."""
    pages = {tree.pdf.pages[index].objgen: index + 1 for index in range(len(tree.pdf.pages))}
    for table in tree.of("Table"):
        if pages.get(table.Pg.objgen) != page:
            continue
        rows = [row for row in _walk(table) if _kind(row) == "TR"]
        if rows and all([_kind(cell) for cell in _kids(row)] in (["TH", "TH"], ["TH", "TD"]) for row in rows):
            return True
    return False


def test_outloud_finds_no_error(
    outloud_report: dict[str, dict[str, Any]], pdfs: dict[tuple[str, Language], Path], trees: dict[tuple[str, Language], Tree]
) -> None:
    """Zero errors, but for outloud's TBL-010 on two-column tables with row headers (shown wrong in the next test)."""
    for key, path in pdfs.items():
        result = outloud_report[str(path)]
        assert result["error"] is None
        errors = [finding for finding in result["findings"] if finding["severity"] == "error"]
        for finding in errors:
            assert finding["rule"] == "TBL-010", finding
            assert _row_headed_two_column_table(trees[key], finding["page"]), finding


def test_outlouds_shredded_header_rule_counts_row_headers_against_a_two_column_table(
    content: Content, trees: dict[tuple[str, Language], Tree]
) -> None:
    """TBL-010 calls headers "shredded" when header cells outnumber data cells. A table of two columns whose first
    cell heads each row (WCAG technique H63) has 2 + n header cells and n data cells however it is drawn: the rule
    cannot tell it from a heading cut into pieces. The table here is exactly the outline's, cell for cell."""
    outline = _outline(content, "pdf", Language.EN)
    two_columns = [table for table in _blocks(outline, Table) if len(table.header) == 2]
    assert two_columns
    tree = trees["pdf", Language.EN]
    for table in two_columns:
        header_cells = len(table.header) + len(table.rows)
        data_cells = len(table.rows)
        assert header_cells > data_cells
    tables = tree.of("Table")
    for element, table in zip(tables, _blocks(outline, Table), strict=True):
        if len(table.header) == 2:
            cells = [_kind(cell) for cell in _walk(element) if _kind(cell) in ("TH", "TD")]
            assert cells.count("TH") == 2 + len(table.rows)
            assert cells.count("TD") == len(table.rows)


# The structure tree against the outline


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_headings_bookmarks_and_levels_are_the_outlines(
    trees: dict[tuple[str, Language], Tree], content: Content, name: str, language: Language
) -> None:
    tree = trees[name, language]
    expected = _expected_headings(_outline(content, name, language), easy=name == "easy-read-pdf")
    assert tree.headings() == [level for level, _ in expected]
    assert tree.bookmarks() == [title for _, title in expected]
    assert all(_marks(element) for element in tree.of("H1", "H2", "H3", "H4", "H5", "H6"))
    levels = tree.headings()
    assert all(after <= before + 1 for before, after in itertools.pairwise(levels))


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_figures_have_the_outlines_alternative_text_in_order(
    trees: dict[tuple[str, Language], Tree], content: Content, name: str, language: Language
) -> None:
    figures_found = trees[name, language].of("Figure")
    assert [str(figure.get("/Alt", "")) for figure in figures_found] == [
        picture.alt for picture in _pictures(_outline(content, name, language))
    ]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_easy_read_figures_have_alternative_text_from_the_outline(
    trees: dict[tuple[str, Language], Tree], content: Content, language: Language
) -> None:
    outline = _outline(content, "easy-read-pdf", language)
    alts = [str(figure.get("/Alt", "")) for figure in trees["easy-read-pdf", language].of("Figure")]
    assert all(alts)
    assert set(alts) == {picture.alt for picture in outline.pictures}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_lists_are_real_lists_with_every_item(
    trees: dict[tuple[str, Language], Tree], content: Content, name: str, language: Language
) -> None:
    outline = _outline(content, name, language)
    items = sum(len(block.items) for block in [*outline.front, *_blocks(outline, ItemList)] if isinstance(block, ItemList))
    items += sum(len(block.entries) for block in _blocks(outline, Definitions))
    items += sum(len(block.lines) for block in _blocks(outline, Contact))
    items += len(outline.contents()) + len(outline.other_languages)
    tree = trees[name, language]
    found = tree.of("LI")
    assert len(found) == items
    assert all(_kind(element.P) == "L" for element in found)
    assert all(any(_kind(kid) == "LBody" for kid in _kids(element)) for element in found)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_tables_have_a_caption_and_header_cells_with_scope(
    trees: dict[tuple[str, Language], Tree], content: Content, name: str, language: Language
) -> None:
    """One Table per table of the outline even when it runs over pages; TH with Scope, TD naming its headers."""
    tables = _blocks(_outline(content, name, language), Table)
    found = trees[name, language].of("Table")
    assert len(found) == len(tables)
    for element, table in zip(found, tables, strict=True):
        kinds = [_kind(kid) for kid in _kids(element)]
        assert kinds[0] == "Caption"
        cells = [cell for cell in _walk(element) if _kind(cell) in ("TH", "TD")]
        scopes = [str(cell.A.get("/Scope")) for cell in cells if _kind(cell) == "TH"]
        assert scopes.count("/Column") == len(table.header)
        assert scopes.count("/Row") == len(table.rows)
        assert len(scopes) == len(table.header) + len(table.rows)
        ids = {str(cell.ID) for cell in cells if _kind(cell) == "TH"}
        data = [cell for cell in cells if _kind(cell) == "TD"]
        assert len(data) == sum(len(row.cells) - 1 for row in table.rows)
        assert all(cell.A.Headers and {str(name) for name in cell.A.Headers} <= ids for cell in data)


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_page_furniture_is_artifact_and_all_other_content_is_tagged(
    trees: dict[tuple[str, Language], Tree], name: str, language: Language
) -> None:
    """Every marked-content id on a page belongs to an element of the tree; the page number is an artifact."""
    tree = trees[name, language]
    in_tree = {element.objgen for element in tree.elements}
    nums = tree.pdf.Root.StructTreeRoot.ParentTree.Nums
    parents = {int(nums[index]): nums[index + 1] for index in range(0, len(nums), 2)}
    for page in tree.pdf.pages:
        owners = parents[int(page.obj.StructParents)]
        pagination = 0
        for instruction in pikepdf.parse_content_stream(page):
            if str(instruction.operator) != "BDC":
                continue
            tag, properties = instruction.operands
            if tag == pikepdf.Name.Artifact:
                pagination += properties.get("/Type") == pikepdf.Name.Pagination
            else:
                assert owners[int(properties.MCID)].objgen in in_tree
        assert pagination >= 1


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_languages_title_xmp_and_links(trees: dict[tuple[str, Language], Tree], content: Content, name: str, language: Language) -> None:
    tree = trees[name, language]
    pdf = tree.pdf
    assert str(pdf.Root.Lang) == language.tag
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    with pdf.open_metadata() as xmp:
        assert xmp.get("pdfuaid:part") == "1"
        assert xmp.get("dc:title") == _title(content, name, language)
    # The link to each other language is marked with that language.
    other_tags = {other.tag for other in content.languages if other != language}
    marked = {str(element.Lang) for element in tree.elements if "/Lang" in element}
    assert other_tags <= marked
    # Every link annotation is printed and tagged: its StructParent leads to a Link element.
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    parents = {int(nums[index]): nums[index + 1] for index in range(0, len(nums), 2)}
    annotations = [annotation for page in pdf.pages for annotation in page.get("/Annots", []) if annotation.Subtype == "/Link"]
    assert annotations
    for annotation in annotations:
        assert int(annotation.F) & 4
        assert _kind(parents[int(annotation.StructParent)]) == "Link"


# Reading the words back


def _text(path: Path, strings: Strings, pages: int) -> str:
    """The words in content order (``pdftotext -raw``), without the page numbers."""
    text = _poppler("pdftotext", "-raw", str(path), "-")
    for page in range(pages, 0, -1):
        text = text.replace(strings.format("pdf-page-number", page=page, pages=pages), " ")
    return text


def test_every_fact_and_figure_of_the_source_survives_in_the_full_pdf(pdfs: dict[tuple[str, Language], Path], content: Content) -> None:
    path = pdfs["pdf", Language.EN]
    text = _text(path, _strings(content, Language.EN), pdf_pages(path))
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_every_passage_survives_in_welsh(pdfs: dict[tuple[str, Language], Path], content: Content, name: str) -> None:
    path = pdfs[name, Language.CY]
    text = normalise(_text(path, _strings(content, Language.CY), pdf_pages(path)))
    outline = _outline(content, name, Language.CY)
    passages = [outline.title, *(section.title for section in outline.walk())]
    for section in outline.walk():
        for block in section.blocks:
            if isinstance(block, Paragraph | Quote):
                passages.append(plain(block.spans))
            elif isinstance(block, ItemList):
                passages += [plain(item.spans) for item in block.items]
            elif isinstance(block, Table):
                passages += [block.caption, *block.header, *(plain(cell.spans) for row in block.rows for cell in row.cells)]
            elif isinstance(block, Definitions):
                passages += [entry.term for entry in block.entries]
            elif isinstance(block, Contact):
                passages += [line.value for line in block.lines]
    assert len(passages) > 150
    assert [passage for passage in passages if normalise(passage) not in text] == []
    assert source_figures() <= set(figures(text))


@pytest.mark.parametrize(("name", "language"), EVERY)
def test_every_page_has_its_number_in_the_documents_words(
    pdfs: dict[tuple[str, Language], Path], content: Content, name: str, language: Language
) -> None:
    path = pdfs[name, language]
    pages = pdf_pages(path)
    strings = _strings(content, language)
    for page in range(1, pages + 1):
        text = _poppler("pdftotext", "-f", str(page), "-l", str(page), str(path), "-")
        assert strings.format("pdf-page-number", page=page, pages=pages) in " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_no_word_is_split_across_lines_in_large_print_and_easy_read(pdfs: dict[tuple[str, Language], Path], language: Language) -> None:
    # -layout keeps a hyphen at the end of a line; the plain mode would join the word again.
    for name in ("large-print-pdf", "easy-read-pdf"):
        text = _poppler("pdftotext", "-layout", str(pdfs[name, language]), "-")
        assert [line for line in text.splitlines() if re.search(r"\w-$", line.rstrip())] == [], name


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_easy_read_stays_within_its_page_limit(pdfs: dict[tuple[str, Language], Path], language: Language) -> None:
    assert pdf_pages(pdfs["easy-read-pdf", language]) <= EASY_READ_PAGE_LIMIT


def test_same_bytes_every_time(pdfs: dict[tuple[str, Language], Path], content: Content, registry: Registry) -> None:
    for name in FORMATS:
        writer = registry.get(name)
        links = {Language.EN: pdfs[name, Language.EN].name}
        again = render(content.report(Language.CY), writer, content.library[Language.CY], registry.resolve_options(writer, {}), links)
        assert again == pdfs[name, Language.CY].read_bytes()


# Every shape of the outline, made by hand, in both directions


FOREIGN = Paragraph((Text("The Welsh for thank you is "), Foreign("diolch", Language.CY), Text(".")))
ARABIC = "شكرا لكم على القراءة"


def _shapes(language: Language, extra: Paragraph) -> Outline:
    first = SHAPES.sections[0]
    return attrs.evolve(SHAPES, language=language, sections=(attrs.evolve(first, blocks=(*first.blocks, extra)), *SHAPES.sections[1:]))


@pytest.fixture(scope="module")
def shapes(registry: Registry, content: Content, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """The hand-made outline in each PDF format, left to right (with a Welsh passage) and right to left (Arabic)."""
    folder = tmp_path_factory.mktemp("pdf-shapes")
    outlines = {"ltr": _shapes(Language.EN, FOREIGN), "rtl": _shapes(Language.of("ar"), Paragraph((Text(ARABIC),)))}
    files = {}
    for direction, outline in outlines.items():
        for name in FORMATS:
            writer = registry.get(name)
            path = folder / f"shapes-{direction}.{name}.pdf"
            path.write_bytes(render_outline(outline, writer, content.library[Language.EN], registry.resolve_options(writer, {})))
            assert pdf_pages(path) > 0
            files[name, direction] = path
    return files


def test_every_shape_passes_both_checkers(shapes: dict[tuple[str, str], Path]) -> None:
    paths = [str(path) for path in shapes.values()]
    pdfua = subprocess.run([require("pdfua"), "check", *paths], check=False, capture_output=True, text=True, timeout=600)
    assert pdfua.returncode == 0, pdfua.stdout
    outloud = subprocess.run(
        [require("outloud"), "--json", "-", "--fail-on", "never", *paths], check=False, capture_output=True, text=True, timeout=900
    )
    for result in json.loads(outloud.stdout)["results"]:
        assert [finding for finding in result["findings"] if finding["severity"] == "error"] == [], result["path"]


@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_every_shape_is_tagged_as_the_outline_says(shapes: dict[tuple[str, str], Path], name: str) -> None:
    tree = Tree(shapes[name, "ltr"])
    outline = _shapes(Language.EN, FOREIGN)
    assert tree.bookmarks() == [title for _, title in _expected_headings(outline, easy=False)]
    assert len(tree.of("Table")) == 2
    assert len(tree.of("BlockQuote")) == 2
    assert any(str(element.get("/Lang", "")) == Language.CY.tag for element in tree.elements)
    numbered = [element for element in tree.of("L") if len([kid for kid in _kids(element) if _kind(kid) == "LI"]) in (2, 3)]
    assert numbered
    text = normalise(_poppler("pdftotext", "-raw", str(shapes[name, "ltr"]), "-"))
    for passage in ("I came to the hub about my rent", "A resident of Morlan", "performance@northby.example.org", "£455,120", "diolch"):
        assert normalise(passage) in text


@pytest.mark.parametrize("name", FORMATS)
def test_a_right_to_left_report_is_marked_and_its_words_read_back(shapes: dict[tuple[str, str], Path], name: str) -> None:
    tree = Tree(shapes[name, "rtl"])
    assert str(tree.pdf.Root.Lang) == "ar"
    fonts = _poppler("pdffonts", str(shapes[name, "rtl"])).splitlines()[2:]
    assert fonts and all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts)
    # pdftotext wraps each right-to-left run in embedding marks (U+202B ... U+202C).
    words = set(re.sub("[\u202a-\u202e]", "", _poppler("pdftotext", "-raw", str(shapes[name, "rtl"]), "-")).split())
    assert set(ARABIC.split()) <= words


def _contents_pages(path: Path, titles: list[str]) -> dict[str, int]:
    """The page number the contents list gives each title, beside its last line (a long title wraps)."""
    found = {}
    before = ""
    for line in _poppler("pdftotext", "-layout", "-l", "3", str(path), "-").splitlines():
        match = re.fullmatch(r"(?:(\d+) )?(.*?)(?: (\d+))?", " ".join(line.split()))
        assert match is not None
        number, words = match.group(1) or match.group(3), match.group(2)
        if number is None:
            before = f"{before} {words}".strip() if words else ""
            continue
        for title in titles:
            if title in (words, f"{before} {words}") and title not in found:
                found[title] = int(number)
        before = ""
    return found


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_the_contents_list_gives_the_page_of_each_section(
    pdfs: dict[tuple[str, Language], Path], content: Content, name: str, language: Language
) -> None:
    path = pdfs[name, language]
    titles = [title for _, title in _outline(content, name, language).contents()]
    pages = _contents_pages(path, titles)
    assert set(pages) == set(titles)
    for title, page in pages.items():
        words = " ".join(_poppler("pdftotext", "-f", str(page), "-l", str(page), str(path), "-").split())
        assert title in words


@pytest.mark.parametrize("name", ("pdf", "large-print-pdf"))
def test_a_right_to_left_contents_list_has_its_page_numbers(shapes: dict[tuple[str, str], Path], name: str) -> None:
    titles = [title for _, title in SHAPES.contents()]
    assert set(_contents_pages(shapes[name, "rtl"], titles)) == set(titles)
