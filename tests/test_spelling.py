"""The spelling check of ``focusreport check``: real aspell dictionaries, a reviewed word list per report.

Aspell is an external program (installed by ``scripts/setup``), so the tests that
look words up are in the tools tier; how a text is cut into words is tested alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from external import require
from focusreport import Language
from focusreport.cli import main
from focusreport.content import read_content
from focusreport.spelling import check_spelling, installed_dictionaries, looked_up, unknown_share, words_in
from focusreport.strings import Strings
from helpers import copy_content, replace_in

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ("wrexham-2019-20", "northby-2023-24", "morlan-2024-25", "wadi-alnakhil-2024-25")


@pytest.fixture
def aspell() -> Iterator[str]:
    """Aspell's path; the cache of installed dictionaries is cleared after each test that changes what is found."""
    path = require("aspell")
    yield path
    installed_dictionaries.cache_clear()


def _line_of(path: Path, text: str) -> int:
    """The line of ``path`` that holds ``text``, counted from 1."""
    (number,) = [number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in line]
    return number


def test_welsh_short_forms_and_hyphens_are_cut_before_lookup() -> None:
    text = "Mae'r cyngor sy'n gweithio ar-lein i'w helpu, gyda'n partneriaid (PE2, 2019/20, www.wrecsam.gov.uk, post@wrecsam.gov.uk)."
    assert words_in(text, Language.CY) == ["Mae", "cyngor", "sy", "gweithio", "ar", "lein", "i", "helpu", "gyda", "partneriaid"]
    english = "We've made the Council's well-being plan (E1, openmoji.org)."
    assert words_in(english, Language.EN) == ["We've", "made", "the", "Council's", "well", "being", "plan"]


def test_a_word_keeps_its_marks_and_is_looked_up_without_arabic_vowel_marks() -> None:
    arabic = Language.of("ar")
    assert words_in("يبيّن التقدّم ويُبرزها", arabic) == ["يبيّن", "التقدّم", "ويُبرزها"]
    assert [looked_up(word) for word in words_in("يبيّن التقدّم", arabic)] == ["يبين", "التقدم"]
    assert words_in("cafe\u0301 nai\u0308ve", Language.EN) == ["cafe\u0301", "nai\u0308ve"]


def test_every_variant_of_a_selector_is_read() -> None:
    text = "m = Read { $count ->\n    [one] one aple\n   *[other] { $count } aples\n} today\n    .easy = Esy words\n"
    strings = Strings("en-GB", [(Path("en-GB.ftl"), text)])
    assert words_in(strings.written_words("m"), Language.EN) == ["Read", "one", "aple", "aples", "today"]
    assert words_in(strings.written_words("m", "easy"), Language.EN) == ["Esy", "words"]


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_reports_have_no_unknown_word_in_any_language(aspell: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = ROOT / "content" / name
    content = read_content(folder)
    assert check_spelling(content) == []
    for language in content.languages:
        unknown, total = unknown_share(content, language)
        assert total > 150 and unknown == 0, language
    assert main(["check", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == f"no problems found in {folder}"


def test_the_welsh_word_list_is_what_takes_the_unknown_words_to_zero(aspell: str) -> None:
    content = read_content(ROOT / "content" / "wrexham-2019-20")
    unknown, total = unknown_share(content, Language.CY, with_list=False)
    assert unknown / total > 0.03, "the dictionary alone leaves names, mutations and newer words unknown"


def test_a_misspelling_is_listed_with_its_file_line_and_message(aspell: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    english, welsh = folder / "en-GB.ftl", folder / "cy.ftl"
    replace_in(english, "The Council Plan explains what", "The Council Plan explians what")
    replace_in(welsh, "Gweithiwyd gyda'n partneriaid i sicrhau", "Gweithiwyd gyda'n partneriaidd i sicrhau")
    easy_line = replace_in(english, "It will move the Techniquest science centre", "It will move the Techniquest sceince centre")
    assert main(["check", str(folder)]) == 1
    output = capsys.readouterr()
    assert output.out.splitlines() == [
        f"{english}:{_line_of(english, 'explians')}: intro-plan-themes: 'explians' is not in the en-GB dictionary: "
        "correct it, or add it to words/en-GB.txt if it is right",
        f"{english}:{easy_line}: economy-action-techniquest.easy: 'sceince' is not in the en-GB dictionary: "
        "correct it, or add it to words/en-GB.txt if it is right",
        f"{welsh}:{_line_of(welsh, 'partneriaidd')}: economy-action-techniquest: 'partneriaidd' is not in the cy-GB dictionary: "
        "correct it, or add it to words/cy.txt if it is right",
    ]
    assert "3 problems found" in output.err


def test_the_word_list_is_honoured(aspell: str, tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    english = folder / "en-GB.ftl"
    replace_in(english, "Worked with our partners to secure a grant", "Worked with Glyndŵrfab and its partners to secure a grant")
    problems = check_spelling(read_content(folder))
    assert [(problem.field, problem.message.split(" is ")[0]) for problem in problems] == [("economy-action-techniquest", "'Glyndŵrfab'")]
    word_list = folder / "words" / "en-GB.txt"
    word_list.write_text(word_list.read_text(encoding="utf-8") + "glyndŵrfab  # a partner's name\n", encoding="utf-8")
    assert check_spelling(read_content(folder)) == [], "a word in lower case covers it with a capital, and a comment is allowed"
    with word_list.open("a", encoding="utf-8") as stream:
        stream.write("two words\n")
    (problem,) = check_spelling(read_content(folder))
    assert (problem.file, problem.line) == (word_list, _line_of(word_list, "two words"))
    assert "is not one word" in problem.message


def test_a_language_without_a_dictionary_is_an_error_with_its_remedy(aspell: str) -> None:
    content = read_content(ROOT / "content" / "wrexham-2019-20")
    cornish = Language.of("kw")
    assert "kw" not in installed_dictionaries()
    made_up = attrs.evolve(
        content,
        languages=(Language.EN, cornish),
        strings={**content.strings, cornish: content.strings[Language.EN]},
        library={**content.library, cornish: content.library[Language.EN]},
    )
    (problem,) = check_spelling(made_up)
    assert problem.file == content.strings[Language.EN].paths[0]
    assert problem.message == (
        "cannot check the spelling of kw: aspell has no dictionary for it; "
        "run scripts/setup (Debian: apt-get install aspell-kw), or ask for the language's dictionary to be added"
    )


def test_without_aspell_check_fails_and_says_how_to_install_it(
    aspell: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    installed_dictionaries.cache_clear()
    folder = ROOT / "content" / "wrexham-2019-20"
    assert main(["check", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{folder / 'en-GB.ftl'}: cannot check the spelling of en-GB: aspell is not installed; "
        "run scripts/setup (Debian: apt-get install aspell aspell-en)",
        f"{folder / 'cy.ftl'}: cannot check the spelling of cy-GB: aspell is not installed; "
        "run scripts/setup (Debian: apt-get install aspell aspell-cy)",
    ]
