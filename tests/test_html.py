"""The HTML page: its structure read back by a parser, then checked in Chromium by axe-core.

axe-core runs with the WCAG 2.0, 2.1 and 2.2 A and AA tags on each page, in both
languages, in light and dark mode, at 320 and 1280 CSS pixels, with the text at
200%, and without the style sheet; each run also measures that the page does not
scroll sideways. Print goes through Chromium's own PDF output.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Built
from external import AxeResult, axe, pdf_pages, require
from facts import figures, missing_passages, source_figures
from focusreport import Language, Picture, Rating, Report
from focusreport.builder import render
from focusreport.cli import main
from focusreport.content import Content, read_content
from focusreport.writers import Registry
from helpers import copy_content, replace_in
from htmlpage import Node, parse
from pngcrop import crop_top, png_size

ROOT = Path(__file__).resolve().parent.parent
DOCS_IMAGES = ROOT / "docs" / "images"
OTHER_LANGUAGE_LINK = {Language.EN: "Darllenwch yr adroddiad hwn yn Gymraeg", Language.CY: "Read this report in English"}
HOSTILE = '<script>alert(1)</script> Tom & Jerry\'s "quoted" <b>bold</b> 🎉 </p><h1>fake</h1>'
HOSTILE_ALT = '"><img src=x onerror=alert(1)> a & b 🖼'
LANGUAGES = [pytest.param(language, id=language.value) for language in Language]
BIG_TEXT = "html{font-size:200%}"

AxeRun = Callable[[Path, str, int], AxeResult]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _page(built: Built, language: Language) -> Node:
    return parse(built("html", language).read_bytes())


def _body_text(page: Node) -> str:
    return page.find("body").text()


def _headings(page: Node) -> list[tuple[int, str]]:
    return [(int(node.tag[1]), node.text()) for node in page.iter() if re.fullmatch(r"h[1-6]", node.tag)]


def _without_style(data: bytes) -> bytes:
    stripped, count = re.subn(rb"<style>.*?</style>", b"", data, flags=re.DOTALL)
    assert count == 1
    return stripped


def _with_big_text(data: bytes) -> bytes:
    """The page as a reader sees it with the browser's text size at 200%."""
    assert data.count(b"</style>") == 1
    return data.replace(b"</style>", BIG_TEXT.encode() + b"</style>")


