"""The EPUB writer: valid under EPUBCheck and DAISY Ace, accessible, complete and reproducible."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import attrs
import pytest

import focusreport
from conftest import Built
from external import ace, epubcheck, pandoc_plain
from facts import figures, missing_passages, normalise, source_figures
from focusreport import ContentError, Language, Rating, Report, WriterError
from focusreport.builder import render
from focusreport.content import Content, check_content, read_content
from focusreport.writers import Registry

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
HOSTILE = '<script>alert("boo")</script> Fish & chips &amp; AT&T ]]> 🎉👩🏽‍💻 <b>bold?</b>'

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


def text_of(element: ElementTree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def epub_of(content: Content, language: Language, registry: Registry) -> bytes:
    return render(content.report(language), registry.get("epub"), content.library[language])


def copy_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(focusreport.bundled_content_dir(), folder)
    return folder


def set_message(folder: Path, locale: str, message_id: str, value: str) -> None:
    """Replace the value of one single-line message in ``{locale}.ftl``."""
    path = folder / f"{locale}.ftl"
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(number for number, line in enumerate(lines) if line.startswith(f"{message_id} = "))
    lines[index] = f"{message_id} = {value}"
    path.write_text("\n".join(lines), encoding="utf-8")


def tiny_png(colour: tuple[int, int, int] = (27, 122, 58)) -> bytes:
    """A valid 8 x 8 PNG of one colour."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + bytes(colour) * 8 for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def headings(page: ElementTree.Element) -> list[int]:
    return [int(element.tag[-1]) for element in page.iter() if re.fullmatch(r"\{[^}]+\}h[1-6]", element.tag)]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted([luminance(first), luminance(second)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


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


def test_pandoc_reads_back_every_item_and_heading_in_welsh(built: Built, content: Content) -> None:
    report = content.report(Language.CY)
    text = normalise(pandoc_plain(built("epub", Language.CY), "epub"))
    wanted = [item.text for item in report.items()]
    wanted += [section.heading for section in report.introduction]
    wanted += [theme.name for theme in report.themes] + [theme.summary for theme in report.themes]
    wanted += [objective.code for objective in report.objectives]
    wanted += [entry.meaning for entry in report.legend]
    missing = [passage for passage in wanted if normalise(passage) not in text]
    assert len(wanted) > 100
    assert missing == []


# --------------------------------------------------------------------------
# Package metadata
# --------------------------------------------------------------------------


@LANGUAGES
def test_accessibility_metadata(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    report = content.report(language)
    assert book.meta("dcterms:conformsTo") == [CONFORMS_TO]
    assert book.meta("a11y:certifiedBy") == [report.council]
    assert book.meta("schema:accessibilitySummary") == [content.library[language].format("accessibility-summary")]
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert book.meta("schema:accessibilityHazard") == ["none"]
    features = set(book.meta("schema:accessibilityFeature"))
    assert {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"} <= features
    # The bundled report has pictures, each with alternative text.
    assert book.meta("schema:accessMode") == ["textual", "visual"]
    assert "alternativeText" in features


@LANGUAGES
def test_language_title_dates_and_identifier(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    report = content.report(language)
    assert book.package.get(XML_LANG) == language.tag
    assert book.dc("language") == [language.tag]
    assert book.dc("title") == [content.library[language].format("document-title", title=report.title, subtitle=report.subtitle)]
    assert book.dc("publisher") == book.dc("creator") == [report.council]
    assert book.dc("date") == ["2020-10-01"]
    assert book.meta("dcterms:modified") == ["2020-10-01T00:00:00Z"]
    (identifier,) = book.dc("identifier")
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", identifier)
    other = Book(built("epub", language.other).read_bytes()).dc("identifier")
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
def test_one_titled_chapter_per_part_in_the_books_language(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    report = content.report(language)
    text = content.library[language].format
    themes = [f"theme-{theme.id}.xhtml" for theme in report.themes]
    assert book.chapters() == ["introduction.xhtml", "summary.xhtml", *themes, "principles.xhtml", "glossary.xhtml", "credits.xhtml"]
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
            assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), href
    assert titles[0] == text("contents-heading")
    assert titles[1] == text("epub-introduction")
    assert titles[2] == text("summary-heading")
    assert titles[3:-3] == [text("theme-heading", theme=theme.name, summary=theme.summary) for theme in report.themes]
    assert titles[-3:] == [text("principles-heading"), text("glossary-heading"), text("credits-heading")]


@LANGUAGES
def test_navigation_has_contents_and_landmarks(built: Built, content: Content, language: Language) -> None:
    book = Book(built("epub", language).read_bytes())
    nav = book.page("nav.xhtml")
    navs = {element.get(EPUB_TYPE): element for element in nav.iterfind(".//h:nav", NS)}
    assert set(navs) == {"toc", "landmarks"}
    toc = [(link.get("href"), text_of(link)) for link in navs["toc"].iterfind(".//h:a", NS)]
    assert [href for href, _ in toc] == book.chapters()
    for href, label in toc:
        title = book.page(str(href)).find("h:head/h:title", NS)
        assert title is not None
        assert label == title.text
    landmarks = {link.get(EPUB_TYPE): link.get("href") for link in navs["landmarks"].iterfind(".//h:a", NS)}
    assert landmarks == {"toc": "nav.xhtml", "bodymatter": "introduction.xhtml", "glossary": "glossary.xhtml"}
    assert navs["landmarks"].get("hidden") == "hidden"


@LANGUAGES
def test_summary_tables_are_data_tables_with_ratings_in_words(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    text = content.library[language].format
    page = Book(built("epub", language).read_bytes()).page("summary.xhtml")
    tables = page.findall(".//h:table", NS)
    assert len(tables) == 2

    def said(rating: Rating) -> str:
        meaning = report.meaning_of(rating)
        return text("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)

    expected = [
        (
            text("priorities-caption"),
            [text("column-priority"), text("column-outcome")],
            [[p.title.text, said(p.rating)] for p in report.priorities],
        ),
        (
            text("objectives-caption"),
            [text("column-code"), text("column-objective"), text("column-outcome")],
            [[o.code, o.title.text, said(o.rating)] for o in report.objectives],
        ),
    ]
    for table, (caption, columns, rows) in zip(tables, expected, strict=True):
        found_caption = table.find("h:caption", NS)
        assert found_caption is not None
        assert text_of(found_caption) == caption
        head = table.findall("h:thead/h:tr/h:th", NS)
        assert [text_of(cell) for cell in head] == columns
        assert {cell.get("scope") for cell in head} == {"col"}
        body = table.findall("h:tbody/h:tr", NS)
        assert [[text_of(cell) for cell in row] for row in body] == rows
        for row in body:
            assert row[0].tag == f"{{{NS['h']}}}th"
            assert row[0].get("scope") == "row"
            assert row[-1].get("class") == f"rating rating-{next(r.value for r in Rating if said(r) == text_of(row[-1]))}"


@LANGUAGES
def test_codes_are_explained_before_the_table_uses_them(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    page = Book(built("epub", language).read_bytes()).page("summary.xhtml")
    body = page.find("h:body", NS)
    assert body is not None
    order = [text_of(element) for element in body]
    intro = order.index(content.library[language].format("codes-intro"))
    second_table = max(index for index, element in enumerate(body) if element.tag.endswith("table"))
    explained = [text_of(item) for item in body[intro + 1].iterfind("h:li", NS)]
    assert intro < second_table
    for theme in report.themes:
        assert content.library[language].format("code-meaning", code=theme.code, theme=theme.name) in explained


def test_stylesheet_leaves_text_colours_and_fonts_to_the_reader(built: Built) -> None:
    from focusreport_epub.style import RATING_COLOURS

    css = Book(built("epub", Language.EN).read_bytes()).zip.read("EPUB/style/report.css").decode("utf-8")
    declarations = [part.strip() for block in re.findall(r"\{([^}]*)\}", css) for part in block.split(";") if part.strip()]
    properties = {declaration.split(":")[0].strip() for declaration in declarations}
    assert not properties & {"color", "background", "background-color", "font-family", "font-size"}
    assert "!important" not in css
    for rating, colour in RATING_COLOURS.items():
        assert f".rating-{rating.value} {{ border-left-color: {colour}; }}" in css
        assert contrast(colour, "#ffffff") >= 3.0, rating
        assert contrast(colour, "#000000") >= 3.0, rating
    assert len(set(RATING_COLOURS.values())) == len(Rating)


# --------------------------------------------------------------------------
# Pictures (a content folder of the test's own)
# --------------------------------------------------------------------------


@LANGUAGES
def test_pictures_carry_alt_text_and_credits(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    book = Book(built("epub", language).read_bytes())
    alts = {picture.id: picture.alt for picture in report.pictures()}
    manifest = book.manifest()
    for picture in report.pictures():
        assert manifest[f"images/{picture.id}.png"] == "image/png"
    images: dict[str, str | None] = {}
    for href in book.chapters():
        for image in book.page(href).iter(f"{{{NS['h']}}}img"):
            images[str(image.get("src"))] = image.get("alt")
    expected = {f"images/{picture_id}.png": alt for picture_id, alt in alts.items()}
    assert images.items() <= expected.items()
    # Only the pictures of the in-year priorities stay out: the summary tables carry words alone.
    shown_elsewhere = {picture.id for picture in report.pictures()} - {
        priority.title.picture.id for priority in report.priorities if priority.title.picture
    }
    assert {f"images/{picture_id}.png" for picture_id in shown_elsewhere} <= set(images)
    assert all(alt and not alt.lower().endswith((".png", ".jpg")) for alt in images.values())
    glossary = book.page("glossary.xhtml")
    assert [text_of(term) for term in glossary.iterfind(".//h:dt", NS)] == [word.word for word in report.glossary]
    assert [text_of(term) for term in glossary.iterfind(".//h:dd", NS)] == [word.explanation for word in report.glossary]
    assert text_of(book.page("credits.xhtml")).endswith(report.credits[0].text)


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
    assert HOSTILE in text_of(book.page("principles.xhtml"))

    checked = epubcheck(path)
    assert (checked.fatal, checked.errors, checked.warnings) == (0, 0, 0), checked.summary()
    audited = ace(path, tmp_path)
    assert audited.violations == (), audited.summary()
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


def test_a_report_with_a_control_character_is_refused_and_no_file_is_left(content: Content, tmp_path: Path) -> None:
    report = content.report(Language.EN)
    principles = (attrs.evolve(report.principles[0], text="Long term\x0cthinking"), *report.principles[1:])
    broken: Report = attrs.evolve(report, principles=principles)
    target = tmp_path / "out" / "broken.epub"
    with pytest.raises(WriterError, match=r"principle-long-term: the character U\+000C at character 10"):
        focusreport.write_format(broken, "epub", target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


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
    assert entries[0].filename == "mimetype"
    assert entries[0].compress_type == zipfile.ZIP_STORED
    assert entries[0].extra == b""
    assert first[30:38] == b"mimetype"
    assert first[38:58] == b"application/epub+zip"
    assert {entry.date_time for entry in entries} == {(2020, 10, 1, 0, 0, 0)}
    assert all(entry.compress_type == zipfile.ZIP_DEFLATED for entry in entries[1:])


def test_the_zip_date_follows_the_report(content: Content, registry: Registry) -> None:
    import datetime

    from focusreport_epub.book import make_book

    report = attrs.evolve(content.report(Language.EN), published=datetime.date(2021, 2, 3))
    data = make_book(report, content.library[Language.EN])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2021, 2, 3, 0, 0, 0)}
    assert Book(data).meta("dcterms:modified") == ["2021-02-03T00:00:00Z"]


# --------------------------------------------------------------------------
# Loading stays light
# --------------------------------------------------------------------------


def test_listing_formats_imports_neither_ebooklib_nor_lxml() -> None:
    program = (
        "import sys\n"
        "from focusreport.cli import main\n"
        "main(['formats'])\n"
        "heavy = sorted(name for name in sys.modules if name.split('.')[0] in {'ebooklib', 'lxml'})\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert "epub\t" in result.stdout
    assert "HEAVY []" in result.stdout
