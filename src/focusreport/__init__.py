"""focusreport: a council's performance report in accessible formats, in any language it declares.

Load a content folder into a :class:`Report` for one language, then render it with
any installed writer::

    import focusreport
    report = focusreport.load(focusreport.bundled_content_dir(), "cy")
    data = focusreport.render_format(report, "text")

Writers never see the report itself: the core turns it into an outline
(:mod:`focusreport.outline`, made by :func:`make_outline`) that every writer visits.

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
    Level,
    Picture,
    Rating,
    Report,
    Scale,
)
from focusreport.resources import bundled_content_dir
from focusreport.writers import BrokenWriter, Option, Registry, Writer, WriterInput, discover

if TYPE_CHECKING:
    from focusreport.api import build, check, load, make_outline, render_format, write_format
    from focusreport.builder import Output
    from focusreport.content import Content, read_content
    from focusreport.outline import Outline
    from focusreport.output import OutputError
    from focusreport.strings import Strings

_LAZY = {
    "build": "focusreport.api",
    "check": "focusreport.api",
    "load": "focusreport.api",
    "render_format": "focusreport.api",
    "write_format": "focusreport.api",
    "Output": "focusreport.builder",
    "make_outline": "focusreport.api",
    "Outline": "focusreport.outline",
    "OutputError": "focusreport.output",
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
    "Level",
    "Option",
    "Outline",
    "Output",
    "OutputError",
    "Picture",
    "Problem",
    "Rating",
    "Registry",
    "Report",
    "Scale",
    "Strings",
    "UsageError",
    "Writer",
    "WriterError",
    "WriterInput",
    "build",
    "bundled_content_dir",
    "check",
    "discover",
    "load",
    "make_outline",
    "read_content",
    "render_format",
    "write_format",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'focusreport' has no attribute {name!r}")
