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
        "REQ-003,semaphore,en,\n"
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
    assert receipts["REQ-003"]["reason"] == "line 5: unknown format 'semaphore'; installed formats: " + ", ".join(discover().writers)
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
    rejected = Receipt("R\x1b]0;owned\x07", "text", "fr", "", None, "", "rejected", "line 3: unknown language 'fr'", NOTE)
    screen = _Terminal()
    shared = Progress(2, screen, screen)  # standard output and standard error are one terminal
    shared.update(receipt)
    assert screen.getvalue() == "\r\x1b[K[###############---------------] 1/2 R1"
    shared.update(rejected)
    assert screen.getvalue().endswith(
        "\r\x1b[Krejected\tR\\x1b]0;owned\\x07\tline 3: unknown language 'fr'\n\r\x1b[K[" + "#" * 30 + "] 2/2 R\\x1b]0;owned\\x07"
    )
    log, terminal = io.StringIO(), _Terminal()
    split = Progress(2, log, terminal)  # standard output goes to a log, standard error is a terminal
    split.update(receipt)
    assert log.getvalue() == "served\tR1\tR1.txt\n" and "1/2 R1" in terminal.getvalue()
    quiet_log, quiet_err = io.StringIO(), io.StringIO()
    quiet = Progress(2, quiet_log, quiet_err)
    quiet.update(receipt)
    assert quiet_log.getvalue() == "served\tR1\tR1.txt\n" and quiet_err.getvalue() == ""
    assert NOTE not in screen.getvalue() + log.getvalue() + terminal.getvalue() + quiet_log.getvalue()


def _on_a_terminal(command: list[str], stdout_to_log: Path | None) -> tuple[int, str]:
    """Run ``command`` with standard error on a real terminal (a pty), and standard output on it too or in a log."""
    import os
    import pty

    leader, follower = pty.openpty()
    with open(stdout_to_log or os.devnull, "w", encoding="utf-8") as log:
        run = subprocess.Popen(command, stdout=log if stdout_to_log else follower, stderr=follower)
        os.close(follower)
        screen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes when the command ends
                break
            if not chunk:
                break
            screen += chunk
        run.wait(timeout=120)
    os.close(leader)
    return run.returncode, screen.decode("utf-8")


def test_with_standard_output_in_a_log_and_a_terminal_on_standard_error_the_log_gets_every_request(tmp_path: Path) -> None:
    requests = _write(tmp_path / "requests.csv", "id,format,language\nR1,text,en\nR2,text,fr\nR3,text,cy\n")
    script = str(Path(sys.executable).with_name("focusreport"))
    log = tmp_path / "serving.log"

    status, screen = _on_a_terminal([script, "requests", str(requests), "--out", str(tmp_path / "out")], log)

    assert status == 1
    assert log.read_text(encoding="utf-8").splitlines() == [
        "served\tR1\tR1.txt",
        "rejected\tR2\tline 3: unknown language 'fr'; this report is published in: en, en-GB, cy, cy-GB",
        "served\tR3\tR3.txt",
    ]
    assert "] 3/3 R3" in screen and "served\tR1" not in screen
    assert screen.endswith("\r\x1b[K1 rejected, 2 served; receipts in " + str(tmp_path / "out" / "receipts.csv") + "\r\n")


def test_on_one_terminal_the_bar_shows_with_only_the_rejections_above_it(tmp_path: Path) -> None:
    requests = _write(tmp_path / "requests.csv", "id,format,language\nR1,text,en\nR2,text,fr\nR3,text,cy\n")
    script = str(Path(sys.executable).with_name("focusreport"))

    status, screen = _on_a_terminal([script, "requests", str(requests), "--out", str(tmp_path / "out")], None)

    assert status == 1
    assert "rejected\tR2\tline 3: unknown language 'fr'" in screen and "] 3/3 R3" in screen
    assert "served\tR1" not in screen and "served\tR3" not in screen


