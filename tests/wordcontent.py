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
    data["ratings"] = [{"rating": rating, "picture": f"test-light-{rating}"} for rating in ("green", "amber", "red")]
    for section, picture in zip(data["introduction"], ("test-town-hall", "test-plan", "test-report"), strict=True):
        section["picture"] = picture
    for theme, picture in zip(data["themes"], ("test-money", "test-people", "test-houses", "test-computer"), strict=True):
        theme["picture"] = picture
    data["priorities"][0]["picture"] = "test-money"
    data["principles"][0]["picture"] = "test-people"
    # A first row without a picture shows its heading's; a row without one keeps an empty picture cell.
    data["introduction"][0]["paragraphs"][0].pop("picture", None)
    data["themes"][0]["aims"][0].pop("picture", None)
    data["principles"][1].pop("picture", None)
    glossary = data.setdefault("glossary", [])
    for word_id, (word_en, explanation_en, word_cy, explanation_cy) in HARD_WORDS.items():
        glossary.append({"id": word_id, "picture": "test-glossary"})
        english += [f"{word_id} = {word_en}", f"    .explanation = {explanation_en}"]
        welsh += [f"{word_id} = {word_cy}", f"    .explanation = {explanation_cy}"]
    structure.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, lines in (("en-GB.ftl", english), ("cy.ftl", welsh)):
        with (folder / name).open("a", encoding="utf-8") as stream:
            stream.write("\n".join(lines) + "\n")
    return folder
