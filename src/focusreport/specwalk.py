"""What the structure file names: every message, picture and item, with the field that names it.

The checks (messages exist in every language, pictures exist, easy wording present)
walk the structure through these functions, so that a new part kind is taught to
them in one place.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from focusreport.fieldpath import FieldPath
from focusreport.spec import (
    READY_MADE_LISTS,
    ContactPart,
    GlossaryPart,
    GroupPart,
    IndicatorsPart,
    ItemSpec,
    LabelPart,
    ListPart,
    PartSpec,
    QuotesPart,
    RatedListPart,
    ReportSpec,
    ScaleSpec,
    SectionPart,
    ThemesPart,
)

REPORT_MESSAGES = ("report-title", "report-subtitle", "council-name", "report-period")
OPTIONAL_REPORT_MESSAGES = ("codes-origin",)
"""Report messages a report may give, in every language or none: ``codes-origin`` says where the letters of its codes come from."""
TRAFFIC_LIGHT = "traffic-light"
TRAFFIC_LIGHT_LEVELS = (("green", "#00703c"), ("amber", "#a14a00"), ("red", "#b10e1e"))
PRESETS = {TRAFFIC_LIGHT: TRAFFIC_LIGHT_LEVELS}


@attrs.frozen
class Reference:
    """A message id named by the structure file, where, and which parts of it must exist."""

    message_id: str
    field: FieldPath
    attributes: tuple[str, ...] = ()
    value_required: bool = True
    shared: bool = False
    """Whether several places may name the message: a heading that themes' lists share."""


@attrs.frozen
class Text:
    """A message whose words a reader sees, whether it should have easy wording, and its picture."""

    message_id: str
    field: FieldPath
    needs_easy: bool
    picture: str | None
    needs_picture: bool


def level_ids(scale: ScaleSpec) -> tuple[str, ...]:
    """The ids of a scale's levels, best first, in lower case; a preset's when none are listed."""
    if scale.levels:
        return tuple(level.id.lower() for level in scale.levels)
    preset = PRESETS.get((scale.preset or "").lower(), ())
    return tuple(level for level, _ in preset)


def level_message(scale_id: str, level_id: str) -> str:
    """The message that holds a level's name (value), meaning and easy meaning."""
    return f"{scale_id}-{level_id}"


def walk(parts: tuple[PartSpec, ...], field: FieldPath = ("parts",)) -> Iterator[tuple[PartSpec, FieldPath]]:
    """Every part with its field path, groups' parts included, in reading order."""
    for index, part in enumerate(parts):
        here = (*field, index)
        yield part, here
        if isinstance(part, GroupPart):
            yield from walk(part.parts, (*here, "parts"))


def references(spec: ReportSpec) -> Iterator[Reference]:
    """Every message the structure file names, in file order."""
    for index, scale in enumerate(spec.scales):
        yield Reference(scale.id, ("scales", index, "id"))
        preset = bool(scale.preset)
        listed = scale.levels
        for number, level in enumerate(level_ids(scale)):
            field: FieldPath = ("scales", index, "levels", number, "id") if listed else ("scales", index, "preset")
            yield Reference(level_message(scale.id, level), field, ("meaning",), value_required=not preset)
    for part, field in walk(spec.parts):
        yield from _part_references(part, field)
    for index, picture in enumerate(spec.pictures):
        yield Reference(picture.id, ("pictures", index, "id"))
    for index, credit in enumerate(spec.credits):
        yield Reference(credit, ("credits", index))
    for index, word in enumerate(spec.pronunciations):
        yield Reference(word, ("pronunciations", index), ("say",))


def _items(items: tuple[ItemSpec, ...], field: FieldPath, attributes: tuple[str, ...] = ()) -> Iterator[Reference]:
    for index, item in enumerate(items):
        yield Reference(item.id, (*field, index, "id"), attributes)


