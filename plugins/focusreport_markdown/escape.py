"""Make content text literal in CommonMark and GitHub Flavored Markdown.

Content is words, never markup: an asterisk, an underscore, a ``<script>`` tag or a
pipe in a council's text must reach the reader as written. Characters that can start
markup anywhere are backslash-escaped; characters that only matter at the start of a
block (``#``, ``>``, ``-``, ``+``, ``=``, ``1.``) are escaped there. Everything else is
left alone so that the Markdown stays readable as plain text.

A block is often made of several pieces (plain words, then a bold rating name, then
more words), so the escaping comes in two steps: :func:`escape_inline` for each piece
of text wherever it stands, and :func:`escape_block_start` once for the finished
block. :func:`escape` does both for a text that is a whole block on its own.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Markup anywhere in a line: emphasis, code, links, HTML, tables, strikethrough,
# math (GitHub), headings' closing sequences and the escape character itself.
_ANYWHERE = re.compile(r"([\\`*_\[\]<>|~$#])")
# An entity reference such as &amp; or &#42; would be decoded: escape its ampersand.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# An emoji short code such as :smile: (GitHub, pandoc's gfm): escape its first colon.
_EMOJI = re.compile(r":(?=[0-9A-Za-z_+-]+:)")
# What GitHub's autolink extension would turn into a link: the colon of a web address
# ("https://"), the at sign of an email address, the dot after "www". A link made of
# the words of a link would nest one link in another.
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(?=://)|(?<=[A-Za-z0-9._+-])(?=@[A-Za-z0-9])|(?<=(?<![A-Za-z0-9])[Ww]{3})(?=\.)")
# What starts a block when it opens a line: a quote, a bullet, a setext underline, a number.
_BLOCK_START = re.compile(r"^([>+=-])|^(\d{1,9})([.)])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Characters that would end or break a link destination: spaces, brackets, angle brackets.
_DESTINATION_SAFE = ":/?#@!$&'*+,;=%~.-_"


def escape_inline(text: str) -> str:
    """``text`` as Markdown that reads back as exactly ``text`` wherever it stands in a line.

    Line breaks become single spaces (a break would end a list item or a table row);
    other spaces are kept, so that pieces can be joined.
    """
    line = _LINE_BREAKS.sub(" ", text)
    line = _ANYWHERE.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _EMOJI.sub(r"\\:", line)
    return _AUTOLINK.sub(r"\\", line)


def escape_block_start(markdown: str) -> str:
    """``markdown``, a finished block, with what would open another kind of block escaped.

    Only text can put these characters first: markup this writer makes starts with
    ``*``, ``[``, ``!`` or ``<``.
    """
    return _BLOCK_START.sub(_escape_block_start, markdown.strip())


def escape(text: str) -> str:
    """``text`` as Markdown that reads back as exactly ``text`` (on one line)."""
    return escape_block_start(escape_inline(text.strip()))


def _escape_block_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def destination(target: str) -> str:
    """``target`` (a URL or a file name) as a link destination that nothing in it can end early."""
    return quote(target, safe=_DESTINATION_SAFE)


def yaml_scalar(text: str) -> str:
    """``text`` as a single-quoted YAML scalar: no escapes inside, a quote is doubled."""
    return "'" + text.replace("'", "''") + "'"
