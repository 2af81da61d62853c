"""Hostile and careless content: each is one clear problem with its file and line, exit 1, nothing written, no traceback.

Alias bombs and oversized structure files, Fluent loops and deep nesting, files that
are not UTF-8 (and byte-order marks, which are fine), and characters that change the
direction of text. Every case edits a copy of a bundled report, runs the command as a
user would, and compares with lines found in the edited files, not with the output.
"""

from __future__ import annotations

import itertools
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource

from focusreport import bundled_content_dir
from focusreport.cli import main
from focusreport.content import check_content
from focusreport.resources import locales_dir
from focusreport.strings import Strings
from helpers import line_of, replace_in

EXAMPLES = bundled_content_dir().parent
LONG = "We did this. " * 240  # 3,120 characters of short sentences (easy-read rules stay met)


def _example(tmp_path: Path, name: str = "northby-2023-24") -> Path:
    folder = tmp_path / name
    shutil.copytree(EXAMPLES / name, folder)
    return folder


def _check(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """The exit status of ``focusreport check`` and the problems it prints, one a line."""
    status = main(["check", str(folder)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, [line for line in captured.out.splitlines() if line.startswith(str(folder))]


def _build_refused(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    out = tmp_path / "out"
    status = main(["build", str(folder), "--format", "text", "--out", str(out)])
    error = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in error
    assert not out.exists()
    return error


def _insert_after(path: Path, anchor: str, text: str) -> int:
    """Put ``text`` on the lines after the one holding ``anchor``; return the first new line's number."""
    line = line_of(path, anchor)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(line, text)
    path.write_text("".join(lines), encoding="utf-8")
    return line + 1


def _run_limited(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in a process limited to 1 GiB of memory and a minute: a blow-up fails, never hangs the tests."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    command = [sys.executable, "-c", "from focusreport.cli import run; run()", *args]
    return subprocess.run(command, capture_output=True, text=True, preexec_fn=limit, timeout=60, check=False)


# 1. Hostile YAML


def _billion_laughs() -> str:
    names = "abcdefghi"
    lines = ['  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    for previous, name in itertools.pairwise(names):
        lines.append(f"  {name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n")
    return "laughs:\n" + "".join(lines)


def test_an_alias_bomb_is_one_error_at_its_first_anchor_and_costs_nothing(tmp_path: Path) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    first = _insert_after(structure, "currency: GBP", _billion_laughs()) + 1

    result = _run_limited("check", str(folder))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(str(folder))]
    assert problems == [
        f"{structure}:{first}: laughs.a: anchors and aliases (&name, *name) are not allowed in a structure file: write each value out"
    ]


@pytest.mark.parametrize(
    ("yaml", "field"),
    [
        ("loop: &loop [*loop]\n", "loop"),  # an alias inside the list it names: once a RecursionError
        ("shared: &shared {start: x}\n", "shared"),  # an anchor alone
        ("merged:\n  <<: *missing\n", "merged.<<"),  # a merge key needs an alias
    ],
    ids=["recursive alias", "anchor", "merge key"],
)
def test_anchors_and_aliases_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], yaml: str, field: str) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    line = _insert_after(structure, "currency: GBP", yaml) + yaml.count("\n") - 1

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [
        f"{structure}:{line}: {field}: anchors and aliases (&name, *name) are not allowed in a structure file: write each value out"
    ]
    assert f"{structure}:{line}: {field}: anchors and aliases" in _build_refused(folder, tmp_path, capsys)


def test_a_50_mb_structure_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    padding = "  - {id: intro-report-plan, picture: picture-plan}\n" * (50_000_000 // 50)
    structure.write_text(structure.read_text(encoding="utf-8") + "extra:\n" + padding, encoding="utf-8")
    assert structure.stat().st_size > 50_000_000

    result = _run_limited("check", str(folder))
    structure.unlink()  # 50 MB: not kept among the last runs' temporary files

    assert result.returncode == 1, result.stderr
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr
    assert f"{structure}: the file is larger than 10,000,000 bytes, the most focusreport reads" in result.stdout


def _nested(levels: int) -> str:
    """A mapping ``levels`` deep under the key ``deep``, one key a line, each indented one space more."""
    return "deep:\n" + "".join(f"{' ' * (level + 1)}k{level}:\n" for level in range(levels)) + " " * (levels + 1) + "x\n"


def test_nesting_deeper_than_40_levels_is_refused_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    start = _insert_after(structure, "currency: GBP", _nested(2000))

    status, problems = _check(folder, capsys)

    # The mapping under deep.k0 … k38, forty keys down, is refused where it starts: on the line of k39.
    assert status == 1
    assert problems == [
        f"{structure}:{start + 40}: deep.k0.k1.k2.k3.k4.k5.k6…: the structure is nested more than 40 levels deep, more than any report needs"
    ]


def test_nesting_of_39_levels_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    start = _insert_after(structure, "currency: GBP", _nested(38))

    status, problems = _check(folder, capsys)

    assert status == 1
    assert len(problems) == 1
    assert problems[0].startswith(f"{structure}:{start}: deep: unknown key")


def test_more_than_200000_values_are_refused_with_the_line_of_the_first_too_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    before = sum(1 for _ in re.finditer(r"[:\-\[{,]", structure.read_text(encoding="utf-8")))  # an upper bound of the values there
    start = _insert_after(structure, "currency: GBP", "many:\n" + "  - x\n" * 200_000)

    status, problems = _check(folder, capsys)

    assert status == 1
    assert len(problems) == 1
    match = re.fullmatch(
        rf"{re.escape(str(structure))}:(\d+): many\[(\d+)\]: the file has more than 200,000 values, more than any report needs", problems[0]
    )
    assert match, problems
    line, index = int(match.group(1)), int(match.group(2))
    assert line == start + 1 + index
    assert 200_000 - before <= index < 200_000


def test_a_control_character_in_the_structure_file_is_named_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    line = replace_in(structure, "currency: GBP", "currency: G\x07BP")

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [f"{structure}:{line}: the control character U+0007 at column 12 is not allowed in YAML; remove it"]


def test_a_control_character_written_as_an_escape_is_named_with_its_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    line = replace_in(structure, 'phone: "01632 960418"', 'phone: "01632\\x07960418"')

    status, problems = _check(folder, capsys)

    assert status == 1
    assert f"{structure}:{line}: parts[7].contact.phone: contains the control character U+0007; remove it" in problems


# 3. Encodings


def test_a_structure_file_that_is_not_utf8_is_named_with_the_line_and_column_of_the_first_bad_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    line = line_of(structure, "# Three scales")
    structure.write_bytes(structure.read_bytes().replace(b"# Three scales", "# Three scales \u2014 caf\u00e9".encode("cp1252")))

    status, problems = _check(folder, capsys)

    # "# Three scales " is 15 characters: the dash, 0x97 in Windows-1252, is the 16th.
    assert status == 1
    assert problems == [f"{structure}:{line}: the file is not UTF-8: the byte 0x97 at column 16 is not UTF-8 text; save the file as UTF-8"]
    assert f"{structure}:{line}: the file is not UTF-8" in _build_refused(folder, tmp_path, capsys)


def test_a_strings_file_that_is_not_utf8_is_named_with_its_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path, "wrexham-2019-20")
    strings = folder / "cy.ftl"
    line = line_of(strings, "economy = ")
    text = strings.read_text(encoding="utf-8")
    start = text.index("economy = ")
    column = start - text.rfind("\n", 0, start)  # the first character of "economy"
    strings.write_bytes(text[:start].encode() + b"\xff" + text[start:].encode())

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [
        f"{strings}:{line}: the file is not UTF-8: the byte 0xFF at column {column} is not UTF-8 text; save the file as UTF-8"
    ]


def test_a_utf16_file_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    strings.write_bytes(strings.read_text(encoding="utf-8").encode("utf-16"))

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [f"{strings}:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"]


def test_library_words_a_report_supplies_that_are_not_utf8_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path, "morlan-2024-25")
    words = folder / "locales" / "pl" / "focusreport.ftl"
    line = line_of(words, "contents-heading")
    words.write_bytes(words.read_bytes().replace(b"contents-heading", b"\xc0contents-heading", 1))

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [f"{words}:{line}: the file is not UTF-8: the byte 0xC0 at column 1 is not UTF-8 text; save the file as UTF-8"]


def test_a_byte_order_mark_is_accepted_in_every_file_and_changes_no_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = _example(tmp_path / "plain", "morlan-2024-25")
    marked = _example(tmp_path / "marked", "morlan-2024-25")
    files = [
        marked / "report.yaml",
        marked / "en-GB.ftl",
        marked / "cy.ftl",
        marked / "pl.ftl",
        *sorted((marked / "locales" / "pl").glob("*.ftl")),
    ]
    for path in files:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert _check(marked, capsys) == (0, [])
    for folder in (plain, marked):
        assert main(["build", str(folder), "--format", "text", "--out", str(folder.parent / "out")]) == 0
    capsys.readouterr()
    outputs = sorted((plain.parent / "out").iterdir())
    assert len(outputs) == 3
    for path in outputs:
        assert path.read_bytes() == (marked.parent / "out" / path.name).read_bytes()


# 2. Fluent


def test_terms_that_refer_to_each_other_are_one_problem_naming_the_loop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    replace_in(strings, "intro-glance = Quarter 2 at a glance", "intro-glance = Quarter 2 at a glance { -a }")
    with strings.open("a", encoding="utf-8") as stream:
        stream.write("\n-a = { -b }\n-b = { -a }\n")
    line = line_of(strings, "-a = { -b }")

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [f"{strings}:{line}: -a: refers to itself: -a → -b → -a; Fluent cannot format a loop: break it"]
    assert f"{strings}:{line}: -a: refers to itself" in _build_refused(folder, tmp_path, capsys)


def test_a_message_whose_attribute_refers_to_its_value_is_no_loop() -> None:
    strings = Strings("en-GB", [(Path("en-GB.ftl"), "m = Homes\n    .easy = About { m }\n")])
    assert not strings.problems
    assert strings.format("m", "easy") == "About Homes"


def test_a_message_that_loops_through_its_own_attribute_is_refused() -> None:
    strings = Strings("en-GB", [(Path("en-GB.ftl"), "m = { m.easy }\n    .easy = About { m }\n")])
    assert [str(problem) for problem in strings.problems] == [
        "en-GB.ftl:1: m: refers to itself: m → m.easy → m; Fluent cannot format a loop: break it"
    ]


def test_placeables_nested_3000_deep_are_one_problem_and_the_rest_is_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _example(tmp_path, "wrexham-2019-20")
    welsh = folder / "cy.ftl"
    message = re.search(r"^economy = (.*)$", welsh.read_text(encoding="utf-8"), re.MULTILINE)
    assert message
    line = replace_in(welsh, message.group(0), "economy = " + "{ " * 3000 + f'"{message.group(1)}"' + " }" * 3000)
    with welsh.open("a", encoding="utf-8") as stream:
        stream.write("\neconomy-aim-businesses = Eto\n")
    duplicate = welsh.read_text(encoding="utf-8").count("\n")
    first = line_of(welsh, "economy-aim-businesses = ")

    status, problems = _check(folder, capsys)

    # The entry is left unread, so no "missing translation" follows from it; the rest of the file is still checked.
    assert status == 1
    assert problems == [
        f"{welsh}:{line}: economy: placeables are nested more than 20 deep here; Fluent cannot read so deep a nesting: simplify it",
        f"{welsh}:{duplicate}: economy-aim-businesses: duplicate message id (first defined at cy.ftl:{first})",
    ]


@pytest.mark.parametrize("depth", [20, 21])
def test_nesting_counts_through_the_messages_referred_to(depth: int) -> None:
    # Each message nests one placeable and refers to the next: m0 reaches depth `depth`.
    text = "".join(f"m{index} = {{ m{index + 1} }}\n" for index in range(depth - 1)) + f'm{depth - 1} = {{ "end" }}\n'
    strings = Strings("en-GB", [(Path("en-GB.ftl"), text)])
    if depth <= 20:
        assert not strings.problems
        assert strings.format("m0") == "end"
    else:
        assert len(strings.problems) == 1
        assert str(strings.problems[0]).startswith("en-GB.ftl:1: m0: placeables, selectors and calls nest 21 deep")


def test_a_reference_chain_thousands_long_is_refused_without_recursion() -> None:
    text = "".join(f"m{index} = {{ m{index + 1} }}\n" for index in range(5000)) + "m5000 = end\n"
    strings = Strings("en-GB", [(Path("en-GB.ftl"), text)])
    assert len(strings.problems) == 1
    assert "nest 21 deep" in str(strings.problems[0])
    with pytest.raises(Exception, match="nest 21 deep"):
        strings.format("m0")


def test_a_report_message_fluent_refuses_for_its_length_is_named_with_the_reports_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    line = replace_in(strings, "priority-economy = A growing economy", "priority-economy = A growing economy for { -place } " + LONG)
    with strings.open("a", encoding="utf-8") as stream:
        stream.write("\n-place = Northby\n")

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [
        f"{strings}:{line}: priority-economy: cannot be formatted: one piece of it (a run of text beside a placeable, "
        f"or what a placeable gives) is {len(LONG.rstrip()) + 1:,} characters long, more than the 2,500 Fluent formats: "
        "shorten it or split the message"
    ]


def test_long_report_words_pass_through_the_librarys_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    item = "A growing economy. " + LONG.rstrip()
    replace_in(strings, "priority-economy = A growing economy", f"priority-economy = {item}")
    meaning = re.search(r"^judgement-good = .*\n    \.meaning = (.*)$", strings.read_text(encoding="utf-8"), re.MULTILINE)
    assert meaning
    long_meaning = meaning.group(1) + " " + LONG.rstrip()
    replace_in(strings, meaning.group(0), meaning.group(0).replace(meaning.group(1), long_meaning))
    # Fluent alone refuses the library's row with such words in its placeables.
    english = "".join(path.read_text(encoding="utf-8") for path in sorted((locales_dir() / "en-GB").glob("*.ftl")))
    bundle = FluentBundle(["en-GB"], use_isolating=False)
    bundle.add_resource(FluentResource(english))
    row = bundle.get_message("labelled-value").value
    assert row is not None
    assert bundle.format_pattern(row, {"label": item, "value": "Good"})[1]

    assert _check(folder, capsys) == (0, [])
    out = tmp_path / "out"
    assert main(["build", str(folder), "--format", "text", "--out", str(out)]) == 0
    capsys.readouterr()

    text = (out / "northby-2023-24.text.en.txt").read_text(encoding="utf-8")
    assert f"1 {item.removesuffix('.')}: Good. {long_meaning}" in text


def _break_polish_words(folder: Path, old: str, new: str) -> tuple[Path, int]:
    words = folder / "locales" / "pl" / "focusreport.ftl"
    return words, replace_in(words, old, new)


def test_supplied_library_words_are_formatted_with_the_librarys_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path, "morlan-2024-25")
    heading = re.search(
        r"^theme-heading = .*\{ \$summary \}.*$", (folder / "locales" / "pl" / "focusreport.ftl").read_text(encoding="utf-8"), re.M
    )
    assert heading
    words, line = _break_polish_words(folder, heading.group(0), heading.group(0).replace("$summary", "$sumary"))

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [f"{words}:{line}: theme-heading: cannot be formatted: Unknown external: sumary"]


def test_each_plural_category_of_supplied_words_is_formatted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path, "morlan-2024-25")
    text = (folder / "locales" / "pl" / "focusreport.ftl").read_text(encoding="utf-8")
    announce = re.search(r"^list-announce = \{ \$count ->\n(?:.*\n)*?\s*\[few\] (.*)$", text, re.M)
    assert announce
    few = announce.group(0).splitlines()[-1]
    words, line = _break_polish_words(folder, announce.group(0), announce.group(0).replace(few, few.replace("$count", "$cont")))

    status, problems = _check(folder, capsys)

    # Only "few" (2 to 4, 22 to 24, ...) uses the misspelt variable; the message starts on `line`.
    assert status == 1
    assert problems == [f"{words}:{line}: list-announce: cannot be formatted: Unknown external: cont"]


