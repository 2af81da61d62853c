"""The structure file (``report.yaml``) as typed data, checked field by field with cattrs.

These classes mirror the file: the languages, scales and parts a report declares, and
the ids of the Fluent messages that hold its words. ``content.py`` turns them, with the
Fluent strings, into the model of the report in one language.

A part is a mapping with a ``kind``; :data:`PART_KINDS` lists the kinds and the class
that reads each. Levels, ratings and kinds are matched without regard to letter case.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from focusreport.fieldpath import FieldPath

IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
CODE = re.compile(r"^[A-Za-z0-9]+(?:[.\-/][A-Za-z0-9]+)*$")
NUMBER = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")

UNITS = ("number", "percent", "money")
TRENDS = ("improving", "steady", "declining")
READY_MADE_LISTS = ("aims", "actions", "impacts")
"""Headings of a theme's lists that the library words: "What did we want to do?" and so on."""


class FieldError(ValueError):
    """A problem with one named key of a mapping, reported at that key's path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@attrs.frozen
class ItemSpec:
    """One piece of text: its message id (value: full wording, ``.easy``: easy wording) and picture."""

    id: str
    picture: str | None = None


@attrs.frozen
class RatedItemSpec:
    """An item judged on one or more scales, with an optional code and theme."""

    id: str
    ratings: Mapping[str, str]
    code: str | None = None
    theme: str | None = None
    picture: str | None = None


@attrs.frozen
class LevelSpec:
    id: str
    colour: str | None = None
    picture: str | None = None


@attrs.frozen
class ScaleSpec:
    """A rating scale: ordered levels, best first. ``preset: traffic-light`` supplies green, amber, red."""

    id: str
    preset: str | None = None
    levels: tuple[LevelSpec, ...] = ()


@attrs.frozen
class PictureSpec:
    id: str
    file: str
    credit: str


@attrs.frozen
class PeriodSpec:
    start: datetime.date
    end: datetime.date


@attrs.frozen
class ContactSpec:
    """How to reach the council: every value optional, at least one needed."""

    phone: str | None = None
    email: str | None = None
    web: str | None = None
    address: str | None = None
    """The id of a message holding the postal address, one line per line."""


@attrs.frozen
class SectionPart:
    """A titled passage of prose: the message ``id`` is its heading."""

    kind: str
    id: str
    paragraphs: tuple[ItemSpec, ...]
    picture: str | None = None


@attrs.frozen
class RatedListPart:
    """A list of items judged on the report's scales, shown as a table."""

    kind: str
    id: str
    scales: tuple[str, ...]
    items: tuple[RatedItemSpec, ...]


@attrs.frozen
class ThemeListSpec:
    """One titled list inside a theme: a ready-made heading (aims, actions, impacts) or a message id."""

    heading: str
    items: tuple[ItemSpec, ...]


@attrs.frozen
class ThemeSpec:
    id: str
    lists: tuple[ThemeListSpec, ...]
    code: str | None = None
    picture: str | None = None


@attrs.frozen
class ThemesPart:
    """The report's themes, each a section with its own lists."""

    kind: str
    themes: tuple[ThemeSpec, ...]


@attrs.frozen
class IndicatorSpec:
    """One performance indicator: values written as plain numbers (``87.5``), formatted by the library."""

    id: str
    unit: str = "number"
    previous: str | None = None
    current: str | None = None
    target: str | None = None
    status: str | None = None
    trend: str | None = None


@attrs.frozen
class IndicatorsPart:
    """A table of performance indicators, with an optional status on one scale."""

    kind: str
    id: str
    indicators: tuple[IndicatorSpec, ...]
    scale: str | None = None


@attrs.frozen
class ListPart:
    """A titled list of items: highlights, principles or any other. Heading optional where the kind has a ready-made one."""

    kind: str
    items: tuple[ItemSpec, ...]
    id: str | None = None


@attrs.frozen
class QuotesPart:
    """Quotes or case studies: each message's value is the quote, ``.source`` who said it."""

    kind: str
    id: str
    quotes: tuple[ItemSpec, ...]


@attrs.frozen
class GlossaryPart:
    """The hard words that easy-read wording explains (value: the word, ``.explanation``)."""

    kind: str
    words: tuple[ItemSpec, ...]
    id: str | None = None


@attrs.frozen
class ContactPart:
    """Contact us, and how to get this document in other formats."""

    kind: str
    contact: ContactSpec
    id: str | None = None


@attrs.frozen
class LabelPart:
    """A part with nothing but an optional heading: ``legend`` (what the ratings mean) and ``credits``."""

    kind: str
    id: str | None = None


@attrs.frozen
class GroupPart:
    """A heading over other parts, whose headings go one level down."""

    kind: str
    id: str
    parts: tuple[PartSpec, ...]


PartSpec = (
    SectionPart | RatedListPart | ThemesPart | IndicatorsPart | ListPart | QuotesPart | GlossaryPart | ContactPart | LabelPart | GroupPart
)

