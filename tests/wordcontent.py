"""A copy of the bundled content with pictures, credits, rating pictures and hard words added.

The Word tests build from it so that pictures, alt text, credits and the hard-words
list are exercised whatever the bundled content holds. The PNG files are made here,
with zlib and struct; every picture's alt text is a Fluent message in both languages.
"""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import yaml

from focusreport import bundled_content_dir

# picture id -> (colour, English alt text, Welsh alt text)
PICTURES = {
    "test-light-green": ((0, 128, 0), "A green traffic light", "Golau traffig gwyrdd"),
    "test-light-amber": ((255, 170, 0), "An amber traffic light", "Golau traffig oren"),
    "test-light-red": ((200, 0, 0), "A red traffic light", "Golau traffig coch"),
    "test-town-hall": ((40, 60, 120), "The town hall in Wrexham", "Neuadd y dref yn Wrecsam"),
    "test-plan": ((90, 90, 90), "A plan with a tick on it", "Cynllun gyda thic arno"),
    "test-report": ((10, 100, 140), "A report with a bar chart", "Adroddiad gyda siart bar"),
    "test-money": ((220, 180, 0), "Coins and a bank note", "Darnau arian a phapur arian"),
    "test-people": ((150, 40, 150), "A group of people smiling", "Grŵp o bobl yn gwenu"),
    "test-houses": ((120, 70, 20), "A row of houses", "Rhes o dai"),
    "test-computer": ((0, 0, 0), "A computer screen", "Sgrin cyfrifiadur"),
    "test-glossary": ((60, 160, 60), "A book with a question mark", "Llyfr gyda marc cwestiwn"),
}
CREDIT = ("test-credit", "Pictures made for the tests, CC BY 4.0.", "Lluniau wedi'u gwneud ar gyfer y profion, CC BY 4.0.")
# hard word id -> (English word, explanation, Welsh word, explanation)
HARD_WORDS = {
    "test-word-council-plan": (
        "Council Plan",
        "The Council Plan says what the council wants to do.",
        "Cynllun y Cyngor",
        "Mae Cynllun y Cyngor yn dweud beth mae'r cyngor eisiau ei wneud.",
    ),
}


def png(colour: tuple[int, int, int], size: int = 32) -> bytes:
    """A valid ``size`` x ``size`` PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(colour) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b"")


def _parts(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every part of the structure, groups' parts included, in reading order."""
    found: list[dict[str, Any]] = []
    for part in data["parts"]:
        found.append(part)
        if part["kind"] == "group":
            found += _parts(part)
    return found


def _part(data: dict[str, Any], kind: str, part_id: str | None = None) -> dict[str, Any]:
    return next(part for part in _parts(data) if part["kind"] == kind and (part_id is None or part.get("id") == part_id))


def make_picture_content(folder: Path) -> Path:
    """Copy the bundled content into ``folder`` and add pictures, a credit and hard words."""
    shutil.copytree(bundled_content_dir(), folder)
    (folder / "pictures").mkdir(exist_ok=True)
    structure = folder / "report.yaml"
    data: dict[str, Any] = yaml.safe_load(structure.read_text(encoding="utf-8"))
    english = ["", "## Added by the Word tests"]
    welsh = ["", "## Ychwanegwyd gan brofion Word"]
    pictures = data.setdefault("pictures", [])
    for picture_id, (colour, alt_en, alt_cy) in PICTURES.items():
        (folder / "pictures" / f"{picture_id}.png").write_bytes(png(colour))
        pictures.append({"id": picture_id, "file": f"pictures/{picture_id}.png", "credit": CREDIT[0]})
        english.append(f"{picture_id} = {alt_en}")
        welsh.append(f"{picture_id} = {alt_cy}")
    data.setdefault("credits", []).append(CREDIT[0])
    english.append(f"{CREDIT[0]} = {CREDIT[1]}")
    welsh.append(f"{CREDIT[0]} = {CREDIT[2]}")
    data["scales"][0]["levels"] = [{"id": level, "picture": f"test-light-{level}"} for level in ("green", "amber", "red")]
    sections = [part for part in data["parts"] if part["kind"] == "section"]
    for section, picture in zip(sections, ("test-town-hall", "test-plan", "test-report"), strict=True):
        section["picture"] = picture
    themes = _part(data, "themes")["themes"]
    for theme, picture in zip(themes, ("test-money", "test-people", "test-houses", "test-computer"), strict=True):
        theme["picture"] = picture
    _part(data, "rated-list", "priorities-heading")["items"][0]["picture"] = "test-money"
    principles = _part(data, "principles")["items"]
    principles[0]["picture"] = "test-people"
    # A first row without a picture shows its heading's; a row without one keeps an empty picture cell.
    sections[0]["paragraphs"][0].pop("picture", None)
    themes[0]["lists"][0]["items"][0].pop("picture", None)
    principles[1].pop("picture", None)
    glossary = _part(data, "glossary")["words"]
    for word_id, (word_en, explanation_en, word_cy, explanation_cy) in HARD_WORDS.items():
        glossary.append({"id": word_id, "picture": "test-glossary"})
        english += [f"{word_id} = {word_en}", f"    .explanation = {explanation_en}"]
        welsh += [f"{word_id} = {word_cy}", f"    .explanation = {explanation_cy}"]
    structure.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, lines in (("en-GB.ftl", english), ("cy.ftl", welsh)):
        with (folder / name).open("a", encoding="utf-8") as stream:
            stream.write("\n".join(lines) + "\n")
    return folder