# 9. Text that changes direction

CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]


@pytest.mark.parametrize("char", CONTROLS, ids=[f"U+{ord(char):04X}" for char in CONTROLS])
def test_direction_controls_are_refused_in_a_left_to_right_report(tmp_path: Path, capsys: pytest.CaptureFixture[str], char: str) -> None:
    folder = _example(tmp_path, "wrexham-2019-20")
    welsh = folder / "cy.ftl"
    text = welsh.read_text(encoding="utf-8")
    message = re.search(r"^economy = .*\n    \.summary = (\S+)", text, re.MULTILINE)
    assert message
    line = message.group(0).count("\n") + line_of(welsh, message.group(0))
    replace_in(welsh, message.group(0), message.group(0) + char)

    status, problems = _check(folder, capsys)

    assert status == 1
    assert len(problems) == 1
    assert problems[0].startswith(f"{welsh}:{line}: economy.summary: contains U+{ord(char):04X} (")
    assert problems[0].endswith("remove it")
    assert f"{welsh}:{line}: economy.summary: contains U+{ord(char):04X}" in _build_refused(folder, tmp_path, capsys)


def test_a_direction_control_written_as_an_escape_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    line = replace_in(strings, "priority-economy = A growing economy", 'priority-economy = A growing {"\\u202E"}ymonoce')

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [
        f"{strings}:{line}: priority-economy: contains U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible character that reverses "
        "or re-embeds the text after it and can disguise it: remove it (written as an escape)"
    ]


