"""The book's stylesheet: spacing and structure only, so the reader's own fonts and colours win.

No font family, font size or text colour is set: text keeps the reading system's
fonts, sizes and colour scheme (light, dark, sepia), so its contrast is the reader's
own choice. Colour appears only as a bar beside a rating that is already written in
words, in the colour the report gives the rating's level (the content check holds
each to 4.5:1 against white); the bar is an extra, never the only sign of a rating.
Words with a picture are indented by the picture's width and the picture floats
into that space, so every line of the words stays beside it rather than wrapping
under it.
"""

from __future__ import annotations

from collections.abc import Iterable

from focusreport_epub.blocks import colour_class

FILE_NAME = "style/report.css"

_BASE = """\
body { margin: 0 1em; line-height: 1.5; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
p, li, dd, blockquote { max-width: 40em; }
table { border-collapse: collapse; margin: 1em 0; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.5em; }
th, td { border: 1px solid; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
li { margin-bottom: 0.25em; }
.ratings { list-style: none; padding-left: 0; }
.ratings li { margin-bottom: 0.5em; }
ul.contact { list-style: none; padding-left: 0; }
.rating { border-left: 0.75em solid; padding-left: 0.5em; }
dt { font-weight: bold; margin-top: 0.5em; }
img.picture { height: 3em; width: auto; float: left; margin: 0.25em 0.75em 0.25em 0; }
.with-picture { padding-left: 3.75em; }
.with-picture > img.picture { width: 3em; height: auto; margin-left: -3.75em; }
.rating.with-picture { padding-left: 4.25em; }
.rating.with-picture > img.picture { margin-left: -3.75em; }
p::after, li::after, dd::after, th::after, td::after { content: ""; display: block; clear: left; }
figure { margin: 0.5em 0; }
figure img.picture { height: 6em; float: none; }
figure.quote { margin: 1em 0; }
figure.quote img.picture { height: 3em; float: left; }
blockquote { margin: 0 0 0 1em; }
figcaption { margin-left: 2em; }
"""


def stylesheet(colours: Iterable[str]) -> str:
    """The CSS of every page, with a bar colour for each rating colour the book shows (``#rrggbb``)."""
    bars = "".join(f".{colour_class(colour)} {{ border-left-color: {colour.lower()}; }}\n" for colour in colours)
    return _BASE + bars