def _part_references(part: PartSpec, field: FieldPath) -> Iterator[Reference]:
    heading_id = getattr(part, "id", None)
    if heading_id is not None:
        yield Reference(heading_id, (*field, "id"))
    if isinstance(part, SectionPart):
        yield from _items(part.paragraphs, (*field, "paragraphs"))
    elif isinstance(part, RatedListPart):
        for index, item in enumerate(part.items):
            yield Reference(item.id, (*field, "items", index, "id"))
    elif isinstance(part, ThemesPart):
        for index, theme in enumerate(part.themes):
            here = (*field, "themes", index)
            yield Reference(theme.id, (*here, "id"))
            for number, listing in enumerate(theme.lists):
                if listing.heading not in READY_MADE_LISTS:
                    yield Reference(listing.heading, (*here, "lists", number, "heading"), shared=True)
                yield from _items(listing.items, (*here, "lists", number, "items"))
    elif isinstance(part, IndicatorsPart):
        for index, indicator in enumerate(part.indicators):
            yield Reference(indicator.id, (*field, "indicators", index, "id"))
    elif isinstance(part, ListPart):
        yield from _items(part.items, (*field, "items"))
    elif isinstance(part, QuotesPart):
        yield from _items(part.quotes, (*field, "quotes"))
    elif isinstance(part, GlossaryPart):
        yield from _items(part.words, (*field, "words"), ("explanation",))
    elif isinstance(part, ContactPart) and part.contact.address is not None:
        yield Reference(part.contact.address, (*field, "contact", "address"))


def texts(spec: ReportSpec) -> Iterator[Text]:
    """Every message a reader sees as a heading or an item, and what easy read asks of it."""
    for part, field in walk(spec.parts):
        heading = getattr(part, "id", None)
        if not isinstance(part, SectionPart) and isinstance(heading, str):
            yield Text(heading, (*field, "id"), False, None, False)
        if isinstance(part, SectionPart):
            yield Text(part.id, (*field, "id"), False, part.picture, True)
            for index, item in enumerate(part.paragraphs):
                yield Text(item.id, (*field, "paragraphs", index), True, item.picture, True)
        elif isinstance(part, RatedListPart):
            for index, rated in enumerate(part.items):
                yield Text(rated.id, (*field, "items", index), True, rated.picture, True)
        elif isinstance(part, ThemesPart):
            for index, theme in enumerate(part.themes):
                here = (*field, "themes", index)
                yield Text(theme.id, here, False, theme.picture, True)
                for number, listing in enumerate(theme.lists):
                    if listing.heading not in READY_MADE_LISTS:
                        yield Text(listing.heading, (*here, "lists", number, "heading"), False, None, False)
                    for position, item in enumerate(listing.items):
                        yield Text(item.id, (*here, "lists", number, "items", position), True, item.picture, True)
        elif isinstance(part, IndicatorsPart):
            for index, indicator in enumerate(part.indicators):
                yield Text(indicator.id, (*field, "indicators", index), True, None, False)
        elif isinstance(part, ListPart | QuotesPart):
            entries = part.items if isinstance(part, ListPart) else part.quotes
            name = "items" if isinstance(part, ListPart) else "quotes"
            for index, item in enumerate(entries):
                yield Text(item.id, (*field, name, index), True, item.picture, True)
        elif isinstance(part, GlossaryPart):
            for index, word in enumerate(part.words):
                yield Text(word.id, (*field, "words", index), False, word.picture, False)


def pictures(spec: ReportSpec) -> Iterator[tuple[str, FieldPath]]:
    """Every picture id the structure names outside the pictures list, with its field."""
    if spec.cover:
        yield spec.cover, ("cover",)
    for index, scale in enumerate(spec.scales):
        for number, level in enumerate(scale.levels):
            if level.picture:
                yield level.picture, ("scales", index, "levels", number, "picture")
    for text in texts(spec):
        if text.picture:
            yield text.picture, (*text.field, "picture")


def empty_lists(spec: ReportSpec) -> Iterator[FieldPath]:
    """Every list of a part that has no entries: a part the report has is never empty."""
    for part, field in walk(spec.parts):
        if isinstance(part, LabelPart):
            continue
        for name in ("paragraphs", "items", "themes", "indicators", "quotes", "words", "parts", "scales"):
            value = getattr(part, name, None)
            if isinstance(value, tuple) and not value:
                yield (*field, name)
        if isinstance(part, ThemesPart):
            for index, theme in enumerate(part.themes):
                if not theme.lists:
                    yield (*field, "themes", index, "lists")
                for number, listing in enumerate(theme.lists):
                    if not listing.items:
                        yield (*field, "themes", index, "lists", number, "items")