def test_a_closed_standard_output_does_not_cut_the_batch_short(tmp_path: Path) -> None:
    rows = "".join(f"R{number},text,{'cy' if number % 2 else 'en'}\n" for number in range(30))
    requests = _write(tmp_path / "requests.csv", "id,format,language\n" + rows)
    script = str(Path(sys.executable).with_name("focusreport"))
    run = subprocess.Popen(
        [script, "requests", str(requests), "--out", str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()  # like `| head -0`: whoever read the output has gone
    error = run.stderr.read().decode("utf-8")
    assert run.wait(timeout=120) == 0
    assert error == f"30 served; receipts in {tmp_path / 'out' / 'receipts.csv'}\n"
    assert [row["id"] for row in _receipts(tmp_path / "out")] == [f"R{number}" for number in range(30)]


# --- receipts that staff opened in a spreadsheet and saved again ---------------------------------


@pytest.fixture
def served(tmp_path: Path) -> tuple[Path, Path]:
    """A batch served once, with a Welsh letter and a line break in a note: (the requests file, the output folder)."""
    requests = _write(tmp_path / "requests.csv", 'id,format,language,note\nR1,text,en,"Siôn Ŵyn, by post"\nR2,text,cy,"two\nlines"\n')
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 0
    return requests, tmp_path / "out"


def test_receipts_saved_with_a_byte_order_mark_and_windows_line_endings_still_count(
    served: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    requests, out = served
    text = (out / "receipts.csv").read_text(encoding="utf-8")
    (out / "receipts.csv").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    capsys.readouterr()

    assert main(["requests", str(requests), "--out", str(out)]) == 0

    assert capsys.readouterr().out == "already-served\tR1\tR1.txt\nalready-served\tR2\tR2.txt\n"
    data = (out / "receipts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,") and data.count(b"id,format,") == 1
    assert data.endswith(b"\r\n") and data.count(b'"two\nlines"') == 1  # the new rows end as the file's rows do
    assert data.replace(b'"two\nlines"', b"").count(b"\n") == data.count(b"\r\n")
    with open(out / "receipts.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["id"], row["status"]) for row in rows] == [
        ("R1", "served"),
        ("R2", "served"),
        ("R1", "already-served"),
        ("R2", "already-served"),
    ]


def test_receipts_saved_as_windows_1252_are_read_and_saved_again_as_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requests = _write(tmp_path / "requests.csv", "id,format,language,note\nR1,text,en,Chloé by post\n")
    out = tmp_path / "out"
    assert main(["requests", str(requests), "--out", str(out)]) == 0
    text = (out / "receipts.csv").read_text(encoding="utf-8")
    (out / "receipts.csv").write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    capsys.readouterr()

    assert main(["requests", str(requests), "--out", str(out)]) == 0

    captured = capsys.readouterr()
    assert captured.out == "already-served\tR1\tR1.txt\n"
    assert captured.err.splitlines()[0] == (
        f"focusreport: {out / 'receipts.csv'} was not UTF-8 (line 2; a spreadsheet may have saved it as Windows-1252): "
        "it was read as Windows-1252 and saved again as UTF-8"
    )
    with open(out / "receipts.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["id"], row["status"], row["note"]) for row in rows] == [
        ("R1", "served", "Chloé by post"),
        ("R1", "already-served", "Chloé by post"),
    ]


def test_a_carriage_return_in_a_note_stays_inside_its_receipt(tmp_path: Path) -> None:
    requests = _write(tmp_path / "requests.jsonl", '{"id": "R1", "format": "text", "language": "en", "note": "first\\rsecond"}\n')
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 0
    assert main(["request", "--format", "text", "--lang", "cy", "--id", "R2", "--note", "a\rb\r\nc", "--out", str(tmp_path / "out")]) == 0
    data = (tmp_path / "out" / "receipts.csv").read_bytes()
    assert b"\r" not in data
    rows = _receipts(tmp_path / "out")
    assert [(row["id"], row["note"]) for row in rows] == [("R1", "first\nsecond"), ("R2", "a\nb\nc")]


def test_receipts_that_are_a_symbolic_link_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = _write(tmp_path / "elsewhere.csv", "kept as it is\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "receipts.csv").symlink_to(elsewhere)
    requests = _write(tmp_path / "requests.csv", "id,format,language\nR1,text,en\n")

    assert main(["requests", str(requests), "--out", str(out)]) == 3

    assert capsys.readouterr().err == (
        f"focusreport: error: {out / 'receipts.csv'} is a symbolic link; receipts are written only inside the output folder: "
        "replace the link with a copy of the file it points to, or remove it\n"
    )
    assert elsewhere.read_text(encoding="utf-8") == "kept as it is\n"
    assert sorted(path.name for path in out.iterdir()) == [".focusreport.lock", "receipts.csv"]


def test_a_lock_file_that_is_a_symbolic_link_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    out = tmp_path / "out"
    out.mkdir()
    (out / ".focusreport.lock").symlink_to(elsewhere)
    requests = _write(tmp_path / "requests.csv", "id,format,language\nR1,text,en\n")
    assert main(["requests", str(requests), "--out", str(out)]) == 3
    assert capsys.readouterr().err == (
        f"focusreport: error: cannot write into {out}: it is a symbolic link (Too many levels of symbolic links)\n"
    )
    assert not elsewhere.exists() and [path.name for path in out.iterdir()] == [".focusreport.lock"]


def test_receipts_without_a_last_line_break_get_the_next_receipt_on_a_line_of_its_own(served: tuple[Path, Path]) -> None:
    requests, out = served
    (out / "receipts.csv").write_bytes((out / "receipts.csv").read_bytes().rstrip(b"\n"))
    (out / "R2.txt").unlink()
    assert main(["requests", str(requests), "--out", str(out)]) == 0
    assert [(row["id"], row["status"]) for row in _receipts(out)] == [
        ("R1", "served"),
        ("R2", "served"),
        ("R1", "already-served"),
        ("R2", "served"),
    ]


def test_receipts_with_another_header_are_refused_and_an_added_column_is_kept(
    served: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    requests, out = served
    original = (out / "receipts.csv").read_text(encoding="utf-8")
    (out / "receipts.csv").write_text(original.replace("id,format,language", "id,language,format", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["requests", str(requests), "--out", str(out)]) == 3
    assert capsys.readouterr().err == (
        f"focusreport: error: {out / 'receipts.csv'}: the first line is not the receipts' header "
        "id,format,language,file,size,sha256,status,reason,note,time: restore it, or move the file away to start a new one\n"
    )
    (out / "receipts.csv").write_text(original.replace(",time\n", ",time,sent on\n", 1), encoding="utf-8")
    assert main(["requests", str(requests), "--out", str(out)]) == 0
    assert [row["status"] for row in _receipts(out)] == ["served", "served", "already-served", "already-served"]


def test_a_receipt_edited_to_name_a_file_outside_the_folder_is_not_trusted(served: tuple[Path, Path]) -> None:
    requests, out = served
    outside = out.parent / "R1.txt"
    outside.write_bytes((out / "R1.txt").read_bytes())
    (out / "R1.txt").unlink()
    receipts = (out / "receipts.csv").read_text(encoding="utf-8")
    (out / "receipts.csv").write_text(receipts.replace(",R1.txt,", ",../R1.txt,", 1), encoding="utf-8")
    assert main(["requests", str(requests), "--out", str(out)]) == 0
    assert [row["status"] for row in _receipts(out)][2:] == ["served", "already-served"]
    assert (out / "R1.txt").read_bytes() == outside.read_bytes()


# --- requests files with mistakes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('id,format,language\nR1,text,en\nR2,"te"xt,en\nR3,text,en\n', 3, "malformed CSV: ',' expected after '\"'"),
        ('id,format,language,note\nR1,text,en,"two\nlines"\nR2,"te"xt,en\n', 4, "malformed CSV: ',' expected after '\"'"),
        (
            'id,format,language\nR1,text,en\nR2,text,en\nR3,"text,en\nR4,text,en\n',
            4,
            'malformed CSV: a quoted value that starts on this line is never closed (a " is missing)',
        ),
        ('id,format,language\r\nR1,text,en\r\nR2,"te"xt,en\r\n', 3, "malformed CSV: ',' expected after '\"'"),
    ],
)
def test_a_quote_error_is_reported_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, line: int, message: str
) -> None:
    requests = tmp_path / "requests.csv"
    requests.write_bytes(text.encode("utf-8"))
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"focusreport: {requests}:{line}: {message}\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_requests_file_that_is_not_utf8_is_reported_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    requests = tmp_path / "requests.csv"
    requests.write_bytes(newline.join(["id,format,language,note", "R1,text,en,", "R2,text,cy,Chloé by post", ""]).encode("cp1252"))
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == (
        f"focusreport: {requests}:3: not UTF-8 text: byte 0xe9 in column 16 cannot be read; save the file as CSV UTF-8\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_requests_file_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["requests", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"focusreport: {tmp_path}: this is a folder, not a requests file\n"


def test_json_lines_are_counted_by_line_breaks_alone(tmp_path: Path) -> None:
    requests = _write(
        tmp_path / "requests.jsonl",
        '{"id": "J1", "format": "text", "language": "en", "note": "a\u2028b\u0085c"}\n{"id": "J2", "format": "text"}\n',
    )
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    rows = _receipts(tmp_path / "out")
    assert rows[0]["note"] == "a\u2028b\u0085c"
    assert rows[1]["reason"] == "line 2: language is missing"
