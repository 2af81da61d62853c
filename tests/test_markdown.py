"""The Markdown writer, read back by pandoc's GFM reader: every fact, literally, in order."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import attrs
import pytest

from conftest import Built
from external import require
from facts import missing_passages, normalise
from focusreport import Item, Language, Picture, Report
from focusreport.builder import render
from focusreport.content import Content
from focusreport.writers import Registry

NASTY = (
    "Stars *bold* and __under__ with #hash, a | pipe, <script>alert(1)</script>, `code`, [link](http://x), "
    "&amp; ~~gone~~ $x$ :smile: \\ back"
)
LINE_STARTS = ("# not a heading", "- not a bullet", "1. not a number", "> not a quote", "+ plus", "=== not a rule")


def pandoc(path: Path, to: str = "plain", *extra: str) -> str:
    """What pandoc's GitHub Flavored Markdown reader makes of ``path``."""
    command = [require("pandoc"), "-f", "gfm", "-t", to, "--wrap=none", *extra, str(path)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True, timeout=60).stdout


def render_markdown(tmp_path: Path, report: Report, content: Content, registry: Registry, **given: str) -> Path:
    writer = registry.get("markdown")
    data = render(report, writer, content.library[report.language], registry.resolve_options(writer, given))
    path = tmp_path / f"report.{report.language.value}.md"
    path.write_bytes(data)
    return path


def test_english_markdown_keeps_every_fact_of_the_source(built: Built) -> None:
    text = pandoc(built("markdown", Language.EN))
    assert missing_passages(text) == []


@pytest.mark.parametrize("language", list(Language))
def test_every_item_heading_and_rating_reads_back(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    text = normalise(pandoc(built("markdown", language)))
    expected = [item.text for item in report.items()]
    expected += [section.heading for section in report.introduction]
    expected += [f"{entry.name}. {entry.meaning}" for entry in report.legend]
    expected += [f"{theme.name}: {theme.summary}" for theme in report.themes]
    expected += [objective.code for objective in report.objectives]
    missing = [passage for passage in expected if normalise(passage) not in text]
    assert missing == []


@pytest.mark.parametrize("language", list(Language))
def test_title_and_language_are_set_for_the_document(built: Built, content: Content, language: Language) -> None:
    report = content.report(language)
    html = pandoc(built("markdown", language), "html", "--standalone")
    assert f'lang="{language.tag}"' in html
    assert f"<title>{report.title}: {report.subtitle}</title>" in html


def test_headings_are_in_order_without_skipping_a_level(built: Built) -> None:
    levels = [len(hashes) for hashes in re.findall(r"^(#+) ", built("markdown", Language.CY).read_text(encoding="utf-8"), re.M)]
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(after <= before + 1 for before, after in itertools.pairwise(levels))


def test_summary_tables_have_header_rows_and_ratings_in_words(built: Built, content: Content) -> None:
    report = content.report(Language.EN)
    html = pandoc(built("markdown", Language.EN), "html")
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 2
    assert all("<thead>" in table and "<th" in table for table in tables)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", tables[0], re.S)[1:]
    assert len(rows) == len(report.priorities)
    for row, priority in zip(rows, report.priorities, strict=True):
        meaning = report.meaning_of(priority.rating)
        assert f"{meaning.name}. {meaning.meaning}" in row
    assert len(re.findall(r"<tr", tables[1])) == len(report.objectives) + 1


def test_lists_are_real_lists(built: Built, content: Content) -> None:
    report = content.report(Language.EN)
    html = pandoc(built("markdown", Language.EN), "html")
    lengths = [len(re.findall(r"<li>", block)) for block in re.findall(r"<ul>.*?</ul>", html, re.S)]
    contents = len(report.introduction) + 3 + len(report.themes) + bool(report.glossary) + bool(report.credits)
    expected = [contents, len(report.legend), len(report.themes)]
    expected += [len(part) for theme in report.themes for part in (theme.aims, theme.actions, theme.impacts)]
    expected.append(len(report.principles))
    if report.glossary:
        expected.append(len(report.glossary))
    assert lengths == expected


def test_content_text_reads_back_literally(tmp_path: Path, content: Content, registry: Registry) -> None:
    report = content.report(Language.EN)
    theme = report.themes[0]
    nasty_items = tuple(Item(f"nasty-{number}", text) for number, text in enumerate((NASTY, *LINE_STARTS)))
    priority = attrs.evolve(report.priorities[0], title=Item("nasty-priority", NASTY))
    report = attrs.evolve(
        report,
        title=NASTY,
        glossary=(),  # its words are rightly bold: keep the check below about content text only
        priorities=(priority, *report.priorities[1:]),
        themes=(attrs.evolve(theme, name="Theme | #1 *", actions=nasty_items), *report.themes[1:]),
    )
    path = render_markdown(tmp_path, report, content, registry)
    text = pandoc(path)
    lines = [line.removeprefix("-   ") for line in text.splitlines()]
    assert sum(NASTY in line for line in lines) >= 3  # heading, table cell, list item
    for start in LINE_STARTS:
        assert start in lines
    assert "Theme | #1 *: This is about jobs and money" in lines
    html = pandoc(path, "html", "--standalone")
    assert "<script>" not in html
    assert "<em>" not in html and "<strong>" not in html and "<code>" not in html and "<a " not in html and "<del>" not in html


def test_pictures_are_left_out_unless_asked_for(tmp_path: Path, content: Content, registry: Registry) -> None:
    report = content.report(Language.CY)
    picture = Picture("bins", Path("/anywhere/pictures/bins (1).png"), "image/png", "Bin *gwyrdd*", "OpenMoji")
    theme = attrs.evolve(report.themes[0], picture=picture)
    report = attrs.evolve(report, themes=(theme, *report.themes[1:]))
    assert "![" not in render_markdown(tmp_path, report, content, registry).read_text(encoding="utf-8")
    path = render_markdown(tmp_path, report, content, registry, pictures="paths")
    assert r"![Bin \*gwyrdd\*](pictures/bins%20%281%29.png)" in path.read_text(encoding="utf-8")
    assert '<img src="pictures/bins%20%281%29.png" alt="Bin *gwyrdd*" />' in pandoc(path, "html")


def test_same_bytes_every_run(content: Content, registry: Registry) -> None:
    writer = registry.get("markdown")
    options = registry.resolve_options(writer, {})
    for language in Language:
        first = render(content.report(language), writer, content.library[language], options)
        second = render(content.report(language), writer, content.library[language], options)
        assert first == second
        assert first.decode("utf-8").endswith("\n")
