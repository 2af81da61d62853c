"""Output that cannot be written, and runs that are stopped: clear messages, whole files, a receipt for every request.

The faults are real: a file where the folder should be, /proc and /sys, a name longer
than the disk allows, a read-only disk, a file-size limit (``RLIMIT_FSIZE``, so that a
write fails with EFBIG), a small full disk where one can be mounted, and real signals.
"""

from __future__ import annotations

import csv
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from external import in_ci
from focusreport.cli import main

SCRIPT = Path(sys.executable).with_name("focusreport")
EN, CY = "wrexham-2019-20.text.en.txt", "wrexham-2019-20.text.cy.txt"
RECEIPTS_HEADER = "id,format,language,file,size,sha256,status,reason,note,time\n"

# Runs the command in a fresh process, after setting a file-size limit and arranging for a
# signal to arrive while the n-th temporary file is being written (just before it is synced).
HARNESS = """
import json, os, resource, signal, sys
settings = json.loads(sys.argv[1])
if settings["limit"] is not None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (settings["limit"], settings["limit"]))
if settings["signal"] is not None:
    # as in a terminal session, whatever the test runner was started with (nohup ignores SIGHUP)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    real_fsync, seen = os.fsync, []
    def fsync(fd):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            seen.append(fd)
            if len(seen) == settings["at"]:
                os.kill(os.getpid(), settings["signal"])
        real_fsync(fd)
    os.fsync = fsync
from focusreport.cli import run
sys.argv = ["focusreport", *settings["arguments"]]
run()
"""


