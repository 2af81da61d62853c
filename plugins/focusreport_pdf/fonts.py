"""The one font family of every PDF: DejaVu Sans, from Debian's ``fonts-dejavu-core``.

A sans serif drawn for the screen and for small print, whose letters that are easy
to mix up (I, l, 1; 0, O) differ, and which covers Welsh (ŵ, ŷ), Polish and Arabic,
so that a report in any of the languages being added needs no other font. The files
are embedded (subset) in each PDF; the search never falls back to a font of the
machine, so two machines give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from focusreport.errors import WriterError

FAMILY = "DejaVu Sans"
FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FILES = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}


@attrs.frozen
class Face:
    """One face of the family: its weight in CSS and its file."""

    weight: str
    path: Path


def faces() -> tuple[Face, ...]:
    """The regular and bold faces, or an error saying which package to install."""
    found = []
    for weight, name in FILES.items():
        path = next((folder / name for folder in FOLDERS if (folder / name).is_file()), None)
        if path is None:
            raise WriterError(
                f"the PDF writers need the font {name} (Debian package fonts-dejavu-core); looked in {', '.join(map(str, FOLDERS))}"
            )
        found.append(Face(weight, path))
    return tuple(found)


def font_faces() -> str:
    """The ``@font-face`` rules of the family, for the print style sheet."""
    return "".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {face.weight}; font-style: normal; src: url("{face.path.as_uri()}"); }}\n'
        for face in faces()
    )
