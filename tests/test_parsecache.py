"""The cache of parsed Fluent files: the parser's answer every time, whatever state the cache is in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fluent.syntax import FluentParser

from focusreport import parsecache
from focusreport.strings import Strings

TEXT = "# A comment\nhello = Hello, { $name }!\n    .title = Greeting\nbad = { unclosed\nitems = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsecache.ENVIRONMENT, str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted((folder / "fluent").glob("*")) if (folder / "fluent").is_dir() else []


@pytest.mark.parametrize("with_spans", [True, False])
def test_the_cached_parse_is_the_parsers_own(cache: Path, with_spans: bool) -> None:
    expected = FluentParser(with_spans=with_spans).parse(TEXT)
    first = parsecache.parse(TEXT, with_spans)
    assert len(entries(cache)) == 1
    second = parsecache.parse(TEXT, with_spans)
    assert first.equals(expected) and second.equals(expected)
    assert second is not first


def test_an_entry_is_read_back_instead_of_parsing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parsecache.parse(TEXT, True)

    def refuse(self: FluentParser, text: str) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(FluentParser, "parse", refuse)
    assert parsecache.parse(TEXT, True).equals(expected)


def test_spans_and_texts_each_have_their_own_entry(cache: Path) -> None:
    parsecache.parse(TEXT, True)
    parsecache.parse(TEXT, False)
    parsecache.parse(TEXT + "more = words\n", True)
    assert len(entries(cache)) == 3


def test_another_fluent_syntax_version_uses_another_entry(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsecache.parse(TEXT, True)
    monkeypatch.setattr(parsecache, "_identity", None)
    monkeypatch.setattr(parsecache, "version", lambda name: "99.0" if name == "fluent.syntax" else "0.1.0")
    parsecache.parse(TEXT, True)
    assert len(entries(cache)) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01.", b"\x80\x05\x95\xff\xff\xff"])
def test_a_damaged_entry_is_ignored_and_written_again(cache: Path, damage: bytes) -> None:
    expected = parsecache.parse(TEXT, True)
    [entry] = entries(cache)
    entry.write_bytes(damage)
    assert parsecache.parse(TEXT, True).equals(expected)
    assert entry.read_bytes() != damage
    assert parsecache.parse(TEXT, True).equals(expected)


def test_a_folder_that_cannot_be_made_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    monkeypatch.setenv(parsecache.ENVIRONMENT, str(blocked / "cache"))
    assert parsecache.parse(TEXT, True).equals(FluentParser(with_spans=True).parse(TEXT))
    assert blocked.read_text() == "in the way"


def test_entries_are_still_read_when_none_can_be_written(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parsecache.parse(TEXT, True)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(parsecache.tempfile, "mkstemp", refuse)
    assert parsecache.parse(TEXT, True).equals(expected)
    other = TEXT + "x = y\n"
    assert parsecache.parse(other, True).equals(FluentParser(with_spans=True).parse(other))
    assert len(entries(cache)) == 1


@pytest.mark.parametrize("value", ["off", "OFF", ""])
def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(parsecache.ENVIRONMENT, value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert parsecache.folder() is None
    assert parsecache.parse(TEXT, True).equals(FluentParser(with_spans=True).parse(TEXT))
    assert list(tmp_path.iterdir()) == []


def test_the_users_cache_folder_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parsecache.ENVIRONMENT)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert parsecache.folder() == tmp_path / "xdg" / "focusreport"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert parsecache.folder() == tmp_path / "home" / ".cache" / "focusreport"


def test_problems_keep_their_file_and_line_when_read_from_the_cache(cache: Path) -> None:
    text = "one = first\nbad = { unclosed\ntwo = second\none = again\n"
    path = Path("strings.en-GB.ftl")
    fresh = Strings("en-GB", [(path, text)])
    assert entries(cache)
    cached = Strings("en-GB", [(path, text)])
    expected = [(path, 2, "bad"), (path, 4, "one")]
    assert [(problem.file, problem.line, problem.field) for problem in fresh.problems] == expected
    assert [(problem.file, problem.line, problem.field) for problem in cached.problems] == expected
    assert cached.sources["two"].line == 3


def test_runs_at_the_same_time_share_the_folder_safely(cache: Path) -> None:
    texts = [TEXT + f"extra-{number} = words {number}\n" for number in range(20)]
    script = (
        "import sys\n"
        "from fluent.syntax import FluentParser\n"
        "from focusreport import parsecache\n"
        f"texts = {texts!r}\n"
        "for text in texts * 3:\n"
        "    assert parsecache.parse(text, True).equals(FluentParser(with_spans=True).parse(text))\n"
    )
    environment = {**os.environ, parsecache.ENVIRONMENT: str(cache)}
    runs = [subprocess.Popen([sys.executable, "-c", script], env=environment) for _ in range(4)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0, 0]
    assert len(entries(cache)) == len(texts)
    assert all(entry.suffix == ".pickle" for entry in entries(cache))