def _png(width: int, height: int) -> bytes:
    """A small real PNG, a green and white check, made here so that the test needs no file."""

    def pixel(x: int, y: int) -> bytes:
        return bytes((0, 112, 60)) if (x // 8 + y // 8) % 2 else bytes((255, 255, 255))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    scanlines = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(scanlines)) + chunk(b"IEND", b"")


def _content_with_picture(tmp_path: Path, alt: dict[Language, str]) -> Path:
    """A copy of the bundled content with one more picture, used by a theme, a rating and an item."""
    folder = copy_content(tmp_path)
    (folder / "pictures" / "test-town-centre.png").write_bytes(_png(48, 32))
    structure = folder / "report.yaml"
    replace_in(structure, "  - id: economy\n    picture: picture-money\n", "  - id: economy\n    picture: picture-test\n")
    replace_in(
        structure,
        "{id: economy-action-town-centre, picture: picture-building-work}",
        "{id: economy-action-town-centre, picture: picture-test}",
    )
    replace_in(structure, "{rating: green, picture: picture-rating-green}", "{rating: green, picture: picture-test}")
    replace_in(
        structure, "\npictures:\n", "\npictures:\n  - {id: picture-test, file: pictures/test-town-centre.png, credit: credit-test}\n"
    )
    replace_in(structure, "\ncredits:\n", "\ncredits:\n  - credit-test\n")
    credits = {Language.EN: "Test picture made for the tests.", Language.CY: "Llun prawf a wnaed ar gyfer y profion."}
    for language in Language:
        with (folder / f"{language.locale}.ftl").open("a", encoding="utf-8") as stream:
            stream.write(f"\npicture-test = {alt[language]}\ncredit-test = {credits[language]}\n")
    return folder


def _picture_uses(report: Report) -> list[Picture]:
    """Every place the report shows a picture: the page must show each one."""
    owners: list[Picture | None] = [entry.picture for entry in report.legend]
    owners += [section.picture for section in report.introduction]
    owners += [theme.picture for theme in report.themes]
    owners += [item.picture for item in report.items()]
    owners += [word.picture for word in report.glossary]
    return [picture for picture in owners if picture is not None]


def _render(content: Content, registry: Registry, language: Language, companions: dict[Language, str] | None = None) -> bytes:
    writer = registry.get("html")
    return render(content.report(language), writer, content.library[language], registry.resolve_options(writer, {}), companions)


@pytest.fixture(scope="session")
def axe_run(tmp_path_factory: pytest.TempPathFactory) -> AxeRun:
    """``axe_run(page, scheme, width)``: one axe run per page, scheme and width, with a full-page screenshot."""
    folder = tmp_path_factory.mktemp("axe")
    cache: dict[tuple[Path, str, int], AxeResult] = {}

    def run(page: Path, scheme: str, width: int) -> AxeResult:
        key = (page, scheme, width)
        if key not in cache:
            shot = folder / f"{page.stem}.{scheme}.{width}.png"
            cache[key] = axe(page, color_scheme="dark" if scheme == "dark" else "light", width=width, screenshot=shot)
        return cache[key]

    return run


def _assert_clean(result: AxeResult) -> None:
    assert result.violations == (), result.summary()
    assert not result.horizontal_scroll, result.summary()
    assert result.inner_width > 0
    assert result.blocked_requests == (), "the page asked for something outside itself"
    assert result.page_errors == ()


# --------------------------------------------------------------------------
# The writer and the command line
# --------------------------------------------------------------------------


def test_the_writer_is_registered(registry: Registry) -> None:
    writer = registry.get("html")
    assert (writer.name, writer.extension, writer.media_type) == ("html", "html", "text/html; charset=utf-8")


def test_build_writes_both_languages_the_same_bytes_each_time(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        assert main(["build", "--format", "html", "--out", str(out)]) == 0
    names = sorted(path.name for path in first.iterdir())
    assert names == ["wrexham-2019-20.html.cy.html", "wrexham-2019-20.html.en.html"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()
        assert (first / name).read_bytes().startswith(b"<!DOCTYPE html>\n<html lang=")


# --------------------------------------------------------------------------
# Structure, read back by a parser
# --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_title_and_landmarks(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    html = page.find("html")
    report = content.report(language)
    assert html.attrs["lang"] == language.tag
    assert page.find("title").text() == f"{report.title}: {report.subtitle}"
    assert page.find("meta").attrs == {"charset": "utf-8"}
    for landmark in ("header", "nav", "main", "footer"):
        assert len(page.find_all(landmark)) == 1, landmark
    assert page.find("main").attrs["id"] == "main"
    assert page.find("nav").parent is page.find("main")
    body = page.find("body")
    first = next(child for child in body.children if isinstance(child, Node))
    assert first.tag == "a" and first.attrs["href"] == "#main", "the skip link comes first"
    assert first.text() == content.library[language].format("html-skip-link")
    assert not page.find_all("script"), "the page runs no script"
    assert not page.find_all("link"), "the page loads nothing else"


@pytest.mark.parametrize("language", LANGUAGES)
def test_contents_list_leads_to_every_section(built: Built, language: Language) -> None:
    page = _page(built, language)
    ids = [node.attrs["id"] for node in page.iter() if "id" in node.attrs]
    assert len(ids) == len(set(ids)), "ids are unique"
    links = page.find("nav").find_all("a")
    sections = [node for node in page.find("main").find_all("h2") if node.attrs["id"] != "contents"]
    assert [link.attrs["href"] for link in links] == [f"#{heading.attrs['id']}" for heading in sections]
    assert [link.text() for link in links] == [heading.text() for heading in sections]
    assert page.find("nav").find("ol"), "the contents are a real list"


@pytest.mark.parametrize("language", LANGUAGES)
def test_headings_in_order_without_css(built: Built, language: Language) -> None:
    data = _without_style(built("html", language).read_bytes())
    page = parse(data)
    assert not page.find_all("style")
    assert not [node for node in page.iter() if "style" in node.attrs]
    levels = [level for level, _ in _headings(page)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert set(levels) == {1, 2, 3}
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"h{before} is followed by h{after}"
    assert all(text for _, text in _headings(page)), "no empty heading"


@pytest.mark.parametrize("language", LANGUAGES)
def test_summary_tables_are_data_tables_with_ratings_in_words(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    report = content.report(language)
    strings = content.library[language]
    tables = page.find_all("table")
    assert [table.find("caption").text() for table in tables] == [
        strings.format("priorities-caption"),
        strings.format("objectives-caption"),
    ]
    expected = [
        [(priority.title.text, priority.rating) for priority in report.priorities],
        [(strings.format("objective-label", code=o.code, title=o.title.text), o.rating) for o in report.objectives],
    ]
    for table, rows in zip(tables, expected, strict=True):
        header = table.find("thead").find_all("th")
        assert [cell.attrs["scope"] for cell in header] == ["col", "col"]
        assert header[1].text() == strings.format("column-outcome")
        body_rows = table.find("tbody").find_all("tr")
        assert len(body_rows) == len(rows)
        for row, (label, rating) in zip(body_rows, rows, strict=True):
            row_header, cell = row.find("th"), row.find("td")
            assert row_header.attrs["scope"] == "row"
            assert row_header.text() == label
            meaning = report.meaning_of(rating)
            assert cell.text() == strings.format("rating-with-meaning", rating=meaning.name, meaning=meaning.meaning)
            assert cell.find("strong").text() == meaning.name
            icon = cell.find("svg")
            assert icon.attrs["aria-hidden"] == "true", "the icon is decoration; the words carry the rating"


@pytest.mark.parametrize("language", LANGUAGES)
def test_ratings_differ_by_shape_as_well_as_colour(built: Built, language: Language) -> None:
    page = _page(built, language)
    legend = next(node for node in page.iter() if node.attrs.get("class") == "legend")
    shapes = {}
    for item in legend.find_all("li"):
        rating = next(node for node in item.iter() if "rating" in (node.attrs.get("class") or "").split())
        icon = rating.find("svg")
        shapes[rating.attrs["class"]] = tuple(node.tag for node in icon.iter())[1:]
    assert len(shapes) == len(Rating)
    assert len(set(shapes.values())) == len(Rating)


@pytest.mark.parametrize("language", LANGUAGES)
def test_codes_are_explained_before_use(built: Built, content: Content, language: Language) -> None:
    text = _body_text(_page(built, language))
    strings = content.library[language]
    report = content.report(language)
    for theme in report.themes:
        explanation = text.index(strings.format("code-meaning", code=theme.code, theme=theme.name))
        first_code = min(text.index(objective.code) for objective in report.objectives if objective.theme_id == theme.id)
        assert explanation < first_code, theme.code


def test_every_passage_and_figure_of_the_source_is_on_the_english_page(built: Built) -> None:
    text = _body_text(_page(built, Language.EN))
    assert missing_passages(text) == []
    assert source_figures() - set(figures(text)) == set()


def test_the_welsh_page_has_the_same_structure(built: Built) -> None:
    english, welsh = _page(built, Language.EN), _page(built, Language.CY)
    assert [level for level, _ in _headings(english)] == [level for level, _ in _headings(welsh)]
    for tag in ("li", "tr", "table", "p", "svg", "img"):
        assert len(english.find_all(tag)) == len(welsh.find_all(tag)), tag


# --------------------------------------------------------------------------
# The other language
# --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_to_the_other_language_in_that_language(built: Built, language: Language) -> None:
    page = _page(built, language)
    other = language.other
    links = [link for link in page.find("header").find_all("a") if "hreflang" in link.attrs]
    assert len(links) == 1
    link = links[0]
    assert link.attrs["href"] == built("html", other).name
    assert link.attrs["lang"] == link.attrs["hreflang"] == other.tag
    assert link.text() == OTHER_LANGUAGE_LINK[language]


def test_no_language_link_when_the_other_language_is_not_built(content: Content, registry: Registry) -> None:
    page = parse(_render(content, registry, Language.EN, companions={}))
    assert not [link for link in page.find_all("a") if "hreflang" in link.attrs]
    assert OTHER_LANGUAGE_LINK[Language.EN] not in _body_text(page)


def test_only_the_language_link_is_marked_as_the_other_language(built: Built) -> None:
    page = _page(built, Language.EN)
    marked = [node for node in page.iter() if "lang" in node.attrs]
    assert [node.tag for node in marked] == ["html", "a"]


# --------------------------------------------------------------------------
# Content is text, never markup
# --------------------------------------------------------------------------


def test_content_text_is_always_escaped(tmp_path: Path, registry: Registry) -> None:
    folder = _content_with_picture(tmp_path, {language: HOSTILE_ALT for language in Language})
    for language in Language:
        ftl = folder / f"{language.locale}.ftl"
        text = ftl.read_text(encoding="utf-8")
        text = re.sub(r"^report-title = .*$", f"report-title = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        text = re.sub(r"^intro-council-services = .*$", f"intro-council-services = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        text = re.sub(r"^economy-aim-poverty = .*$", f"economy-aim-poverty = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        ftl.write_text(text, encoding="utf-8")
    content = read_content(folder)
    for language in Language:
        data = _render(content, registry, language)
        page = parse(data)
        assert not page.find_all("script")
        assert not page.find_all("b")
        assert len(page.find_all("h1")) == 1
        assert len([image for image in page.find_all("img") if image.attrs["alt"] == HOSTILE_ALT]) == 3
        assert not [node for node in page.iter() if "onerror" in node.attrs or node.attrs.get("src") == "x"]
        assert page.find("title").text().startswith(" ".join(HOSTILE.split()))
        assert page.find("h1").text().startswith(" ".join(HOSTILE.split()))
        assert " ".join(HOSTILE.split()) in _body_text(page)
        assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in data
        assert "🎉".encode() in data


def test_control_characters_never_reach_the_page() -> None:
    from focusreport_html.markup import attribute, h, serialize

    assert serialize(h("p", {"title": "a\x00b"}, "c\x0bd")) == '<p title="a\ufffdb">c\ufffdd</p>'
    assert attribute('"<&>') == "&quot;&lt;&amp;&gt;"


# --------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_pictures_are_embedded_with_alt_text_and_credit(tmp_path: Path, registry: Registry, language: Language) -> None:
    alt = {Language.EN: "The town centre of Wrexham on a market day", Language.CY: "Canol tref Wrecsam ar ddiwrnod marchnad"}
    folder = _content_with_picture(tmp_path, alt)
    content = read_content(folder)
    page = parse(_render(content, registry, language))
    encoded = base64.b64encode((folder / "pictures" / "test-town-centre.png").read_bytes()).decode()
    images = [image for image in page.find_all("img") if image.attrs["alt"] == alt[language]]
    assert len(images) == 3, "the theme's, the rating's and the item's"
    for image in images:
        assert image.attrs["src"] == f"data:image/png;base64,{encoded}"
    report = content.report(language)
    every = page.find_all("img")
    assert len(every) == len(_picture_uses(report))
    assert all(image.attrs["src"].startswith("data:image/png;base64,") and image.attrs["width"] for image in every)
    assert sorted(image.attrs["alt"] for image in every) == sorted(picture.alt for picture in _picture_uses(report))
    credits = page.find("main").find_all("h2")[-1]
    assert credits.attrs["id"] == "pictures"
    assert credits.text() == content.library[language].format("credits-heading")
    for credit in report.credits:
        assert credit.text in _body_text(page)


# --------------------------------------------------------------------------
# In Chromium, with axe-core
# --------------------------------------------------------------------------


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_and_no_sideways_scroll(built: Built, axe_run: AxeRun, language: Language, scheme: str, width: int) -> None:
    result = axe_run(built("html", language), scheme, width)
    _assert_clean(result)
    assert result.inner_width == width
    assert result.color_scheme == scheme


@pytest.mark.parametrize("width", [320, 640, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_text_at_200_percent(built: Built, axe_run: AxeRun, tmp_path: Path, language: Language, width: int) -> None:
    normal = built("html", language)
    big = tmp_path / f"big.{normal.name}"
    big.write_bytes(_with_big_text(normal.read_bytes()))
    result = axe_run(big, "light", width)
    _assert_clean(result)
    big_shot, normal_shot = result.screenshot, axe_run(normal, "light", width).screenshot
    assert big_shot is not None and normal_shot is not None
    assert png_size(big_shot)[1] > 1.5 * png_size(normal_shot)[1], "the larger text took effect"


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_css_in_chromium(built: Built, axe_run: AxeRun, tmp_path: Path, language: Language) -> None:
    plain = tmp_path / f"plain.{built('html', language).name}"
    plain.write_bytes(_without_style(built("html", language).read_bytes()))
    result = axe_run(plain, "light", 320)
    # Unstyled, the links are sized by the browser's defaults: WCAG 2.5.8 exempts
    # targets whose size the user agent decides, which axe cannot tell apart.
    assert [violation for violation in result.violations if violation.id != "target-size"] == [], result.summary()
    assert not result.horizontal_scroll, result.summary()
    assert result.blocked_requests == () and result.page_errors == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pictures_pass_axe(tmp_path: Path, registry: Registry, axe_run: AxeRun, language: Language) -> None:
    content = read_content(_content_with_picture(tmp_path, {Language.EN: "A busy town square", Language.CY: "Sgwâr tref brysur"}))
    page = tmp_path / f"pictures.{language.value}.html"
    page.write_bytes(_render(content, registry, language))
    for width in (320, 1280):
        _assert_clean(axe_run(page, "dark", width))


# --------------------------------------------------------------------------
# Print
# --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_prints_on_a4_without_the_screen_only_links(built: Built, content: Content, tmp_path: Path, language: Language) -> None:
    chromium = require("chromium")
    pdfinfo = require("pdfinfo")
    pdftotext = str(Path(pdfinfo).with_name("pdftotext"))  # poppler-utils installs both
    page = built("html", language)
    pdf = tmp_path / "page.pdf"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", "--no-pdf-header-footer"]
    subprocess.run([chromium, *flags, f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert pdf_pages(pdf) >= 5
    info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)", info), info
    text = " ".join(subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split())
    strings = content.library[language]
    assert strings.format("priorities-caption") in text
    assert strings.format("html-skip-link") not in text
    assert OTHER_LANGUAGE_LINK[language] not in text


# --------------------------------------------------------------------------
# Screenshots for the docs, taken by the same browser
# --------------------------------------------------------------------------

SCREENSHOT_HEIGHT = {320: 1400, 1280: 1000}


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_docs_screenshots(built: Built, axe_run: AxeRun, tmp_path: Path, language: Language, width: int) -> None:
    """The docs show the top of each page; set FOCUSREPORT_UPDATE_SCREENSHOTS=1 to refresh them."""
    result = axe_run(built("html", language), "light", width)
    assert result.screenshot is not None
    name = f"html-{language.value}-{width}.png"
    target = DOCS_IMAGES / name if os.environ.get("FOCUSREPORT_UPDATE_SCREENSHOTS") == "1" else tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    crop_top(result.screenshot, target, SCREENSHOT_HEIGHT[width])
    assert png_size(target) == (width, SCREENSHOT_HEIGHT[width])
    assert png_size(DOCS_IMAGES / name) == (width, SCREENSHOT_HEIGHT[width]), "the docs show this screenshot"
    assert f"images/{name}" in (ROOT / "docs" / "html.md").read_text(encoding="utf-8")


def test_easy_wording_option_uses_the_easy_read_text(content: Content, registry: Registry) -> None:
    writer = registry.get("html")
    for language in Language:
        report = content.report(language)
        easy_items = [item for item in report.items() if item.easy and item.easy != item.text]
        assert easy_items, "the bundled content has easy-read wording"
        full = _body_text(parse(_render(content, registry, language)))
        options = registry.resolve_options(writer, {"wording": "easy"})
        easy = _body_text(parse(render(report, writer, content.library[language], options)))
        for item in easy_items:
            assert item.easy is not None
            assert " ".join(item.text.split()) in full and " ".join(item.text.split()) not in easy, item.id
            assert " ".join(item.easy.split()) in easy, item.id
