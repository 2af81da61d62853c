"""The easy-read lint: the bundled report passes it, and each rule fires on a spoiled copy.

Each spoiled copy is the bundled content folder copied to a temporary folder and
edited the way a writer of easy wording might get it wrong, in one language or both.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from focusreport import Language, bundled_content_dir, specwalk
from focusreport.builder import build
from focusreport.cli import main
from focusreport.content import Content, check_content, read_content
from focusreport.easyread import MAX_WORDS, lint, number_problems, parse_hard_words, sentences, ungrouped_numbers, word_count
from focusreport.errors import Problem
from focusreport.model import ThemesPart
from helpers import line_of, replace_in

FTL = {Language.EN: "en-GB.ftl", Language.CY: "cy.ftl"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A private copy of the bundled content, to spoil."""
    copy = tmp_path / "report"
    shutil.copytree(bundled_content_dir(), copy)
    return copy


def problems_of(folder: Path) -> list[Problem]:
    assert check_content(folder) == [], "the spoiled copy must still be valid content"
    return lint(read_content(folder))


def test_the_bundled_report_has_no_easy_read_problems(content: Content) -> None:
    assert lint(content) == []


def test_every_item_has_easy_wording_and_a_picture_in_both_languages(content: Content) -> None:
    texts = [text for text in specwalk.texts(content.spec) if text.needs_easy]
    assert len(texts) == 107
    assert all(text.picture for text in texts)
    for language in content.languages:
        strings = content.strings[language]
        assert all(strings.has(text.message_id, "easy") for text in texts)
        report = content.report(language)
        themes = [theme for part in report.parts if isinstance(part, ThemesPart) for theme in part.themes]
        assert len(themes) == 4 and all(theme.easy_summary and theme.picture for theme in themes)
        assert all(level.picture and level.picture.alt for scale in report.scales for level in scale.levels)
        assert len(report.glossary()) >= 8


def test_an_item_without_easy_wording_is_reported_in_both_files(folder: Path) -> None:
    lines = {}
    for language, name in FTL.items():
        text = (folder / name).read_text(encoding="utf-8").splitlines()
        index = next(i for i, line in enumerate(text) if line.startswith("priority-safety ="))
        assert text[index + 1].startswith("    .easy = ")
        del text[index + 1]
        (folder / name).write_text("\n".join(text) + "\n", encoding="utf-8")
        lines[language] = index + 1
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [
        (folder / FTL[language], lines[language], "priority-safety") for language in (Language.EN, Language.CY)
    ]
    assert all("no easy-read wording" in p.message and "plain wording" in p.message for p in problems)


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        (
            Language.EN,
            "    .easy = Keeping everyone safe.",
            "    .easy = Keeping everyone in every town and village of the county safe is what we want to do all year.",
        ),
        (
            Language.CY,
            "    .easy = Cadw pawb yn ddiogel.",
            "    .easy = Cadw pawb ym mhob tref a phentref yn y sir yn ddiogel yw beth rydyn ni eisiau ei wneud.",
        ),
    ],
)
def test_a_long_sentence_is_reported_with_its_file_and_line(folder: Path, language: Language, old: str, new: str) -> None:
    line = replace_in(folder / FTL[language], old, new)
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [(folder / FTL[language], line, "priority-safety.easy")]
    assert "at most 15" in problems[0].message


@pytest.mark.parametrize(
    ("language", "old", "new", "word"),
    [
        (Language.EN, "    .easy = Keeping everyone safe.", "    .easy = Keeping everyone safe is a strategic aim.", "strategic"),
        # A mutated form (g- for c-) is caught as well as the plain one.
        (Language.CY, "    .easy = Cadw pawb yn ddiogel.", "    .easy = Cadw pawb yn ddiogel mewn ffordd gynaliadwy.", "gynaliadwy"),
    ],
)
def test_a_hard_word_without_explanation_is_reported(folder: Path, language: Language, old: str, new: str, word: str) -> None:
    line = replace_in(folder / FTL[language], old, new)
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [(folder / FTL[language], line, "priority-safety.easy")]
    assert repr(word) in problems[0].message and "glossary" in problems[0].message


def test_a_hard_word_is_fine_once_the_glossary_explains_it_and_not_before(folder: Path) -> None:
    replace_in(folder / "report.yaml", "      - {id: hard-word-councillor, picture: picture-vote}\n", "")
    for name in FTL.values():
        text = (folder / name).read_text(encoding="utf-8").splitlines()
        index = next(i for i, line in enumerate(text) if line.startswith("hard-word-councillor ="))
        del text[index : index + 2]
        (folder / name).write_text("\n".join(text) + "\n", encoding="utf-8")
    problems = problems_of(folder)
    assert {(p.file.name if p.file else "", p.field) for p in problems} == {
        ("en-GB.ftl", "intro-council-councillors.easy"),
        ("cy.ftl", "intro-council-councillors.easy"),
    }
    assert "'councillors'" in problems[0].message
    assert "'gynghorwyr'" in problems[1].message


