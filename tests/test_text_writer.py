"""The plain-text writer: every fact survives, Welsh is complete, and screen-reader rules hold."""

from __future__ import annotations

import re

import pytest

from conftest import Built
from facts import figures, missing_passages, source_figures
from focusreport import Language
from focusreport.content import Content


def _text(built: Built, language: Language) -> str:
    return built("text", language).read_text(encoding="utf-8")


def test_every_fact_and_figure_of_the_source_is_in_the_english_text(built: Built) -> None:
    text = _text(built, Language.EN)
    assert missing_passages(text) == []
    assert source_figures() <= set(figures(text))


def test_every_item_is_in_the_welsh_text(built: Built, content: Content) -> None:
    text = _text(built, Language.CY)
    report = content.report(Language.CY)
    missing = [item.text for item in report.items() if item.text not in text]
    assert missing == []
    for theme in report.themes:
        assert theme.name in text and theme.summary in text


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


@pytest.mark.parametrize("language", list(Language))
def test_screen_reader_rules(built: Built, content: Content, language: Language) -> None:
    raw = built("text", language).read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "\r" not in text and "\t" not in text
    assert not re.search(r"[\u2500-\u259f\u25a0-\u25ff*#|=_~]", text), "box drawing, tables or decorative symbols"
    assert "  " not in text, "repeated spaces"
    report = content.report(language)
    strings = content.library[language]
    blocks = text.split("\n\n")
    for theme in report.themes:
        heading = strings.format("theme-heading", theme=theme.name, summary=theme.summary)
        assert heading in blocks, "a heading stands alone with a blank line before it"
        announced = strings.format("list-announce", count=len(theme.actions))
        actions = blocks[blocks.index(strings.format("actions-heading"), blocks.index(heading)) + 1].splitlines()
        assert actions[0] == announced
        assert len(actions) == len(theme.actions) + 1
    for entry in report.legend:
        assert strings.format("rating-with-meaning", rating=entry.name, meaning=entry.meaning) in text
    for priority in report.priorities:
        meaning = report.meaning_of(priority.rating)
        assert f"{priority.title.text}: {meaning.name}. {meaning.meaning}" in text


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
    assert full.count("\n\n") == easy.count("\n\n")
    for item in report.items():
        assert (item.easy or item.text) in easy
