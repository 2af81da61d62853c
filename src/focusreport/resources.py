"""Where the library's own strings and the bundled report live.

In a source checkout they sit at the top of the project (``locales/``, ``content/``);
an installed wheel carries the same folders as ``focusreport/_data/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_data", _PACKAGE.parent.parent)

BUNDLED_REPORT = "wrexham-2019-20"


def _data_root() -> Path:
    for root in _CANDIDATES:
        if (root / "locales").is_dir():
            return root
    raise FileNotFoundError(f"focusreport's locales/ folder is missing (looked in {', '.join(map(str, _CANDIDATES))})")


def locales_dir() -> Path:
    """The folder holding ``en-GB/`` and ``cy/``, the library's own strings."""
    return _data_root() / "locales"


def bundled_content_dir() -> Path:
    """The content folder of the bundled report, the default for every command."""
    return _data_root() / "content" / BUNDLED_REPORT
