"""Fluent strictness and Welsh plurals."""

from __future__ import annotations

from pathlib import Path

import pytest

from focusreport import ContentError, Language
from focusreport.content import load_library
from focusreport.resources import locales_dir
from focusreport.strings import Strings

# CLDR plural categories for Welsh: zero 0, one 1, two 2, few 3, many 6, other for the rest.
WELSH_PLURALS = {0: "zero", 1: "one", 2: "two", 3: "few", 4: "other", 6: "many", 8: "other", 11: "other", 1000: "other"}


def _strings(locale: str, text: str) -> Strings:
    return Strings(locale, [(Path(f"test.{locale}.ftl"), text)])


@pytest.mark.parametrize(("count", "category"), WELSH_PLURALS.items())
def test_welsh_plural_categories_follow_cldr(count: int, category: str) -> None:
    assert _strings("cy", "x = y\n").plural_category(count) == category


@pytest.mark.parametrize(("count", "category"), WELSH_PLURALS.items())
def test_fluent_selects_the_welsh_variant_of_each_category(count: int, category: str) -> None:
    variants = "\n".join(f"    {'*' if name == 'other' else ''}[{name}] {name} {{ $n }}" for name in dict.fromkeys(WELSH_PLURALS.values()))
    strings = _strings("cy", f"items = {{ $n ->\n{variants}\n}}\n")
    assert not strings.problems
    assert strings.format("items", n=count).split()[0] == category


@pytest.mark.parametrize("count", WELSH_PLURALS)
def test_library_list_announcement_formats_in_welsh_for_every_count(count: int) -> None:
    welsh = load_library()[Language.CY]
    text = welsh.format("list-announce", count=count)
    assert "{" not in text
    assert (f"{count:,}" in text) or count == 0


def test_welsh_groups_thousands_with_commas() -> None:
    welsh = load_library()[Language.CY]
    assert "5,549,669" in welsh.format("list-announce", count=5549669)


def test_a_welsh_selector_without_every_cldr_category_is_a_problem() -> None:
    strings = _strings("cy", "items = { $n ->\n    [one] un\n   *[other] llawer\n}\n")
    messages = [problem.message for problem in strings.problems]
    assert messages == ["plural selector lacks the cy categories: zero, two, few, many"]
    assert strings.problems[0].line == 1


def test_an_english_selector_needs_only_one_and_other() -> None:
    assert not _strings("en-GB", "items = { $n ->\n    [one] one\n   *[other] many\n}\n").problems


def test_syntax_errors_are_problems_with_their_line_not_silent_junk() -> None:
    strings = _strings("en-GB", "good = fine\nbad = { unclosed\nalso-good = fine\n")
    assert [(problem.line, problem.field) for problem in strings.problems] == [(2, "bad")]
    assert strings.has("good") and strings.has("also-good") and not strings.has("bad")


def test_a_duplicate_id_is_a_problem_not_silently_ignored() -> None:
    strings = _strings("en-GB", "one = first\ntwo = second\none = again\n")
    assert [(problem.line, problem.field) for problem in strings.problems] == [(3, "one")]
    assert "first defined at test.en-GB.ftl:1" in strings.problems[0].message


def test_a_missing_message_raises_instead_of_printing_its_id() -> None:
    with pytest.raises(ContentError, match="no-such-message: no such message in en-GB"):
        _strings("en-GB", "x = y\n").format("no-such-message")


def test_a_missing_variable_raises() -> None:
    with pytest.raises(ContentError, match="cannot be formatted"):
        _strings("en-GB", "hello = Hello { $name }\n").format("hello")


def test_formatting_adds_no_bidi_isolation_marks() -> None:
    assert _strings("en-GB", "hello = Hello { $name }\n").format("hello", name="Wrecsam") == "Hello Wrecsam"


def test_library_strings_exist_in_both_languages_with_the_same_attributes() -> None:
    library = load_library()
    english, welsh = library[Language.EN], library[Language.CY]
    assert set(english.sources) == set(welsh.sources)
    for message_id in english.sources:
        assert english.attributes(message_id) == welsh.attributes(message_id), message_id


def test_a_library_message_missing_in_welsh_is_an_error(tmp_path: Path) -> None:
    for locale in ("en-GB", "cy"):
        (tmp_path / locale).mkdir()
        text = (locales_dir() / locale / "focusreport.ftl").read_text(encoding="utf-8")
        if locale == "cy":
            text = "\n".join(line for line in text.splitlines() if not line.startswith("actions-heading"))
        (tmp_path / locale / "focusreport.ftl").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"actions-heading: has no cy-GB translation in focusreport\.ftl"):
        load_library(tmp_path)


def test_the_library_is_read_again_when_a_file_changes(tmp_path: Path) -> None:
    for locale in ("en-GB", "cy"):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "focusreport.ftl").write_text(
            (locales_dir() / locale / "focusreport.ftl").read_text(encoding="utf-8"), encoding="utf-8"
        )
    assert load_library(tmp_path) is load_library(tmp_path)
    english = tmp_path / "en-GB" / "focusreport.ftl"
    english.write_text(
        english.read_text(encoding="utf-8").replace("actions-heading = What did we do?", "actions-heading = What we did"), encoding="utf-8"
    )
    assert load_library(tmp_path)[Language.EN].format("actions-heading") == "What we did"


@pytest.mark.parametrize("tail", ["", "broken = { \n"], ids=["clean", "with-junk"])
def test_a_message_under_a_comment_is_placed_on_its_own_line(tail: str) -> None:
    text = "# What the greeting is for.\n# Said once.\nhello = Hi\n    .easy = Hello\n" + tail
    strings = Strings("en-GB", [(Path("en-GB.ftl"), text)])
    assert strings.sources["hello"].line == 3
    assert strings.sources["hello"].line_of("easy") == 4
