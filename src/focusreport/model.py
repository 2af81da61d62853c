"""The report in one language: its parts, scales and words, resolved from the content folder.

Everything here is resolved already: texts are the words to print (``None`` where the
content gives none and the library's ready-made words apply), ratings name a level of a
declared scale, pictures carry their alternative text. Only the outline reads this
model; writers read the outline.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs

from focusreport.languages import Language


@attrs.frozen
class Picture:
    """A picture file inside the content folder, with alternative text in the report's language."""

    id: str
    path: Path
    media_type: str
    alt: str
    credit: str


@attrs.frozen
class Item:
    """One piece of text. ``easy`` is the easy-read wording, ``None`` where the content has none yet."""

    id: str
    text: str
    easy: str | None = None
    picture: Picture | None = None


@attrs.frozen
class Level:
    """One level of a scale: its name and meaning in the report's words, a colour and a picture."""

    id: str
    name: str
    meaning: str
    colour: str
    easy: str | None = None
    picture: Picture | None = None


@attrs.frozen
class Scale:
    """A rating scale declared by the report: ordered levels, best first."""

    id: str
    name: str
    levels: tuple[Level, ...]

    def level(self, level_id: str) -> Level:
        """The level called ``level_id``."""
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)


@attrs.frozen
class Rating:
    """An item's judgement on one scale."""

    scale: Scale
    level: Level


@attrs.frozen
class RatedItem:
    """An item judged on one or more scales, with an optional code and the theme it belongs to."""

    item: Item
    ratings: tuple[Rating, ...]
    code: str | None = None
    theme_id: str | None = None


@attrs.frozen
class Heading:
    """A part's heading: the report's own words, or ``None`` for the library's ready-made heading."""

    id: str
    text: str | None = None
    easy: str | None = None
    caption: str | None = None


@attrs.frozen
class SectionPart:
    heading: Heading
    paragraphs: tuple[Item, ...]
    picture: Picture | None = None


@attrs.frozen
class RatedListPart:
    heading: Heading
    scales: tuple[Scale, ...]
    items: tuple[RatedItem, ...]
    column: str | None = None
    """The header of the items' column, when the report names it."""


@attrs.frozen
class ThemeList:
    """One list inside a theme: ``ready_made`` names a library heading (aims, actions, impacts)."""

    id: str
    items: tuple[Item, ...]
    ready_made: str | None = None
    heading: str | None = None
    easy_heading: str | None = None


@attrs.frozen
class Theme:
    id: str
    name: str
    lists: tuple[ThemeList, ...]
    code: str | None = None
    summary: str | None = None
    easy_summary: str | None = None
    picture: Picture | None = None


@attrs.frozen
class ThemesPart:
    themes: tuple[Theme, ...]


@attrs.frozen
class Indicator:
    """A performance indicator: values are exact decimals, formatted per language by the outline."""

    measure: Item
    unit: str
    previous: Decimal | None = None
    current: Decimal | None = None
    target: Decimal | None = None
    status: Rating | None = None
    trend: str | None = None


@attrs.frozen
class IndicatorsPart:
    heading: Heading
    indicators: tuple[Indicator, ...]
    scale: Scale | None = None
    previous_label: str | None = None
    current_label: str | None = None


@attrs.frozen
class ListPart:
    """A titled list; ``kind`` is ``list``, ``highlights`` or ``principles``."""

    kind: str
    heading: Heading
    items: tuple[Item, ...]
    intro: str | None = None


@attrs.frozen
class Quote:
    item: Item
    source: str | None = None


@attrs.frozen
class QuotesPart:
    heading: Heading
    quotes: tuple[Quote, ...]


@attrs.frozen
class HardWord:
    """A word that easy-read text explains, with its explanation."""

    id: str
    word: str
    explanation: str
    picture: Picture | None = None


@attrs.frozen
class GlossaryPart:
    heading: Heading
    words: tuple[HardWord, ...]


@attrs.frozen
class ContactPart:
    heading: Heading
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    address: tuple[str, ...] = ()


@attrs.frozen
class LegendPart:
    """What the levels of every scale mean."""

    heading: Heading


@attrs.frozen
class CreditsPart:
    """Who made the pictures, and under which licence."""

    heading: Heading


@attrs.frozen
class GroupPart:
    heading: Heading
    parts: tuple[Part, ...]


Part = (
    SectionPart
    | RatedListPart
    | ThemesPart
    | IndicatorsPart
    | ListPart
    | QuotesPart
    | GlossaryPart
    | ContactPart
    | LegendPart
    | CreditsPart
    | GroupPart
)


@attrs.frozen
class Credit:
    """Who made a set of pictures and under which licence, to print in every output."""

    id: str
    text: str


@attrs.frozen
class Report:
    """A whole performance report in one language, with the parts it declares, in its order."""

    id: str
    language: Language
    languages: tuple[Language, ...]
    """Every language the report is published in, this one included, in declared order."""
    title: str
    subtitle: str
    council: str
    period: str
    period_start: datetime.date
    period_end: datetime.date
    published: datetime.date
    scales: tuple[Scale, ...]
    parts: tuple[Part, ...]
    credits: tuple[Credit, ...] = ()
    currency: str | None = None
    codes_origin: str | None = None
    """Where the letters of the report's codes come from (``codes-origin``), when the report says."""
    easy_subtitle: str | None = None
    """The subtitle in easy wording (``report-subtitle.easy``), when the report gives one."""
    cover: Picture | None = None
    """The picture for the cover of formats that have one."""
    read_in: tuple[tuple[Language, str], ...] = ()
    """For each other language, "Read this report in ..." in that language's own words."""
    pronunciations: tuple[tuple[str, str], ...] = ()
    """Words as written and how a voice should say them in this language (Wrexham, Tŷ Pawb)."""
    words: Path | None = None
    """The folder of the library's words for this language when the report supplies them; ``None`` for the library's own."""

    def items(self) -> Iterator[Item]:
        """Every item with wording of its own (full and easy), in reading order: paragraphs, rated
        items, theme list items, indicators' measures, list items and quotes."""
        for part in walk_parts(self.parts):
            if isinstance(part, SectionPart):
                yield from part.paragraphs
            elif isinstance(part, RatedListPart):
                yield from (rated.item for rated in part.items)
            elif isinstance(part, ThemesPart):
                yield from (item for theme in part.themes for listing in theme.lists for item in listing.items)
            elif isinstance(part, IndicatorsPart):
                yield from (indicator.measure for indicator in part.indicators)
            elif isinstance(part, ListPart):
                yield from part.items
            elif isinstance(part, QuotesPart):
                yield from (quote.item for quote in part.quotes)

    def glossary(self) -> tuple[HardWord, ...]:
        """The hard words of every glossary part, in order."""
        return tuple(word for part in walk_parts(self.parts) if isinstance(part, GlossaryPart) for word in part.words)


def walk_parts(parts: tuple[Part, ...]) -> Iterator[Part]:
    """Every part, groups' parts included, in reading order."""
    for part in parts:
        yield part
        if isinstance(part, GroupPart):
            yield from walk_parts(part.parts)