def _run(
    arguments: Sequence[str], cwd: Path, *, limit: int | None = None, stop: int | None = None, at: int = 1
) -> subprocess.CompletedProcess[str]:
    import json

    settings = json.dumps({"arguments": list(arguments), "limit": limit, "signal": stop, "at": at})
    return subprocess.run([sys.executable, "-c", HARNESS, settings], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


def _receipts(folder: Path) -> list[dict[str, str]]:
    with open(folder / "receipts.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _hidden(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") and path.name != ".focusreport.lock")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The bundled report as text and HTML, built by an ordinary run into a folder of its own."""
    folder = tmp_path_factory.mktemp("reference")
    assert main(["build", "--format", "text", "--format", "html", "--out", str(folder)]) == 0
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _requests(path: Path, rows: Sequence[tuple[str, str, str]]) -> Path:
    path.write_text("id,format,language\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows), encoding="utf-8")
    return path


# --- the output folder ---------------------------------------------------------------------------


def _commands(out: str) -> list[list[str]]:
    return [
        ["build", "--format", "text", "--out", out],
        ["request", "--format", "text", "--lang", "en", "--id", "R1", "--out", out],
    ]


@pytest.mark.parametrize("command", [0, 1])
def test_an_out_that_is_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: int) -> None:
    afile = tmp_path / "served"
    afile.write_text("keep me", encoding="utf-8")
    assert main(_commands(str(afile))[command]) == 3
    assert capsys.readouterr().err == f"focusreport: error: cannot write into {afile}: it is a file, not a folder\n"
    assert afile.read_text(encoding="utf-8") == "keep me"
    assert main(_commands(str(afile / "inside"))[command]) == 3
    assert capsys.readouterr().err == f"focusreport: error: cannot write into {afile / 'inside'}: {afile} is a file, not a folder\n"


def test_requests_into_a_file_are_refused_before_anything_is_served(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afile = tmp_path / "served"
    afile.write_text("", encoding="utf-8")
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en")])
    assert main(["requests", str(requests), "--out", str(afile)]) == 3
    captured = capsys.readouterr()
    assert captured.err == f"focusreport: error: cannot write into {afile}: it is a file, not a folder\n" and captured.out == ""
    assert sorted(path.name for path in tmp_path.iterdir()) == ["served", "today.csv"]


def test_the_api_raises_an_output_error_that_is_also_an_os_error(tmp_path: Path) -> None:
    import focusreport
    from focusreport.output import OutputError

    afile = tmp_path / "out"
    afile.write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="it is a file, not a folder") as caught:
        focusreport.build(focusreport.bundled_content_dir(), afile, formats=["text"])
    assert isinstance(caught.value, OSError) and isinstance(caught.value, focusreport.FocusreportError)


@pytest.mark.parametrize("command", [0, 1])
def test_an_out_under_proc_is_refused(capsys: pytest.CaptureFixture[str], command: int) -> None:
    out = Path("/proc/focusreport-test-out")
    assert main(_commands(str(out))[command]) == 3
    _assert_system_folder(capsys.readouterr().err, out, "/proc")
    assert not out.exists()


def test_an_out_under_sys_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    out = Path("/sys/focusreport-test-out")
    assert main(_commands(str(out))[0]) == 3
    _assert_system_folder(capsys.readouterr().err, out, "/sys")
    assert not out.exists()


def _assert_system_folder(error: str, out: Path, top: str) -> None:
    """Refused up front where the folder is plainly not writable, or when creating it fails (as root)."""
    reason = f"{top} is part of the running system (as /proc and /sys are), not a place for files\n"
    assert error in {
        f"focusreport: error: cannot write into {out}: {reason}",
        f"focusreport: error: cannot create the folder {out}: {reason}",
    }


def test_an_out_with_a_300_character_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / ("a" * 300)
    assert main(_commands(str(out))[0]) == 3
    error = capsys.readouterr().err
    assert error.endswith(f": the name {'a' * 20}… has 300 characters; a name can have at most 255\n")
    assert error.startswith("focusreport: error: cannot write into ") and "Traceback" not in error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("empty", ["", " "])
def test_an_empty_out_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], empty: str
) -> None:
    monkeypatch.chdir(tmp_path)
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en")])
    for command in [*_commands(empty), ["requests", str(requests), "--out", empty]]:
        assert main(command) == 2
        error = capsys.readouterr().err
        assert error == "focusreport: error: argument --out/-o: the folder name is empty; to write into the current folder, give --out .\n"
    assert [path.name for path in tmp_path.iterdir()] == ["today.csv"]


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[tuple[Path, list[str], str]]:
    """A folder that cannot be written into, the command prefix that makes it so, and the reason a run gives.

    As root, permissions do not stop a write: the folder is mounted read-only in a mount
    namespace of the command's own. Otherwise the folder's write permission is taken away.
    """
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "earlier.txt").write_text("earlier", encoding="utf-8")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder, [], f"no permission to write in {folder}"
        folder.chmod(0o755)
        return
    if shutil.which("unshare") is None:
        _cannot("needs unshare(1) to make a read-only folder as root")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    prefix = ["unshare", "--mount", "sh", "-c", script, str(folder)]
    probe = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True, text=True, check=False)
    if "Read-only file system" not in probe.stderr:
        _cannot(f"cannot mount a read-only folder here: {probe.stderr.strip()}")
    yield folder, prefix, f"the disk holding {folder} is read-only"


def test_a_read_only_folder_is_refused(read_only: tuple[Path, list[str], str], tmp_path: Path) -> None:
    folder, prefix, reason = read_only
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en")])
    for out, command in [
        (folder, ["build", "--format", "text", "--out", str(folder)]),
        (folder / "new", ["build", "--format", "text", "--out", str(folder / "new")]),
        (folder, ["requests", str(requests), "--out", str(folder)]),
    ]:
        result = subprocess.run([*prefix, str(SCRIPT), *command], capture_output=True, text=True, check=False)
        assert (result.returncode, result.stderr) == (3, f"focusreport: error: cannot write into {out}: {reason}\n")
    assert [path.name for path in folder.iterdir()] == ["earlier.txt"]


# --- a full disk -----------------------------------------------------------------------------------


def test_a_build_that_hits_the_file_size_limit_says_so_and_leaves_whole_files(tmp_path: Path, reference: dict[str, bytes]) -> None:
    small, large = sorted([EN, CY], key=lambda name: len(reference[name]))
    limit = (len(reference[small]) + len(reference[large])) // 2
    out = tmp_path / "out"

    result = _run(["build", "--format", "text", "--out", str(out)], tmp_path, limit=limit)

    assert result.returncode == 3
    written = [EN] if small == EN else []  # English is written first
    assert result.stdout == "".join(f"{out / name}\n" for name in written)
    assert result.stderr == (
        f"focusreport: error: could not write {out / large}: the file is larger than this system allows (File too large); "
        f"{len(written)} of 2 files were written before it\n"
    )
    assert {path.name: path.read_bytes() for path in out.iterdir()} == {name: reference[name] for name in written}


def test_every_request_gets_a_receipt_when_files_cannot_be_written(tmp_path: Path, reference: dict[str, bytes]) -> None:
    small, large = sorted([EN, CY], key=lambda name: len(reference[name]))
    limit = (len(reference[small]) + len(reference[large])) // 2
    language = {EN: "en", CY: "cy"}
    rows = [("R1", "text", language[small]), ("R2", "text", language[large]), ("R3", "html", "en"), ("R4", "text", language[small])]
    sources = {"R1": small, "R2": large, "R3": "wrexham-2019-20.html.en.html", "R4": small}
    requests = _requests(tmp_path / "today.csv", rows)
    out = tmp_path / "served"

    result = _run(["requests", str(requests), "--out", str(out)], tmp_path, limit=limit)

    receipts = _receipts(out)
    assert [row["id"] for row in receipts] == ["R1", "R2", "R3", "R4"]
    assert [row["status"] for row in receipts] == ["served", "failed", "failed", "served"]
    for line, row in enumerate(receipts, start=2):
        if row["status"] == "failed":
            extension = "html" if row["format"] == "html" else "txt"
            assert (
                row["reason"]
                == f"line {line}: could not write {row['id']}.{extension}: the file is larger than this system allows (File too large)"
            )
            assert not (out / f"{row['id']}.{extension}").exists()
        else:
            assert (out / row["file"]).read_bytes() == reference[sources[row["id"]]]
    assert result.returncode == 3
    assert result.stderr.splitlines()[-1] == "focusreport: error: 2 of 4 files could not be written; their receipts say why"
    assert "Traceback" not in result.stderr and _hidden(out) == []

    again = _run(["requests", str(requests), "--out", str(out)], tmp_path)
    assert again.returncode == 0
    assert [row["status"] for row in _receipts(out)[4:]] == ["already-served", "served", "served", "already-served"]


def test_receipts_that_cannot_be_written_stop_the_run_and_say_so(tmp_path: Path, reference: dict[str, bytes]) -> None:
    out = tmp_path / "served"
    out.mkdir()
    limit = max(len(data) for name, data in reference.items() if name.endswith(".txt")) + 100
    padding = "X0,text,en,,,,rejected,an earlier row,,\n"
    earlier = RECEIPTS_HEADER + padding * ((limit - 20 - len(RECEIPTS_HEADER)) // len(padding))
    (out / "receipts.csv").write_text(earlier, encoding="utf-8")
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en"), ("R2", "text", "cy")])

    result = _run(["requests", str(requests), "--out", str(out)], tmp_path, limit=limit)

    assert result.returncode == 3
    assert result.stderr == (
        f"focusreport: error: could not write the receipt of request 1 of 2 (R1, served) to {out / 'receipts.csv'}: "
        "the file is larger than this system allows (File too large); "
        "stopped there, so requests 1 to 2 have no receipt: fix this, then run the same requests again\n"
    )
    assert (out / "receipts.csv").read_text(encoding="utf-8") == earlier
    assert not (out / "R2.txt").exists() and _hidden(out) == []


def _cannot(reason: str) -> None:
    """Skip a test the machine cannot stage; under CI (``CI=true``) that is a failure, never a skip."""
    if in_ci():
        pytest.fail(f"{reason}; CI=true, so this is a failure")
    pytest.skip(reason)


def _small_disk(folder: Path, size: int) -> list[str]:
    """The command prefix that mounts a ``size``-byte memory disk on ``folder`` for one command; skips where it cannot."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        _cannot("mounting a small disk needs root and unshare(1)")
    script = 'mount -t tmpfs -o size="$1" tmpfs "$0" && shift && exec "$@"'
    prefix = ["unshare", "--mount", "sh", "-c", script, str(folder), str(size)]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        _cannot(f"cannot mount a small disk here: {probe.stderr.strip()}")
    return prefix


