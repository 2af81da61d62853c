"""The writer interface and the registry that finds writers through entry points.

A writer is any object with a name, a file extension, a media type, a one-line
description, the options it accepts, and a ``render`` method that turns the outline
of one report (:mod:`focusreport.outline`) into bytes. A writer that wants the
easy-read wording says ``wording = "easy"``, or offers a ``wording`` option. Built-in writers register through the entry point group
``focusreport.writers`` exactly as a third party's would. Loading a writer imports
only its module; a writer imports its heavy libraries inside ``render``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from focusreport.errors import UsageError
from focusreport.outline import FULL, WORDINGS, Outline

if TYPE_CHECKING:  # Fluent and Babel load only when a report is rendered, not for ``formats``
    from focusreport.edition import Edition
    from focusreport.strings import Strings

ENTRY_POINT_GROUP = "focusreport.writers"

OptionValue = str | int | bool


@attrs.frozen
class Option:
    """An option a writer accepts, given on the command line as ``--option name=value``."""

    name: str
    help: str
    default: OptionValue
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, value: object) -> OptionValue:
        """The value given, checked: text as on the command line, or a value of the option's own type.

        A true-or-false option takes a bool or ``true``/``false`` (``yes``/``no``, ``on``/``off``,
        ``1``/``0``); a number option takes an int or its digits; any other option takes text.
        Anything else is a :class:`UsageError` naming the option.
        """
        if isinstance(self.default, bool):
            return self._parse_bool(value)
        if isinstance(self.default, int):
            return self._check_range(self._parse_int(value))
        if not isinstance(value, str):
            raise UsageError(f"option {self.name!r} takes text, not {shown(value)}")
        if self.choices and value not in self.choices:
            raise UsageError(f"option {self.name!r} takes one of {', '.join(self.choices)}, not {shown(value)}")
        return value

    def _parse_bool(self, value: object) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
        raise UsageError(f"option {self.name!r} takes true or false, not {shown(value)}")

    def _parse_int(self, value: object) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
            return int(value)
        raise UsageError(f"option {self.name!r} takes a whole number, not {shown(value)}")

    def _check_range(self, number: int) -> int:
        if self.minimum is not None and number < self.minimum:
            raise UsageError(f"option {self.name!r} must be at least {self.minimum}, not {number}")
        if self.maximum is not None and number > self.maximum:
            raise UsageError(f"option {self.name!r} must be at most {self.maximum}, not {number}")
        return number


_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,30}")  # longer digits are no size anyone means
_SHOWN_LENGTH = 60


def shown(value: object) -> str:
    """``value`` as an error message shows it: text quoted, anything else with its type (``20.5 (float)``), cut short."""
    text = repr(value)
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 3] + "..."
    return text if isinstance(value, str) else f"{text} ({type(value).__name__})"


@attrs.frozen
class WriterInput:
    """Everything a writer receives to render one report.

    ``outline`` is the report in one language and one wording, ready to visit;
    ``strings`` holds the library's words in that language, for the writer's own words
    (its ``locales/*/<writer>.ftl`` messages); ``options`` holds a value for every
    option the writer declares. ``edition`` holds the report in every language of a
    bilingual edition (``cy+en``), for a writer that says ``editions = True``; ``outline``
    and ``strings`` are then those of its first language.
    """

    outline: Outline
    strings: Strings
    options: Mapping[str, OptionValue] = attrs.field(factory=dict)
    edition: Edition | None = None


def accepts_editions(writer: object) -> bool:
    """Whether ``writer`` renders a bilingual edition: it says so with ``editions = True``."""
    return getattr(writer, "editions", False) is True


def wording_of(writer: object, options: Mapping[str, OptionValue]) -> str:
    """The wording a writer renders: its ``wording`` option when it has one, else its ``wording`` attribute, else full."""
    chosen = options.get("wording", getattr(writer, "wording", FULL))
    if chosen not in WORDINGS:
        raise UsageError(f"wording must be one of {', '.join(WORDINGS)}, not {chosen!r}")
    return str(chosen)


@runtime_checkable
class Writer(Protocol):
    """What a writer provides. The entry point names the class (or an instance) of one."""

    name: str
    extension: str
    media_type: str
    description: str
    options: tuple[Option, ...]

    def render(self, source: WriterInput) -> bytes:
        """The finished file, as bytes: the same input gives the same bytes every time."""
        ...


@attrs.frozen
class BrokenWriter:
    """An installed writer that cannot be used, and why: listed, never fatal to the others."""

    name: str
    distribution: str
    reason: str


@attrs.frozen
class Registry:
    """The writers installed, by name, and those that are broken."""

    writers: Mapping[str, Writer]
    distributions: Mapping[str, str]
    broken: tuple[BrokenWriter, ...] = ()

    def get(self, name: str) -> Writer:
        """The writer called ``name``, or a usage error listing those that exist."""
        if name in self.writers:
            return self.writers[name]
        for broken in self.broken:
            if broken.name == name:
                raise UsageError(f"format {name!r} is broken: {broken.reason}")
        raise UsageError(f"unknown format {name!r}; installed formats: {', '.join(self.writers) or 'none'}")

    def resolve_options(self, writer: Writer, given: Mapping[str, object]) -> dict[str, OptionValue]:
        """The writer's options with the user's values (text, or of the option's type) parsed and checked, defaults elsewhere."""
        declared = {option.name: option for option in writer.options}
        values: dict[str, OptionValue] = {option.name: option.default for option in writer.options}
        for key, value in given.items():
            if key not in declared:
                known = ", ".join(declared) or "none"
                raise UsageError(f"format {writer.name!r} has no option {key!r}; its options: {known}")
            values[key] = declared[key].parse(value)
        return values


def discover(points: Iterable[EntryPoint] | None = None) -> Registry:
    """Load every writer registered under ``focusreport.writers``; keep the broken ones apart."""
    points = entry_points(group=ENTRY_POINT_GROUP) if points is None else points
    claims: dict[str, list[tuple[str, EntryPoint]]] = {}
    for point in points:
        distribution = point.dist.name if point.dist is not None else "(unknown distribution)"
        claims.setdefault(point.name, []).append((distribution, point))
    writers: dict[str, Writer] = {}
    distributions: dict[str, str] = {}
    broken: list[BrokenWriter] = []
    for name in sorted(claims):
        claimants = claims[name]
        if len(claimants) > 1:
            owners = " and ".join(sorted(distribution for distribution, _ in claimants))
            for distribution, _ in claimants:
                broken.append(BrokenWriter(name, distribution, f"the name {name!r} is claimed by both {owners}"))
            continue
        distribution, point = claimants[0]
        try:
            writer = _load(point)
        except Exception as error:  # a plugin's import can fail in any way; list it, go on
            broken.append(BrokenWriter(name, distribution, f"{type(error).__name__}: {error}"))
            continue
        writers[name] = writer
        distributions[name] = distribution
    return Registry(writers, distributions, tuple(broken))


def _load(point: EntryPoint) -> Writer:
    loaded = point.load()
    writer = loaded() if isinstance(loaded, type) else loaded
    problems = interface_problems(writer)
    if problems:
        raise TypeError("; ".join(problems))
    if writer.name != point.name:
        raise TypeError(f"it calls itself {writer.name!r} but is registered as {point.name!r}")
    return writer  # type: ignore[no-any-return]


def interface_problems(writer: object) -> list[str]:
    """How ``writer`` falls short of the :class:`Writer` interface (empty when it does not)."""
    problems = []
    for attribute in ("name", "extension", "media_type", "description"):
        value = getattr(writer, attribute, None)
        if not isinstance(value, str) or not value:
            problems.append(f"{attribute} must be a non-empty string")
    options = getattr(writer, "options", None)
    if not isinstance(options, tuple) or not all(isinstance(option, Option) for option in options):
        problems.append("options must be a tuple of focusreport.Option")
    if not callable(getattr(writer, "render", None)):
        problems.append("render(source) must be a method")
    extension = getattr(writer, "extension", "")
    if isinstance(extension, str) and (extension.startswith(".") or "/" in extension):
        problems.append("extension must be written without a dot, such as 'txt'")
    return problems