SHAPES_STRUCTURE = """
id: shapes-2024-25
published: "2025-06-30"
period: {start: "2024-04-01", end: "2025-03-31"}
languages: [en-GB]
currency: GBP

scales:
  - id: performance
    levels:
      - {id: good, picture: shape-good}
      - {id: poor, picture: shape-poor}
  - id: phase
    levels:
      - {id: embedded, picture: shape-embedded}
      - {id: starting, picture: shape-starting}

parts:
  - kind: section
    id: about
    paragraphs:
      - {id: about-report}
      - {id: about-scales}
  - kind: group
    id: how-we-did
    parts:
      - kind: group
        id: in-detail
        parts:
          - kind: legend
          - kind: rated-list
            id: sub-themes
            scales: [performance, phase]
            items:
              - {id: sub-theme-homes, ratings: {performance: good, phase: starting}, picture: shape-homes}
              - {id: sub-theme-parks, ratings: {performance: poor, phase: embedded}}
      - kind: indicators
        id: measures
        scale: performance
        indicators:
          - {id: measure-homes, unit: number, previous: "1200", current: "1350", target: "1300", status: good, trend: improving}
          - {id: measure-rent, unit: money, current: "85.50", status: poor}
  - kind: quotes
    id: voices
    quotes:
      - {id: quote-tenant, picture: shape-homes}
      - {id: quote-walker}
  - kind: list
    id: next-steps
    items:
      - {id: next-homes, picture: shape-homes}
      - {id: next-parks}
  - kind: glossary
    words:
      - {id: hard-word-tenant, picture: shape-homes}
  - kind: contact
    contact:
      phone: "01632 960000"
      email: hello@shapes.example.org
  - kind: credits

pictures:
  - {id: shape-good, file: pictures/shape-good.png, credit: shape-credit}
  - {id: shape-poor, file: pictures/shape-poor.png, credit: shape-credit}
  - {id: shape-homes, file: pictures/shape-homes.png, credit: shape-credit}
  - {id: shape-embedded, file: pictures/shape-embedded.png, credit: shape-credit}
  - {id: shape-starting, file: pictures/shape-starting.png, credit: shape-credit}
credits: [shape-credit]
"""

SHAPES_WORDS = """
report-title = Shapes
report-subtitle = A report of every shape
council-name = Shapes Town Council
report-period = April 2024 to March 2025

about = About this report
about-report = This report has a part for every shape a report can take.
    .easy = This report shows every kind of part.
about-scales = Each sub-theme is judged on two scales.
    .easy = We judge each part of our work in 2 ways.

performance = Performance
performance-good = Good
    .meaning = It works well.
    .easy = It is going well.
performance-poor = Poor
    .meaning = It does not work well yet.
    .easy = It is not going well yet.
phase = Phase
phase-embedded = Embedded
    .meaning = It is part of how we work.
    .easy = We always do it now.
phase-starting = Starting
    .meaning = We have only just begun.
    .easy = We have just started.

how-we-did = How we did
in-detail = In detail
sub-themes = Sub-themes
    .caption = Sub-themes and how they did on both scales
    .column = Sub-theme
sub-theme-homes = Homes for families
    .easy = More homes for families.
sub-theme-parks = Parks and open spaces
    .easy = Better parks.

measures = Measures
    .caption = Measures of homes and rent
    .previous = 2023 to 2024
    .current = 2024 to 2025
measure-homes = Homes let to families
    .easy = Homes we let to families.
measure-rent = Average weekly rent
    .easy = Rent for 1 week.

voices = What people said
quote-tenant = Our new home is warm and dry.
    .source = A tenant in Shapes
quote-walker = The paths in the park are better.
    .source = A dog walker

next-steps = What we will do next
next-homes = Build 40 more homes.
    .easy = Build 40 more homes for tenants.
next-parks = Plant trees in every park.

hard-word-tenant = tenant
    .explanation = A person who pays rent to live in a home.

shape-good = A thumb pointing up
shape-poor = A thumb pointing down
shape-homes = A row of houses
shape-embedded = A tree with deep roots
shape-starting = A seed in the ground
shape-credit = Pictures made for the tests, CC BY 4.0.
"""


def make_shapes_content(folder: Path) -> Path:
    """A small report in English only with the shapes the bundled one lacks: a table rated on two
    scales, an indicator table, quotes, a legend of two scales inside groups nested to level 4,
    a section without pictures, a list and a contact part without pictures."""
    (folder / "pictures").mkdir(parents=True)
    colours = {
        "shape-good": (0, 110, 60),
        "shape-poor": (180, 20, 30),
        "shape-homes": (120, 70, 20),
        "shape-embedded": (30, 90, 30),
        "shape-starting": (150, 110, 40),
    }
    for name, colour in colours.items():
        (folder / "pictures" / f"{name}.png").write_bytes(png(colour))
    (folder / "report.yaml").write_text(SHAPES_STRUCTURE, encoding="utf-8")
    (folder / "en-GB.ftl").write_text(SHAPES_WORDS, encoding="utf-8")
    return folder
