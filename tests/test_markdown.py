"""The Markdown writer, read back by pandoc's GFM reader: every fact, literally, in order."""

from __future__ import annotations

import html as html_text
import itertools
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import focusreport
from conftest import Built
from external import require
from facts import missing_passages, normalise
from focusreport import Item, Language, Picture, Report
from focusreport.builder import render, render_outline
from focusreport.content import Content, read_content
from focusreport.model import ContactPart, GlossaryPart, GroupPart, ListPart, Part, RatedListPart, ThemesPart, walk_parts
from focusreport.outline import (
    Cell,
    Contact,
    ContactLine,
    Definition,
    Definitions,
    Foreign,
    ItemList,
    Link,
    ListItem,
    Outline,
    Paragraph,
    Quote,
    Row,
    Section,
    Strong,
    Table,
    Term,
    Text,
)
from focusreport.outline import Picture as OutlinePicture
from focusreport.outliner import make_outline
from focusreport.writers import Registry
from smallreport import EXAMPLES, READY_MADE_HEADINGS, write_small_report

NASTY = (
    "Stars *bold* and __under__ with #hash, a | pipe, <script>alert(1)</script>, `code`, [link](http://x), "
    "&amp; ~~gone~~ $x$ :smile: \\ back"
)
LINE_STARTS = ("# not a heading", "- not a bullet", "1. not a number", "> not a quote", "+ plus", "=== not a rule")
ATX = re.compile(r"^(#{1,6}) (.*)$", re.MULTILINE)


def pandoc(path: Path, to: str = "plain", *extra: str) -> str:
    """What pandoc's GitHub Flavored Markdown reader makes of ``path``."""
    command = [require("pandoc"), "-f", "gfm", "-t", to, "--wrap=none", *extra, str(path)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True, timeout=60).stdout


def render_markdown(tmp_path: Path, report: Report, content: Content, registry: Registry, **given: str) -> Path:
    writer = registry.get("markdown")
    data = render(report, writer, content.library[report.language], registry.resolve_options(writer, given))
    path = tmp_path / f"report.{report.language.code}.md"
    path.write_bytes(data)
    return path


def write_outline(tmp_path: Path, outline: Outline, content: Content, registry: Registry, **given: str) -> Path:
    writer = registry.get("markdown")
    data = render_outline(outline, writer, content.library[outline.language], registry.resolve_options(writer, given))
    path = tmp_path / f"outline.{outline.language.code}.md"
    path.write_bytes(data)
    return path


def evolve_parts(parts: tuple[Part, ...], change: Callable[[Part], Part | None]) -> tuple[Part, ...]:
    """``parts`` with ``change`` applied to each, inside groups too; a part changed to ``None`` is dropped."""
    result = []
    for part in parts:
        inner = attrs.evolve(part, parts=evolve_parts(part.parts, change)) if isinstance(part, GroupPart) else part
        changed = change(inner)
        if changed is not None:
            result.append(changed)
    return tuple(result)


def headings(markdown: str) -> list[tuple[int, str]]:
    return [(len(hashes), title) for hashes, title in ATX.findall(markdown)]


def tables_of(html: str) -> list[str]:
    return re.findall(r"<table>.*?</table>", html, re.S)


