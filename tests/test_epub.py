"""The EPUB writer: valid under EPUBCheck and DAISY Ace, accessible, complete and reproducible."""

from __future__ import annotations

import datetime
import io
import itertools
import re
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import attrs
import pytest

import focusreport
from conftest import Built
from external import ace, epubcheck, pandoc_plain
from facts import figures, missing_passages, normalise, source_figures
from focusreport import ContentError, Language, Report, WriterError
from focusreport.builder import render
from focusreport.colour import contrast
from focusreport.content import Content, check_content, read_content
from focusreport.model import ListPart, Part, ThemesPart
from focusreport.outline import (
    Block,
    Contact,
    Definitions,
    Foreign,
    ItemList,
    Link,
    Outline,
    Paragraph,
    Quote,
    Section,
    Strong,
    Table,
    Term,
    Text,
    plain,
)
from focusreport.outliner import make_outline
from focusreport.writers import Registry
from helpers import copy_content

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
H = f"{{{NS['h']}}}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
HOSTILE = '<script>alert("boo")</script> Fish & chips &amp; AT&T ]]> 🎉👩🏽‍💻 <b>bold?</b>'
INTRODUCTORY = {"section", "legend"}

OTHER = {Language.EN: Language.CY, Language.CY: Language.EN}
LANGUAGES = pytest.mark.parametrize("language", [Language.EN, Language.CY], ids=["en", "cy"])


# --------------------------------------------------------------------------
# Helpers: reading a book, making content folders
# --------------------------------------------------------------------------


class Book:
    """An EPUB opened for inspection: its package document and its pages, parsed as XML."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.package = ElementTree.fromstring(self.zip.read("EPUB/content.opf"))

    def meta(self, prop: str) -> list[str]:
        return [element.text or "" for element in self.package.iterfind(f"opf:metadata/opf:meta[@property='{prop}']", NS)]

    def dc(self, name: str) -> list[str]:
        return [element.text or "" for element in self.package.iterfind(f"opf:metadata/dc:{name}", NS)]

    def page(self, href: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.zip.read(f"EPUB/{href}"))

    def spine(self) -> list[str]:
        hrefs = {item.get("id"): item.get("href") for item in self.package.iterfind("opf:manifest/opf:item", NS)}
        return [str(hrefs[ref.get("idref")]) for ref in self.package.iterfind("opf:spine/opf:itemref", NS)]

    def chapters(self) -> list[str]:
        return [href for href in self.spine() if href != "nav.xhtml"]

    def manifest(self) -> dict[str, str]:
        return {str(item.get("href")): str(item.get("media-type")) for item in self.package.iterfind("opf:manifest/opf:item", NS)}

    def css(self) -> str:
        return self.zip.read("EPUB/style/report.css").decode("utf-8")

    def chapter_of(self, anchor: str) -> str:
        """The chapter whose page has an element with the id ``anchor``."""
        (found,) = [href for href in self.chapters() if self.page(href).find(f".//*[@id='{anchor}']") is not None]
        return found


def text_of(element: ElementTree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def epub_of(content: Content, language: Language, registry: Registry) -> bytes:
    return render(content.report(language), registry.get("epub"), content.library[language])


def outline_of(content: Content, language: Language) -> Outline:
    return make_outline(content.report(language), content.library[language])


def set_message(folder: Path, locale: str, message_id: str, value: str) -> None:
    """Replace the value of one single-line message in ``{locale}.ftl``."""
    path = folder / f"{locale}.ftl"
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(number for number, line in enumerate(lines) if line.startswith(f"{message_id} = "))
    lines[index] = f"{message_id} = {value}"
    path.write_text("\n".join(lines), encoding="utf-8")


def headings(page: ElementTree.Element) -> list[int]:
    return [int(element.tag[-1]) for element in page.iter() if re.fullmatch(r"\{[^}]+\}h[1-6]", element.tag)]


def leading(outline: Outline) -> list[Section]:
    """The top-level sections the introduction holds: those of introductory kinds before any other."""
    return list(itertools.takewhile(lambda section: section.kind in INTRODUCTORY, outline.sections))


def blocks_of(outline: Outline) -> Iterator[tuple[Section | None, Block]]:
    yield from ((None, block) for block in outline.front)
    for section in outline.walk():
        yield from ((section, block) for block in section.blocks)


def passages(block: Block) -> list[str]:
    """Every text a reader must find of ``block``, gathered without the writer's help."""
    if isinstance(block, Paragraph):
        return [plain(block.spans)]
    if isinstance(block, ItemList):
        return [plain(item.spans) for item in block.items]
    if isinstance(block, Table):
        return [block.caption, *block.header, *(plain(cell.spans) for row in block.rows for cell in row.cells)]
    if isinstance(block, Definitions):
        return [text for entry in block.entries for text in (entry.term, plain(entry.spans))]
    if isinstance(block, Quote):
        return [plain(block.spans), *([block.source] if block.source else [])]
    if isinstance(block, Contact):
        return [line.line for line in block.lines]
    raise AssertionError(f"a block this test does not know: {block!r}")


