"""Each kind of bad input gets one clear error naming file, line and field, exit 1, and no output."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from focusreport.cli import main
from helpers import copy_content, line_of, replace_in

Breaker = Callable[[Path], str]


def _malformed_yaml(folder: Path) -> str:
    line = replace_in(
        folder / "report.yaml", "ratings: {outcome: amber}, picture: picture-safety}", "ratings: {outcome: amber}, picture: picture-safety"
    )
    return f"report.yaml:{line + 1}: malformed YAML"


def _fluent_junk(folder: Path) -> str:
    line = replace_in(folder / "cy.ftl", "priority-health = ", "priority-health { ")
    return f"cy.ftl:{line}: priority-health: Fluent syntax error"


def _unknown_key(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", "{id: priority-council, ratings:", "{id: priority-council, colour: blue, ratings:")
    return f"report.yaml:{line}: parts[4].parts[0].items[2].colour: unknown key"


def _missing_key(folder: Path) -> str:
    line = replace_in(
        folder / "report.yaml",
        "theme: economy, ratings: {outcome: amber}, picture: picture-poverty}",
        "theme: economy, picture: picture-poverty}",
    )
    return f"report.yaml:{line}: parts[4].parts[1].items[2].ratings: required key is missing"


def _wrong_type(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", '  start: "2019-04-01"', "  start: [2019, 4]")
    return f"report.yaml:{line}: period.start: expected text, found a list"


def _unknown_level(folder: Path) -> str:
    line = replace_in(
        folder / "report.yaml", "{id: priority-education, ratings: {outcome: red}", "{id: priority-education, ratings: {outcome: purple}"
    )
    return f"report.yaml:{line}: parts[4].parts[0].items[3].ratings.outcome: unknown level 'purple' of the scale 'outcome'"


def _unknown_scale(folder: Path) -> str:
    line = replace_in(
        folder / "report.yaml", "{id: priority-education, ratings: {outcome: red}", "{id: priority-education, ratings: {result: red}"
    )
    return f"report.yaml:{line}: parts[4].parts[0].items[3].ratings.result: this list is rated on outcome, not on 'result'"


def _unknown_scale_of_a_list(folder: Path) -> str:
    line = line_of(folder / "report.yaml", "        id: priorities-heading") + 1
    replace_in(
        folder / "report.yaml",
        "        id: priorities-heading\n        scales: [outcome]",
        "        id: priorities-heading\n        scales: [result]",
    )
    return f"report.yaml:{line}: parts[4].parts[0].scales[0]: unknown scale 'result'"


def _duplicate_level(folder: Path) -> str:
    line = replace_in(
        folder / "report.yaml", "      - {id: red, picture: picture-rating-red}", "      - {id: Amber, picture: picture-rating-red}"
    )
    return f"report.yaml:{line}: scales[0].levels[2].id: duplicate level 'Amber' (first at levels[1])"


def _unknown_part_kind(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", "  - kind: legend\n", "  - kind: key-to-ratings\n")
    return f"report.yaml:{line}: parts[3].kind: unknown part kind 'key-to-ratings'"


def _indicator_not_a_number(folder: Path) -> str:
    replace_in(
        folder / "report.yaml",
        "  - kind: credits\n",
        "  - kind: indicators\n    id: kpi-heading\n    scale: outcome\n    indicators:\n"
        '      - {id: kpi-footfall, previous: "1,204", current: "1300", status: Green}\n  - kind: credits\n',
    )
    for name, words in (("en-GB.ftl", "Indicators\nkpi-footfall = Footfall"), ("cy.ftl", "Dangosyddion\nkpi-footfall = Nifer yr ymwelwyr")):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8") + f"kpi-heading = {words}\n", encoding="utf-8")
    line = line_of(folder / "report.yaml", 'previous: "1,204"')
    return f"report.yaml:{line}: parts[9].indicators[0].previous: '1,204' is not a number"


def _language_without_strings(folder: Path) -> str:
    replace_in(folder / "report.yaml", "languages: [en-GB, cy-GB]", "languages: [en-GB, cy-GB, ga]")
    return "ga.ftl: the ga strings file is missing (looked for ga.ftl)"


def _language_without_library_words(folder: Path) -> str:
    replace_in(folder / "report.yaml", "languages: [en-GB, cy-GB]", "languages: [en-GB, cy-GB, ga]")
    shutil.copy(folder / "en-GB.ftl", folder / "ga.ftl")
    return "locales/ga: the library has no words for ga and the report supplies none"


def _not_a_language(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", "languages: [en-GB, cy-GB]", "languages: [en-GB, Welsh language]")
    return f"report.yaml:{line}: languages[1]: 'Welsh language' is not a BCP 47 language tag"


def _old_style_structure(folder: Path) -> str:
    (folder / "report.yaml").write_text(
        'id: old\npublished: "2020-10-01"\nperiod: {start: "2019-04-01", end: "2020-03-31"}\nintroduction: []\npriorities: []\n',
        encoding="utf-8",
    )
    return "report.yaml:1: this structure file has the old fixed shape (introduction, priorities at the top level)"


def _duplicate_id(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", "{id: economy-action-digital-officer,", "{id: economy-action-techniquest,")
    return f"report.yaml:{line}: parts[5].themes[0].lists[1].items[4].id: duplicate id 'economy-action-techniquest'"


def _duplicate_message(folder: Path) -> str:
    path = folder / "en-GB.ftl"
    path.write_text(path.read_text(encoding="utf-8") + "priority-economy = Developing the economy again\n", encoding="utf-8")
    line = len(path.read_text(encoding="utf-8").splitlines())
    return f"en-GB.ftl:{line}: priority-economy: duplicate message id"


def _duplicate_yaml_key(folder: Path) -> str:
    line = replace_in(folder / "report.yaml", 'published: "2020-10-01"\n', 'published: "2020-10-01"\npublished: "2021-10-01"\n')
    return f"report.yaml:{line + 1}: published: duplicate key"


def _missing_translation(folder: Path) -> str:
    path = folder / "cy.ftl"
    line_in_english = line_of(folder / "en-GB.ftl", "place-impact-roads = ")
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(row for row in text.splitlines() if not row.startswith("place-impact-roads = ")) + "\n", encoding="utf-8")
    return f"en-GB.ftl:{line_in_english}: place-impact-roads: has no cy-GB translation in cy.ftl"


def _missing_level_meaning(folder: Path) -> str:
    path = folder / "cy.ftl"
    line = line_of(path, "outcome-amber =")
    text = path.read_text(encoding="utf-8")
    start = text.index("outcome-amber =")
    end = text.index("outcome-red =")
    path.write_text(text[:start] + "outcome-amber = Ambr\n" + text[end:], encoding="utf-8")
    return f"cy.ftl:{line}: outcome-amber.meaning: the attribute .meaning is required"


def _pronunciation_without_say(folder: Path) -> str:
    line = replace_in(folder / "cy.ftl", "say-techniquest = Techniquest\n    .say = Tecnicwest\n", "say-techniquest = Techniquest\n")
    return f"cy.ftl:{line}: say-techniquest.say: the attribute .say is required"


def _welsh_figures_differ(folder: Path) -> str:
    line = line_of(folder / "cy.ftl", "economy-impact-businesses = ")
    path = folder / "cy.ftl"
    path.write_text(path.read_text(encoding="utf-8").replace("12,450", "12,540"), encoding="utf-8")
    return f"cy.ftl:{line}: economy-impact-businesses: figures differ from en-GB: missing 12450; has 12540 in addition"


def _add_picture(folder: Path, file: str) -> int:
    """Point the bundled report's first picture at ``file``; return the line of the change."""
    yaml = folder / "report.yaml"
    text = yaml.read_text(encoding="utf-8")
    start = text.index("\npictures:\n")
    entry = text.index("file: ", start)
    end = text.index(",", entry)
    yaml.write_text(text[:entry] + f"file: {file}" + text[end:], encoding="utf-8")
    return line_of(yaml, f"file: {file}")


