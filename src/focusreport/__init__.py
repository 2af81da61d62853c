"""focusreport: a council's performance report in accessible formats, in English and Welsh.

Load a content folder into a :class:`Report` for one language, then render it with
any installed writer::

    import focusreport
    report = focusreport.load(focusreport.bundled_content_dir(), focusreport.Language.CY)
    data = focusreport.render_format(report, "text")

The names below are the stable API. Loading content and rendering are imported on
first use, so that ``focusreport formats`` and ``--help`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from focusreport.errors import ContentError, FocusreportError, Problem, UsageError, WriterError
from focusreport.languages import Language
from focusreport.model import (
    Credit,
    HardWord,
    Item,
    Objective,
    Picture,
    Priority,
    Rating,
    RatingMeaning,
    Report,
    Section,
    Theme,
)
from focusreport.resources import bundled_content_dir
from focusreport.writers import BrokenWriter, Option, Registry, Writer, WriterInput, discover

if TYPE_CHECKING:
    from focusreport.api import build, check, load, render_format, write_format
    from focusreport.builder import Output
    from focusreport.content import Content, read_content
    from focusreport.strings import Strings

_LAZY = {
    "build": "focusreport.api",
    "check": "focusreport.api",
    "load": "focusreport.api",
    "render_format": "focusreport.api",
    "write_format": "focusreport.api",
    "Output": "focusreport.builder",
    "Content": "focusreport.content",
    "read_content": "focusreport.content",
    "Strings": "focusreport.strings",
}

__all__ = [
    "BrokenWriter",
    "Content",
    "ContentError",
    "Credit",
    "FocusreportError",
    "HardWord",
    "Item",
    "Language",
    "Objective",
    "Option",
    "Output",
    "Picture",
    "Priority",
    "Problem",
    "Rating",
    "RatingMeaning",
    "Registry",
    "Report",
    "Section",
    "Strings",
    "Theme",
    "UsageError",
    "Writer",
    "WriterError",
    "WriterInput",
    "build",
    "bundled_content_dir",
    "check",
    "discover",
    "load",
    "read_content",
    "render_format",
    "write_format",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'focusreport' has no attribute {name!r}")