def check_valid(path: Path, tmp_path: Path) -> None:
    """EPUBCheck: 0 fatal errors, 0 errors, 0 warnings; Ace: 0 violations."""
    checked = epubcheck(path)
    assert (checked.fatal, checked.errors, checked.warnings) == (0, 0, 0), checked.summary()
    audited = ace(path, tmp_path)
    assert audited.violations == (), audited.summary()
    assert (audited.outcome, audited.returncode) == ("pass", 0)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """The bundled report with markup, ampersands and emoji in its texts, in both languages."""
    folder = copy_content(tmp_path_factory.mktemp("hostile"))
    for locale in ("en-GB", "cy"):
        set_message(folder, locale, "council-name", f"Wrexham {HOSTILE}")
        set_message(folder, locale, "priority-economy", f"Developing the economy {HOSTILE}")
        set_message(folder, locale, "principle-long-term", f"Long term {HOSTILE}")
    return read_content(folder)


# --------------------------------------------------------------------------
# The real checkers, on the bundled report in both languages
# --------------------------------------------------------------------------


@LANGUAGES
def test_epubcheck_finds_no_errors_and_no_warnings(built: Built, language: Language) -> None:
    result = epubcheck(built("epub", language))
    assert result.checker_version.startswith("5.")
    assert result.epub_version.startswith("3")
    assert (result.fatal, result.errors, result.warnings) == (0, 0, 0), result.summary()


@LANGUAGES
def test_ace_finds_no_violations(built: Built, language: Language, tmp_path: Path) -> None:
    result = ace(built("epub", language), tmp_path)
    assert result.violations == (), result.summary()
    assert (result.outcome, result.returncode) == ("pass", 0)
    # Only the optional certifier credential and report are left for Ace to suggest.
    assert set(result.missing_metadata) <= {"a11y:certifierCredential", "a11y:certifierReport"}


def test_pandoc_reads_back_every_fact_and_figure_in_english(built: Built) -> None:
    text = pandoc_plain(built("epub", Language.EN), "epub")
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


@LANGUAGES
def test_pandoc_reads_back_every_passage_of_the_outline(built: Built, content: Content, language: Language) -> None:
    outline = outline_of(content, language)
    text = normalise(pandoc_plain(built("epub", language), "epub"))
    wanted = [outline.title, outline.subject]
    wanted += [section.title for section in outline.walk()]
    wanted += [passage for _, block in blocks_of(outline) for passage in passages(block)]
    ratings = {level.picture.id: level.picture.alt for scale in content.report(language).scales for level in scale.levels if level.picture}
    wanted += [picture.alt for picture in outline.pictures if not _only_in_table_rows(outline, picture.id) and picture.id not in ratings]
    missing = [passage for passage in wanted if normalise(passage) not in text]
    assert len(wanted) > 250
    assert missing == []
    # A rating's picture is decorative: its words follow, so the rating is not heard twice.
    assert len(ratings) == 3
    assert [alt for alt in ratings.values() if normalise(alt) in text] == []


def _shown(block: Block) -> list[str]:
    """The ids of the pictures ``block`` shows outside table rows."""
    if isinstance(block, Paragraph | Quote):
        pictures = [block.picture]
    elif isinstance(block, ItemList):
        pictures = [item.picture for item in block.items]
    elif isinstance(block, Definitions):
        pictures = [entry.picture for entry in block.entries]
    elif isinstance(block, Table):
        pictures = [cell.rating.picture for row in block.rows for cell in row.cells if cell.rating]
    else:
        pictures = []
    return [picture.id for picture in pictures if picture is not None]


def _only_in_table_rows(outline: Outline, picture_id: str) -> bool:
    """Whether the picture is shown only as the picture of a table row (which the book keeps out of its tables)."""
    sections = any(section.picture is not None and section.picture.id == picture_id for section in outline.walk())
    return not sections and not any(picture_id in _shown(block) for _, block in blocks_of(outline))


# --------------------------------------------------------------------------
# Package metadata
# --------------------------------------------------------------------------


