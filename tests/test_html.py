"""The HTML page: its structure read back by a parser, then checked in Chromium by axe-core.

axe-core runs with the WCAG 2.0, 2.1 and 2.2 A and AA tags on each page, in both
languages, in light and dark mode, at 320 and 1280 CSS pixels, with the text at
200%, and without the style sheet; each run also measures that the page does not
scroll sideways. Print goes through Chromium's own PDF output.

Besides the bundled report, a small report written here has what Wrexham lacks (one
language only, a table rated on two scales, indicators, quotes, a legend of several
scales, sections nested to level 4, no pictures), the example reports in content/ are
built when they are there, and a hand-made outline carries the spans and shapes no
content folder can make (a passage in another language, links, a right-to-left page,
a heading below level 6).
"""

from __future__ import annotations

import base64
import datetime
import io
import itertools
import os
import re
import struct
import subprocess
import textwrap
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import Built
from external import AxeResult, axe, pdf_pages, require
from facts import figures, missing_passages, source_figures
from focusreport import Language
from focusreport.builder import output_name, render, render_outline
from focusreport.cli import main
from focusreport.content import Content, read_content
from focusreport.model import (
    QuotesPart,
    RatedListPart,
    ThemesPart,
    walk_parts,
)
from focusreport.outline import (
    Cell,
    Contact,
    ContactLine,
    Definition,
    Definitions,
    Foreign,
    ItemList,
    LanguageLink,
    Link,
    ListItem,
    Outline,
    Paragraph,
    Picture,
    Quote,
    Rating,
    Row,
    Section,
    Strong,
    Table,
    Term,
    Text,
    plain,
)
from focusreport.outliner import hard_word_patterns, make_outline
from focusreport.writers import Registry
from helpers import copy_content, replace_in
from htmlpage import Node, parse
from pngcrop import crop_top, png_size

ROOT = Path(__file__).resolve().parent.parent
DOCS_IMAGES = ROOT / "docs" / "images"
EXAMPLES = [pytest.param(ROOT / "content" / name, id=name) for name in ("northby-2023-24", "morlan-2024-25")]
OTHER_LANGUAGE_LINK = {Language.EN: "Darllenwch yr adroddiad hwn yn Gymraeg", Language.CY: "Read this report in English"}
HOSTILE = '<script>alert(1)</script> Tom & Jerry\'s "quoted" <b>bold</b> 🎉 </p><h1>fake</h1>'
HOSTILE_ALT = '"><img src=x onerror=alert(1)> a & b 🖼'
LANGUAGES = [pytest.param(language, id=language.code) for language in (Language.EN, Language.CY)]
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


def _classes(node: Node) -> list[str]:
    return (node.attrs.get("class") or "").split()


def _with_class(page: Node, name: str) -> list[Node]:
    return [node for node in page.iter() if name in _classes(node)]


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
    replace_in(
        structure,
        "      - id: economy\n        code: E\n        picture: picture-money\n",
        "      - id: economy\n        code: E\n        picture: picture-test\n",
    )
    replace_in(
        structure,
        "{id: economy-action-town-centre, picture: picture-building-work}",
        "{id: economy-action-town-centre, picture: picture-test}",
    )
    replace_in(structure, "{id: green, picture: picture-rating-green}", "{id: green, picture: picture-test}")
    replace_in(
        structure, "\npictures:\n", "\npictures:\n  - {id: picture-test, file: pictures/test-town-centre.png, credit: credit-test}\n"
    )
    replace_in(structure, "\ncredits:\n", "\ncredits:\n  - credit-test\n")
    credits = {Language.EN: "Test picture made for the tests.", Language.CY: "Llun prawf a wnaed ar gyfer y profion."}
    for language in (Language.EN, Language.CY):
        with (folder / f"{language.locale}.ftl").open("a", encoding="utf-8") as stream:
            stream.write(f"\npicture-test = {alt[language]}\ncredit-test = {credits[language]}\n")
    return folder


def _blocks(outline: Outline) -> Iterator[object]:
    """Every block of the outline's sections, in reading order."""
    for section in outline.walk():
        yield from section.blocks


def _picture_uses(outline: Outline) -> list[tuple[Picture, bool]]:
    """Every place the outline shows a picture, and whether that place is a table row's header cell."""
    uses: list[tuple[Picture | None, bool]] = []
    for section in outline.walk():
        uses.append((section.picture, False))
        for block in section.blocks:
            if isinstance(block, Paragraph | Quote):
                uses.append((block.picture, False))
            elif isinstance(block, ItemList):
                uses += [(item.picture, False) for item in block.items]
            elif isinstance(block, Table):
                uses += [(row.picture, True) for row in block.rows]
            elif isinstance(block, Definitions):
                uses += [(entry.picture, False) for entry in block.entries]
    return [(picture, in_row_header) for picture, in_row_header in uses if picture is not None]


def _picture_svgs(page: Node) -> list[Node]:
    """Every use of a picture on the page, in reading order (the rating icons and the store left out)."""
    return [svg for svg in page.find_all("svg") if "picture" in _classes(svg)]


def _stored_pictures(page: Node) -> dict[str, str]:
    """The page's store of pictures: each symbol's id and the ``data:`` URI of its one copy of the file."""
    (store,) = [svg for svg in page.find_all("svg") if "picture-store" in _classes(svg)]
    assert store.attrs["aria-hidden"] == "true" and store.attrs["width"] == store.attrs["height"] == "0"
    return {str(symbol.attrs["id"]): str(symbol.find("image").attrs["href"]) for symbol in store.find_all("symbol")}