def test_an_item_without_a_picture_is_reported_in_the_structure_file(folder: Path) -> None:
    line = replace_in(folder / "report.yaml", "{id: economy-aim-poverty, picture: picture-poverty}", "{id: economy-aim-poverty}")
    level_line = replace_in(folder / "report.yaml", "      - {id: red, picture: picture-rating-red}\n", "      - {id: red}\n")
    problems = problems_of(folder)
    assert [(problem.file, problem.line, problem.field) for problem in problems] == [
        (folder / "report.yaml", level_line, "scales[0].levels[2]"),
        (folder / "report.yaml", line, "parts[5].themes[0].lists[0].items[2]"),
    ]
    assert "'red'" in problems[0].message and "no picture" in problems[0].message
    assert "no picture" in problems[1].message


@pytest.mark.parametrize(
    ("language", "old", "new", "complaint"),
    [
        (Language.EN, "picture-money = Money", "picture-money = money.png", "file name"),
        (Language.CY, "picture-money = Arian", "picture-money = pictures/money", "file name"),
        (Language.EN, "picture-home = A home", "picture-home = Picture of a home", "'picture of'"),
        (Language.CY, "picture-home = Cartref", "picture-home = Llun o gartref", "'llun o'"),
    ],
)
def test_alternative_text_says_what_a_picture_means(folder: Path, language: Language, old: str, new: str, complaint: str) -> None:
    line = replace_in(folder / FTL[language], old, new)
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [(folder / FTL[language], line, old.partition(" = ")[0])]
    assert complaint in problems[0].message


