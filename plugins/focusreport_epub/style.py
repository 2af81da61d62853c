"""The book's stylesheet: spacing and structure only, so the reader's own fonts and colours win.

No font family, font size or text colour is set: text keeps the reading system's
fonts, sizes and colour scheme (light, dark, sepia), so its contrast is the reader's
own choice. Colour appears only as a bar beside a rating that is already written in
words; each bar contrasts at least 3:1 with both a white and a black page.
"""

from __future__ import annotations

from focusreport import Rating

# Each at least 3:1 against white (#fff) and against black (#000); tests measure it.
RATING_COLOURS = {
    Rating.GREEN: "#1b7a3a",
    Rating.AMBER: "#c27c0e",
    Rating.RED: "#b91c1c",
}

FILE_NAME = "style/report.css"

_BASE = """\
body { margin: 0 1em; line-height: 1.5; }
h1, h2 { line-height: 1.25; }
p, li, dd { max-width: 40em; }
table { border-collapse: collapse; margin: 1em 0; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.5em; }
th, td { border: 1px solid; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
ul.ratings { list-style: none; padding-left: 0; }
ul.ratings li { margin-bottom: 0.5em; }
.rating { border-left: 0.75em solid; padding-left: 0.5em; }
dt { font-weight: bold; margin-top: 0.5em; }
img.picture { height: 3em; width: auto; vertical-align: middle; margin-right: 0.5em; }
figure { margin: 0.5em 0; }
figure img.picture { height: 6em; }
"""


def stylesheet() -> str:
    """The CSS of every page."""
    bars = "".join(f".rating-{rating.value} {{ border-left-color: {colour}; }}\n" for rating, colour in RATING_COLOURS.items())
    return _BASE + bars