def _missing_picture(folder: Path) -> str:
    line = _add_picture(folder, "pictures/no-such-picture.png")
    return f"report.yaml:{line}: pictures[0].file: picture file 'pictures/no-such-picture.png' does not exist"


def _picture_outside(folder: Path) -> str:
    (folder.parent / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    line = _add_picture(folder, "../secret.png")
    return f"report.yaml:{line}: pictures[0].file: picture file '../secret.png' lies outside the content folder"


def _picture_link_outside(folder: Path) -> str:
    (folder.parent / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "pictures").mkdir(exist_ok=True)
    os.symlink(folder.parent / "secret.png", folder / "pictures" / "link.png")
    line = _add_picture(folder, "pictures/link.png")
    return f"report.yaml:{line}: pictures[0].file: picture file 'pictures/link.png' lies outside the content folder"


CASES: dict[str, Breaker] = {
    "malformed YAML": _malformed_yaml,
    "Fluent syntax error": _fluent_junk,
    "unknown key": _unknown_key,
    "missing key": _missing_key,
    "wrong type": _wrong_type,
    "unknown level": _unknown_level,
    "unknown scale of a rating": _unknown_scale,
    "unknown scale of a list": _unknown_scale_of_a_list,
    "duplicate level": _duplicate_level,
    "unknown part kind": _unknown_part_kind,
    "indicator value not a number": _indicator_not_a_number,
    "language without strings file": _language_without_strings,
    "language without library words": _language_without_library_words,
    "not a language tag": _not_a_language,
    "old-style structure file": _old_style_structure,
    "missing meaning of a level": _missing_level_meaning,
    "pronunciation without how to say it": _pronunciation_without_say,
    "duplicate id": _duplicate_id,
    "duplicate message": _duplicate_message,
    "duplicate YAML key": _duplicate_yaml_key,
    "missing translation": _missing_translation,
    "Welsh figures differ": _welsh_figures_differ,
    "missing picture": _missing_picture,
    "picture outside the folder": _picture_outside,
    "picture linked from outside": _picture_link_outside,
}


@pytest.mark.parametrize("breaker", CASES.values(), ids=CASES.keys())
def test_bad_content_is_reported_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str], breaker: Breaker) -> None:
    folder = copy_content(tmp_path)
    expected = breaker(folder)
    out = tmp_path / "out"

    status = main(["build", str(folder), "--out", str(out)])

    error = capsys.readouterr().err
    assert status == 1
    assert f"{folder}/{expected}" in error, error
    assert "Traceback" not in error
    assert not out.exists()


