"""The report in one language: the single model every writer reads.

Everything here is resolved already: texts are the words to print, ratings are
enum members, pictures carry their alternative text. Writers decide layout only.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator
from pathlib import Path

import attrs

from focusreport.languages import Language


class Rating(enum.Enum):
    """The traffic-light judgement of progress. Always shown with its name and meaning."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


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
    """One piece of text: a paragraph, an aim, an action, an impact or a principle.

    ``easy`` is the easy-read wording, ``None`` where the content has none yet.
    """

    id: str
    text: str
    easy: str | None = None
    picture: Picture | None = None


@attrs.frozen
class Section:
    """A titled part of the introduction."""

    id: str
    heading: str
    paragraphs: tuple[Item, ...]
    easy_heading: str | None = None
    picture: Picture | None = None


@attrs.frozen
class RatingMeaning:
    """What a rating is called and what it means, in the report's language."""

    rating: Rating
    name: str
    meaning: str
    picture: Picture | None = None


@attrs.frozen
class Priority:
    """An in-year priority and its overall outcome."""

    id: str
    title: Item
    rating: Rating


@attrs.frozen
class Objective:
    """A well-being objective: its code (such as ``PE2``), title, theme and overall outcome."""

    id: str
    code: str
    title: Item
    rating: Rating
    theme_id: str


@attrs.frozen
class Theme:
    """A well-being theme: what the council wanted to do, did, and changed."""

    id: str
    code: str
    name: str
    summary: str
    aims: tuple[Item, ...]
    actions: tuple[Item, ...]
    impacts: tuple[Item, ...]
    easy_summary: str | None = None
    picture: Picture | None = None


@attrs.frozen
class HardWord:
    """A word that easy-read text explains, with its explanation."""

    id: str
    word: str
    explanation: str
    picture: Picture | None = None


@attrs.frozen
class Credit:
    """Who made a set of pictures and under which licence, to print in every output."""

    id: str
    text: str


@attrs.frozen
class Report:
    """A whole performance report in one language."""

    id: str
    language: Language
    title: str
    subtitle: str
    council: str
    period: str
    period_start: datetime.date
    period_end: datetime.date
    published: datetime.date
    introduction: tuple[Section, ...]
    legend: tuple[RatingMeaning, ...]
    priorities: tuple[Priority, ...]
    objectives: tuple[Objective, ...]
    themes: tuple[Theme, ...]
    principles: tuple[Item, ...]
    glossary: tuple[HardWord, ...] = ()
    credits: tuple[Credit, ...] = ()

    def meaning_of(self, rating: Rating) -> RatingMeaning:
        """The name and meaning of ``rating`` in this report's language."""
        for entry in self.legend:
            if entry.rating is rating:
                return entry
        raise KeyError(rating)

    def theme(self, theme_id: str) -> Theme:
        """The theme with id ``theme_id``."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def items(self) -> Iterator[Item]:
        """Every text item, in reading order: what the easy-read checks and writers walk."""
        for section in self.introduction:
            yield from section.paragraphs
        for priority in self.priorities:
            yield priority.title
        for objective in self.objectives:
            yield objective.title
        for theme in self.themes:
            yield from theme.aims
            yield from theme.actions
            yield from theme.impacts
        yield from self.principles

    def pictures(self) -> Iterator[Picture]:
        """Every picture the report shows, each once, in reading order."""
        seen: set[str] = set()
        candidates: list[Picture | None] = [entry.picture for entry in self.legend]
        candidates += [section.picture for section in self.introduction]
        candidates += [theme.picture for theme in self.themes]
        candidates += [item.picture for item in self.items()]
        candidates += [word.picture for word in self.glossary]
        for picture in candidates:
            if picture is not None and picture.id not in seen:
                seen.add(picture.id)
                yield picture