def test_a_full_disk_gives_every_request_a_receipt(tmp_path: Path, reference: dict[str, bytes]) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    page = 4096
    first = -(-len(reference[EN]) // page) * page
    prefix = _small_disk(disk, first + 2 * page)  # the first file, a page of receipts, and less than any other file
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en"), ("R2", "text", "cy"), ("R3", "text", "en")])
    script = 'cd "$0" && "$@"; status=$?; cat served/receipts.csv; ls -A served; exit $status'

    result = subprocess.run(
        [*prefix, "sh", "-c", script, str(disk), str(SCRIPT), "requests", str(requests), "--out", "served"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 3, result.stderr
    receipts = list(csv.DictReader(result.stdout.splitlines()[3:7]))
    assert [(row["id"], row["status"]) for row in receipts] == [("R1", "served"), ("R2", "failed"), ("R3", "failed")]
    assert receipts[1]["reason"] == "line 3: could not write R2.txt: the disk is full (No space left on device)"
    assert result.stdout.splitlines()[7:] == [".focusreport.lock", "R1.txt", "receipts.csv"]
    assert result.stderr.splitlines()[-1] == "focusreport: error: 2 of 3 files could not be written; their receipts say why"


# --- interruptions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "name"),
    [(signal.SIGTERM, "SIGTERM"), (signal.SIGINT, "Ctrl-C"), (signal.SIGHUP, "SIGHUP (the terminal closed)")],
)
def test_a_signal_while_writing_removes_the_temporary_file_and_exits_cleanly(
    tmp_path: Path, reference: dict[str, bytes], number: int, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / CY).write_bytes(b"the version from last week")

    result = _run(["build", "--format", "text", "--out", str(out)], tmp_path, stop=number, at=2)

    assert result.returncode == 128 + number
    assert result.stderr == f"focusreport: stopped by {name}; nothing is left half-written\n"
    assert sorted(path.name for path in out.iterdir()) == sorted([EN, CY])
    assert (out / EN).read_bytes() == reference[EN]
    assert (out / CY).read_bytes() == b"the version from last week"


def test_the_next_run_removes_what_a_killed_run_left_and_nothing_else(tmp_path: Path, reference: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    killed = _run(["build", "--format", "text", "--out", str(out)], tmp_path, stop=signal.SIGKILL, at=1)
    assert killed.returncode == -signal.SIGKILL
    left = _hidden(out)
    assert len(left) == 1 and left[0].startswith(f".{EN}.focusreport-") and left[0].endswith(".part")
    an_hour_ago = time.time() - 3600
    os.utime(out / left[0], (an_hour_ago, an_hour_ago))
    not_ours = out / ".notes.txt.part"
    not_ours.write_text("someone else's", encoding="utf-8")
    os.utime(not_ours, (an_hour_ago, an_hour_ago))
    newer = out / f".{CY}.focusreport-abcd1234.part"
    newer.write_text("written after this run began", encoding="utf-8")
    os.utime(newer, (time.time() + 3600, time.time() + 3600))
    in_use = out / f".{CY}.focusreport-wxyz5678.part"
    in_use.write_text("still being written by a live run", encoding="utf-8")
    os.utime(in_use, (an_hour_ago, an_hour_ago))

    with open(in_use, "rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        assert main(["build", "--format", "text", "--out", str(out)]) == 0

    assert _hidden(out) == sorted([not_ours.name, newer.name, in_use.name])
    assert (out / EN).read_bytes() == reference[EN] and (out / CY).read_bytes() == reference[CY]


def test_requests_stopped_while_waiting_for_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "served"
    out.mkdir()
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en"), ("R2", "text", "cy")])
    lock = out / ".focusreport.lock"
    with open(lock, "a+b") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        run = subprocess.Popen(
            [str(SCRIPT), "requests", str(requests), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while not _has_open(run.pid, lock):
            assert run.poll() is None and time.monotonic() < deadline, "the run never reached the folder's lock"
            time.sleep(0.05)
        time.sleep(0.2)
        run.send_signal(signal.SIGTERM)
        stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 143
    assert stderr == (
        f"focusreport: stopped by SIGTERM after 0 of 2 requests (receipts in {out / 'receipts.csv'}); "
        "run the same requests again for the rest; nothing is left half-written\n"
    )
    assert stdout == "" and sorted(path.name for path in out.iterdir()) == [".focusreport.lock"]


def _has_open(pid: int, path: Path) -> bool:
    try:
        descriptors = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    return any(_link(descriptor) == str(path) for descriptor in descriptors)


def _link(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


def test_ctrl_c_in_a_batch_keeps_the_receipts_of_what_was_served(tmp_path: Path, reference: dict[str, bytes]) -> None:
    out = tmp_path / "served"
    requests = _requests(tmp_path / "today.csv", [("R1", "text", "en"), ("R2", "text", "cy"), ("R3", "html", "en")])

    result = _run(["requests", str(requests), "--out", str(out)], tmp_path, stop=signal.SIGINT, at=2)

    assert result.returncode == 130
    assert result.stderr == (
        f"focusreport: stopped by Ctrl-C after 1 of 3 requests (receipts in {out / 'receipts.csv'}); "
        "run the same requests again for the rest; nothing is left half-written\n"
    )
    assert result.stdout == "served\tR1\tR1.txt\n"
    assert [(row["id"], row["status"]) for row in _receipts(out)] == [("R1", "served")]
    assert sorted(path.name for path in out.iterdir()) == [".focusreport.lock", "R1.txt", "receipts.csv"]

    assert main(["requests", str(requests), "--out", str(out)]) == 0
    assert [(row["id"], row["status"]) for row in _receipts(out)] == [
        ("R1", "served"),
        ("R1", "already-served"),
        ("R2", "served"),
        ("R3", "served"),
    ]
    assert (out / "R2.txt").read_bytes() == reference[CY]
