"""Serving alternative-format requests: files, receipts, rejections, reruns and concurrency."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from focusreport import Option, Registry, WriterInput, bundled_content_dir, discover
from focusreport.cli import main
from focusreport.progress import Progress
from focusreport.requestfile import Request
from focusreport.serving import Receipt, Server, id_problem
from helpers import copy_content

NOTE = "Mrs Ffion Jones, 12 Ffordd y Parc: large print by post"


def _receipts(folder: Path) -> list[dict[str, str]]:
    with open(folder / "receipts.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _everything_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "requests.csv",
        "id,format,language,note\n"
        f'REQ-001,text,cy,"{NOTE}"\n'
        "REQ-002,text,en-GB,\n"
        "../../etc/x,text,en,\n"
        "REQ-003,braille,en,\n"
        "REQ-004,text,fr,\n"
        "REQ-005,text,,\n"
        "bad\x01id,text,en,\n",
    )


def test_good_requests_are_served_and_bad_ones_rejected_with_reasons(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "served"
    before = _everything_under(tmp_path)

    status = main(["requests", str(mixed), "--out", str(out)])

    assert status == 1
    receipts = {row["id"]: row for row in _receipts(out)}
    assert receipts["REQ-001"]["status"] == "served" and receipts["REQ-001"]["file"] == "REQ-001.txt"
    assert (out / "REQ-001.txt").read_text(encoding="utf-8").startswith("Canolbwyntio ar ein Perfformiad")
    assert receipts["REQ-002"]["language"] == "en"
    assert receipts["../../etc/x"] | {"time": ""} == {
        "id": "../../etc/x",
        "format": "text",
        "language": "en",
        "file": "",
        "size": "",
        "sha256": "",
        "status": "rejected",
        "reason": "line 4: an id may not contain / or \\",
        "note": "",
        "time": "",
    }
    assert receipts["REQ-003"]["reason"] == "line 5: unknown format 'braille'; installed formats: " + ", ".join(discover().writers)
    assert receipts["REQ-004"]["reason"].startswith("line 6: unknown language 'fr'")
    assert receipts["REQ-005"]["reason"] == "line 7: language is missing"
    assert receipts["bad\x01id"]["reason"] == "line 8: an id may not contain control characters"
    created = _everything_under(tmp_path) - before
    assert created == {out, out / "REQ-001.txt", out / "REQ-002.txt", out / "receipts.csv", out / ".focusreport.lock"}
    assert "REQ-001" in capsys.readouterr().out


def test_a_receipt_records_size_and_checksum_of_the_file(mixed: Path, tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "served"
    main(["requests", str(mixed), "--out", str(out)])
    for row in _receipts(out):
        if row["status"] == "served":
            data = (out / row["file"]).read_bytes()
            assert int(row["size"]) == len(data)
            assert row["sha256"] == hashlib.sha256(data).hexdigest()


def test_a_second_run_serves_nothing_again(mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "served"
    main(["requests", str(mixed), "--out", str(out)])
    first = {path.name: path.stat().st_mtime_ns for path in out.glob("REQ-*")}
    capsys.readouterr()

    main(["requests", str(mixed), "--out", str(out)])

    second_run = _receipts(out)[7:]
    assert [row["status"] for row in second_run if row["id"].startswith("REQ-00") and row["id"] < "REQ-003"] == ["already-served"] * 2
    assert "served\t" not in capsys.readouterr().out.replace("already-served\t", "")
    assert {path.name: path.stat().st_mtime_ns for path in out.glob("REQ-*")} == first


def test_a_served_file_that_was_changed_or_removed_is_served_again(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "served"
    main(["requests", str(mixed), "--out", str(out)])
    (out / "REQ-001.txt").write_text("damaged", encoding="utf-8")
    (out / "REQ-002.txt").unlink()

    main(["requests", str(mixed), "--out", str(out)])

    last = {row["id"]: row["status"] for row in _receipts(out)}
    assert last["REQ-001"] == "served" and last["REQ-002"] == "served"
    assert (out / "REQ-001.txt").read_text(encoding="utf-8").startswith("Canolbwyntio")


def test_the_note_reaches_only_the_receipts(mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "served"
    main(["requests", str(mixed), "--out", str(out)])
    captured = capsys.readouterr()
    assert NOTE not in captured.out and NOTE not in captured.err
    for path in out.iterdir():
        assert (NOTE in path.read_text(encoding="utf-8", errors="replace")) == (path.name == "receipts.csv"), path.name


def test_a_formula_in_a_note_is_not_run_by_a_spreadsheet(tmp_path: Path) -> None:
    requests = _write(tmp_path / "requests.csv", 'id,format,language,note\nR1,text,en,"=HYPERLINK(""http://x"")"\n')
    main(["requests", str(requests), "--out", str(tmp_path / "out")])
    assert _receipts(tmp_path / "out")[0]["note"] == '\'=HYPERLINK("http://x")'


def test_json_lines_with_a_malformed_line(tmp_path: Path) -> None:
    requests = _write(
        tmp_path / "requests.jsonl",
        '{"id": "J1", "format": "text", "language": "cy", "note": "by email"}\n'
        "{not json\n"
        '{"id": "J2", "format": "text", "language": "en", "colour": "red"}\n'
        '["J3", "text", "en"]\n'
        '{"id": "J4", "format": "text", "language": "en", "report": "no-such-report"}\n',
    )
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    rows = _receipts(tmp_path / "out")
    assert [(row["id"], row["status"]) for row in rows] == [
        ("J1", "served"),
        ("", "rejected"),
        ("J2", "rejected"),
        ("", "rejected"),
        ("J4", "rejected"),
    ]
    assert rows[1]["reason"].startswith("line 2: malformed JSON")
    assert rows[2]["reason"] == "line 3: unknown field 'colour'"
    assert rows[3]["reason"] == "line 4: each line must be a JSON object"
    assert rows[4]["reason"].startswith("line 5: no report 'no-such-report'")


def test_a_request_may_name_another_report_folder(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    broken = copy_content(tmp_path / "b")
    (broken / "report.yaml").write_text(
        (broken / "report.yaml").read_text(encoding="utf-8").replace("ratings: {outcome: red}", "ratings: {outcome: crimson}"),
        encoding="utf-8",
    )
    requests = _write(
        tmp_path / "requests.csv",
        f"id,format,language,report\nA1,text,en,{folder.relative_to(tmp_path)}\nA2,text,en,{broken.relative_to(tmp_path)}\nA3,text,en,wrexham-2019-20\n",
    )
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    rows = {row["id"]: row for row in _receipts(tmp_path / "out")}
    assert rows["A1"]["status"] == "served" and rows["A3"]["status"] == "served"
    assert rows["A1"]["sha256"] == rows["A3"]["sha256"]
    assert rows["A2"]["status"] == "rejected"
    assert "the report has problems: " in rows["A2"]["reason"] and "unknown level 'crimson'" in rows["A2"]["reason"]


def test_an_unknown_column_is_an_error_for_the_whole_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requests = _write(tmp_path / "requests.csv", "id,format,lang\nR1,text,en\n")
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    error = capsys.readouterr().err
    assert f"{requests}:1: lang: unknown column" in error
    assert f"{requests}:1: language: required column is missing" in error
    assert not (tmp_path / "out").exists()


def test_each_report_format_and_language_is_rendered_once(tmp_path: Path) -> None:
    calls: list[str] = []
    text_writer = discover().get("text")

    class Counting:
        name, extension, media_type, description = "counted", "txt", "text/plain", "Counts its renders"
        options: tuple[Option, ...] = ()

        def render(self, source: WriterInput) -> bytes:
            calls.append(source.outline.language.code)
            return text_writer.render(WriterInput(source.outline, source.strings, {"wording": "full"}))

    server = Server(tmp_path, bundled_content_dir(), Registry({"counted": Counting()}, {"counted": "tests"}))
    requests = [Request(f"R{number}", "counted", "cy" if number % 3 else "en") for number in range(9)]
    receipts = server.serve(requests)
    assert [receipt.status for receipt in receipts] == ["served"] * 9
    assert sorted(calls) == ["cy", "en"]
    assert len({receipt.sha256 for receipt in receipts}) == 2


def test_two_runs_at_once_do_not_corrupt_the_receipts(tmp_path: Path) -> None:
    rows = "".join(f"R{number:03},text,{'cy' if number % 2 else 'en'}\n" for number in range(40))
    requests = _write(tmp_path / "requests.csv", "id,format,language\n" + rows)
    script = Path(sys.executable).with_name("focusreport")
    command = [str(script), "requests", str(requests), "--out", str(tmp_path / "out")]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for run in runs:
        run.communicate(timeout=120)
        assert run.returncode == 0
    receipts = _receipts(tmp_path / "out")
    assert len(receipts) == 80 and all(len(row) == 10 and None not in row for row in receipts)
    statuses = [row["status"] for row in receipts]
    assert statuses.count("served") == 40 and statuses.count("already-served") == 40
    assert sorted(path.name for path in (tmp_path / "out").glob("R*.txt")) == [f"R{number:03}.txt" for number in range(40)]
    assert not list((tmp_path / "out").glob(".*.part"))


def test_one_request_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["request", "--format", "text", "--lang", "cy-GB", "--id", "2026-041", "--out", str(tmp_path), "--note", NOTE]) == 0
    assert (tmp_path / "2026-041.txt").is_file()
    assert _receipts(tmp_path)[0]["note"] == NOTE
    assert main(["request", "--format", "text", "--lang", "en", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "wrexham-2019-20.text.en.txt").is_file()
    assert main(["request", "--format", "text", "--lang", "en", "--id", "../up", "--out", str(tmp_path)]) == 1
    assert "an id may not contain / or \\" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("request_id", "problem"),
    [
        ("", "the id is missing"),
        ("a/b", "an id may not contain / or \\"),
        ("a\\b", "an id may not contain / or \\"),
        ("..", "an id may not contain .."),
        ("a..b", "an id may not contain .."),
        ("tab\there", "an id may not contain control characters"),
        (".hidden", "an id is 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit"),
        ("x" * 65, "an id is 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit"),
        ("REQ-2026.04_1", None),
    ],
)
def test_id_rules(request_id: str, problem: str | None) -> None:
    assert id_problem(request_id) == problem


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise(tmp_path: Path) -> None:
    receipt = Receipt("R1", "text", "en", "R1.txt", 10, "0" * 64, "served", "", NOTE)
    terminal, log = _Terminal(), io.StringIO()
    progress = Progress(2, terminal, log)
    progress.update(receipt)
    assert "[###############---------------] 1/2 R1" in terminal.getvalue() and log.getvalue() == ""
    quiet_terminal, quiet_log = io.StringIO(), io.StringIO()
    quiet = Progress(2, quiet_terminal, quiet_log)
    quiet.update(receipt)
    assert quiet_log.getvalue() == "served\tR1\tR1.txt\n"
    assert NOTE not in terminal.getvalue() + log.getvalue() + quiet_log.getvalue()