def _shown(svg: Node, store: dict[str, str]) -> str:
    """The ``data:`` URI of the picture one use shows."""
    (use,) = svg.find_all("use")
    return store[str(use.attrs["href"]).removeprefix("#")]


def _pixels(data: bytes) -> bytes:
    """A picture's visible pixels, decoded by Pillow: colour where it shows, nothing where it is transparent."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        data = image.convert("RGBA").tobytes()
    visible = bytearray(data)
    for alpha in range(3, len(data), 4):
        if not data[alpha]:
            visible[alpha - 3 : alpha + 1] = bytes(4)
    return bytes(visible)


def _decoded(uri: str) -> bytes:
    head, _, data = uri.partition(",")
    assert head in {"data:image/webp;base64", "data:image/png;base64", "data:image/jpeg;base64"}, head
    return base64.b64decode(data)


def _render(content: Content, registry: Registry, language: Language, links: dict[Language, str] | None = None, **options: str) -> bytes:
    writer = registry.get("html")
    return render(content.report(language), writer, content.library[language], registry.resolve_options(writer, options), links)


def _outline(content: Content, language: Language, wording: str = "full") -> Outline:
    return make_outline(content.report(language), content.library[language], wording=wording)


def _build_all(content: Content, registry: Registry, folder: Path) -> dict[Language, Path]:
    """Every language of ``content`` as HTML in ``folder``, each page linking to the others, as a build does."""
    writer = registry.get("html")
    names = {language: output_name(content.spec.id, writer, language) for language in content.languages}
    pages = {}
    for language in content.languages:
        links = {other: name for other, name in names.items() if other != language}
        path = folder / names[language]
        path.write_bytes(_render(content, registry, language, links))
        pages[language] = path
    return pages


@pytest.fixture(scope="session")
def axe_run(tmp_path_factory: pytest.TempPathFactory) -> AxeRun:
    """``axe_run(page, scheme, width)``: one axe run per page, scheme and width, with a full-page screenshot."""
    folder = tmp_path_factory.mktemp("axe")
    cache: dict[tuple[Path, str, int], AxeResult] = {}

    def run(page: Path, scheme: str, width: int) -> AxeResult:
        key = (page, scheme, width)
        if key not in cache:
            shot = folder / f"{page.parent.name}.{page.stem}.{scheme}.{width}.png"
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
# The small report with every shape Wrexham lacks
# --------------------------------------------------------------------------

SHAPES_STRUCTURE = """
id: every-shape-2024-25
published: "2025-06-30"
period: {start: "2024-04-01", end: "2025-03-31"}
languages: [en-GB]
currency: GBP

scales:
  - id: stars
    levels:
      - {id: five, colour: "#1d70b8"}
      - {id: four, colour: "#00703c"}
      - {id: three, colour: "#505a5f"}
      - {id: two, colour: "#a14a00"}
      - {id: one, colour: "#b10e1e"}
  - id: light
    preset: traffic-light

parts:
  - kind: section
    id: main
    paragraphs:
      - {id: main-about}
  - kind: section
    id: contents
    paragraphs:
      - {id: contents-about}
  - kind: legend
  - kind: group
    id: how-we-did
    parts:
      - kind: group
        id: in-detail
        parts:
          - kind: section
            id: deepest
            paragraphs:
              - {id: deepest-about}
          - kind: rated-list
            id: services
            scales: [stars, light]
            items:
              - {id: service-bins, code: S1, ratings: {stars: five, light: green}}
              - {id: service-roads, code: S2, ratings: {stars: three, light: amber}}
              - {id: service-halls, code: S3, ratings: {stars: one, light: red}}
      - kind: indicators
        id: measures
        scale: light
        indicators:
          - {id: measure-homes, unit: number, previous: "1200", current: "1350", target: "1300", status: green, trend: improving}
          - {id: measure-rent, unit: money, current: "85.50", status: red}
          - {id: measure-recycling, unit: percent, previous: "44.2", current: "46.8", target: "48", status: amber, trend: steady}
  - kind: quotes
    id: voices
    quotes:
      - {id: quote-tenant}
      - {id: quote-walker}
  - kind: list
    id: next-steps
    items:
      - {id: next-homes}
      - {id: next-parks}
  - kind: glossary
    words:
      - {id: hard-word-tenant}
  - kind: contact
    contact:
      phone: "01632 960000"
      email: hello@shapes.example.org
      web: https://shapes.example.org/report
      address: shapes-address
"""

SHAPES_WORDS = """
report-title = Every shape
report-subtitle = A report with each kind of part
council-name = Shapes Town Council
report-period = April 2024 to March 2025

main = Main points
main-about = This section shares its name with the page's main landmark.
    .easy = This part has the same name as the main part of the page.
contents = What this holds
contents-about = This section shares its name with the contents list.

stars = Stars
stars-five = Five stars
    .meaning = Better than we hoped.
stars-four = Four stars
    .meaning = As good as we hoped.
stars-three = Three stars
    .meaning = Nearly as good as we hoped.
stars-two = Two stars
    .meaning = Not as good as we hoped.
stars-one = One star
    .meaning = Far from what we hoped.
light = Progress
light-green =
    .meaning = On track.
light-amber =
    .meaning = Some delay.
light-red =
    .meaning = Off track.

