"""Progress while serving requests: one line per request on standard output, a bar on a terminal.

Each stream is judged by itself. Standard output gets a line for every request unless
it is the very terminal the bar is drawn on (then only rejections and failures, above the bar), so
that output redirected to a log fills the log whatever standard error is. The bar is
drawn on standard error when that is a terminal. A stream that breaks (a closed pipe, a
full disk under a log) is given up on without stopping the run: every request still
gets its receipt.

Neither shows a request's note: notes may hold personal details and belong in the
receipts alone.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from focusreport.serving import FAILED, REJECTED, Receipt

_WIDTH = 30
_CLEAR = "\r\x1b[K"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Progress:
    """Reports each receipt as it is made, and a summary at the end."""

    def __init__(self, total: int, out: TextIO, err: TextIO) -> None:
        self.total = total
        self.done = 0
        self.out = out
        self.err = err
        self.bar = _is_terminal(err)
        self.shared = self.bar and _same_terminal(out, err)
        self._broken: set[int] = set()
        self._drawn = False

    def update(self, receipt: Receipt) -> None:
        self.done += 1
        if not self.shared or receipt.status in {REJECTED, FAILED}:
            if self.shared:
                self.clear()
            self._write(self.out, f"{receipt.status}\t{_shown(receipt.id)}\t{_shown(receipt.file or receipt.reason)}\n")
        if self.bar:
            filled = _WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (_WIDTH - filled)
            self._write(self.err, f"{_CLEAR}[{bar}] {self.done}/{self.total} {_shown(receipt.id[:30])}")
            self._drawn = True

    def message(self, text: str) -> None:
        """One line on standard error, below nothing: the bar is cleared first."""
        self.clear()
        self._write(self.err, f"{text}\n")

    def finish(self, receipts: Sequence[Receipt], receipts_file: Path) -> None:
        counts = Counter(receipt.status for receipt in receipts)
        summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items())) or "no requests"
        self.message(f"{summary}; receipts in {receipts_file}")

    def clear(self) -> None:
        """Take the bar off the terminal, so that a message can take its line."""
        if self._drawn:
            self._write(self.err, _CLEAR)
            self._drawn = False

    def _write(self, stream: TextIO, text: str) -> None:
        if id(stream) in self._broken:
            return
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):
            self._broken.add(id(stream))


def _shown(text: str) -> str:
    """``text`` with control characters written as escapes: a request's id must not steer the terminal or split a line."""
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def _same_terminal(out: TextIO, err: TextIO) -> bool:
    """Whether both streams are the same terminal (a stream without a descriptor counts by ``isatty`` alone)."""
    if not _is_terminal(out):
        return False
    try:
        return os.fstat(out.fileno()).st_rdev == os.fstat(err.fileno()).st_rdev
    except (OSError, ValueError):
        return True
