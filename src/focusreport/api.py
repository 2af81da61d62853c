"""The functions a developer calls: load, check, render, build, and make an outline.

Each checks its arguments before doing anything, so that a wrong one (a number where a
path goes, a string where a list goes) is a :class:`~focusreport.errors.UsageError`
naming the argument, never an error from deep inside, and never after something was
written; a place that cannot be written (a file where a folder should be) is an
:class:`~focusreport.output.OutputError` before any work is done.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import cast

import attrs

from focusreport import builder, outliner
from focusreport.content import check_content, library_words, read_content
from focusreport.errors import Problem, UsageError
from focusreport.languages import Language, pick
from focusreport.model import Report
from focusreport.outline import FULL, WORDINGS, Outline
from focusreport.output import OutputError, check_folder, reason, write_atomic
from focusreport.output import shown as shown_path
from focusreport.strings import Strings
from focusreport.writers import OptionValue, Registry, Writer, discover, shown


def load(folder: Path | str, language: Language | str) -> Report:
    """The report in ``folder`` in ``language``: one it declares, by code, tag or locale (``"cy"``, ``"cy-GB"``)."""
    where = _path("folder", folder)
    wanted = _language("language", language)
    content = read_content(where)
    return content.report(pick(wanted, content.languages))


def check(folder: Path | str) -> list[Problem]:
    """Every problem of a content folder; an empty list when it can be built."""
    return check_content(_path("folder", folder))


def render_format(
    report: Report,
    format: str,
    options: Mapping[str, OptionValue] | None = None,
    registry: Registry | None = None,
) -> bytes:
    """Render ``report`` with the installed writer called ``format``, as bytes.

    An option's value is text, as on the command line (``"true"``, ``"18"``), or a value of
    its own type (``True``, ``18``).
    """
    return _Rendering.of(report, format, options, registry).render()


def write_format(
    report: Report,
    format: str,
    path: Path | str,
    options: Mapping[str, OptionValue] | None = None,
    registry: Registry | None = None,
) -> Path:
    """Render ``report`` as ``format`` and write it to ``path`` atomically.

    A path that cannot be written (a folder of that name, a file where a folder should be,
    a read-only disk) is an :class:`~focusreport.output.OutputError`, raised before rendering.
    """
    rendering = _Rendering.of(report, format, options, registry)
    target = _path("path", path)
    if target.is_dir():
        raise OutputError(f"cannot write {shown_path(target)}: it is a folder; give the name of the file to write")
    check_folder(target.parent)
    data = rendering.render()
    try:
        write_atomic(target, data)
    except OutputError:
        raise
    except OSError as error:
        raise OutputError(f"could not write {shown_path(target)}: {reason(error, target)}") from error
    return target


def build(
    folder: Path | str,
    out: Path | str,
    *,
    formats: Collection[str] | None = None,
    languages: Collection[Language | str] | None = None,
    options: Mapping[str, OptionValue] | None = None,
    registry: Registry | None = None,
) -> list[builder.Output]:
    """Build ``folder`` in the given formats and languages (all, by default) into ``out``.

    ``formats`` and ``languages`` are lists (or tuples, or sets: taken in sorted order),
    never one string; leave one out, not empty, for all.
    """
    source = _path("folder", folder)
    target = _path("out", out)
    names = None if formats is None else [_name(f"formats[{index}]", name) for index, name in _items("formats", formats, "text")]
    chosen = None if languages is None else [_language(f"languages[{index}]", name) for index, name in _items("languages", languages, "cy")]
    # Option values are checked against each writer's options by the registry; text or typed values both pass.
    given = cast("Mapping[str, str]", _options(options))
    writers = _registry(registry)
    check_folder(target)
    return builder.build(source, target, formats=names, languages=chosen, options=given, registry=writers)


def make_outline(report: Report, strings: Strings, *, wording: str = FULL, links: Mapping[Language, str] | None = None) -> Outline:
    """The outline of ``report`` in ``wording`` (``full`` or ``easy``), with the library's words from ``strings``.

    ``links`` names the files of the same format in other languages (``{language: file name}``).
    """
    _report(report)
    if not isinstance(strings, Strings):
        raise UsageError(f"strings must be focusreport.Strings (the library's words: content.library[language]), not {shown(strings)}")
    if not isinstance(wording, str) or wording not in WORDINGS:
        raise UsageError(f"wording must be one of {', '.join(WORDINGS)}, not {shown(wording)}")
    if links is not None and not (
        isinstance(links, Mapping) and all(isinstance(key, Language) and isinstance(value, str) for key, value in links.items())
    ):
        raise UsageError(
            f"links must map a focusreport.Language to a file name, such as {{Language.CY: 'report.cy.txt'}}, not {shown(links)}"
        )
    return outliner.make_outline(report, strings, wording=wording, links=links)


# Checking arguments


@attrs.frozen
class _Rendering:
    """One rendering asked for, its arguments checked: the report, the writer and its options' values."""

    report: Report
    writer: Writer
    values: dict[str, OptionValue]

    @classmethod
    def of(cls, report: object, format: object, options: object, registry: object) -> _Rendering:
        checked = _report(report)
        name = _name("format", format)
        given = _options(options)
        writers = _registry(registry)
        writer = writers.get(name)
        return cls(checked, writer, writers.resolve_options(writer, given))

    def render(self) -> bytes:
        return builder.render(self.report, self.writer, library_words(self.report), self.values)


def _path(argument: str, value: object) -> Path:
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str):
        raise UsageError(f"{argument} must be a path (str or os.PathLike), not {shown(value)}")
    if not value:
        raise UsageError(f"{argument} must be a path, not an empty string")
    if "\0" in value:
        raise UsageError(f"{argument} must be a path, not text with a NUL character: {shown(value)}")
    return Path(value)


def _language(argument: str, value: object) -> Language | str:
    if not isinstance(value, Language | str):
        raise UsageError(
            f"{argument} must be a focusreport.Language or a language's code or tag such as 'cy' or 'cy-GB', not {shown(value)}"
        )
    return value


def _name(argument: str, value: object) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{argument} must be a format's name such as 'text' (see focusreport formats), not {shown(value)}")
    return value


def _items(argument: str, value: object, example: str) -> list[tuple[int, object]]:
    """The numbered items of a list argument (a set is taken in sorted order); not a string, not empty."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | AbstractSet):
        raise UsageError(f"{argument} must be a list, such as [{example!r}], not {shown(value)}")
    if not value:
        raise UsageError(f"{argument} is empty: leave it out (None) to build all of them")
    return list(enumerate(sorted(value, key=str) if isinstance(value, AbstractSet) else value))


def _report(value: object) -> Report:
    if not isinstance(value, Report):
        raise UsageError(f"report must be a focusreport.Report (from focusreport.load), not {shown(value)}")
    return value


def _options(value: object) -> dict[str, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise UsageError(f"options must be a mapping of option names to values, such as {{'wording': 'easy'}}, not {shown(value)}")
    for key in value:
        if not isinstance(key, str):
            raise UsageError(f"options: an option's name must be text, such as 'wording', not {shown(key)}")
    return dict(value)


def _registry(value: object) -> Registry:
    """The registry given, or the installed writers when none is."""
    if value is None:
        return discover()
    if not isinstance(value, Registry):
        raise UsageError(f"registry must be a focusreport.Registry (from focusreport.discover()), not {shown(value)}")
    return value