@pytest.mark.parametrize("breaker", CASES.values(), ids=CASES.keys())
def test_check_reports_the_same_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str], breaker: Breaker) -> None:
    folder = copy_content(tmp_path)
    expected = breaker(folder)

    status = main(["check", str(folder)])

    assert status == 1
    assert f"{folder}/{expected}" in capsys.readouterr().out


def test_check_reports_every_problem_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    expected = [
        _unknown_level(folder),
        _duplicate_id(folder),
        _welsh_figures_differ(folder),
        _missing_translation(folder),
        _fluent_junk(folder),
    ]

    status = main(["check", str(folder)])

    output = capsys.readouterr().out
    assert status == 1
    for problem in expected:
        assert f"{folder}/{problem}" in output


def test_a_structure_that_cannot_be_read_still_has_its_strings_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_content(tmp_path)
    expected = [_unknown_key(folder), _welsh_figures_differ(folder), _missing_translation(folder)]

    status = main(["check", str(folder)])

    output = capsys.readouterr().out
    assert status == 1
    for problem in expected:
        assert f"{folder}/{problem}" in output


def test_a_failing_build_leaves_earlier_outputs_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "--format", "text", "--out", str(out)]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    folder = copy_content(tmp_path)
    _unknown_level(folder)

    assert main(["build", str(folder), "--format", "text", "--out", str(out)]) == 1

    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
