"""Bilingual editions of the full and large-print PDF: every passage tagged with its language.

The structure tree is read twice: with pikepdf, for each passage's ``/Lang``, and
with poppler's ``pdfinfo -struct-text``, for the words inside each element, in the
same order. Each section's passages come in the edition's order, and the paragraphs
of each language's outline are found, in order, in the passages of that language.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from external import pdfua_reports, require
from focusreport import Language
from focusreport.builder import render_edition_of
from focusreport.content import Content
from focusreport.outline import Paragraph, Section
from focusreport.outliner import make_outline
from focusreport.writers import Registry
from test_pdf import Tree, _kids, _kind, _row_headed_two_column_table, _walk

EDITIONS = ((Language.CY, Language.EN), (Language.EN, Language.CY))
FORMATS = ("pdf", "large-print-pdf")
EVERY = [
    pytest.param(name, edition, id=f"{name}-{'+'.join(language.code for language in edition)}") for name in FORMATS for edition in EDITIONS
]


@pytest.fixture(scope="module")
def editions(
    content: Content, registry: Registry, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, tuple[Language, ...]], Path]:
    folder = tmp_path_factory.mktemp("pdf-editions")
    found = {}
    for name in FORMATS:
        writer = registry.get(name)
        for edition in EDITIONS:
            path = folder / f"{name}.{'-'.join(language.code for language in edition)}.pdf"
            path.write_bytes(render_edition_of(content, writer, edition, registry.resolve_options(writer, {})))
            found[name, edition] = path
    return found


def _passages(path: Path) -> list[tuple[str, str]]:
    """Each outermost ``Div`` of the structure tree (one language's part of a section) as its language and its words.

    A passage in the document's own language takes it from the document, as PDF/UA allows.
    """
    with pikepdf.open(path) as pdf:
        own = str(pdf.Root.Lang)
        languages = [str(element.get("/Lang", own)) for element in _outermost_divs(pdf.Root.StructTreeRoot)]
    listing = subprocess.run(
        [require("pdfinfo"), "-struct-text", str(path)], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    texts = _div_texts(listing.splitlines())
    assert len(texts) == len(languages)
    return list(zip(languages, texts, strict=True))


def _outermost_divs(element: Any) -> Iterator[Any]:
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            if str(kid.S) == "/Div":
                yield kid
            else:
                yield from _outermost_divs(kid)


def _div_texts(lines: list[str]) -> list[str]:
    """The words under each outermost ``Div`` line of ``pdfinfo -struct-text``, by indentation."""
    texts: list[str] = []
    depth: int | None = None
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if depth is not None and indent <= depth:
            depth = None
        if line.strip() == "Div" and depth is None:
            depth = indent
            texts.append("")
        elif depth is not None and line.strip().startswith('"'):
            texts[-1] += json.loads(line.strip()) if line.strip().endswith('"') else line.strip()[1:]
    return texts


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _paragraphs(sections: tuple[Section, ...]) -> Iterator[str]:
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield _squeezed("".join(span.text for span in block.spans))
        yield from _paragraphs(section.sections)


@pytest.mark.parametrize(("name", "edition"), EVERY)
def test_each_languages_paragraphs_are_in_its_own_passages_in_order(
    editions: dict[tuple[str, tuple[Language, ...]], Path], content: Content, name: str, edition: tuple[Language, ...]
) -> None:
    passages = _passages(editions[name, edition])
    assert {language for language, _ in passages} == {language.tag for language in edition}
    for language in edition:
        alone = "".join(_squeezed(text) for tag, text in passages if tag == language.tag)
        outline = make_outline(content.report(language), content.library[language])
        position = 0
        for paragraph in _paragraphs(outline.sections):
            found = alone.find(paragraph, position)
            assert found >= 0, (language.tag, paragraph[:80])
            position = found + len(paragraph)


@pytest.mark.parametrize(("name", "edition"), EVERY)
def test_the_first_language_comes_first_and_names_the_document(
    editions: dict[tuple[str, tuple[Language, ...]], Path], content: Content, name: str, edition: tuple[Language, ...]
) -> None:
    passages = _passages(editions[name, edition])
    assert passages[0][0] == edition[0].tag
    with pikepdf.open(editions[name, edition]) as pdf:
        assert str(pdf.Root.Lang) == edition[0].tag
        title = str(pdf.docinfo["/Title"])
    titles = [make_outline(content.report(language), content.library[language]).title for language in edition]
    assert title.index(titles[0]) < title.index(titles[1])
    info = subprocess.run([require("pdfinfo"), str(editions[name, edition])], capture_output=True, text=True, check=True, timeout=60).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)
    assert "(A4)" in info


def test_pdfua_finds_nothing_in_any_edition(editions: dict[tuple[str, tuple[Language, ...]], Path]) -> None:
    paths = list(editions.values())
    reports = pdfua_reports(paths)
    assert len(reports) == len(paths)
    for report in reports:
        assert report["findings"] == [], report["file"]


def test_outloud_finds_no_error_in_any_edition_but_its_own_on_row_headed_tables(
    editions: dict[tuple[str, tuple[Language, ...]], Path],
) -> None:
    """As for the single-language PDFs: only outloud's TBL-010, and only on two-column row-headed tables (test_pdf shows why)."""
    paths = [str(path) for path in editions.values()]
    run = subprocess.run(
        [require("outloud"), "--json", "-", "--fail-on", "never", *paths], check=False, capture_output=True, text=True, timeout=900
    )
    results = {result["path"]: result for result in json.loads(run.stdout)["results"]}
    for path in paths:
        assert results[path]["error"] is None
        tree = Tree(Path(path))
        for finding in (finding for finding in results[path]["findings"] if finding["severity"] == "error"):
            assert finding["rule"] == "TBL-010", finding
            assert _row_headed_two_column_table(tree, finding["page"]) or _small_row_headed_table(tree, finding["page"]), finding


def _small_row_headed_table(tree: Tree, page: int) -> bool:
    """A table on ``page`` with a header row and a header cell starting each row, too short for its data cells to
    outnumber its header cells: a header row of three over one row (4 TH, 2 TD) is what TBL-010 takes for shredding."""
    pages = {tree.pdf.pages[index].objgen: index + 1 for index in range(len(tree.pdf.pages))}
    for table in tree.of("Table"):
        if pages.get(table.Pg.objgen) != page:
            continue
        rows = [[_kind(cell) for cell in _kids(row)] for row in _walk(table) if _kind(row) == "TR"]
        if len(rows) < 2 or set(rows[0]) != {"TH"} or any(row[:1] != ["TH"] or set(row[1:]) != {"TD"} for row in rows[1:]):
            continue
        headers = sum(row.count("TH") for row in rows)
        if headers > sum(row.count("TD") for row in rows):
            return True
    return False


def test_every_page_is_numbered_in_both_languages(editions: dict[tuple[str, tuple[Language, ...]], Path], content: Content) -> None:
    path = editions["pdf", (Language.CY, Language.EN)]
    text = subprocess.run([require("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=120).stdout
    pages = text.split("\f")[:-1]
    for number, page in enumerate(pages, start=1):
        welsh = content.library[Language.CY].format("pdf-page-number", page=number, pages=len(pages))
        english = content.library[Language.EN].format("pdf-page-number", page=number, pages=len(pages))
        assert welsh in page and english in page, number
