"""Progress while serving requests: a bar on a terminal, plain lines for a log otherwise.

Neither shows a request's note: notes may hold personal details and belong in the
receipts alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from focusreport.serving import REJECTED, Receipt

_WIDTH = 30


class Progress:
    """Reports each receipt as it is made, and a summary at the end."""

    def __init__(self, total: int, terminal: TextIO, log: TextIO) -> None:
        self.total = total
        self.done = 0
        self.terminal = terminal
        self.log = log
        self.interactive = terminal.isatty()

    def update(self, receipt: Receipt) -> None:
        self.done += 1
        where = receipt.file or receipt.reason
        if self.interactive:
            if receipt.status == REJECTED:
                self.terminal.write(f"\r\x1b[K{receipt.status}\t{receipt.id}\t{where}\n")
            filled = _WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (_WIDTH - filled)
            self.terminal.write(f"\r[{bar}] {self.done}/{self.total} {receipt.id[:30]}")
            self.terminal.flush()
        else:
            self.log.write(f"{receipt.status}\t{receipt.id}\t{where}\n")
            self.log.flush()

    def finish(self, receipts: Sequence[Receipt], receipts_file: Path) -> None:
        counts = Counter(receipt.status for receipt in receipts)
        summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items())) or "no requests"
        if self.interactive:
            self.terminal.write("\r\x1b[K")
        self.terminal.write(f"{summary}; receipts in {receipts_file}\n")
        self.terminal.flush()