def test_a_direction_control_in_a_comment_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    strings = folder / "en-GB.ftl"
    line = replace_in(strings, "## Introduction", "## Introduction \u202e")

    status, problems = _check(folder, capsys)

    assert status == 1
    assert problems == [
        f"{strings}:{line}: contains U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible character that reverses "
        "or re-embeds the text after it and can disguise it: remove it"
    ]


def test_direction_controls_are_refused_in_the_structure_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _example(tmp_path)
    structure = folder / "report.yaml"
    value = replace_in(structure, "web: https://", "web: https://\u202e")
    comment = replace_in(structure, "# Three scales", "# Three \u2067scales")
    why = "an invisible character that changes the direction of text; the structure file holds no words: remove it"

    status, problems = _check(folder, capsys)

    assert status == 1
    assert f"{structure}:{value}: parts[7].contact.web: contains U+202E (RIGHT-TO-LEFT OVERRIDE), {why}" in problems
    assert f"{structure}:{comment}: column 9: contains U+2067 (RIGHT-TO-LEFT ISOLATE), {why}" in problems


def _arabic(tmp_path: Path) -> Path:
    """The Northby report published in Arabic: its English words under ar.ftl, the library's words copied, plurals made Arabic."""
    folder = _example(tmp_path)
    replace_in(folder / "report.yaml", "languages: [en-GB]", "languages: [ar]")
    (folder / "en-GB.ftl").rename(folder / "ar.ftl")
    words = folder / "locales" / "ar"
    words.mkdir(parents=True)
    for path in (locales_dir() / "en-GB").iterdir():
        text = path.read_text(encoding="utf-8")
        (words / path.name).write_text(
            text.replace("    [one] ", "    [zero] 0\n    [two] 2\n    [few] 3\n    [many] 11\n    [one] "), encoding="utf-8"
        )
    return folder


