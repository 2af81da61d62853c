"""Hard words in easy wording: marked in every form the hard-word list gives, where first used in each section.

The marks are made once, in the outline, so every format that prints hard words in
bold (Word, HTML, EPUB, Markdown, plain text) prints the same ones.
"""

from __future__ import annotations

import re

import pytest

from focusreport import Language
from focusreport.content import Content
from focusreport.outline import Block, Definitions, ItemList, Outline, Paragraph, Quote, Section, Span, Table, Term, Text
from focusreport.outliner import hard_word_patterns, make_outline
from focusreport.spans import mark_matches


def spans_of(block: Block) -> list[Span]:
    """Every span of a block's words in reading order (a rating's phrase is not the report's words)."""
    if isinstance(block, Paragraph | Quote):
        return list(block.spans)
    if isinstance(block, ItemList):
        return [span for item in block.items for span in item.spans]
    if isinstance(block, Table):
        return [span for row in block.rows for cell in row.cells if cell.rating is None for span in cell.spans]
    if isinstance(block, Definitions):
        return [span for entry in block.entries for span in entry.spans]
    return []


def uses(section: Section, pattern: re.Pattern[str]) -> list[bool]:
    """Each use of a hard word in a section's own blocks, in order: marked or not."""
    found = []
    for block in section.blocks:
        for span in spans_of(block):
            if isinstance(span, Term) and pattern.fullmatch(span.text):
                found.append(True)
            elif not isinstance(span, Term):
                found += [False] * len(pattern.findall(span.text))
    return found


def easy(content: Content, language: Language) -> Outline:
    return make_outline(content.report(language), content.library[language], wording="easy")


@pytest.mark.parametrize("language", (Language.EN, Language.CY), ids=lambda language: language.code)
def test_each_hard_word_is_marked_where_first_used_in_each_section_and_only_there(content: Content, language: Language) -> None:
    outline = easy(content, language)
    report = content.report(language)
    patterns = hard_word_patterns(report, outline.hard_words)
    assert len(patterns) == len(outline.hard_words) > 10
    checked = 0
    for section in outline.walk():
        for pattern in patterns:
            found = uses(section, pattern)
            if found:
                checked += 1
                assert found == [True] + [False] * (len(found) - 1), (section.title, pattern.pattern)
    assert checked > 15


@pytest.mark.parametrize(
    ("language", "form"),
    [
        (Language.EN, "councillors"),
        (Language.EN, "occupational therapists"),
        (Language.CY, "gynghorwyr"),
        (Language.CY, "therapyddion galwedigaethol"),
    ],
)
def test_a_hard_word_is_marked_in_the_forms_the_list_gives(content: Content, language: Language, form: str) -> None:
    terms = [
        span.text
        for section in easy(content, language).walk()
        for block in section.blocks
        for span in spans_of(block)
        if isinstance(span, Term)
    ]
    assert form in terms


def test_the_full_wording_marks_nothing(content: Content) -> None:
    outline = make_outline(content.report(Language.EN), content.library[Language.EN])
    assert outline.hard_words == ()
    assert not [span for section in outline.walk() for block in section.blocks for span in spans_of(block) if isinstance(span, Term)]


def test_overlapping_matches_keep_the_longest() -> None:
    patterns = [re.compile(r"(?<![\w-])(?:grant)(?![\w-])", re.IGNORECASE), re.compile(r"(?<![\w-])(?:grant aid)(?![\w-])", re.IGNORECASE)]
    assert mark_matches("A Grant aid and a grant.", patterns) == (Text("A "), Term("Grant aid"), Text(" and a "), Term("grant"), Text("."))
    assert mark_matches("No hard words.", patterns) == (Text("No hard words."),)