@LANGUAGES
def test_accessibility_metadata(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    assert book.meta("dcterms:conformsTo") == [CONFORMS_TO]
    assert book.meta("a11y:certifiedBy") == [outline.council]
    assert book.meta("schema:accessibilitySummary") == [content.library[language].format("accessibility-summary")]
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert book.meta("schema:accessibilityHazard") == ["none"]
    features = book.meta("schema:accessibilityFeature")
    assert features == ["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability"]
    # The bundled report has pictures, each with alternative text.
    assert book.meta("schema:accessMode") == ["textual", "visual"]


@LANGUAGES
def test_language_title_dates_and_identifier(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    assert book.package.get(XML_LANG) == language.tag
    assert book.dc("language") == [language.tag]
    assert book.dc("title") == [outline.title]
    assert outline.title == content.library[language].format("document-title", title=outline.report_title, subtitle=outline.subtitle)
    assert book.dc("publisher") == book.dc("creator") == [outline.council]
    assert book.dc("description") == [outline.subject]
    assert book.dc("date") == ["2020-10-01"]
    assert book.meta("dcterms:modified") == ["2020-10-01T00:00:00Z"]
    (identifier,) = book.dc("identifier")
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", identifier)
    other = Book(built("epub", OTHER[language]).read_bytes()).dc("identifier")
    assert other != [identifier]


def test_certifier_and_summary_come_from_the_content(tmp_path: Path, registry: Registry) -> None:
    folder = copy_content(tmp_path)
    set_message(folder, "en-GB", "council-name", "Borough of Testing")
    set_message(folder, "cy", "council-name", "Bwrdeistref Profi")
    content = read_content(folder)
    english = Book(epub_of(content, Language.EN, registry))
    welsh = Book(epub_of(content, Language.CY, registry))
    assert english.meta("a11y:certifiedBy") == ["Borough of Testing"]
    assert welsh.meta("a11y:certifiedBy") == ["Bwrdeistref Profi"]
    assert english.meta("schema:accessibilitySummary") != welsh.meta("schema:accessibilitySummary")


# --------------------------------------------------------------------------
# Structure: chapters, navigation, headings, tables, ratings
# --------------------------------------------------------------------------


@LANGUAGES
def test_an_introduction_then_one_titled_chapter_per_other_top_level_section(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    own = content.library[language].format
    assert book.chapters() == [
        "introduction.xhtml",
        "summary-heading.xhtml",
        "economy.xhtml",
        "people.xhtml",
        "place.xhtml",
        "organisation.xhtml",
        "principles-heading.xhtml",
        "glossary.xhtml",
        "contact.xhtml",
        "credits.xhtml",
    ]
    intro = leading(outline)
    assert [section.kind for section in intro] == ["section", "section", "section", "legend"]
    rest = outline.sections[len(intro) :]
    assert book.chapters()[1:] == [f"{section.anchor}.xhtml" for section in rest]
    titles = []
    for href in ["nav.xhtml", *book.chapters()]:
        page = book.page(href)
        assert page.get("lang") == page.get(XML_LANG) == language.tag, href
        title = page.find("h:head/h:title", NS)
        assert title is not None
        assert title.text
        titles.append(title.text)
        if href != "nav.xhtml":
            levels = headings(page)
            assert levels[0] == 1, href
            assert levels.count(1) == 1, href
            assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), href
    assert titles[0] == outline.contents_title
    assert titles[1] == own("epub-introduction")
    assert titles[2:] == [section.title for section in rest]


@LANGUAGES
def test_every_section_has_its_heading_one_level_below_its_chapter(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    intro = book.page("introduction.xhtml")
    first = intro.find("h:body/*", NS)
    assert first is not None
    assert (first.tag, text_of(first)) == (f"{H}h1", outline.title)
    intro_anchors = {inner.anchor for section in leading(outline) for inner in section.walk()}
    count = 0
    for section in outline.walk():
        href = book.chapter_of(section.anchor)
        chapter_level = 1 if href == "introduction.xhtml" else 2
        assert (href == "introduction.xhtml") == (section.anchor in intro_anchors)
        heading = book.page(href).find(f".//*[@id='{section.anchor}']")
        assert heading is not None
        assert heading.tag == f"{H}h{section.level - chapter_level + 1}", section.anchor
        assert text_of(heading) == section.title
        count += 1
    assert count == len(list(outline.walk())) > 20


@LANGUAGES
def test_front_matter_says_who_published_it_and_where_the_other_language_is(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    body = book.page("introduction.xhtml").find("h:body", NS)
    assert body is not None
    paragraphs = body.findall("h:p", NS)
    assert [text_of(p) for p in paragraphs[:2]] == [plain(block.spans) for block in outline.front if isinstance(block, Paragraph)] + [
        outline.subject
    ]
    other = OTHER[language]
    (link,) = [p for p in paragraphs if p.get("class") == "other-language"]
    read_in = dict(content.report(language).read_in)[other]
    assert link.get("lang") == link.get(XML_LANG) == other.tag
    assert text_of(link) == f"{read_in} (wrexham-2019-20.epub.{other.code}.epub)"
    # The other book is a separate file: named, never linked (a link out of the book is an EPUBCheck error).
    assert link.find(".//h:a", NS) is None


def contents_of(listing: ElementTree.Element, depth: int = 1) -> list[tuple[int, str, str]]:
    """The entries of a contents list (``ol`` of the nav), nested lists included: depth, target and words."""
    entries = []
    for item in listing.findall("h:li", NS):
        link = item.find("h:a", NS)
        assert link is not None
        entries.append((depth, str(link.get("href")), text_of(link)))
        for inner in item.findall("h:ol", NS):
            entries += contents_of(inner, depth + 1)
    return entries


def assert_contents_reach_every_heading(book: Book) -> int:
    """Each chapter in the contents, then every heading of its page below ``h1``, nested by level; the number of entries."""
    (toc,) = [nav for nav in book.page("nav.xhtml").iterfind(".//h:nav", NS) if nav.get(EPUB_TYPE) == "toc"]
    listing = toc.find("h:ol", NS)
    assert listing is not None
    entries = contents_of(listing)
    wanted = []
    for href in book.chapters():
        wanted.append((1, href, text_of(book.page(href).find("h:head/h:title", NS))))  # type: ignore[arg-type]
        for element in book.page(href).iter():
            if re.fullmatch(r"\{[^}]+\}h[2-6]", str(element.tag)):
                wanted.append((int(str(element.tag)[-1]), f"{href}#{element.get('id')}", text_of(element)))
    assert entries == wanted
    return len(entries)


@LANGUAGES
def test_navigation_has_contents_and_landmarks(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    nav = book.page("nav.xhtml")
    navs = {element.get(EPUB_TYPE): element for element in nav.iterfind(".//h:nav", NS)}
    assert set(navs) == {"toc", "landmarks"}
    top = navs["toc"].find("h:ol", NS)
    assert top is not None
    for entry in top.findall("h:li", NS):
        link = entry.find("h:a", NS)
        assert link is not None
        title = book.page(str(link.get("href"))).find("h:head/h:title", NS)
        assert title is not None
        assert text_of(link) == title.text
    listed = assert_contents_reach_every_heading(book)
    outline = outline_of(content, language)
    # The introduction, then every section of the outline: a chapter or a heading inside one.
    assert listed == 1 + len([section for section in outline.walk() if section.title]) == 28
    landmarks = {link.get(EPUB_TYPE): link.get("href") for link in navs["landmarks"].iterfind(".//h:a", NS)}
    assert landmarks == {"toc": "nav.xhtml", "bodymatter": "introduction.xhtml", "glossary": "glossary.xhtml"}
    assert navs["landmarks"].get("hidden") == "hidden"
    ncx = ElementTree.fromstring(book.zip.read("EPUB/toc.ncx"))
    sources = [str(point.get("src")) for point in ncx.iter("{http://www.daisy.org/z3986/2005/ncx/}content")]
    assert [source for source in sources if "#" not in source] == book.chapters()
    assert len(sources) == listed


@LANGUAGES
def test_tables_are_data_tables_with_ratings_in_words(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    css = book.css()
    tables = [(section, block) for section, block in blocks_of(outline) if isinstance(block, Table)]
    assert len(tables) == 2
    for section, block in tables:
        assert section is not None
        page = book.page(book.chapter_of(section.anchor))
        (table,) = [t for t in page.iterfind(".//h:table", NS) if text_of(t.find("h:caption", NS)) == block.caption]  # type: ignore[arg-type]
        head = table.findall("h:thead/h:tr/h:th", NS)
        assert [text_of(cell) for cell in head] == list(block.header)
        assert {cell.get("scope") for cell in head} == {"col"}
        body = table.findall("h:tbody/h:tr", NS)
        assert len(body) == len(block.rows)
        for found, row in zip(body, block.rows, strict=True):
            assert [text_of(cell) for cell in found] == [plain(cell.spans) for cell in row.cells]
            assert found[0].tag == f"{H}th"
            assert found[0].get("scope") == "row"
            assert all(cell.tag == f"{H}td" for cell in found[1:])
            for cell, wanted in zip(found, row.cells, strict=True):
                if wanted.rating is None:
                    assert cell.get("class") is None
                    assert cell.find("h:img", NS) is None
                    continue
                bar = f"rating-{wanted.rating.colour[1:]}"
                assert cell.get("class") == (f"rating {bar} with-picture" if wanted.rating.picture else f"rating {bar}")
                assert f".{bar} {{ border-left-color: {wanted.rating.colour}; }}" in css
                name = cell.find("h:strong", NS)
                assert name is not None
                assert name.text == wanted.rating.name
                assert text_of(cell) == wanted.rating.text
                # The rating's picture stays beside its words, decorative as they name the rating; the row's own picture stays out.
                images = [(image.get("alt"), image.get("src")) for image in cell.iterfind("h:img", NS)]
                assert images == ([("", f"images/{wanted.rating.picture.id}.png")] if wanted.rating.picture else [])
            assert row.picture is not None
            assert row.picture.alt not in [image.get("alt") for image in found.iter(f"{H}img")]


@LANGUAGES
def test_codes_are_explained_before_the_table_uses_them(built: Built, content: Content, language: Language) -> None:
    own = content.library[language].format
    report = content.report(language)
    page = Book(built("epub", language).read_bytes()).page("summary-heading.xhtml")
    body = page.find("h:body", NS)
    assert body is not None
    order = [text_of(element) for element in body]
    intro = order.index(own("codes-intro"))
    second_table = max(index for index, element in enumerate(body) if element.tag.endswith("table"))
    assert body[intro + 1].tag == f"{H}ul"
    explained = [text_of(item) for item in body[intro + 1].iterfind("h:li", NS)]
    assert intro < second_table
    themes = [(theme.code, theme.name) for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]
    assert len(themes) == 4
    assert explained == [own("code-meaning", code=code, theme=name) for code, name in themes]


@LANGUAGES
def test_the_legend_lists_each_level_with_its_bar(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    outline = outline_of(content, language)
    (legend,) = [section for section in outline.sections if section.kind == "legend"]
    (levels,) = legend.blocks
    assert isinstance(levels, ItemList)
    page = book.page("introduction.xhtml")
    (found,) = page.iterfind(".//h:ul[@class='ratings']", NS)
    items = found.findall("h:li", NS)
    assert [text_of(item) for item in items] == [plain(item.spans) for item in levels.items]
    for item, wanted in zip(items, levels.items, strict=True):
        (rating,) = wanted.ratings
        assert item.get("class") == f"rating rating-{rating.colour[1:]} with-picture"
        assert rating.picture is not None
        # Decorative: the words after it name the rating, which would otherwise be heard twice.
        assert [(image.get("alt"), image.get("src")) for image in item.iterfind("h:img", NS)] == [("", f"images/{rating.picture.id}.png")]


def test_stylesheet_leaves_text_colours_and_fonts_to_the_reader(built: Built, content: Content) -> None:
    css = Book(built("epub", Language.EN).read_bytes()).css()
    declarations = [part.strip() for block in re.findall(r"\{([^}]*)\}", css) for part in block.split(";") if part.strip()]
    properties = {declaration.split(":")[0].strip() for declaration in declarations}
    assert not properties & {"color", "background", "background-color", "font-family", "font-size"}
    assert "!important" not in css
    report = content.report(Language.EN)
    for scale in report.scales:
        colours = [level.colour for level in scale.levels]
        assert len(set(colours)) == len(colours), scale.id
        for colour in colours:
            assert f".rating-{colour[1:]} {{ border-left-color: {colour}; }}" in css
            assert contrast(colour, "#ffffff") >= 4.5, colour
    bars = re.findall(r"\.rating-([0-9a-f]{6}) \{", css)
    assert sorted(bars) == sorted({level.colour[1:] for scale in report.scales for level in scale.levels})


# --------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------


@LANGUAGES
def test_pictures_carry_alt_text_and_credits(built: Built, content: Content, language: Language) -> None:
    outline = outline_of(content, language)
    book = Book(built("epub", language).read_bytes())
    manifest = book.manifest()
    assert len(outline.pictures) > 50
    for picture in outline.pictures:
        assert manifest[f"images/{picture.id}.png"] == "image/png"
    assert len([href for href in manifest if href.startswith("images/")]) == len(outline.pictures)
    images: dict[str, str | None] = {}
    for href in book.chapters():
        for image in book.page(href).iter(f"{H}img"):
            images[str(image.get("src"))] = image.get("alt")
    # A rating's picture is always beside the rating's words, so it is decorative; every other keeps its text.
    rating_pictures = {level.picture.id for scale in content.report(language).scales for level in scale.levels if level.picture}
    assert len(rating_pictures) == 3
    expected = {f"images/{picture.id}.png": "" if picture.id in rating_pictures else picture.alt for picture in outline.pictures}
    assert images.items() <= expected.items()
    # Only pictures shown nowhere but beside a table row stay out: tables carry words and rating pictures alone.
    left_out = {f"images/{picture.id}.png" for picture in outline.pictures if _only_in_table_rows(outline, picture.id)}
    assert set(expected) - set(images) == left_out
    assert left_out == {"images/picture-health.png"}
    described = [alt for src, alt in images.items() if src.removeprefix("images/").removesuffix(".png") not in rating_pictures]
    assert len(described) == len(images) - 3
    assert all(alt and not alt.lower().endswith((".png", ".jpg")) for alt in described)
    glossary = book.page("glossary.xhtml")
    (words,) = [block for section in outline.walk() if section.kind == "glossary" for block in section.blocks]
    assert isinstance(words, Definitions)
    assert [text_of(term) for term in glossary.iterfind(".//h:dt", NS)] == [entry.term for entry in words.entries]
    assert [text_of(term) for term in glossary.iterfind(".//h:dd", NS)] == [plain(entry.spans) for entry in words.entries]
    assert text_of(book.page("credits.xhtml")).endswith(outline.credits[0])


# --------------------------------------------------------------------------
# Every shape the outline can take: a report of its own, and spans of every kind
# --------------------------------------------------------------------------

SMALL_REPORT = """\
id: nant-2024-25
published: "2025-07-01"
period: {start: "2024-04-01", end: "2025-03-31"}
languages: [en-GB]
currency: GBP
scales:
  - id: performance
    levels: [{id: good}, {id: fair}, {id: poor}]
  - id: phase
    levels: [{id: embedded}, {id: developing}]
  - id: status
    preset: traffic-light
parts:
  - kind: legend
  - kind: group
    id: progress
    parts:
      - kind: rated-list
        id: areas
        scales: [performance, phase]
        items:
          - {id: area-homes, code: H1, ratings: {performance: good, phase: embedded}}
          - {id: area-roads, code: H2, ratings: {performance: poor, phase: developing}}
      - kind: group
        id: deeper
        parts:
          - kind: section
            id: deepest
            paragraphs: [{id: deepest-text}]
          - kind: indicators
            id: numbers
            scale: status
            indicators:
              - {id: kpi-visits, unit: number, previous: "412380", current: "403650", target: "420000", status: amber, trend: declining}
              - {id: kpi-recycling, unit: percent, current: "46.8", target: "48", status: green, trend: improving}
              - {id: kpi-income, unit: money, previous: "68.50", current: "71.20", status: red}
  - kind: quotes
    id: voices
    quotes:
      - {id: quote-resident}
      - {id: quote-anonymous}
  - kind: contact
    contact:
      phone: "01632 960000"
      address: nant-address
"""

SMALL_STRINGS = """\
report-title = Our year
report-subtitle = Annual report 2024 to 2025
council-name = Nant Town Council
report-period = April 2024 to March 2025
performance = Performance
performance-good = Good
    .meaning = Most services meet their targets.
performance-fair = Fair
    .meaning = Some services meet their targets.
performance-poor = Poor
    .meaning = Few services meet their targets.
phase = Stage
phase-embedded = Embedded
    .meaning = It is how we work every day.
phase-developing = Developing
    .meaning = We are still trying it out.
status = Status against target
status-green =
    .meaning = On target.
status-amber =
    .meaning = Close to target.
status-red =
    .meaning = Far from target.
progress = Progress
areas = Areas of work
    .caption = Areas of work, rated on performance and stage
    .column = Area
area-homes = Homes
area-roads = Roads
deeper = A closer look
deepest = The detail
deepest-text = This section sits three headings down.
numbers = Numbers
    .caption = Numbers: last year, this year, target, status and trend
    .previous = 2023/24
    .current = 2024/25
kpi-visits = Visits to the town centre
kpi-recycling = Waste recycled
kpi-income = Cost of a night in a bed and breakfast
voices = In your words
quote-resident = The new bus saves me an hour a day.
    .source = A resident of Nant
quote-anonymous = Nobody asked us before.
nant-address =
    Town Hall
    Nant
    NT1 1AA
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """A report in one language with no pictures: two scales on one list, indicators, groups three deep, quotes."""
    folder = tmp_path_factory.mktemp("small") / "nant-2024-25"
    folder.mkdir()
    (folder / "report.yaml").write_text(SMALL_REPORT, encoding="utf-8")
    (folder / "en-GB.ftl").write_text(SMALL_STRINGS, encoding="utf-8")
    assert check_content(folder) == []
    return read_content(folder)


def every_span(outline: Outline) -> Outline:
    """``outline`` with a front paragraph holding a span of every kind."""
    spans = (
        Text("Read "),
        Strong("this"),
        Text(", a "),
        Term("grant"),
        Text(", "),
        Link("our site", "https://nant.example.org/report"),
        Text(" and "),
        Foreign("Croeso i Nant", Language.CY),
        Text("."),
    )
    return attrs.evolve(outline, front=(*outline.front, Paragraph(spans)))


def test_a_report_of_every_shape_makes_a_valid_book(small: Content, tmp_path: Path) -> None:
    from focusreport_epub.book import make_book

    outline = every_span(outline_of(small, Language.EN))
    path = tmp_path / "small.epub"
    path.write_bytes(make_book(outline, small.library[Language.EN]))
    check_valid(path, tmp_path)

    book = Book(path.read_bytes())
    # Nothing to see: no visual access mode, no pictures, no images at all.
    assert outline.pictures == ()
    assert book.meta("schema:accessMode") == ["textual"]
    assert "alternativeText" not in book.meta("schema:accessibilityFeature")
    assert not [href for href in book.manifest() if href.startswith("images/")]
    # A leading legend makes the introduction; each other top-level section a chapter.
    assert book.chapters() == ["introduction.xhtml", "progress.xhtml", "voices.xhtml", "contact.xhtml"]
    pages = {href: book.page(href) for href in book.chapters()}
    for href, page in pages.items():
        assert page.find(".//h:img", NS) is None, href
        levels = headings(page)
        assert levels[0] == 1 and all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), href
    # One language: no word of another, no glossary, no landmark for one.
    assert pages["introduction.xhtml"].find(".//h:p[@class='other-language']", NS) is None
    assert landmarks_of(book) == {"toc": "nav.xhtml", "bodymatter": "introduction.xhtml"}
    assert all(page.find(".//h:dl", NS) is None for page in pages.values())

    intro = [(element.tag.removeprefix(H), text_of(element)) for element in pages["introduction.xhtml"].find("h:body", NS)]  # type: ignore[union-attr]
    assert [entry for entry in intro if entry[0][0] == "h"] == [
        ("h1", "Our year: Annual report 2024 to 2025"),
        ("h2", "What the ratings mean"),
        ("h3", "Performance"),
        ("h3", "Stage"),
        ("h3", "Status against target"),
    ]
    progress = [(e.tag.removeprefix(H), text_of(e)) for e in pages["progress.xhtml"].iter() if re.fullmatch(r"\{[^}]+\}h\d", e.tag)]
    assert progress == [("h1", "Progress"), ("h2", "Areas of work"), ("h2", "A closer look"), ("h3", "The detail"), ("h3", "Numbers")]
    # The contents reach every heading, the third level too, nested under its section.
    assert assert_contents_reach_every_heading(book) == 5 + 5 + 1 + 1  # introduction, progress, voices, contact

    # Two ratings in one row: two rated cells, each its scale's words and bar.
    areas, numbers = pages["progress.xhtml"].findall(".//h:table", NS)
    assert [text_of(th) for th in areas.iterfind("h:thead/h:tr/h:th", NS)] == ["Code", "Area", "Performance", "Stage"]
    first = areas.find("h:tbody/h:tr", NS)
    assert first is not None
    assert [cell.tag.removeprefix(H) for cell in first] == ["th", "td", "td", "td"]
    assert [text_of(cell) for cell in first] == [
        "H1",
        "Homes",
        "Good. Most services meet their targets.",
        "Embedded. It is how we work every day.",
    ]
    assert [cell.get("class") for cell in first][2:] == ["rating rating-00703c", "rating rating-00703c"]
    # Indicators: measure, previous, current, target, status, trend; figures as the outline writes them.
    assert [text_of(th) for th in numbers.iterfind("h:thead/h:tr/h:th", NS)] == [
        "Measure",
        "2023/24",
        "2024/25",
        "Target",
        "Status against target",
        "Trend",
    ]
    rows = [[text_of(cell) for cell in row] for row in numbers.iterfind("h:tbody/h:tr", NS)]
    (indicators,) = [block for _, block in blocks_of(outline) if isinstance(block, Table) and block.caption.startswith("Numbers")]
    assert rows == [[plain(cell.spans) for cell in row.cells] for row in indicators.rows]
    assert rows[0][0] == "Visits to the town centre"
    assert rows[0][4:] == ["Amber. Close to target.", "Getting worse"]
    assert rows[1][1] == "Not given"
    assert rows[1][2].endswith("%") and rows[2][1].startswith("£")

    # Quotes: the words in a blockquote, who said them outside it.
    figures_ = pages["voices.xhtml"].findall(".//h:figure[@class='quote']", NS)
    assert [text_of(f.find("h:blockquote", NS)) for f in figures_] == ["The new bus saves me an hour a day.", "Nobody asked us before."]  # type: ignore[arg-type]
    assert [text_of(caption) for f in figures_ for caption in f.iterfind("h:figcaption", NS)] == ["A resident of Nant"]

    # Contact: the outline's lines, the phone number a link, the address text.
    lines = pages["contact.xhtml"].findall(".//h:ul[@class='contact']/h:li", NS)
    assert [text_of(line) for line in lines] == ["Phone: 01632 960000", "Address: Town Hall, Nant, NT1 1AA"]
    assert [a.get("href") for a in lines[0].iterfind("h:a", NS)] == ["tel:01632960000"]
    assert lines[1].find("h:a", NS) is None

    # Spans: stress, a hard word, a link, a passage in another language.
    (paragraph,) = [p for p in pages["introduction.xhtml"].iterfind(".//h:p", NS) if text_of(p).startswith("Read this")]
    assert text_of(paragraph) == "Read this, a grant, our site and Croeso i Nant."
    assert [(child.tag.removeprefix(H), child.text, dict(child.attrib)) for child in paragraph] == [
        ("strong", "this", {}),
        ("b", "grant", {"class": "term"}),
        ("a", "our site", {"href": "https://nant.example.org/report"}),
        ("span", "Croeso i Nant", {"lang": "cy-GB", XML_LANG: "cy-GB"}),
    ]


def test_a_book_in_a_language_written_right_to_left_reads_and_turns_right_to_left(small: Content, tmp_path: Path) -> None:
    from focusreport_epub.book import make_book

    arabic = Language.of("ar")
    outline = attrs.evolve(every_span(outline_of(small, Language.EN)), language=arabic)
    path = tmp_path / "rtl.epub"
    path.write_bytes(make_book(outline, small.library[Language.EN]))
    check_valid(path, tmp_path)
    book = Book(path.read_bytes())
    spine = book.package.find("opf:spine", NS)
    assert spine is not None
    assert spine.get("page-progression-direction") == "rtl"
    for href in book.chapters():
        page = book.page(href)
        assert (page.get("lang"), page.get("dir")) == ("ar", "rtl"), href
    nav_body = book.page("nav.xhtml").find("h:body", NS)
    assert nav_body is not None
    assert nav_body.get("dir") == "rtl"
    # A Welsh passage inside it is marked as written left to right.
    (welsh,) = book.page("introduction.xhtml").iterfind(".//h:span[@lang='cy-GB']", NS)
    assert welsh.get("dir") == "ltr"
    # Left to right in a left-to-right book needs no mark at all.
    english = Book(make_book(every_span(outline_of(small, Language.EN)), small.library[Language.EN]))
    assert all(element.get("dir") is None for href in english.chapters() for element in english.page(href).iter())
    assert english.package.find("opf:spine", NS).get("page-progression-direction") is None  # type: ignore[union-attr]


def landmarks_of(book: Book) -> dict[str | None, str | None]:
    return {link.get(EPUB_TYPE): link.get("href") for link in book.page("nav.xhtml").iterfind(".//h:nav[@hidden]//h:a", NS)}


def test_the_glossary_landmark_leads_to_the_glossary_wherever_it_is(small: Content) -> None:
    from focusreport_epub.book import make_book

    outline = outline_of(small, Language.EN)
    strings = small.library[Language.EN]
    words = Section("words", "Words", 2, "glossary", (Paragraph((Text("Words."),)),))
    about = Section("about", "About", 2, "section", (Paragraph((Text("Hello."),)),))
    book = Book(make_book(attrs.evolve(outline, sections=(about, words, *outline.sections)), strings))
    assert book.chapters()[:2] == ["introduction.xhtml", "words.xhtml"]
    assert landmarks_of(book) == {"toc": "nav.xhtml", "bodymatter": "introduction.xhtml", "glossary": "words.xhtml"}

    inner = Section("words", "Words", 3, "glossary", (Paragraph((Text("Words."),)),))
    group = Section("back", "At the back", 2, "group", (), (inner,))
    book = Book(make_book(attrs.evolve(outline, sections=(*outline.sections, group)), strings))
    assert landmarks_of(book)["glossary"] == "back.xhtml#words"
    assert book.page("back.xhtml").find(".//h:h2[@id='words']", NS) is not None


def test_chapter_files_never_clash_with_the_books_own(small: Content) -> None:
    from focusreport_epub.book import make_book

    outline = outline_of(small, Language.EN)
    strings = small.library[Language.EN]
    clash = Section("introduction", "Introduction too", 2, "list", (Paragraph((Text("Again."),)),))
    nav = Section("nav", "Navigation", 2, "glossary", (Paragraph((Text("Words."),)),))
    book = Book(make_book(attrs.evolve(outline, sections=(nav, clash)), strings))
    assert book.chapters() == ["introduction.xhtml", "nav-2.xhtml", "introduction-2.xhtml"]
    assert landmarks_of(book) == {"toc": "nav.xhtml", "bodymatter": "introduction.xhtml", "glossary": "nav-2.xhtml"}
    body = book.page("nav-2.xhtml").find("h:body", NS)
    assert body is not None
    assert [(element.tag.removeprefix(H), text_of(element)) for element in body] == [("h1", "Navigation"), ("p", "Words.")]


# --------------------------------------------------------------------------
# Hostile text: markup, ampersands, emoji, control characters
# --------------------------------------------------------------------------


def test_markup_and_emoji_in_the_content_are_escaped_and_the_book_stays_valid(hostile: Content, registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "hostile.epub"
    path.write_bytes(epub_of(hostile, Language.EN, registry))
    book = Book(path.read_bytes())
    for href in book.chapters():
        assert book.page(href).find(".//h:script", NS) is None, href
        assert book.page(href).find(".//h:body//h:b", NS) is None, href
    assert book.meta("a11y:certifiedBy") == [f"Wrexham {HOSTILE}"]
    assert HOSTILE in text_of(book.page("principles-heading.xhtml"))
    check_valid(path, tmp_path)
    read_back = pandoc_plain(path, "epub")
    assert read_back.count('<script>alert("boo")</script>') >= 3
    assert "Fish & chips &amp; AT&T ]]> 🎉👩🏽‍💻 <b>bold?</b>" in read_back


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f"])
def test_the_content_loader_rejects_control_characters_with_file_line_and_field(tmp_path: Path, control: str) -> None:
    folder = copy_content(tmp_path)
    set_message(folder, "cy", "principle-long-term", f"Meddwl yn yr hirdymor{control}")
    problems = check_content(folder)
    assert len(problems) == 1, problems
    (problem,) = problems
    lines = (folder / "cy.ftl").read_text(encoding="utf-8").split("\n")
    assert problem.file == folder / "cy.ftl"
    assert problem.line is not None
    assert lines[problem.line - 1].startswith("principle-long-term = ")
    assert problem.field == "principle-long-term"
    assert f"U+{ord(control):04X}" in problem.message


def test_the_content_loader_rejects_control_characters_from_fluent_escapes(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    set_message(folder, "en-GB", "principle-prevention", 'Prevention {"\\u0008"} first')
    (problem,) = check_content(folder)
    assert (problem.field, "U+0008" in problem.message) == ("principle-prevention", True)


def test_the_content_loader_keeps_tabs_and_line_breaks(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    set_message(folder, "en-GB", "principle-prevention", "Prevention\tfirst")
    assert check_content(folder) == []


def with_first_principle(report: Report, text: str) -> Report:
    def changed(part: Part) -> Part:
        if isinstance(part, ListPart) and part.kind == "principles":
            return attrs.evolve(part, items=(attrs.evolve(part.items[0], text=text), *part.items[1:]))
        return part

    return attrs.evolve(report, parts=tuple(changed(part) for part in report.parts))


def test_a_report_with_a_control_character_is_refused_and_no_file_is_left(content: Content, tmp_path: Path) -> None:
    broken = with_first_principle(content.report(Language.EN), "Long term\x0cthinking")
    target = tmp_path / "out" / "broken.epub"
    with pytest.raises(WriterError, match=r"principles-heading, block 1, item 1: the character U\+000C at character 10"):
        focusreport.write_format(broken, "epub", target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda o: attrs.evolve(o, title="A\x01"), "title"),
        (lambda o: attrs.evolve(o, sections=(attrs.evolve(o.sections[0], title="B\x02"), *o.sections[1:])), "intro-council, heading"),
        (lambda o: every_picture_alt(o, "C\x03"), "intro-council, picture picture-council (alternative text)"),
    ],
    ids=["title", "heading", "alternative text"],
)
def test_an_outline_with_a_control_character_is_refused_naming_the_place(content: Content, change: object, where: str) -> None:
    from focusreport_epub.book import make_book

    outline = change(outline_of(content, Language.EN))  # type: ignore[operator]
    with pytest.raises(WriterError, match=re.escape(f"wrexham-2019-20 (en-GB): {where}: the character U+")):
        make_book(outline, content.library[Language.EN])


def every_picture_alt(outline: Outline, alt: str) -> Outline:
    first = outline.sections[0]
    assert first.picture is not None
    return attrs.evolve(outline, sections=(attrs.evolve(first, picture=attrs.evolve(first.picture, alt=alt)), *outline.sections[1:]))


def test_a_build_from_invalid_content_writes_nothing(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    set_message(folder, "en-GB", "council-name", "Wrexham\x00 County Borough Council")
    out = tmp_path / "out"
    with pytest.raises(ContentError, match="council-name"):
        focusreport.build(folder, out, formats=["epub"])
    assert not out.exists() or list(out.iterdir()) == []


# --------------------------------------------------------------------------
# Same input, same bytes
# --------------------------------------------------------------------------


@LANGUAGES
def test_same_bytes_every_run_with_mimetype_first_and_stored(content: Content, registry: Registry, language: Language) -> None:
    first = epub_of(content, language, registry)
    assert epub_of(content, language, registry) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        entries = archive.infolist()
        pictures = {entry.filename for entry in entries if archive.read(entry).startswith(b"\x89PNG\r\n\x1a\n")}
    assert entries[0].filename == "mimetype"
    assert entries[0].compress_type == zipfile.ZIP_STORED
    assert entries[0].extra == b""
    assert first[30:38] == b"mimetype"
    assert first[38:58] == b"application/epub+zip"
    assert {entry.date_time for entry in entries} == {(2020, 10, 1, 0, 0, 0)}
    assert pictures
    assert all(entry.compress_type == zipfile.ZIP_STORED for entry in entries if entry.filename in pictures)
    assert all(entry.compress_type == zipfile.ZIP_DEFLATED for entry in entries[1:] if entry.filename not in pictures)


def test_the_zip_date_follows_the_report(content: Content) -> None:
    from focusreport_epub.book import make_book

    outline = attrs.evolve(outline_of(content, Language.EN), published=datetime.date(2021, 2, 3))
    data = make_book(outline, content.library[Language.EN])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2021, 2, 3, 0, 0, 0)}
    assert Book(data).meta("dcterms:modified") == ["2021-02-03T00:00:00Z"]
    assert Book(data).dc("date") == ["2021-02-03"]


# --------------------------------------------------------------------------
# Loading stays light
# --------------------------------------------------------------------------


def test_listing_formats_imports_neither_ebooklib_nor_lxml() -> None:
    program = textwrap.dedent(
        """\
        import sys
        from focusreport.cli import main
        main(['formats'])
        heavy = sorted(name for name in sys.modules if name.split('.')[0] in {'ebooklib', 'lxml'})
        print('HEAVY', heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert "epub\t" in result.stdout
    assert "HEAVY []" in result.stdout
