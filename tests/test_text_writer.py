"""The plain-text writer: every fact survives, every language is complete, and screen-reader rules hold.

Besides the bundled report, small reports written here show what the outline can
produce that Wrexham does not have: one language only, a table of indicators, a
list rated on two scales, quotes, groups three levels deep, and lists and tables of
each length that Welsh words differently.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import attrs
import pytest

import focusreport
from conftest import Built
from facts import figures, missing_passages, source_figures
from focusreport import Language, Strings
from focusreport.content import Content, load_library, read_content
from focusreport.model import (
    ContactPart,
    GlossaryPart,
    ListPart,
    QuotesPart,
    RatedListPart,
    Report,
    ThemesPart,
    walk_parts,
)
from focusreport.outline import (
    Contact,
    ContactLine,
    Definitions,
    Foreign,
    ItemList,
    Link,
    ListItem,
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
from smallreport import EXAMPLES, READY_MADE_HEADINGS, write_small_report

# Box drawing, geometric shapes, and the characters ASCII tables and decorations are drawn with.
DECORATION = re.compile(r"[\u2500-\u259f\u25a0-\u25ff*#|=_~]")


def _text(built: Built, language: Language) -> str:
    return built("text", language).read_text(encoding="utf-8")


def _blocks(text: str) -> list[str]:
    assert text.endswith("\n") and not text.endswith("\n\n")
    return text.removesuffix("\n").split("\n\n")


def _words_of_the_report(report: Report) -> list[str]:
    """Every text of the report that is not an item: headings, theme names, levels, hard words, contact details, credits.

    A scale's name is left out: a row rated on one scale reads "item: rating", its
    column's name said once by the table's caption.
    """
    words = [text for scale in report.scales for level in scale.levels for text in (level.name, level.meaning)]
    words += [credit.text for credit in report.credits]
    for part in walk_parts(report.parts):
        heading = getattr(part, "heading", None)
        if heading is not None:
            words += [text for text in (heading.text, heading.caption) if text]
        if isinstance(part, ThemesPart):
            words += [text for theme in part.themes for text in (theme.name, theme.summary) if text]
        elif isinstance(part, GlossaryPart):
            words += [text for word in part.words for text in (word.word, word.explanation)]
        elif isinstance(part, ContactPart):
            words += [text for text in (part.phone, part.email, part.web, *part.address) if text]
        elif isinstance(part, QuotesPart):
            words += [quote.source for quote in part.quotes if quote.source]
        elif isinstance(part, ListPart) and part.intro:
            words.append(part.intro)
    return words


# The bundled report


def test_every_fact_and_figure_of_the_source_is_in_the_english_text(built: Built) -> None:
    text = _text(built, Language.EN)
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_every_item_and_word_of_the_report_is_in_the_text(built: Built, content: Content, language: Language) -> None:
    text = _text(built, language)
    report = content.report(language)
    items = list(report.items())
    assert len(items) > 80
    missing = [item.text for item in items if item.text not in text]
    missing += [words for words in _words_of_the_report(report) if words not in text]
    assert missing == []


def test_welsh_and_english_state_the_same_figures(built: Built) -> None:
    assert figures(_text(built, Language.CY)) == figures(_text(built, Language.EN))


def test_the_welsh_text_has_no_english_library_strings(built: Built, content: Content) -> None:
    welsh_text = _text(built, Language.CY)
    english, welsh = content.library[Language.EN], content.library[Language.CY]
    leaked = []
    for message_id in english.sources:
        for attribute in (None, *english.attributes(message_id)):
            words = english.literal_text(message_id, attribute).strip()
            if len(words) > 6 and words != welsh.literal_text(message_id, attribute).strip() and words in welsh_text:
                leaked.append(words)
    assert leaked == []


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_screen_reader_rules(built: Built, content: Content, language: Language) -> None:
    raw = built("text", language).read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "\r" not in text and "\t" not in text
    assert not DECORATION.search(text), "box drawing, tables or decorative symbols"
    assert "  " not in text, "repeated spaces"
    assert "\n\n\n" not in text, "one blank line between blocks"
    report = content.report(language)
    strings = content.library[language]
    blocks = _blocks(text)
    themes = [theme for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]
    assert len(themes) == 4
    for theme in themes:
        heading = strings.format("theme-heading", theme=theme.name, summary=theme.summary)
        assert heading in blocks, "a heading stands alone with a blank line before it"
        actions = next(listing for listing in theme.lists if listing.ready_made == "actions")
        announced = strings.format("list-announce", count=len(actions.items))
        lines = blocks[blocks.index(strings.format("actions-heading"), blocks.index(heading)) + 1].splitlines()
        assert lines[0] == announced
        assert lines[1:] == [f"{number}. {item.text}" for number, item in enumerate(actions.items, start=1)]
    for scale in report.scales:
        for level in scale.levels:
            assert strings.format("rating-with-meaning", rating=level.name, meaning=level.meaning) in text
    rated_lists = [part for part in walk_parts(report.parts) if isinstance(part, RatedListPart)]
    assert len(rated_lists) == 2
    for part in rated_lists:
        for rated in part.items:
            (rating,) = rated.ratings
            label = strings.format("coded-title", code=rated.code, title=rated.item.text) if rated.code else rated.item.text
            assert f"{label}: {rating.level.name}. {rating.level.meaning}" in text.splitlines()


def _check_layout(text: str, outline: Outline, strings: Strings) -> int:
    """Check each heading stands alone and each list and table is one block, announced with its length; return how many."""
    blocks = _blocks(text)
    for section in outline.walk():
        assert section.title in blocks, "a heading stands alone with a blank line before it"
    contents = [strings.format("list-announce", count=len(outline.sections))]
    contents += [f"{number}. {section.title}" for number, section in enumerate(outline.sections, start=1)]
    assert blocks[blocks.index(outline.contents_title) + 1] == "\n".join(contents)
    counted = 0
    for section in outline.walk():
        for block in section.blocks:
            if isinstance(block, ItemList):
                lines = [strings.format("list-announce", count=len(block.items))]
                lines += [f"{number}. {plain(item.spans)}" for number, item in enumerate(block.items, start=1)]
            elif isinstance(block, Definitions):
                lines = [strings.format("list-announce", count=len(block.entries)), *(entry.line for entry in block.entries)]
            elif isinstance(block, Table):
                lines = [block.caption, strings.format("table-announce", count=len(block.rows)), *(row.line for row in block.rows)]
            else:
                continue
            assert "\n".join(lines) in blocks
            counted += 1
    return counted


@pytest.mark.parametrize("language", [Language.EN, Language.CY])
def test_every_heading_stands_alone_and_every_list_and_table_is_announced_with_its_length(
    built: Built, content: Content, language: Language
) -> None:
    strings = content.library[language]
    outline = make_outline(content.report(language), strings)
    # legend, codes, 2 tables, 3 lists in each of 4 themes, principles, hard words
    assert _check_layout(_text(built, language), outline, strings) == 18


def test_the_welsh_text_announces_lists_in_welsh_words(built: Built) -> None:
    text = _text(built, Language.CY)
    assert "Rhestr o 8 eitem." in text.splitlines()
    assert "Tabl sy'n cynnwys 14 o resi, i'w ddarllen fel label a gwerth." in text.splitlines()
    assert "A list of" not in text and "A table of" not in text


def test_no_hard_wrapping(built: Built, content: Content) -> None:
    text = _text(built, Language.EN)
    longest = max(content.report(Language.EN).items(), key=lambda item: len(item.text)).text
    assert len(longest) > 200
    assert longest in text.splitlines() or any(line.endswith(longest) for line in text.splitlines())


def test_easy_wording_option_changes_the_words_not_the_structure(content: Content) -> None:
    from focusreport.api import render_format

    report = content.report(Language.EN)
    full = render_format(report, "text").decode()
    easy = render_format(report, "text", {"wording": "easy"}).decode()
    strings = content.library[Language.EN]
    full_outline = make_outline(report, strings)
    easy_outline = make_outline(report, strings, wording="easy")
    assert [(section.level, section.kind) for section in full_outline.walk()] == [
        (section.level, section.kind) for section in easy_outline.walk()
    ]
    easy_blocks = _blocks(easy)
    position = -1
    for section in easy_outline.walk():
        position = easy_blocks.index(section.title, position + 1)  # each heading in reading order
    # Easy wording leaves codes out: the full text explains them in one paragraph, one list and where
    # the letters come from, more.
    assert strings.format("codes-intro") in _blocks(full) and strings.format("codes-intro") not in easy_blocks
    assert content.strings[Language.EN].format("codes-origin") in _blocks(full)
    assert len(_blocks(full)) == len(easy_blocks) + 3
    for item in report.items():
        # A table row's label loses its closing full stop ("Keeping everyone safe: Amber. ...").
        assert (item.easy or item.text).removesuffix(".") in easy
    changed = [item for item in report.items() if item.easy and item.easy != item.text and item.text not in item.easy]
    assert changed
    assert all(item.text not in easy for item in changed)


def test_every_kind_of_block_and_span_reads_as_words_on_their_own_lines(content: Content) -> None:
    from focusreport_text import render_text

    outline = make_outline(content.report(Language.EN), content.library[Language.EN])
    spans = (
        Text("Said\n  over\ttwo lines by "),
        Strong("Green"),
        Text(", "),
        Term("grant"),
        Text(", "),
        Link("our site", "https://example.org"),
    )
    deep = Section(
        "deep",
        "Level five",
        5,
        "section",
        (
            Paragraph((*spans, Text(" and "), Foreign("Diolch", Language.CY), Text("."))),
            ItemList((ListItem((Text("first"),)), ListItem((Text("second"),))), "A list of 2 items.", ordered=True),
            Quote((Text("Said without a source."),)),
            Contact((ContactLine("address", "Address", "1 High Street", None, "Address: 1 High Street"),)),
        ),
    )
    top = Section("top", "Level two", 2, "group", (), (Section("inner", "Level three", 3, "group", (), (deep,)),))
    text = render_text(attrs.evolve(outline, sections=(top,)))
    assert _blocks(text)[-7:] == [
        "Level two",
        "Level three",
        "Level five",
        "Said over two lines by Green, grant, our site and Diolch.",
        "A list of 2 items.\n1. first\n2. second",
        "Said without a source.",
        "Address: 1 High Street",
    ]


def test_no_link_to_other_languages_in_text(built: Built, content: Content) -> None:
    # Plain text cannot mark a passage's language, so links worded in another language are left out.
    english, welsh = content.library[Language.EN], content.library[Language.CY]
    assert welsh.format("read-in-language") not in _text(built, Language.EN)
    assert english.format("read-in-language") not in _text(built, Language.CY)
    assert ".text.en.txt" not in _text(built, Language.CY)


# Lists and tables of lengths that take each Welsh plural form but zero (a list is never empty):
# one 1, two 2, few 3, many 6, other 4 and 7.
PLURAL_LENGTHS = (1, 2, 3, 4, 6, 7)


def write_plural_report(folder: Path) -> Path:
    """A report in English and Welsh with a list and a rated table of each length in :data:`PLURAL_LENGTHS`."""
    folder.mkdir(parents=True)
    parts = ["  - kind: legend"]
    words = {"en-GB": ["report-title = Lists", "report-subtitle = Of every length", "council-name = Riverside", "report-period = 2024"]}
    words["cy-GB"] = ["report-title = Rhestrau", "report-subtitle = O bob hyd", "council-name = Glan yr Afon", "report-period = 2024"]
    for language, (name, meaning) in {"en-GB": ("Outcome", "Going well."), "cy-GB": ("Canlyniad", "Yn mynd yn dda.")}.items():
        words[language] += [
            f"outcome = {name}",
            "outcome-green =",
            f"    .meaning = {meaning}",
            "outcome-amber =",
            "    .meaning = -",
            "outcome-red =",
            "    .meaning = -",
        ]
    for length in PLURAL_LENGTHS:
        parts += [f"  - kind: list\n    id: list-{length}\n    items:"]
        parts += [f"      - {{id: list-{length}-item-{number}}}" for number in range(1, length + 1)]
        parts += [f"  - kind: rated-list\n    id: table-{length}\n    scales: [outcome]\n    items:"]
        parts += [f"      - {{id: table-{length}-item-{number}, ratings: {{outcome: green}}}}" for number in range(1, length + 1)]
        for language, (noun, row) in {"en-GB": ("List", "Row"), "cy-GB": ("Rhestr", "Rhes")}.items():
            words[language] += [f"list-{length} = {noun} {length}", f"table-{length} = {row} {length}"]
            words[language] += [f"list-{length}-item-{number} = {noun} {length}.{number}" for number in range(1, length + 1)]
            words[language] += [f"table-{length}-item-{number} = {row} {length}.{number}" for number in range(1, length + 1)]
    structure = """\
        id: lists-2024
        published: "2025-01-31"
        period: {start: "2024-01-01", end: "2024-12-31"}
        languages: [en-GB, cy-GB]
        scales:
          - id: outcome
            preset: traffic-light
        parts:
        """
    (folder / "report.yaml").write_text(textwrap.dedent(structure) + "\n".join(parts) + "\n", encoding="utf-8")
    (folder / "en-GB.ftl").write_text("\n".join(words["en-GB"]) + "\n", encoding="utf-8")
    (folder / "cy.ftl").write_text("\n".join(words["cy-GB"]) + "\n", encoding="utf-8")
    return folder


def _build(folder: Path, out: Path, format_name: str, language: str) -> str:
    (output,) = focusreport.build(folder, out, formats=[format_name], languages=[language])
    return output.path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def small_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = write_small_report(tmp_path_factory.mktemp("small") / "riverside")
    assert focusreport.check(folder) == []
    return _build(folder, folder.parent / "out", "text", "en")


def test_an_english_only_report_mentions_no_other_language(small_text: str) -> None:
    lowered = small_text.lower()
    for word in ("read this report in", "cymraeg", "welsh", "english", ".txt"):
        assert word not in lowered


def test_indicator_values_read_with_their_number_formats(small_text: str) -> None:
    rows = [
        # Every value of a row is written with as many decimals as the most precise one, and a
        # closing full stop never comes before a separator.
        "Visits to the town centre: Last year: 412,380; This year: 403,650; Target: 420,000; "
        "Status: Amber. Near the target; Trend: Getting worse",
        "Waste recycled: Last year: 44.2%; This year: 46.8%; Target: 48.0%; Status: Amber. Near the target; Trend: Improving",
        "Income from car parks: Last year: £412,350.00; This year: £455,120.50; Target: £430,000.00; Status: Green. On target; Trend: Improving",
        "Days to mend a pothole: Last year: Not given; This year: 4.6; Target: 5.0; Status: Green. On target; Trend: Not given",
    ]
    block = "\n".join(["Indicators: last year, this year, target, status and trend", "A table of 4 rows, read as label and value.", *rows])
    assert block in _blocks(small_text)


def test_a_list_rated_on_two_scales_reads_both_ratings_with_their_scale_names(small_text: str) -> None:
    block = "\n".join(
        [
            "How each homes sub-theme is going",
            "A table of 2 rows, read as label and value.",
            "SA2.1 Homes for everyone: Performance: Good. Results are improving; Phase: Embedding. The work is part of how we do things.",
            "SA2.2 Repairs done on time: Performance: Poor. Results are getting worse; Phase: Developing. The work has begun.",
        ]
    )
    assert block in _blocks(small_text)


def test_a_legend_of_several_scales_has_a_heading_and_a_list_for_each(small_text: str) -> None:
    blocks = _blocks(small_text)
    start = blocks.index("What the ratings mean")
    assert blocks[start + 1 : start + 7] == [
        "Performance",
        "A list of 3 items.\n1. Good. Results are improving.\n2. Adequate. Results are steady.\n3. Poor. Results are getting worse.",
        "Phase",
        "A list of 2 items.\n1. Embedding. The work is part of how we do things.\n2. Developing. The work has begun.",
        "Status",
        "A list of 3 items.\n1. Green. On target.\n2. Amber. Near the target.\n3. Red. Off target.",
    ]


def test_quotes_read_with_who_said_them(small_text: str) -> None:
    blocks = _blocks(small_text)
    start = blocks.index("What people told us")
    assert blocks[start + 1 : start + 3] == ["The new library is a joy.\nAnn, a reader", "The park is cleaner than it was."]


def test_only_the_parts_the_report_has_get_a_heading(small_text: str) -> None:
    english = load_library()[Language.EN]
    blocks = _blocks(small_text)
    for message_id in READY_MADE_HEADINGS:
        assert english.format(message_id) not in blocks
    headings = [
        "About this report",
        "What the ratings mean",
        "Progress on the plan",
        "Homes",
        "Homes sub-themes",
        "Indicators",
        "What people told us",
        "Contact us and other formats",
    ]
    assert [block for block in blocks if block in headings] == headings
    top_level = [heading for heading in headings if heading not in {"Homes", "Homes sub-themes"}]
    contents = blocks[blocks.index("Contents") + 1].splitlines()
    assert contents == ["A list of 6 items.", *(f"{number}. {title}" for number, title in enumerate(top_level, start=1))]


def test_contact_details_read_as_label_and_value(small_text: str) -> None:
    assert "Phone: 01632 960000\nEmail: hello@riverside.example.org\nWebsite: https://riverside.example.org/plan" in _blocks(small_text)


def test_welsh_lists_and_tables_take_the_plural_form_of_their_length(tmp_path: Path) -> None:
    folder = write_plural_report(tmp_path / "lists")
    assert focusreport.check(folder) == []
    content = read_content(folder)
    welsh = content.library[Language.CY]
    assert {welsh.plural_category(length) for length in PLURAL_LENGTHS} == {"one", "two", "few", "many", "other"}
    for code, strings in (("cy", welsh), ("en", content.library[Language.EN])):
        blocks = _blocks(_build(folder, tmp_path / code, "text", code))
        for length in PLURAL_LENGTHS:
            lists = [block for block in blocks if block.startswith(strings.format("list-announce", count=length) + "\n1. ")]
            (entries,) = [block.splitlines()[1:] for block in lists if block.endswith(f" {length}.{length}")]
            assert len(entries) == length
            tables = [block for block in blocks if block.splitlines()[1:2] == [strings.format("table-announce", count=length)]]
            assert len(tables) == 1 and len(tables[0].splitlines()) == length + 2
    text = _build(folder, tmp_path / "cy-again", "text", "cy")
    assert "Tabl sy'n cynnwys 1 rhes, i'w ddarllen fel label a gwerth." in text
    assert "Tabl sy'n cynnwys 2 o resi, i'w ddarllen fel label a gwerth." in text
    assert "Rhestr o 1 eitem." in text and "Rhestr o 6 eitem." in text


# The other bundled examples, when they are there


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_bundled_example_reads_completely_in_every_language(name: str, tmp_path: Path) -> None:
    folder = EXAMPLES[name]
    if not (folder / "report.yaml").is_file():
        pytest.skip(f"{folder.name} is not in this tree")
    content = read_content(folder)
    for language in content.languages:
        report = content.report(language)
        text = _build(folder, tmp_path / language.code, "text", language.code)
        assert not DECORATION.search(text) and "  " not in text and "\t" not in text
        missing = [item.text for item in report.items() if " ".join(item.text.split()) not in text]
        missing += [words for words in _words_of_the_report(report) if " ".join(words.split()) not in text]
        assert missing == []
        strings = content.library[language]
        assert _check_layout(text, make_outline(report, strings), strings) >= 5
        for scale in report.scales:
            for level in scale.levels:
                assert strings.format("rating-with-meaning", rating=level.name, meaning=level.meaning) in text
        if len(content.languages) == 1:
            assert "read this report in" not in text.lower()
