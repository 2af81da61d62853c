"""The print style sheet: A4 pages, the page number in the document's words, text sizes.

One sheet serves all three writers; ``Look`` says what differs. Sides are logical
(start and end), so a right-to-left report mirrors itself. Colours are black and a
dark blue on white (far above 4.5:1). Large print and easy read never split a word
across lines; no text is justified.
"""

from __future__ import annotations

import re

import attrs

from focusreport.strings import Strings
from focusreport_pdf.fonts import FAMILY, font_faces

_PAGE = "\ue000"
_PAGES = "\ue001"
_PLACES = re.compile(f"([{_PAGE}{_PAGES}])")


@attrs.frozen
class Look:
    """What sets one PDF's print apart: body size in points, line spacing, whether words may be hyphenated."""

    size: int
    line_height: float
    hyphenate: bool
    margin_mm: int


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return f'"{escaped}"'


def page_number(strings: Strings) -> str:
    """The CSS ``content`` of the page number, from the ``pdf-page-number`` message with its words in the translator's order."""
    parts = []
    for piece in _PLACES.split(strings.format("pdf-page-number", page=_PAGE, pages=_PAGES)):
        if piece == _PAGE:
            parts.append("counter(page)")
        elif piece == _PAGES:
            parts.append("counter(pages)")
        elif piece:
            parts.append(css_string(piece))
    return " ".join(parts)


LANGUAGE_SEPARATOR = '" / "'
"""Between the page number's words in each language of a bilingual edition."""


def style_sheet(look: Look, strings: Strings, *others: Strings) -> str:
    """The whole sheet for ``look``, with the page numbers worded by ``strings`` (and by ``others``, in a bilingual edition)."""
    numbering = f" {LANGUAGE_SEPARATOR} ".join(page_number(words) for words in (strings, *others))
    size = look.size
    hyphens = "auto" if look.hyphenate else "manual"
    return (
        font_faces()
        + f"""
@page {{
  size: A4;
  margin: {look.margin_mm}mm {look.margin_mm}mm {look.margin_mm + 8}mm;
  @bottom-center {{
    content: {numbering};
    font-family: "{FAMILY}";
    font-size: {max(size - 2, 10)}pt;
    color: #0b0c0c;
  }}
}}
@page cover {{
  @bottom-center {{ content: none; }}
}}
html {{
  font-family: "{FAMILY}";
  font-size: {size}pt;
  line-height: {look.line_height};
  color: #0b0c0c;
  background: #ffffff;
  hyphens: {hyphens};
  text-align: start;
}}
body {{ margin: 0; }}
h1, h2, h3, h4, h5, h6 {{
  font-weight: bold;
  line-height: 1.25;
  margin: 1.2em 0 0.5em;
  break-after: avoid;
  hyphens: manual;
}}
h1 {{ font-size: {round(size * 1.75)}pt; margin-top: 0; }}
h2 {{ font-size: {round(size * 1.4)}pt; }}
h3 {{ font-size: {round(size * 1.2)}pt; }}
h4, h5, h6 {{ font-size: {round(size * 1.1)}pt; }}
p, ul, ol, table, blockquote {{ margin: 0 0 0.75em; }}
ul, ol {{ padding-inline-start: 1.5em; }}
li {{ margin-bottom: 0.35em; break-inside: avoid; }}
a {{ color: #1d4f91; text-decoration: underline; }}
strong {{ font-weight: bold; }}
.nowrap {{ white-space: nowrap; }}
img {{ display: block; }}
.lead {{ font-size: {round(size * 1.2)}pt; }}
nav ol {{ list-style: none; padding-inline-start: 0; }}
nav li {{ margin-bottom: 0.25em; }}
nav li {{ display: flow-root; }}
nav a {{ color: #0b0c0c; text-decoration: none; }}
nav a::after {{ content: target-counter(attr(href), page); float: right; padding-inline-start: 1em; }}
[dir=rtl] nav a::after {{ float: none; }}
.row {{ display: flex; align-items: center; gap: 0.75em; margin-bottom: 0.75em; break-inside: avoid; }}
.row .pictures {{ display: flex; gap: 0.4em; flex: none; }}
.row .words {{ flex: 1; }}
.row .words p {{ margin: 0 0 0.3em; }}
.picture {{ width: 3em; height: auto; }}
.headline {{ margin: 0 0 0.5em; }}
.headline img {{ width: 4em; height: auto; }}
table {{ border-collapse: collapse; width: 100%; }}
caption {{ break-after: avoid; font-weight: bold; text-align: start; margin-bottom: 0.4em; caption-side: top; }}
th, td {{ border: 1px solid #505a5f; padding: 0.3em 0.4em; vertical-align: top; text-align: start; }}
thead th {{ background: #f3f2f1; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
td .picture, th .picture {{ width: 2em; }}
.with-picture {{ display: flex; align-items: center; gap: 0.5em; }}
.with-picture .picture {{ flex: none; }}
blockquote {{ margin-inline: 1em 0; padding-inline-start: 0.75em; border-inline-start: 4px solid #505a5f; }}
.source {{ margin-inline-start: 1.75em; }}
"""
    )