PART_KINDS: dict[str, type[Any]] = {
    "section": SectionPart,
    "rated-list": RatedListPart,
    "themes": ThemesPart,
    "indicators": IndicatorsPart,
    "list": ListPart,
    "highlights": ListPart,
    "principles": ListPart,
    "quotes": QuotesPart,
    "glossary": GlossaryPart,
    "contact": ContactPart,
    "legend": LabelPart,
    "credits": LabelPart,
    "group": GroupPart,
}
"""Every kind of part a report may have, and the class that reads it."""

HEADING_REQUIRED = frozenset({"section", "rated-list", "indicators", "list", "quotes", "group"})
"""Kinds with no ready-made heading: their ``id`` names the message that is their heading."""


@attrs.frozen
class ReportSpec:
    id: str
    published: datetime.date
    period: PeriodSpec
    languages: tuple[str, ...]
    parts: tuple[PartSpec, ...]
    scales: tuple[ScaleSpec, ...] = ()
    currency: str | None = None
    cover: str | None = None
    """The id of the picture on the cover of formats that have one (easy read)."""
    pictures: tuple[PictureSpec, ...] = ()
    credits: tuple[str, ...] = ()
    pronunciations: tuple[str, ...] = ()
    """Ids of messages whose value is a word as written and ``.say`` how a voice should say it."""


OLD_STYLE_KEYS = frozenset({"introduction", "priorities", "objectives", "themes", "principles", "glossary", "ratings"})


def old_style_problem(data: object) -> str | None:
    """Why ``data`` is a structure file of the first, fixed shape, or ``None``."""
    if isinstance(data, dict) and "parts" not in data and OLD_STYLE_KEYS & set(data):
        keys = ", ".join(sorted(OLD_STYLE_KEYS & set(data)))
        return (
            f"this structure file has the old fixed shape ({keys} at the top level); a report now lists its "
            "languages, scales and parts: see 'Moving from the old structure' in docs/content.md"
        )
    return None


def _strict_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {_describe(value)}")
    return value


def _date(value: object, _: type) -> datetime.date:
    text = _strict_str(value, str)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"expected a date written as YYYY-MM-DD, found {text!r}") from None


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of keys"
    return repr(value)


def _tuples(type_: Any, converter: cattrs.Converter) -> Callable[[object, Any], tuple[Any, ...]]:
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, cls: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, found {_describe(value)}")
        return tuple(inner(value, cls))

    return structure


def _classes(type_: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    inner = make_dict_structure_fn(type_, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: object, cls: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected a mapping of keys, found {_describe(value)}")
        return inner(value, cls)

    return structure


def _text_mapping(value: object, _: Any) -> Mapping[str, str]:
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping of keys, found {_describe(value)}")
    result = {}
    for key, item in value.items():
        if not isinstance(item, str):
            raise FieldError(str(key), f"expected text, found {_describe(item)}")
        result[str(key)] = item
    return result


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_text_mapping(type_: Any) -> bool:
    return get_origin(type_) is Mapping


def make_converter() -> cattrs.Converter:
    """A converter that accepts exactly the documented keys and types, and nothing else."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(datetime.date, _date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuples)
    converter.register_structure_hook_factory(_is_text_mapping, lambda _type, _converter: _text_mapping)
    converter.register_structure_hook_factory(attrs.has, _classes)

    def part(value: object, _: Any) -> PartSpec:
        if not isinstance(value, dict):
            raise TypeError(f"expected a mapping of keys with a kind, found {_describe(value)}")
        kind = value.get("kind")
        if kind is None:
            raise FieldError("kind", f"required key is missing; kinds: {', '.join(PART_KINDS)}")
        if not isinstance(kind, str) or kind.lower() not in PART_KINDS:
            raise FieldError("kind", f"unknown part kind {kind!r}; kinds: {', '.join(PART_KINDS)}")
        structured: PartSpec = converter.structure({**value, "kind": kind.lower()}, PART_KINDS[kind.lower()])
        return structured

    converter.register_structure_hook(PartSpec, part)
    return converter


def structure_errors(error: BaseException, path: FieldPath = ()) -> list[tuple[FieldPath, str]]:
    """Flatten cattrs' nested validation errors into (field path, message) pairs."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        found: list[tuple[FieldPath, str]] = []
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            step = note.index if isinstance(note, IterableValidationNote) else note.name
            found.extend(structure_errors(inner, (*path, step)))
        for inner in without:
            found.extend(structure_errors(inner, path))
        return found
    if isinstance(error, FieldError):
        return [((*path, error.field), error.message)]
    if isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(field.name for field in attrs.fields(error.cl))
        return [((*path, key), f"unknown key; allowed keys: {allowed}") for key in sorted(error.extra_fields)]
    if isinstance(error, KeyError):
        return [(path, "required key is missing")]
    return [(path, str(error))]
