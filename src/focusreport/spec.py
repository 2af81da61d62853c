"""The structure file (``report.yaml``) as typed data, checked field by field with cattrs.

These classes mirror the file: ids of Fluent messages, ratings, codes and dates.
``content.py`` turns them, with the Fluent strings, into the model a writer reads.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from focusreport.fieldpath import FieldPath
from focusreport.model import Rating

IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
OBJECTIVE_CODE = re.compile(r"^[A-Z]{1,3}[0-9]{0,2}$")


@attrs.frozen
class ItemSpec:
    id: str
    picture: str | None = None


@attrs.frozen
class SectionSpec:
    id: str
    paragraphs: tuple[ItemSpec, ...]
    picture: str | None = None


@attrs.frozen
class PrioritySpec:
    id: str
    rating: Rating
    picture: str | None = None


@attrs.frozen
class ObjectiveSpec:
    id: str
    code: str
    theme: str
    rating: Rating
    picture: str | None = None


@attrs.frozen
class ThemeSpec:
    id: str
    code: str
    aims: tuple[ItemSpec, ...]
    actions: tuple[ItemSpec, ...]
    impacts: tuple[ItemSpec, ...]
    picture: str | None = None


@attrs.frozen
class RatingSpec:
    rating: Rating
    picture: str


@attrs.frozen
class PictureSpec:
    id: str
    file: str
    credit: str


@attrs.frozen
class HardWordSpec:
    id: str
    picture: str | None = None


@attrs.frozen
class PeriodSpec:
    start: datetime.date
    end: datetime.date


@attrs.frozen
class ReportSpec:
    id: str
    published: datetime.date
    period: PeriodSpec
    introduction: tuple[SectionSpec, ...]
    priorities: tuple[PrioritySpec, ...]
    objectives: tuple[ObjectiveSpec, ...]
    themes: tuple[ThemeSpec, ...]
    principles: tuple[ItemSpec, ...]
    glossary: tuple[HardWordSpec, ...] = ()
    ratings: tuple[RatingSpec, ...] = ()
    pictures: tuple[PictureSpec, ...] = ()
    credits: tuple[str, ...] = ()


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


def _rating(value: object, _: type) -> Rating:
    text = _strict_str(value, str)
    try:
        return Rating(text)
    except ValueError:
        choices = ", ".join(rating.value for rating in Rating)
        raise ValueError(f"unknown rating {text!r}; use one of: {choices}") from None


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


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def make_converter() -> cattrs.Converter:
    """A converter that accepts exactly the documented keys and types, and nothing else."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(datetime.date, _date)
    converter.register_structure_hook(Rating, _rating)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuples)
    converter.register_structure_hook_factory(attrs.has, _classes)
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
    if isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(field.name for field in attrs.fields(error.cl))
        return [((*path, key), f"unknown key; allowed keys: {allowed}") for key in sorted(error.extra_fields)]
    if isinstance(error, KeyError):
        return [(path, "required key is missing")]
    return [(path, str(error))]