def test_a_right_to_left_report_may_use_closed_isolates_and_marks(tmp_path: Path) -> None:
    folder = _arabic(tmp_path)
    replace_in(
        folder / "ar.ftl",
        "priority-economy = A growing economy",
        "priority-economy = \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f \u2066A growing economy\u2069\u200f",
    )
    assert check_content(folder) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\u2066A growing economy", "opens an isolate with U+2066 (LEFT-TO-RIGHT ISOLATE) that it never closes"),
        ("A growing economy\u2069", "closes an isolate with U+2069 (POP DIRECTIONAL ISOLATE) at character 18 that it never opened"),
        ("\u202dA growing economy", "contains U+202D (LEFT-TO-RIGHT OVERRIDE)"),
    ],
    ids=["isolate left open", "isolate never opened", "override"],
)
def test_a_right_to_left_report_may_not_leave_an_isolate_open_nor_override(tmp_path: Path, text: str, message: str) -> None:
    folder = _arabic(tmp_path)
    strings = folder / "ar.ftl"
    line = replace_in(strings, "priority-economy = A growing economy", f"priority-economy = {text}")

    problems = [str(problem) for problem in check_content(folder)]

    assert len(problems) == 1
    assert problems[0].startswith(f"{strings}:{line}: priority-economy: {message}")


def test_the_bundled_reports_pass(capsys: pytest.CaptureFixture[str]) -> None:
    for folder in sorted(path for path in EXAMPLES.iterdir() if (path / "report.yaml").is_file()):
        assert _check(folder, capsys) == (0, []), folder