def cells_of(row: str) -> list[str]:
    return [html_text.unescape(cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]


def rows_of(table: str) -> list[list[str]]:
    return [cells_of(row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)]


# The bundled report


def test_english_markdown_keeps_every_fact_of_the_source(built: Built) -> None:
    text = pandoc(built("markdown", Language.EN))
    assert missing_passages(text) == []


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_every_item_heading_and_rating_reads_back(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    outline = make_outline(report, content.library[language])
    text = normalise(pandoc(built("markdown", language)))
    expected = [item.text for item in report.items()]
    expected += [section.title for section in outline.walk()]
    expected += [f"{level.name}. {level.meaning}" for scale in report.scales for level in scale.levels]
    expected += [rated.code for part in walk_parts(report.parts) if isinstance(part, RatedListPart) for rated in part.items if rated.code]
    themes = [theme for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]
    expected += [f"{theme.name}: {theme.summary}" for theme in themes]
    assert len(expected) > 120
    missing = [passage for passage in expected if normalise(passage) not in text]
    assert missing == []


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_title_and_language_are_set_for_the_document(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    html = pandoc(built("markdown", language), "html", "--standalone")
    assert f'lang="{language.tag}"' in html
    assert f"<title>{report.title}: {report.subtitle}</title>" in html


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_headings_follow_the_outline_in_order_without_skipping_a_level(built: Built, content: Content, language: Language) -> None:
    outline = make_outline(content.report(language), content.library[language])
    found = headings(built("markdown", language).read_text(encoding="utf-8"))
    assert found == [(1, outline.title), (2, outline.contents_title), *((section.level, section.title) for section in outline.walk())]
    levels = [level for level, _ in found]
    assert levels.count(1) == 1
    assert all(after <= before + 1 for before, after in itertools.pairwise(levels))
    assert max(levels) == 3


def test_rated_tables_have_header_rows_captions_and_ratings_in_words(built: Built, content: Content) -> None:
    report = content.report(Language.EN)
    html = pandoc(built("markdown", Language.EN), "html")
    rated_lists = [part for part in walk_parts(report.parts) if isinstance(part, RatedListPart)]
    tables = tables_of(html)
    assert len(tables) == len(rated_lists) == 2
    for table, part in zip(tables, rated_lists, strict=True):
        assert "<thead>" in table and "<th" in table
        assert part.heading.caption is not None
        assert f"<p>{html_text.escape(part.heading.caption, quote=False)}</p>\n<table>" in html, (
            "the caption is the paragraph before its table"
        )
        rows = rows_of(table)
        (scale,) = part.scales
        assert rows[0][-1] == scale.name
        assert len(rows) == len(part.items) + 1
        for row, rated in zip(rows[1:], part.items, strict=True):
            (rating,) = rated.ratings
            assert row[-1] == f"<strong>{rating.level.name}</strong>. {rating.level.meaning}"
            assert row[-2] == rated.item.text
            if rated.code:
                assert row[0] == rated.code


def test_lists_are_real_lists(built: Built, content: Content) -> None:
    report = content.report(Language.EN)
    html = pandoc(built("markdown", Language.EN), "html")
    lengths = [len(re.findall(r"<li>", block)) for block in re.findall(r"<ul>.*?</ul>", html, re.S)]
    outline = make_outline(report, content.library[Language.EN])
    themes = [theme for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]
    (principles,) = [part for part in report.parts if isinstance(part, ListPart)]
    (glossary,) = [part for part in report.parts if isinstance(part, GlossaryPart)]
    (contact,) = [part for part in report.parts if isinstance(part, ContactPart)]
    expected = [len(outline.sections), len(report.scales[0].levels), len(themes)]
    expected += [len(listing.items) for theme in themes for listing in theme.lists]
    expected += [len(principles.items), len(glossary.words)]
    expected.append(sum(1 for value in (contact.phone, contact.email, contact.web, contact.address) if value))
    assert lengths == expected


def test_hard_words_are_bold_and_contact_details_are_links(built: Built, content: Content) -> None:
    report = content.report(Language.EN)
    html = pandoc(built("markdown", Language.EN), "html")
    (glossary,) = [part for part in report.parts if isinstance(part, GlossaryPart)]
    for word in glossary.words:
        assert f"<li><strong>{word.word}</strong>: {word.explanation}</li>" in html
    (contact,) = [part for part in report.parts if isinstance(part, ContactPart)]
    assert contact.phone and contact.email and contact.web
    assert f'<li>Phone: <a href="tel:{contact.phone.replace(" ", "")}">{contact.phone}</a></li>' in html
    assert f'<li>Email: <a href="mailto:{contact.email}">{contact.email}</a></li>' in html
    assert f'<li>Website: <a href="{contact.web}">{contact.web}</a></li>' in html
    assert f"<li>Address: {', '.join(contact.address)}</li>" in html


@pytest.mark.parametrize(("language", "other"), [(Language.EN, Language.CY), (Language.CY, Language.EN)])
def test_each_language_links_to_the_other_in_its_words_and_marked_with_its_language(
    built: Built, content: Content, language: Language, other: Language
) -> None:
    words = content.library[other].format("read-in-language")
    target = f"wrexham-2019-20.markdown.{other.code}.md"
    html = pandoc(built("markdown", language), "html")
    assert html.count("<a href") == 4  # this link, and phone, email and website
    assert f'<p><a href="{target}"><span lang="{other.tag}">{html_text.escape(words, quote=False)}</span></a></p>' in html
    assert html.index(target) < html.index("<h2")  # before the contents


def test_content_text_reads_back_literally(tmp_path: Path, content: Content, registry: Registry) -> None:
    report = content.report(Language.EN)
    nasty_items = tuple(Item(f"nasty-{number}", text) for number, text in enumerate((NASTY, *LINE_STARTS)))

    def nasty(part: Part) -> Part | None:
        if isinstance(part, GlossaryPart | ContactPart):
            return None  # hard words are rightly bold and contact details links: keep the check below about content text only
        if isinstance(part, RatedListPart) and part.heading.id == "priorities-heading":
            return attrs.evolve(part, items=(attrs.evolve(part.items[0], item=Item("nasty-priority", NASTY)), *part.items[1:]))
        if isinstance(part, ThemesPart):
            theme = part.themes[0]
            lists = tuple(
                attrs.evolve(listing, items=nasty_items) if listing.ready_made == "actions" else listing for listing in theme.lists
            )
            return attrs.evolve(part, themes=(attrs.evolve(theme, name="Theme | #1 *", lists=lists), *part.themes[1:]))
        return part

    report = attrs.evolve(report, title=NASTY, parts=evolve_parts(report.parts, nasty))
    path = render_markdown(tmp_path, report, content, registry)
    text = pandoc(path)
    lines = [line.removeprefix("-   ") for line in text.splitlines()]
    assert sum(NASTY in line for line in lines) >= 3  # heading, table cell, list item
    assert any(line.strip().startswith(NASTY) for line in lines if "  " in line)  # the table cell
    for start in LINE_STARTS:
        assert start in lines
    assert "Theme | #1 *: This is about jobs and money" in lines
    html = pandoc(path, "html", "--standalone")
    assert "<script>" not in html
    levels = {level.name for scale in report.scales for level in scale.levels}
    bare = re.sub("|".join(f"<strong>{re.escape(name)}</strong>" for name in levels), "", html)
    assert "<em>" not in bare and "<strong>" not in bare and "<code>" not in bare and "<a " not in bare and "<del>" not in bare


def test_every_kind_of_span_reads_back(tmp_path: Path, content: Content, registry: Registry) -> None:
    outline = make_outline(content.report(Language.EN), content.library[Language.EN])
    spans = (
        Text("1. Said "),
        Strong(" Green "),
        Text("and "),
        Term("grant"),
        Text(", then "),
        Foreign(NASTY, Language.CY),
        Text(" and "),
        Link("a [site] *here*", "https://example.org/a b(c)<d>"),
        Text("."),
    )
    front = (Paragraph(spans), *outline.front)
    path = write_outline(tmp_path, attrs.evolve(outline, front=front), content, registry)
    html = pandoc(path, "html")
    expected_html = (
        '<p>1. Said <strong>Green</strong> and <strong>grant</strong>, then <span lang="cy-GB">'
        + html_text.escape(NASTY, quote=False)
        + '</span> and <a href="https://example.org/a%20b%28c%29%3Cd%3E">a [site] *here*</a>.</p>'
    )
    assert expected_html in html
    assert f"1. Said Green and grant, then {NASTY} and a [site] *here*." in pandoc(path).splitlines()


def test_every_kind_of_block_and_section_shape_reads_back(tmp_path: Path, content: Content, registry: Registry) -> None:
    outline = make_outline(content.report(Language.EN), content.library[Language.EN])
    star = OutlinePicture("star", Path("/content/pictures/star.png"), "image/png", "A gold star")
    deep = Section(
        "deep",
        "Level five",
        5,
        "section",
        (
            ItemList((ListItem((Text("- first"),)), ListItem((Text("second"),), star)), "A list of 2 items.", ordered=True),
            ItemList((ListItem((Text("third"),)),), "A list of 1 item.", ordered=True),
            Table(
                "Level five",
                ("Name", "Value"),
                (Row((Cell((Text("a | b"),)), Cell((Text(""),))), line="a | b: "),),
                "A table of 1 row.",
                (1, 1),
            ),
            Quote((Text("> Said without a source."),), None, star),
            Definitions((Definition("word", (Text("what it means"),), None, "what it means, said of word"),), "A list of 1 item."),
            Contact((ContactLine("address", "Address", "1 High Street", None, "Address: 1 High Street"),)),
        ),
    )
    group = Section("outer", "Level three", 3, "group", (), (Section("inner", "Level four", 4, "group", (), (deep,)),))
    top = Section("top", "Level two", 2, "group", (), (group,), star)
    path = write_outline(tmp_path, attrs.evolve(outline, sections=(top,), other_languages=()), content, registry, pictures="paths")
    markdown = path.read_text(encoding="utf-8")
    assert headings(markdown)[2:] == [(2, "Level two"), (3, "Level three"), (4, "Level four"), (5, "Level five")]
    assert "Level five\n\n|" not in markdown, "a caption the same as its heading is not repeated"
    html = pandoc(path, "html")
    assert '<h2 id="level-two">Level two</h2>\n<p><img src="pictures/star.png" alt="A gold star" /></p>' in html
    assert (
        '<ol type="1">\n<li>- first</li>\n<li><img src="pictures/star.png" alt="A gold star" /> second</li>\n</ol>\n<ol type="1">\n<li>third</li>'
        in html
    )
    assert rows_of(tables_of(html)[0]) == [["Name", "Value"], ["a | b", ""]]
    assert '<blockquote>\n<p><img src="pictures/star.png" alt="A gold star" /> &gt; Said without a source.</p>\n</blockquote>' in html
    # Two lists one after the other stay two lists.
    assert "<ul>\n<li>what it means, said of <strong>word</strong></li>\n</ul>\n<ul>\n<li>Address: 1 High Street</li>\n</ul>" in html


def test_pictures_are_left_out_unless_asked_for(tmp_path: Path, content: Content, registry: Registry) -> None:
    report = content.report(Language.CY)
    picture = Picture("bins", Path("/anywhere/pictures/bins (1).png"), "image/png", "Bin *gwyrdd*", "OpenMoji")

    def pictured(part: Part) -> Part:
        if isinstance(part, ThemesPart):
            return attrs.evolve(part, themes=(attrs.evolve(part.themes[0], picture=picture), *part.themes[1:]))
        return part

    report = attrs.evolve(report, parts=evolve_parts(report.parts, pictured))
    assert "![" not in render_markdown(tmp_path, report, content, registry).read_text(encoding="utf-8")
    path = render_markdown(tmp_path, report, content, registry, pictures="paths")
    markdown = path.read_text(encoding="utf-8")
    assert r"![Bin \*gwyrdd\*](pictures/bins%20%281%29.png)" in markdown
    assert '<img src="pictures/bins%20%281%29.png" alt="Bin *gwyrdd*" />' in pandoc(path, "html")
    outline = make_outline(report, content.library[Language.CY])
    assert markdown.count("![") == sum(1 for _ in _pictures_shown(outline))


def _pictures_shown(outline: Outline) -> list[str]:
    """Every picture the writer shows: beside headings, paragraphs, list entries, hard words and quotes (tables are words alone)."""
    shown = []
    for section in outline.walk():
        shown += [section.picture.id] if section.picture else []
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.picture:
                shown.append(block.picture.id)
            elif isinstance(block, ItemList):
                shown += [item.picture.id for item in block.items if item.picture]
            elif isinstance(block, Definitions):
                shown += [entry.picture.id for entry in block.entries if entry.picture]
    return shown


def test_front_matter_can_be_left_out(tmp_path: Path, content: Content, registry: Registry) -> None:
    report = content.report(Language.EN)
    markdown = render_markdown(tmp_path, report, content, registry, **{"front-matter": "false"}).read_text(encoding="utf-8")
    assert markdown.startswith(f"# {report.title}: {report.subtitle}\n\n")
    assert "lang:" not in markdown


def test_same_bytes_every_run(content: Content, registry: Registry) -> None:
    writer = registry.get("markdown")
    for given in ({}, {"pictures": "paths", "wording": "easy"}):
        options = registry.resolve_options(writer, given)
        for language in content.languages:
            first = render(content.report(language), writer, content.library[language], options)
            second = render(content.report(language), writer, content.library[language], options)
            assert first == second
            assert first.decode("utf-8").endswith("\n") and not first.decode("utf-8").endswith("\n\n")


# A small report with what Wrexham does not have


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_small_report(tmp_path_factory.mktemp("small") / "riverside")
    (output,) = focusreport.build(folder, folder.parent / "out", formats=["markdown"])
    return output.path


def test_an_english_only_report_has_no_link_or_mention_of_another_language(small: Path) -> None:
    markdown = small.read_text(encoding="utf-8")
    assert "\nlang: en-GB\n" in markdown and "lang=" not in markdown
    assert ".md)" not in markdown and "hreflang" not in markdown
    for word in ("read this report in", "cymraeg", "welsh", "english"):
        assert word not in markdown.lower()
    html = pandoc(small, "html")
    assert html.count("<a href") == 3  # phone, email and website


def test_nested_groups_and_a_legend_of_several_scales_keep_their_levels(small: Path) -> None:
    assert headings(small.read_text(encoding="utf-8")) == [
        (1, "Our year: Annual report 2024 to 2025"),
        (2, "Contents"),
        (2, "About this report"),
        (2, "What the ratings mean"),
        (3, "Performance"),
        (3, "Phase"),
        (3, "Status"),
        (2, "Progress on the plan"),
        (3, "Homes"),
        (4, "Homes sub-themes"),
        (2, "Indicators"),
        (2, "What people told us"),
        (2, "Contact us and other formats"),
    ]


def test_no_heading_for_a_part_the_report_does_not_have(small: Path) -> None:
    from focusreport.content import load_library

    english = load_library()[Language.EN]
    titles = [title for _, title in headings(small.read_text(encoding="utf-8"))]
    for message_id in READY_MADE_HEADINGS:
        assert english.format(message_id) not in titles
    assert "<table>" in pandoc(small, "html")
    assert len(tables_of(pandoc(small, "html"))) == 2


def test_indicator_values_read_with_their_number_formats(small: Path) -> None:
    html = pandoc(small, "html")
    (table,) = [table for table in tables_of(html) if "Measure" in table]
    assert "<p>Indicators: last year, this year, target, status and trend</p>\n<table>" in html
    assert rows_of(table) == [
        ["Measure", "Last year", "This year", "Target", "Status", "Trend"],
        ["Visits to the town centre", "412,380", "403,650", "420,000", "<strong>Amber</strong>. Near the target.", "Getting worse"],
        ["Waste recycled", "44.2%", "46.8%", "48.0%", "<strong>Amber</strong>. Near the target.", "Improving"],
        ["Income from car parks", "£412,350.00", "£455,120.50", "£430,000.00", "<strong>Green</strong>. On target.", "Improving"],
        ["Days to mend a pothole", "Not given", "4.6", "5.0", "<strong>Green</strong>. On target.", "Not given"],
    ]
    assert "<thead>" in table


def test_a_list_rated_on_two_scales_shows_both_ratings_under_their_scale_names(small: Path) -> None:
    html = pandoc(small, "html")
    (table,) = [table for table in tables_of(html) if "Sub-theme" in table]
    assert rows_of(table) == [
        ["Code", "Sub-theme", "Performance", "Phase"],
        [
            "SA2.1",
            "Homes for everyone",
            "<strong>Good</strong>. Results are improving.",
            "<strong>Embedding</strong>. The work is part of how we do things.",
        ],
        [
            "SA2.2",
            "Repairs done on time",
            "<strong>Poor</strong>. Results are getting worse.",
            "<strong>Developing</strong>. The work has begun.",
        ],
    ]
    assert re.search(r"<thead>\s*<tr[^>]*>\s*<th>Code</th>", table)


def test_quotes_are_block_quotes_with_their_source(small: Path) -> None:
    html = pandoc(small, "html")
    assert "<blockquote>\n<p>The new library is a joy.</p>\n<p>— Ann, a reader</p>\n</blockquote>" in html
    assert "<blockquote>\n<p>The park is cleaner than it was.</p>\n</blockquote>" in html


def test_contact_details_are_a_list_of_links(small: Path) -> None:
    html = pandoc(small, "html")
    assert (
        "<ul>\n"
        '<li>Phone: <a href="tel:01632960000">01632 960000</a></li>\n'
        '<li>Email: <a href="mailto:hello@riverside.example.org">hello@riverside.example.org</a></li>\n'
        '<li>Website: <a href="https://riverside.example.org/plan">https://riverside.example.org/plan</a></li>\n'
        "</ul>"
    ) in html


# The other bundled examples, when they are there


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_bundled_example_reads_back_through_pandoc(name: str, tmp_path: Path) -> None:
    folder = EXAMPLES[name]
    if not (folder / "report.yaml").is_file():
        pytest.skip(f"{folder.name} is not in this tree")
    content = read_content(folder)
    outputs = {output.language: output.path for output in focusreport.build(folder, tmp_path, formats=["markdown"])}
    assert set(outputs) == set(content.languages)
    for language, path in outputs.items():
        report = content.report(language)
        outline = make_outline(report, content.library[language])
        markdown = path.read_text(encoding="utf-8")
        found = headings(markdown)
        assert found == [(1, outline.title), (2, outline.contents_title), *((section.level, section.title) for section in outline.walk())]
        text = normalise(pandoc(path))
        missing = [item.text for item in report.items() if normalise(item.text) not in text]
        missing += [
            f"{level.name}. {level.meaning}"
            for scale in report.scales
            for level in scale.levels
            if normalise(f"{level.name}. {level.meaning}") not in text
        ]
        assert missing == []
        html = pandoc(path, "html", "--standalone")
        assert f'lang="{language.tag}"' in html
        tables = [block for section in outline.walk() for block in section.blocks if isinstance(block, Table)]
        assert len(tables_of(html)) == len(tables)
        for table, block in zip(tables_of(html), tables, strict=True):
            assert rows_of(table)[0] == list(block.header)
            assert len(rows_of(table)) == len(block.rows) + 1
        contacts = [block for section in outline.walk() for block in section.blocks if isinstance(block, Contact)]
        assert html.count('<a href="tel:') == sum(1 for block in contacts for line in block.lines if line.kind == "phone")
        others = [other for other in content.languages if other != language]
        for other in others:
            assert f'<a href="{folder.name}.markdown.{other.code}.md"><span lang="{other.tag}">' in html
        if not others:
            assert "hreflang" not in html and ".md" not in html
