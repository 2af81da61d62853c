"""Synthetic content folders N times the size of the bundled report, for growth benchmarks.

The items of each theme's lists are repeated N times; every copy gets its own
message id and its own wording (the original words followed by the copy number) in
every language, so the folder passes ``focusreport check`` like real content would.
The bundled report's pictures are kept when it has some; otherwise a few small PNGs
are generated and given to the scales' levels, the themes and every theme item, so
that writers that embed pictures do their real work.
"""

from __future__ import annotations

import copy
import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import attrs
import yaml
from fluent.syntax import FluentParser, FluentSerializer, ast

from focusreport.resources import bundled_content_dir

PICTURE_COUNT = 6
PICTURE_SIZE = 96
CREDIT_ID = "credit-synthetic"
WORDS = {
    "en-GB": {
        "alt": "A drawing in colour number {number}, made for the benchmark",
        "credit": "The drawings were made by the focusreport benchmark and are free to use.",
    },
    "cy": {
        "alt": "Llun lliw rhif {number}, wedi'i wneud ar gyfer y meincnod",
        "credit": "Gwnaed y lluniau gan feincnod focusreport ac maen nhw'n rhydd i'w defnyddio.",
    },
}


@attrs.frozen
class Synthetic:
    """A generated content folder and how many text items it has in each language."""

    folder: Path
    times: int
    items: int


def generate(destination: Path, times: int, source: Path | None = None) -> Synthetic:
    """Write a content folder ``times`` the size of ``source`` (the bundled report) into ``destination``."""
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")
    source = bundled_content_dir() if source is None else source
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns("source"))
    structure = yaml.load((source / "report.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    resources = {path.stem: FluentParser().parse(path.read_text(encoding="utf-8")) for path in sorted(source.glob("*.ftl"))}
    if not structure.get("pictures"):
        _add_pictures(destination, structure, resources)
    _repeat_items(structure, resources, times)
    (destination / "report.yaml").write_text(yaml.safe_dump(structure, sort_keys=False, allow_unicode=True), encoding="utf-8")
    for locale, resource in resources.items():
        (destination / f"{locale}.ftl").write_text(FluentSerializer().serialize(resource), encoding="utf-8")
    return Synthetic(destination, times, _count_items(structure))


def _parts(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every part, groups' parts included."""
    found = []
    for part in parts:
        found.append(part)
        found += _parts(part.get("parts", []))
    return found


def _theme_lists(structure: dict[str, Any]) -> list[dict[str, Any]]:
    return [listing for part in _parts(structure["parts"]) for theme in part.get("themes", []) for listing in theme["lists"]]


def _count_items(structure: dict[str, Any]) -> int:
    """Text items with easy wording: paragraphs, rated items, theme list items, list items, quotes."""
    count = 0
    for part in _parts(structure["parts"]):
        count += len(part.get("paragraphs", [])) + len(part.get("items", [])) + len(part.get("quotes", []))
        count += sum(len(listing["items"]) for theme in part.get("themes", []) for listing in theme["lists"])
    return count


def _repeat_items(structure: dict[str, Any], resources: dict[str, ast.Resource], times: int) -> None:
    """Each theme list's items ``times`` over; a copy's picture is a copy too (same file, own id and words),
    so that no picture stands for more ideas than ``focusreport check`` allows."""
    messages = {locale: _messages(resource) for locale, resource in resources.items()}
    pictures = {picture["id"]: picture for picture in structure.get("pictures", [])}
    for listing in _theme_lists(structure):
        originals = listing["items"]
        repeated = list(originals)
        for number in range(2, times + 1):
            for item in originals:
                clone = dict(item, id=f"{item['id']}-copy-{number}")
                if "picture" in item:
                    clone["picture"] = f"{item['picture']}-for-{clone['id']}"
                    structure["pictures"].append(dict(pictures[item["picture"]], id=clone["picture"]))
                    for locale, resource in resources.items():
                        resource.body.append(_renamed(messages[locale][item["picture"]], clone["picture"], ""))
                repeated.append(clone)
                for locale, resource in resources.items():
                    resource.body.append(_renamed(messages[locale][item["id"]], clone["id"], f" ({number})"))
        listing["items"] = repeated


def _messages(resource: ast.Resource) -> dict[str, ast.Message]:
    return {entry.id.name: entry for entry in resource.body if isinstance(entry, ast.Message)}


def _renamed(message: ast.Message, new_id: str, suffix: str) -> ast.Message:
    """A copy of ``message`` under ``new_id``, with ``suffix`` after its value and each attribute."""
    clone = copy.deepcopy(message)
    clone.id = ast.Identifier(new_id)
    clone.comment = None
    for pattern in [clone.value, *(attribute.value for attribute in clone.attributes)]:
        if pattern is not None:
            pattern.elements.append(ast.TextElement(suffix))
    return clone


def _add_pictures(destination: Path, structure: dict[str, Any], resources: dict[str, ast.Resource]) -> None:
    folder = destination / "pictures"
    folder.mkdir(exist_ok=True)
    ids = []
    for number in range(1, PICTURE_COUNT + 1):
        picture_id = f"picture-synthetic-{number}"
        ids.append(picture_id)
        (folder / f"synthetic-{number}.png").write_bytes(png(PICTURE_SIZE, number))
        for locale, resource in resources.items():
            resource.body.append(_message(picture_id, WORDS[_words_locale(locale)]["alt"].format(number=number)))
    for locale, resource in resources.items():
        resource.body.append(_message(CREDIT_ID, WORDS[_words_locale(locale)]["credit"]))
    structure["pictures"] = [
        {"id": picture_id, "file": f"pictures/synthetic-{number}.png", "credit": CREDIT_ID} for number, picture_id in enumerate(ids, 1)
    ]
    structure["credits"] = [CREDIT_ID]
    if not any(part.get("kind") == "credits" for part in structure["parts"]):
        structure["parts"].append({"kind": "credits"})
    for scale in structure.get("scales", []):
        for index, level in enumerate(scale.get("levels", [])):
            level["picture"] = ids[index % PICTURE_COUNT]
    count = 0
    for part in _parts(structure["parts"]):
        for theme in part.get("themes", []):
            theme["picture"] = ids[count % PICTURE_COUNT]
            for listing in theme["lists"]:
                for item in listing["items"]:
                    count += 1
                    item["picture"] = ids[count % PICTURE_COUNT]


def _words_locale(locale: str) -> str:
    """The benchmark's own words are in English and Welsh; any other language gets the English."""
    return "cy" if locale.startswith("cy") else "en-GB"


def _message(message_id: str, text: str) -> ast.Message:
    return ast.Message(ast.Identifier(message_id), ast.Pattern([ast.TextElement(text)]))


def png(size: int, seed: int) -> bytes:
    """A small square PNG (RGB, a diagonal pattern in colours chosen by ``seed``), made with zlib only."""
    base = ((seed * 67) % 200 + 30, (seed * 131) % 200 + 30, (seed * 29) % 200 + 30)
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            light = 60 if ((x + y) // 12) % 2 else 0
            row += bytes(min(255, channel + light) for channel in base)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
