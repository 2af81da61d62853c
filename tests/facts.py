"""Every fact and figure of the source document, to look for in any output.

The source document is kept beside the bundled content. Each of its passages
(paragraph, list item, table cell, heading) must appear in an output once both are
normalised (letter case, punctuation and spacing ignored). The few passages the
content corrects or rewords are listed here and in the content README, with the
wording that replaces them; that wording is looked for instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "content" / "wrexham-2019-20" / "source" / "focused-on-our-performance-2019-20.txt"

# Source wording -> the wording of the content, for typos the content corrects.
CORRECTIONS = {
    "set up new a business": "set up a new business",
    "Home that meet": "Homes that meet",
    "Create an environmentally place": "Create an environmentally responsible place",
    "your neighbourhood your home": "your neighbourhood and your home",
    "the Welsh's Government's": "the Welsh Government's",
    "were bought back": "were brought back",
    "an easy accessible online platform": "an easily accessible online platform",
    "percentage of services requests": "percentage of service requests",
    "Continue to develop Ty Pawb": "Continued to develop Ty Pawb",
    "Ty Pawb": "Tŷ Pawb",
    "'MyAccount'": "'My Account'",
    "at the 'Communities for Work and Communities for Work Plus.'": "at 'Communities for Work' and 'Communities for Work Plus'",
    "[Wrexham Council's website](#)": "Wrexham Council's website",
    "our wellbeing objectives": "our well-being objectives",
    "physical wellbeing": "physical well-being",
}

# Whole passages reworded so that no text refers to a position on a page.
REWORDED = {
    "The judgement is based on a traffic light system, as set out below.": (
        "The judgement is based on a traffic light system of three ratings: Green, Amber and Red."
    ),
    "The following page gives a snapshot illustration of the performance rating for all the in-year priorities and "
    "well-being objectives. Pages five to eight gives an overview of our highlights set out in the well-being themes.": (
        "The performance summary gives a snapshot of the performance rating for all the in-year priorities and "
        "well-being objectives. The sections on the four well-being themes give an overview of our highlights."
    ),
    "In-Year Priorities Summary Table": "In-year priorities and their overall outcome",
    "Well-being Objectives Summary Table": "Well-being objectives and their overall outcome",
}


def normalise(text: str) -> str:
    """Lower case, letters, digits, £ and % only, single spaces: what a reader hears."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("'", "")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"[^\w£%.]+", " ", text)
    text = re.sub(r"\.(?!\d)", " ", text)
    return " ".join(text.split())


def _sentences_of(paragraph: str) -> list[str]:
    for old, new in REWORDED.items():
        paragraph = paragraph.replace(old, new)
    for old, new in CORRECTIONS.items():
        paragraph = paragraph.replace(old, new)
    return [paragraph]


def source_passages() -> list[str]:
    """The passages of the source document, corrected as the content README lists."""
    passages: list[str] = []
    for raw in SOURCE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        line = re.sub(r"^-\s+", "", line)
        line = re.sub(r";?\s*(and)?$", "", line) if line.endswith(("; and", ";")) else line
        for cell in line.split("\t"):
            passages.extend(_sentences_of(cell.strip()))
    return [passage for passage in passages if passage]


def missing_passages(output: str) -> list[str]:
    """The source passages that ``output`` does not contain."""
    haystack = normalise(output)
    return [passage for passage in source_passages() if normalise(passage) not in haystack]


_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def figures(text: str) -> Counter[str]:
    """The figures of ``text``, grouping commas removed."""
    return Counter(match.replace(",", "") for match in _FIGURE.findall(text))


def source_figures() -> set[str]:
    """Every distinct figure stated in the source document."""
    return set(figures(SOURCE.read_text(encoding="utf-8")))