def test_figures_that_differ_between_the_languages_are_a_content_problem(folder: Path) -> None:
    line = replace_in(folder / "cy.ftl", "Gwarion ni fwy na £5 miliwn", "Gwarion ni fwy na £6 miliwn")
    problems = check_content(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [(folder / "cy.ftl", line, "economy-action-town-centre.easy")]
    assert "figures differ" in problems[0].message


def test_check_exits_1_on_lint_problems_and_0_on_the_bundled_report(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check"]) == 0
    line = replace_in(folder / "cy.ftl", "    .easy = Cadw pawb yn ddiogel.", "    .easy = Cadw pawb yn ddiogel yn gynaliadwy.")
    capsys.readouterr()
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr()
    assert f"{folder / 'cy.ftl'}:{line}: priority-safety.easy: hard word 'gynaliadwy'" in out.out
    assert "1 problem found" in out.err
    # A build does not stop for easy-read problems: only invalid content stops it.
    assert [output.path.name for output in build(folder, tmp_path / "out", formats=["text"])]


def test_check_lists_validity_problems_and_lints_only_valid_content(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_in(folder / "en-GB.ftl", "picture-money = Money\n", "")
    replace_in(folder / "cy.ftl", "    .easy = Cadw pawb yn ddiogel.", "    .easy = Cadw pawb yn ddiogel yn gynaliadwy.")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "picture-money" in out
    assert "gynaliadwy" not in out


def test_sentences_split_at_sentence_ends_only() -> None:
    text = "We got £1.5 million, e.g. for shops. It is now called Explore! See openmoji.org for more? Yes"
    assert sentences(text) == ["We got £1.5 million, e.g. for shops.", "It is now called Explore!", "See openmoji.org for more?", "Yes"]
    assert word_count("We beat this target by 5.66% \u2013 well done.") == 8


def test_the_sentence_limit_is_the_documented_one_and_a_sentence_at_it_passes(folder: Path) -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "easy-read-content.md").read_text(encoding="utf-8")
    documented = {int(number) for number in re.findall(r"at most (\d+) words", guide, re.IGNORECASE)}
    assert documented == {MAX_WORDS}
    words = re.findall(r"\w+", "We keep people in every town and village safe by working with the police and others")
    assert len(words) > MAX_WORDS
    line = replace_in(folder / "en-GB.ftl", "    .easy = Keeping everyone safe.", "    .easy = " + " ".join(words[:MAX_WORDS]) + ".")
    assert problems_of(folder) == []
    replace_in(folder / "en-GB.ftl", " ".join(words[:MAX_WORDS]) + ".", " ".join(words[: MAX_WORDS + 1]) + ".")
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [(folder / "en-GB.ftl", line, "priority-safety.easy")]
    assert f"sentence of {MAX_WORDS + 1} words (at most {MAX_WORDS})" in problems[0].message


def test_hard_word_forms_stars_and_glossary_matching() -> None:
    terms = parse_hard_words("# comment\n\naspiration*\ncymdeithas dai, gymdeithas dai, cymdeithasau tai\n")
    aspiration, association = terms
    assert aspiration.pattern.search("Our Aspirations are high")
    assert not aspiration.pattern.search("inspiration")
    assert association.pattern.search("Mae'r gymdeithas\ndai yn rhentu")
    assert association.explained_by(["cymdeithas dai"]) and not association.explained_by(["cymdeithas"])


@pytest.mark.parametrize(
    ("full", "easy", "complaints"),
    [
        # Whole numbers and "N out of 10" that say what the full wording says pass.
        ("An improvement to 80% from 72% in 2018/19.", "8 out of 10 people feel safe. In 2018 to 2019, it was 7 out of 10.", []),
        ("Cleared in 2.82 days from 3.95 days.", "It takes about 3 days. It took about 4 days before.", []),
        ("Invested £5,549,669 and secured £1.5 million.", "We spent more than £5 million.", []),
        # Decimals and percentages are hard numbers.
        ("Cleared in 2.82 days.", "It takes 2.82 days.", ["decimal 2.82"]),
        ("80% feel safe.", "80% of people feel safe.", ["percentage '80%'"]),
        # A figure the full wording does not give, nor round to, changes what it says.
        ("80% feel safe.", "9 out of 10 people feel safe.", ["figure 9"]),
        ("Cleared in 2.82 days.", "It takes about 2 working days and 5 hours.", ["figure 5"]),
    ],
)
def test_easy_numbers_are_whole_and_say_what_the_full_wording_says(full: str, easy: str, complaints: list[str]) -> None:
    problems = number_problems(full, easy, "en-GB")
    assert len(problems) == len(complaints), problems
    for problem, complaint in zip(problems, complaints, strict=True):
        assert complaint in problem


def test_a_percentage_in_easy_wording_is_reported_with_its_file_and_line(folder: Path) -> None:
    lines = {
        language: replace_in(folder / FTL[language], old, new)
        for language, old, new in (
            (Language.EN, "8 out of 10 people now feel safe", "80% of people now feel safe"),
            (Language.CY, "Mae 8 o bob 10 o bobl bellach", "Mae 80% o bobl bellach"),
        )
    }
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [
        (folder / FTL[language], lines[language], "people-impact-feeling-safe.easy") for language in (Language.EN, Language.CY)
    ]
    assert all("80%" in problem.message for problem in problems)


@pytest.mark.parametrize(
    ("text", "locale", "grouped"),
    [
        ("4000 individuals were helped.", "en-GB", ["4,000"]),
        ("Cafodd 12450 o fusnesau eu cefnogi.", "cy-GB", ["12,450"]),
        ("In 2019 we answered 4,000 calls on 01978 292000.", "en-GB", []),
        ("Zapytaliśmy 1860 osób.", "pl-PL", []),  # Polish leaves four digits whole
        ("Zapytaliśmy 12450 osób.", "pl-PL", ["12\u00a0450"]),
    ],
)
def test_numbers_of_four_digits_or_more_are_grouped_as_their_language_groups_them(text: str, locale: str, grouped: list[str]) -> None:
    problems = ungrouped_numbers(text, locale)
    assert len(problems) == len(grouped), problems
    assert all(f"as {form}:" in problem for problem, form in zip(problems, grouped, strict=True))


def test_an_ungrouped_number_is_reported_in_every_wording_that_has_it(folder: Path) -> None:
    lines = [
        replace_in(
            folder / FTL[Language.EN], "people-impact-alcohol-treatment-centre = 4,000", "people-impact-alcohol-treatment-centre = 4000"
        ),
        replace_in(
            folder / FTL[Language.CY],
            "people-impact-alcohol-treatment-centre = Cafodd 4,000",
            "people-impact-alcohol-treatment-centre = Cafodd 4000",
        ),
    ]
    problems = problems_of(folder)
    assert [(p.file, p.line, p.field) for p in problems] == [
        (folder / FTL[language], line, "people-impact-alcohol-treatment-centre")
        for language, line in zip((Language.EN, Language.CY), lines, strict=True)
    ]
    assert all("4000 as 4,000" in problem.message for problem in problems)


def test_a_picture_that_stands_for_more_than_two_ideas_is_reported_where_it_is_listed(folder: Path) -> None:
    replace_in(
        folder / "report.yaml",
        "{id: people-action-public-spaces-order, picture: picture-police}",
        "{id: people-action-public-spaces-order, picture: picture-safety}",
    )
    line = line_of(folder / "report.yaml", "{id: picture-safety, file:")
    problems = problems_of(folder)
    assert [(p.file, p.line) for p in problems] == [(folder / "report.yaml", line)]
    assert problems[0].field.startswith("pictures[")
    message = problems[0].message
    assert "'picture-safety' stands for 3 different ideas" in message
    assert all(
        item in message for item in ("people-action-public-spaces-order", "people-impact-victim-crime", "people-impact-feeling-safe")
    )


def test_the_summary_and_the_glossary_may_repeat_a_picture(content: Content) -> None:
    """The bundled summary and hard words show the pictures of the items they restate; that is not counted."""
    assert lint(content) == []
    safety = [text.message_id for text in specwalk.texts(content.spec) if text.picture == "picture-safety"]
    assert len(safety) > 2
