"""Make content text literal in CommonMark and GitHub Flavored Markdown.

Content is words, never markup: an asterisk, an underscore, a ``<script>`` tag or a
pipe in a council's text must reach the reader as written. Characters that can start
markup anywhere are backslash-escaped; characters that only matter at the start of a
block (``#``, ``>``, ``-``, ``+``, ``=``, ``1.``) are escaped there. Everything else is
left alone so that the Markdown stays readable as plain text.
"""

from __future__ import annotations

import re

# Markup anywhere in a line: emphasis, code, links, HTML, tables, strikethrough,
# math (GitHub), headings' closing sequences and the escape character itself.
_ANYWHERE = re.compile(r"([\\`*_\[\]<>|~$#])")
# An entity reference such as &amp; or &#42; would be decoded: escape its ampersand.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# An emoji short code such as :smile: (GitHub, pandoc's gfm): escape its first colon.
_EMOJI = re.compile(r":(?=[0-9A-Za-z_+-]+:)")
# What starts a block when it opens a line: a quote, a bullet, a setext underline, a number.
_BLOCK_START = re.compile(r"^([>+=-])|^(\d{1,9})([.)])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def escape(text: str) -> str:
    """``text`` as Markdown that reads back as exactly ``text`` (on one line)."""
    line = _LINE_BREAKS.sub(" ", text).strip()
    line = _ANYWHERE.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _EMOJI.sub(r"\\:", line)
    return _BLOCK_START.sub(_escape_block_start, line)


def _escape_block_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def yaml_scalar(text: str) -> str:
    """``text`` as a single-quoted YAML scalar: no escapes inside, a quote is doubled."""
    return "'" + text.replace("'", "''") + "'"
