"""The focusreport command: exit codes, messages, file names and identical bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from focusreport.cli import main

HEAVY = ("docx", "ebooklib", "lxml", "PIL")


def test_build_text_english_writes_one_named_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["build", "--format", "text", "--lang", "en", "--out", str(tmp_path)])
    assert status == 0
    assert [path.name for path in tmp_path.iterdir()] == ["wrexham-2019-20.text.en.txt"]
    assert capsys.readouterr().out.strip() == str(tmp_path / "wrexham-2019-20.text.en.txt")


@pytest.mark.parametrize("name", ["cy", "cy-GB", "CY", "cy-gb"])
def test_lang_accepts_short_and_full_tags(tmp_path: Path, name: str) -> None:
    assert main(["build", "--format", "text", "--lang", name, "--out", str(tmp_path)]) == 0
    assert (tmp_path / "wrexham-2019-20.text.cy.txt").is_file()


@pytest.mark.tools  # every format: braille and speech run liblouis, espeak-ng and lame
def test_build_by_default_writes_every_format_in_both_languages(tmp_path: Path) -> None:
    from focusreport import discover

    assert main(["build", "--out", str(tmp_path)]) == 0
    formats = discover().writers
    assert len(list(tmp_path.iterdir())) == 2 * len(formats)
    for name, writer in formats.items():
        for language in ("en", "cy"):
            assert (tmp_path / f"wrexham-2019-20.{name}.{language}.{writer.extension}").is_file()


@pytest.mark.tools  # every format: braille and speech run liblouis, espeak-ng and lame
def test_outputs_are_byte_identical_from_run_to_run(tmp_path: Path) -> None:
    assert main(["build", "--out", str(tmp_path / "one")]) == 0
    assert main(["build", "--out", str(tmp_path / "two")]) == 0
    first = {path.name: path.read_bytes() for path in (tmp_path / "one").iterdir()}
    second = {path.name: path.read_bytes() for path in (tmp_path / "two").iterdir()}
    assert first == second


def test_unknown_format_is_a_usage_error_listing_the_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--format", "semaphore", "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "unknown format 'semaphore'; installed formats: " in error
    assert "text" in error
    assert not list(tmp_path.iterdir())


def test_unknown_language_is_a_usage_error_listing_the_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--lang", "fr", "--out", str(tmp_path)]) == 2
    assert "unknown language 'fr'; this report is published in: en, en-GB, cy, cy-GB" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_unknown_option_and_bad_option_value_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--format", "text", "--option", "colour=red", "--out", str(tmp_path)]) == 2
    assert "no chosen format has an option 'colour'" in capsys.readouterr().err
    assert main(["build", "--format", "text", "--option", "wording=simple", "--out", str(tmp_path)]) == 2
    assert "option 'wording' takes one of full, easy, not 'simple'" in capsys.readouterr().err
    assert main(["build", "--format", "text", "--option", "wording", "--out", str(tmp_path)]) == 2
    assert "--option takes KEY=VALUE" in capsys.readouterr().err


def test_bad_arguments_are_usage_errors_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["publish"]) == 2
    assert main([]) == 2
    error = capsys.readouterr().err
    assert "Traceback" not in error and "invalid choice: 'publish'" in error


def test_missing_content_folder_is_a_content_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nowhere")]) == 1
    assert f"{tmp_path / 'nowhere'}: no such content folder" in capsys.readouterr().out


def test_formats_lists_name_extension_and_description(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert ["text", ".txt", "Plain text for screen readers: no tables or symbols, lists announced, ratings in words"] in rows


def test_check_passes_on_the_bundled_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "no problems found" in capsys.readouterr().out


@pytest.mark.parametrize("arguments", [["--help"], ["formats"]])
def test_help_and_formats_import_no_heavy_library(arguments: list[str]) -> None:
    probe = (
        "import sys, json, contextlib, io\n"
        "from focusreport.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({arguments!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert [name for name in loaded if name.split(".")[0] in HEAVY] == []
    assert "focusreport_text" in loaded or arguments == ["--help"]


def test_the_installed_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("focusreport")
    result = subprocess.run([str(script), "build", "--format", "text", "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_a_reader_that_goes_away_does_not_turn_a_build_into_an_error(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("focusreport")
    run = subprocess.Popen(
        [str(script), "build", "--format", "text", "--out", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()  # like `| head -0`
    error = run.stderr.read().decode("utf-8")
    assert (run.wait(timeout=120), error) == (0, "")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["wrexham-2019-20.text.cy.txt", "wrexham-2019-20.text.en.txt"]


def test_a_failed_write_is_exit_status_3_for_the_installed_script_too(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("focusreport")
    (tmp_path / "output").write_text("", encoding="utf-8")
    result = subprocess.run([str(script), "build", "--format", "text"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (3, "")
    assert result.stderr == "focusreport: error: cannot write into output: it is a file, not a folder\n"