how-we-did = How we did
in-detail = In detail
deepest = The deepest section
deepest-about = This section is three headings below the title.
services = Services
    .caption = Services, their stars and their progress
    .column = Service
service-bins = Emptying the bins
    .easy = Emptying the bins for each tenant.
service-roads = Mending the roads
service-halls = Running the halls

measures = Measures
    .caption = Measures of homes, rent and recycling
    .previous = 2023 to 2024
    .current = 2024 to 2025
measure-homes = Homes let to families
measure-rent = Average weekly rent
measure-recycling = Waste recycled

voices = What people said
quote-tenant = Our new home is warm and dry.
    .source = A tenant in Shapes
quote-walker = The paths in the park are better.
    .source = A dog walker

next-steps = What we will do next
next-homes = Build 40 more homes.
    .easy = Build 40 more homes for a tenant to rent.
next-parks = Plant trees in every park.

hard-word-tenant = tenant
    .explanation = A person who pays rent to live in a home.

shapes-address =
    Town Hall
    1 High Street
    Shapes SH1 1AA
"""


@pytest.fixture(scope="session")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Content:
    folder = tmp_path_factory.mktemp("every-shape") / "every-shape-2024-25"
    folder.mkdir()
    (folder / "report.yaml").write_text(textwrap.dedent(SHAPES_STRUCTURE), encoding="utf-8")
    (folder / "en-GB.ftl").write_text(textwrap.dedent(SHAPES_WORDS), encoding="utf-8")
    return read_content(folder)


@pytest.fixture(scope="session")
def shapes_page(shapes: Content, registry: Registry, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("every-shape-page") / "every-shape.html"
    path.write_bytes(_render(shapes, registry, Language.EN))
    return path


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
    assert html.attrs["dir"] == "ltr"
    assert page.find("title").text() == f"{report.title}: {report.subtitle}"
    assert page.find("meta").attrs == {"charset": "utf-8"}
    metadata = {node.attrs.get("name"): node.attrs.get("content") for node in page.find_all("meta")}
    assert metadata["author"] == report.council
    assert metadata["description"] == content.library[language].format("document-subject", council=report.council, period=report.period)
    for landmark in ("header", "nav", "main", "footer"):
        assert len(page.find_all(landmark)) == 1, landmark
    assert page.find("nav").parent is page.find("main")
    body = page.find("body")
    first = next(child for child in body.children if isinstance(child, Node))
    assert first.tag == "a" and first.attrs["href"] == f"#{page.find('main').attrs['id']}", "the skip link comes first and leads to main"
    assert first.text() == content.library[language].format("html-skip-link")
    assert page.find("h1").text() == page.find("title").text()
    assert page.find("header").find("p").text() == report.council
    assert not page.find_all("script"), "the page runs no script"
    assert not page.find_all("link"), "the page loads nothing else"


@pytest.mark.parametrize("language", LANGUAGES)
def test_contents_list_leads_to_every_section(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    ids = [node.attrs["id"] for node in page.iter() if "id" in node.attrs]
    assert len(ids) == len(set(ids)), "ids are unique"
    nav = page.find("nav")
    links = nav.find_all("a")
    sections = [node for node in page.find("main").find_all("h2") if node.parent is page.find("main")]
    assert [link.attrs["href"] for link in links] == [f"#{heading.attrs['id']}" for heading in sections]
    assert [link.text() for link in links] == [heading.text() for heading in sections]
    assert [(link.attrs["href"], link.text()) for link in links] == [
        (f"#{anchor}", title) for anchor, title in _outline(content, language).contents()
    ]
    assert nav.find("ol"), "the contents are a real list"
    assert nav.attrs["aria-labelledby"] == nav.find("h2").attrs["id"]
    assert nav.find("h2").text() == content.library[language].format("contents-heading")


@pytest.mark.parametrize("language", LANGUAGES)
def test_headings_in_order_without_css(built: Built, content: Content, language: Language) -> None:
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
    outline = _outline(content, language)
    sections = [(node.tag, node.attrs.get("id"), node.text()) for node in page.find("main").iter() if re.fullmatch(r"h[2-6]", node.tag)]
    expected = [(f"h{section.level}", section.anchor, section.title) for section in outline.walk()]
    assert sections[1:] == expected, "every section of the outline, at its level, with its anchor"


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_are_data_tables_with_ratings_in_words(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    report = content.report(language)
    strings = content.library[language]
    rated_lists = [part for part in walk_parts(report.parts) if isinstance(part, RatedListPart)]
    tables = page.find_all("table")
    assert len(tables) == len(rated_lists) == 2
    for table, part in zip(tables, rated_lists, strict=True):
        assert table.find("caption").text() == part.heading.caption
        header = table.find("thead").find_all("th")
        assert [cell.attrs["scope"] for cell in header] == ["col"] * len(header)
        assert header[-1].text() == part.scales[0].name
        body_rows = table.find("tbody").find_all("tr")
        assert len(body_rows) == len(part.items)
        for row, rated in zip(body_rows, part.items, strict=True):
            row_header, *cells = [node for node in row.children if isinstance(node, Node)]
            assert row_header.tag == "th" and row_header.attrs["scope"] == "row"
            assert row_header.text() == (rated.code or rated.item.text)
            assert [cell.tag for cell in cells] == ["td"] * (len(header) - 1)
            assert [cell.attrs["data-label"] for cell in cells] == [node.text() for node in header[1:]]
            if rated.code:
                assert cells[0].text() == rated.item.text
            cell = cells[-1]
            level = rated.ratings[0].level
            assert cell.text() == strings.format("rating-with-meaning", rating=level.name, meaning=level.meaning)
            assert cell.find("strong").text() == level.name
            icon = cell.find("svg")
            assert icon.attrs["aria-hidden"] == "true", "the icon is decoration; the words carry the rating"
            assert icon.find_all("path")[-1].attrs["stroke"] == "#ffffff"
            assert next(node for node in icon.iter() if "shape" in _classes(node)).attrs["fill"] == level.colour


def _legend_icons(page: Node) -> list[list[Node]]:
    """The icons of each list of ratings on the page, list by list."""
    return [
        [next(svg for svg in item.find_all("svg") if "icon" in _classes(svg)) for item in listing.find_all("li")]
        for listing in _with_class(page, "ratings")
    ]


def _shape(icon: Node) -> tuple[tuple[str, str], ...]:
    """What an icon draws, without its colour."""
    return tuple((node.tag, node.attrs.get("d") or node.attrs.get("r") or node.attrs.get("width") or "") for node in icon.iter())[1:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_ratings_differ_by_shape_as_well_as_colour(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    (icons,) = _legend_icons(page)
    (scale,) = content.report(language).scales
    assert len(icons) == len(scale.levels) == 3
    assert len({_shape(icon) for icon in icons}) == 3
    assert [tag for tag, _ in (_shape(icon)[0] for icon in icons)] == ["circle", "path", "rect"], "a circle, a triangle, a square"
    fills = [next(node for node in icon.iter() if "shape" in _classes(node)).attrs["fill"] for icon in icons]
    assert fills == [level.colour for level in scale.levels]
    assert len(set(fills)) == 3


def test_shapes_follow_the_level_on_any_scale() -> None:
    from focusreport_html.icons import BEST, TRIANGLE, WORST, shape_of

    for count in range(2, 7):
        shapes = [shape_of(position, count) for position in range(1, count + 1)]
        assert shapes[0] == BEST and shapes[-1] == WORST
        assert len(set(shapes)) == count, f"a scale of {count} levels has {count} shapes"
    assert shape_of(2, 3) == TRIANGLE, "the middle of three is the warning triangle"
    assert shape_of(1, 1) == BEST
    assert [shape_of(position, 9) for position in (1, 9)] == [BEST, WORST]


@pytest.mark.parametrize("language", LANGUAGES)
def test_codes_are_explained_before_use(built: Built, content: Content, language: Language) -> None:
    text = _body_text(_page(built, language))
    strings = content.library[language]
    report = content.report(language)
    themes = [theme for part in walk_parts(report.parts) if isinstance(part, ThemesPart) for theme in part.themes]
    coded = [rated for part in walk_parts(report.parts) if isinstance(part, RatedListPart) for rated in part.items if rated.code]
    assert themes and coded
    for theme in themes:
        explanation = text.index(strings.format("code-meaning", code=theme.code, theme=theme.name))
        first_code = min(text.index(rated.code) for rated in coded if rated.theme_id == theme.id and rated.code)
        assert explanation < first_code, theme.code


def test_every_passage_and_figure_of_the_source_is_on_the_english_page(built: Built) -> None:
    text = _body_text(_page(built, Language.EN))
    assert missing_passages(text) == []
    assert source_figures() - set(figures(text)) == set()


def test_the_welsh_page_has_the_same_structure(built: Built) -> None:
    english, welsh = _page(built, Language.EN), _page(built, Language.CY)
    assert [level for level, _ in _headings(english)] == [level for level, _ in _headings(welsh)]
    for tag in ("li", "tr", "th", "td", "table", "p", "svg", "img", "dt", "dd", "a"):
        assert len(english.find_all(tag)) == len(welsh.find_all(tag)), tag
    assert figures(_body_text(english)) == figures(_body_text(welsh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_lists_and_definitions_are_real(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    outline = _outline(content, language)
    lists = [block for block in _blocks(outline) if isinstance(block, ItemList)]
    html_lists = [node for node in page.find("main").iter() if node.tag in {"ul", "ol"} and node.parent is page.find("main")]
    assert len(html_lists) == len(lists)
    for html_list, block in zip(html_lists, lists, strict=True):
        items = [child for child in html_list.children if isinstance(child, Node)]
        assert [item.tag for item in items] == ["li"] * len(block.items)
        assert [item.text() for item in items] == [" ".join(plain(entry.spans).split()) for entry in block.items]
    (definitions,) = [block for block in _blocks(outline) if isinstance(block, Definitions)]
    dl = page.find("main").find("dl")
    assert [node.text() for node in dl.find_all("dt")] == [entry.term for entry in definitions.entries]
    assert [node.text() for node in dl.find_all("dd")] == [plain(entry.spans) for entry in definitions.entries]


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_details_are_links_and_the_footer_says_who_published(built: Built, content: Content, language: Language) -> None:
    page = _page(built, language)
    strings = content.library[language]
    report = content.report(language)
    address = page.find("main").find("address")
    links = {link.attrs["href"]: link.text() for link in address.find_all("a")}
    assert links == {
        "tel:01978292000": "01978 292000",
        "mailto:contact@wrexham.gov.uk": "contact@wrexham.gov.uk",
        "https://www.wrexham.gov.uk": "https://www.wrexham.gov.uk",
    }
    assert [node.text() for node in address.find_all("dt")] == [
        strings.format(f"contact-{kind}") for kind in ("phone", "email", "web", "address")
    ]
    assert not address.find_all("dd")[-1].find_all("a"), "the postal address is words"
    footer = page.find("footer")
    assert [node.text() for node in footer.find_all("p")] == [
        strings.format("published-by", council=report.council),
        strings.format("html-footer-contact"),
        strings.format("accessibility-summary"),
    ]
    footer_links = {link.attrs["href"]: link.text() for link in footer.find("address").find_all("a")}
    assert footer_links == links, "the footer says how to contact the council"


# --------------------------------------------------------------------------
# The other language
# --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_to_the_other_language_in_that_language(built: Built, language: Language) -> None:
    page = _page(built, language)
    other = Language.CY if language == Language.EN else Language.EN
    links = [link for link in page.find("header").find_all("a") if "hreflang" in link.attrs]
    assert len(links) == 1
    link = links[0]
    assert link.attrs["href"] == built("html", other).name
    assert link.attrs["lang"] == link.attrs["hreflang"] == other.tag
    assert link.text() == OTHER_LANGUAGE_LINK[language]
    assert "dir" not in link.attrs, "both languages are written left to right"


def test_no_language_link_when_the_other_language_is_not_built(content: Content, registry: Registry) -> None:
    page = parse(_render(content, registry, Language.EN, links={}))
    assert not [link for link in page.find_all("a") if "hreflang" in link.attrs]
    assert OTHER_LANGUAGE_LINK[Language.EN] not in _body_text(page)
    assert not _with_class(page, "other-languages"), "no empty list where there is nothing to link to"


def test_only_the_language_link_is_marked_as_the_other_language(built: Built) -> None:
    page = _page(built, Language.EN)
    marked = [node for node in page.iter() if "lang" in node.attrs]
    assert [node.tag for node in marked] == ["html", "a"]


# --------------------------------------------------------------------------
# Content is text, never markup
# --------------------------------------------------------------------------


def test_content_text_is_always_escaped(tmp_path: Path, registry: Registry) -> None:
    folder = _content_with_picture(tmp_path, {language: HOSTILE_ALT for language in (Language.EN, Language.CY)})
    for language in (Language.EN, Language.CY):
        ftl = folder / f"{language.locale}.ftl"
        text = ftl.read_text(encoding="utf-8")
        text = re.sub(r"^report-title = .*$", f"report-title = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        text = re.sub(r"^intro-council-services = .*$", f"intro-council-services = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        text = re.sub(r"^economy-aim-poverty = .*$", f"economy-aim-poverty = {HOSTILE}", text, count=1, flags=re.MULTILINE)
        ftl.write_text(text, encoding="utf-8")
    content = read_content(folder)
    for language in (Language.EN, Language.CY):
        data = _render(content, registry, language)
        page = parse(data)
        assert not page.find_all("script")
        assert not page.find_all("b")
        assert len(page.find_all("h1")) == 1
        easy = parse(_render(content, registry, language, wording="easy"))
        assert len([svg for svg in _picture_svgs(easy) if svg.attrs.get("aria-label") == HOSTILE_ALT]) == 3
        assert not easy.find_all("img")
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
def test_pictures_are_embedded_once_with_alt_text_in_easy_wording(tmp_path: Path, registry: Registry, language: Language) -> None:
    alt = {Language.EN: "The town centre of Wrexham on a market day", Language.CY: "Canol tref Wrecsam ar ddiwrnod marchnad"}
    folder = _content_with_picture(tmp_path, alt)
    content = read_content(folder)
    pixels = _pixels((folder / "pictures" / "test-town-centre.png").read_bytes())
    for wording in ("full", "easy"):
        page = parse(_render(content, registry, language, wording=wording))
        assert not page.find_all("img")
        store = _stored_pictures(page)
        uses = _picture_uses(_outline(content, language, wording))
        svgs = _picture_svgs(page)
        assert len(svgs) == len(uses) > 100, "each picture where the outline puts it"
        assert len(store) == len({picture.id for picture, _ in uses}) < len(uses), "each file once"
        for svg, (picture, in_row_header) in zip(svgs, uses, strict=True):
            assert _pixels(_decoded(_shown(svg, store))) == _pixels(picture.path.read_bytes()), picture.id
            assert svg.attrs["width"] and svg.attrs["height"] and svg.attrs["focusable"] == "false"
            if wording == "easy" and not in_row_header:
                assert (svg.attrs["role"], svg.attrs["aria-label"]) == ("img", picture.alt)
                assert picture.alt and not picture.alt.endswith(".png")
            else:
                assert svg.attrs["aria-hidden"] == "true" and "aria-label" not in svg.attrs, "beside words that say it"
        test_uses = [svg for svg in svgs if _pixels(_decoded(_shown(svg, store))) == pixels]
        assert len(test_uses) == 3, "the theme's, the rating's and the item's"
        named = [svg.attrs.get("aria-label") for svg in test_uses]
        assert named == ([alt[language]] * 3 if wording == "easy" else [None] * 3)
        for header in page.find_all("th"):
            assert not [node for node in header.iter() if "aria-label" in node.attrs or "alt" in node.attrs], (
                "a row header says its words only"
            )
    credits = page.find("main").find_all("h2")[-1]
    assert credits.attrs["id"] == "credits"
    assert credits.text() == content.library[language].format("credits-heading")
    for credit in content.report(language).credits:
        assert credit.text in _body_text(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bundled_page_weighs_under_500_kb(built: Built, content: Content, registry: Registry, language: Language) -> None:
    assert len(built("html", language).read_bytes()) < 500_000
    assert len(_render(content, registry, language, wording="easy")) < 500_000


# --------------------------------------------------------------------------
# Every shape the outline can take
# --------------------------------------------------------------------------


def test_a_report_in_one_language_links_to_no_other(shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    assert not [node for node in page.iter() if "hreflang" in node.attrs]
    assert not _with_class(page, "other-languages")
    assert [node.tag for node in page.iter() if "lang" in node.attrs] == ["html"]
    assert [child.tag for child in page.find("header").children if isinstance(child, Node)] == ["p"]


def test_every_section_at_its_level_and_ids_never_clash(shapes: Content, shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    outline = _outline(shapes, Language.EN)
    ids = [node.attrs["id"] for node in page.iter() if "id" in node.attrs]
    assert len(ids) == len(set(ids)), "a part called main or contents keeps its own id"
    assert {"main", "contents"} <= set(ids)
    headings = [(node.tag, node.attrs.get("id"), node.text()) for node in page.find("main").iter() if re.fullmatch(r"h[2-6]", node.tag)]
    assert headings[1:] == [(f"h{section.level}", section.anchor, section.title) for section in outline.walk()]
    levels = [level for level, _ in _headings(page)]
    assert max(levels) == 4
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1
    assert all(text for _, text in _headings(page))
    main_id = page.find("main").attrs["id"]
    assert page.find("a").attrs["href"] == f"#{main_id}" and main_id != "main"
    assert not page.find_all("img") and not _picture_svgs(page), "a report without pictures has none"
    assert not [svg for svg in page.find_all("svg") if "picture-store" in _classes(svg)]
    for kind in ("principles-heading", "credits-heading", "aims-heading"):
        assert shapes.library[Language.EN].format(kind) not in _body_text(page), "no heading for a part the report does not have"


def test_a_legend_of_several_scales_has_one_list_per_scale(shapes: Content, shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    scales = shapes.report(Language.EN).scales
    icons = _legend_icons(page)
    assert [len(listing) for listing in icons] == [len(scale.levels) for scale in scales] == [5, 3]
    for listing, scale in zip(icons, scales, strict=True):
        assert len({_shape(icon) for icon in listing}) == len(scale.levels), "every level of a scale has its own shape"
        fills = [next(node for node in icon.iter() if "shape" in _classes(node)).attrs["fill"] for icon in listing]
        assert fills == [level.colour for level in scale.levels]
    legend = page.find("main").find_all("h3")[:2]
    assert [heading.text() for heading in legend] == [scale.name for scale in scales]


def test_a_table_rated_on_two_scales(shapes: Content, shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    report = shapes.report(Language.EN)
    (part,) = [part for part in walk_parts(report.parts) if isinstance(part, RatedListPart)]
    table = next(table for table in page.find_all("table") if table.find("caption").text() == part.heading.caption)
    assert "wide" in _classes(table), "four columns may use the page's whole width"
    assert [cell.text() for cell in table.find("thead").find_all("th")] == ["Code", "Service", "Stars", "Progress"]
    for row, rated in zip(table.find("tbody").find_all("tr"), part.items, strict=True):
        cells = row.find_all("td")
        assert row.find("th").text() == rated.code
        for cell, rating in zip(cells[1:], rated.ratings, strict=True):
            assert cell.find("strong").text() == rating.level.name
            assert rating.level.meaning in cell.text()
            icon = cell.find("svg")
            assert icon.attrs["aria-hidden"] == "true"
            assert next(node for node in icon.iter() if "shape" in _classes(node)).attrs["fill"] == rating.level.colour


def test_an_indicator_table(shapes: Content, shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    outline = _outline(shapes, Language.EN)
    (block,) = [section.blocks[0] for section in outline.walk() if section.kind == "indicators"]
    assert isinstance(block, Table)
    table = next(table for table in page.find_all("table") if table.find("caption").text() == block.caption)
    assert [cell.text() for cell in table.find("thead").find_all("th")] == list(block.header)
    assert len(block.header) == 6 and "wide" in _classes(table)
    rows = table.find("tbody").find_all("tr")
    assert [[cell.text() for cell in row.children if isinstance(cell, Node)] for row in rows] == [
        [" ".join(plain(cell.spans).split()) for cell in row.cells] for row in block.rows
    ]
    text = table.text()
    for figure in ("1,200", "1,350", "£85.50", "44.2%", "46.8%"):
        assert figure in text
    assert len(table.find_all("svg")) == 3, "each status has its icon"


def test_quotes_with_who_said_them(shapes: Content, shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    figures_ = _with_class(page, "quote")
    report = shapes.report(Language.EN)
    (part,) = [part for part in walk_parts(report.parts) if isinstance(part, QuotesPart)]
    assert len(figures_) == len(part.quotes) == 2
    for figure, quote in zip(figures_, part.quotes, strict=True):
        assert figure.tag == "figure"
        assert figure.find("blockquote").text() == quote.item.text
        assert figure.find("figcaption").text() == quote.source
        assert figure.find("figcaption").parent is figure, "who said it is outside the quotation"


def test_contact_links_from_their_targets(shapes_page: Path) -> None:
    page = parse(shapes_page.read_bytes())
    address = page.find("address")
    assert [(link.attrs["href"], link.text()) for link in address.find_all("a")] == [
        ("tel:01632960000", "01632 960000"),
        ("mailto:hello@shapes.example.org", "hello@shapes.example.org"),
        ("https://shapes.example.org/report", "https://shapes.example.org/report"),
    ]
    assert address.find_all("dd")[-1].text() == "Town Hall, 1 High Street, Shapes SH1 1AA"


def test_easy_wording_marks_hard_words_in_bold(shapes: Content, registry: Registry) -> None:
    page = parse(_render(shapes, registry, Language.EN, wording="easy"))
    terms = [node for node in page.iter() if "term" in _classes(node)]
    assert terms and all(node.tag == "strong" and node.text().lower() == "tenant" for node in terms)
    assert "Build 40 more homes for a tenant to rent." in _body_text(page)
    assert "Code" not in [cell.text() for cell in page.find("thead").find_all("th")], "easy wording leaves codes out"


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_shape_passes_axe(shapes_page: Path, axe_run: AxeRun, scheme: str, width: int) -> None:
    _assert_clean(axe_run(shapes_page, scheme, width))


def test_every_shape_with_text_at_200_percent(shapes_page: Path, axe_run: AxeRun, tmp_path: Path) -> None:
    big = tmp_path / "big.every-shape.html"
    big.write_bytes(_with_big_text(shapes_page.read_bytes()))
    for width in (320, 1280):
        _assert_clean(axe_run(big, "light", width))


# --------------------------------------------------------------------------
# Spans and shapes no content folder makes: a hand-made outline
# --------------------------------------------------------------------------


def _hand_made(language: Language, other: Language) -> Outline:
    rating = Rating("scale", "Scale", "best", "Best", "All good.", (Strong("Best"), Text(". All good.")), 1, 2, "#00703c")
    deepest = Section("level-7", "Seven levels down", 7, "section", (Paragraph((Text("At the bottom."),)),))
    nested = deepest
    for level in range(6, 1, -1):
        nested = Section(f"level-{level}", f"Level {level}", level, "group", (), (nested,))
    words = Section(
        "words",
        "Words",
        2,
        "section",
        (
            Paragraph(
                (
                    Text("Read "),
                    Foreign("the English summary", Language.EN),
                    Text(", ask "),
                    Link("by email", "mailto:a@example.org"),
                    Text(" or "),
                    Link("not this", "javascript:alert(1)"),
                    Text(", a "),
                    Term("grant"),
                    Text(" is money."),
                )
            ),
            ItemList((ListItem(rating.spans, None, (rating,)),), "A list of 1 item.", ordered=True),
            Table(
                "A table", ("Thing", "Rating"), (Row((Cell((Text("A thing"),)), Cell(rating.spans, rating))),), "A table of 1 row.", (1, 1)
            ),
            Definitions((Definition("grant", (Text("Money given."),)),), "A list of 1 item."),
            Quote((Text("Well done."),)),
            Contact((ContactLine("phone", "Phone", "01632 960000", "tel:01632960000"),)),
        ),
    )
    return Outline(
        report_id="hand-made",
        language=language,
        wording="full",
        title="A hand-made outline",
        report_title="A hand-made outline",
        subtitle="",
        council="A council",
        period="2024",
        subject="What a hand-made outline looks like",
        published=datetime.date(2025, 1, 1),
        contents_title="Contents",
        contents_announcement="A list of 2 items.",
        front=(Paragraph((Text("Published by a council"),)),),
        sections=(words, nested),
        pictures=(),
        other_languages=(LanguageLink(other, "Read it in the other language", "hand-made.html.other.html"),),
    )


def test_spans_become_marked_words(content: Content, registry: Registry) -> None:
    writer = registry.get("html")
    data = render_outline(_hand_made(Language.EN, Language.CY), writer, content.library[Language.EN], {"wording": "full"})
    page = parse(data)
    paragraph = page.find("main").find_all("p")[1]
    foreign = paragraph.find("span")
    assert (foreign.attrs, foreign.text()) == ({"lang": "en-GB"}, "the English summary")
    assert [(link.attrs["href"], link.text()) for link in paragraph.find_all("a")] == [("mailto:a@example.org", "by email")]
    assert "not this" in paragraph.text() and b"javascript:" not in data, "a link may only lead to the web, email or a phone"
    assert [(node.text(), _classes(node)) for node in paragraph.find_all("strong")] == [("grant", ["term"])]
    (ratings,) = _with_class(page, "ratings")
    assert ratings.tag == "ol" and ratings.find("svg").attrs["aria-hidden"] == "true"
    assert page.find("blockquote").text() == "Well done." and not page.find_all("figcaption")
    deep = next(node for node in page.iter() if node.attrs.get("role") == "heading")
    assert (deep.attrs["aria-level"], deep.attrs["id"], deep.text()) == ("7", "level-7", "Seven levels down")
    assert [node.tag for node in page.find("main").iter() if re.fullmatch(r"h[1-6]", node.tag)] == [
        "h1",
        "h2",
        "h2",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    ]


def test_a_right_to_left_page(content: Content, registry: Registry, tmp_path: Path, axe_run: AxeRun) -> None:
    writer = registry.get("html")
    arabic = Language.of("ar")
    data = render_outline(_hand_made(arabic, Language.EN), writer, content.library[Language.EN], {"wording": "full"})
    page = parse(data)
    assert (page.find("html").attrs["lang"], page.find("html").attrs["dir"]) == ("ar", "rtl")
    foreign = page.find("main").find_all("p")[1].find("span")
    assert foreign.attrs == {"lang": "en-GB", "dir": "ltr"}, "English inside Arabic runs left to right"
    link = next(node for node in page.find("header").find_all("a") if "hreflang" in node.attrs)
    assert (link.attrs["lang"], link.attrs["dir"]) == ("en-GB", "ltr")
    (phone,) = page.find("address").find_all("dd")
    assert phone.attrs == {"dir": "ltr"}, "a telephone number reads left to right on any page"
    path = tmp_path / "rtl.html"
    path.write_bytes(data)
    for width in (320, 1280):
        _assert_clean(axe_run(path, "light", width))


# --------------------------------------------------------------------------
# The example reports, when they are there
# --------------------------------------------------------------------------


@pytest.mark.parametrize("folder", EXAMPLES)
def test_example_reports(folder: Path, registry: Registry, tmp_path: Path, axe_run: AxeRun) -> None:
    if not (folder / "report.yaml").is_file():
        pytest.skip(f"{folder.name} is not written yet")
    content = read_content(folder)
    pages = _build_all(content, registry, tmp_path)
    for language, path in pages.items():
        page = parse(path.read_bytes())
        outline = make_outline(content.report(language), content.library[language])
        assert page.find("html").attrs["lang"] == language.tag
        assert len(page.find_all("table")) == sum(isinstance(block, Table) for block in _blocks(outline))
        ids = [node.attrs["id"] for node in page.iter() if "id" in node.attrs]
        assert len(ids) == len(set(ids))
        headings = [(node.tag, node.attrs.get("id"), node.text()) for node in page.find("main").iter() if re.fullmatch(r"h[2-6]", node.tag)]
        assert headings[1:] == [(f"h{section.level}", section.anchor, section.title) for section in outline.walk()]
        others = [node for node in page.find("header").find_all("a") if "hreflang" in node.attrs]
        assert sorted(str(node.attrs["hreflang"]) for node in others) == sorted(
            other.tag for other in content.languages if other != language
        )
        for node in others:
            assert node.attrs["lang"] == node.attrs["hreflang"] and (path.parent / str(node.attrs["href"])).is_file()
        assert len(_picture_svgs(page)) == len(_picture_uses(outline))
        for scheme, width in (("light", 320), ("dark", 1280)):
            _assert_clean(axe_run(path, scheme, width))


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
    plain_page = tmp_path / f"plain.{built('html', language).name}"
    plain_page.write_bytes(_without_style(built("html", language).read_bytes()))
    result = axe_run(plain_page, "light", 320)
    # Unstyled, the links are sized by the browser's defaults: WCAG 2.5.8 exempts
    # targets whose size the user agent decides, which axe cannot tell apart.
    assert [violation for violation in result.violations if violation.id != "target-size"] == [], result.summary()
    assert not result.horizontal_scroll, result.summary()
    assert result.blocked_requests == () and result.page_errors == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pictures_pass_axe(tmp_path: Path, registry: Registry, axe_run: AxeRun, language: Language) -> None:
    content = read_content(_content_with_picture(tmp_path, {Language.EN: "A busy town square", Language.CY: "Sgwâr tref brysur"}))
    page = tmp_path / f"pictures.{language.code}.html"
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
    for table in (block for block in _blocks(_outline(content, language)) if isinstance(block, Table)):
        assert table.caption in text
    assert strings.format("accessibility-summary")[:40] in text
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
    name = f"html-{language.code}-{width}.png"
    target = DOCS_IMAGES / name if os.environ.get("FOCUSREPORT_UPDATE_SCREENSHOTS") == "1" else tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    # The full-page shot is as wide as the window (nothing sticks out sideways) and taller
    # than the part the docs show, so the docs' picture is the top of the real page.
    shot_width, shot_height = png_size(result.screenshot)
    assert shot_width == width and shot_height > SCREENSHOT_HEIGHT[width]
    crop_top(result.screenshot, target, SCREENSHOT_HEIGHT[width])
    assert png_size(DOCS_IMAGES / name) == (width, SCREENSHOT_HEIGHT[width]), "the docs show this screenshot"
    assert f"images/{name}" in (ROOT / "docs" / "html.md").read_text(encoding="utf-8")


def test_easy_wording_option_uses_the_easy_read_text(content: Content, registry: Registry) -> None:
    for language in (Language.EN, Language.CY):
        report = content.report(language)
        easy_items = [item for item in report.items() if item.easy and item.easy != item.text]
        assert easy_items, "the bundled content has easy-read wording"
        full = _body_text(parse(_render(content, registry, language)))
        easy_page = parse(_render(content, registry, language, wording="easy"))
        easy = _body_text(easy_page)
        for item in easy_items:
            assert item.easy is not None
            assert " ".join(item.text.split()) in full and " ".join(item.text.split()) not in easy, item.id
            assert " ".join(item.easy.split()) in easy.replace("\u00a0", " "), item.id
        patterns = hard_word_patterns(report, [word.word for word in report.glossary()])
        terms = [node for node in easy_page.iter() if "term" in _classes(node)]
        assert terms, "the easy wording marks hard words"
        assert all(node.tag == "strong" and any(pattern.fullmatch(node.text()) for pattern in patterns) for node in terms)
