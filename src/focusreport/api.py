"""The functions a developer calls: load, check, render and build."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from focusreport import builder
from focusreport.content import check_content, library_words, read_content
from focusreport.errors import Problem
from focusreport.languages import Language, pick
from focusreport.model import Report
from focusreport.output import write_atomic
from focusreport.writers import Registry, discover


def load(folder: Path | str, language: Language | str) -> Report:
    """The report in ``folder`` in ``language``: one it declares, by code, tag or locale (``"cy"``, ``"cy-GB"``)."""
    content = read_content(Path(folder))
    return content.report(pick(language, content.languages))


def check(folder: Path | str) -> list[Problem]:
    """Every problem of a content folder; an empty list when it can be built."""
    return check_content(Path(folder))


def render_format(
    report: Report,
    format: str,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> bytes:
    """Render ``report`` with the installed writer called ``format``, as bytes."""
    registry = discover() if registry is None else registry
    writer = registry.get(format)
    values = registry.resolve_options(writer, dict(options or {}))
    return builder.render(report, writer, library_words(report), values)


def write_format(
    report: Report,
    format: str,
    path: Path | str,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> Path:
    """Render ``report`` as ``format`` and write it to ``path`` atomically."""
    data = render_format(report, format, options, registry)
    target = Path(path)
    write_atomic(target, data)
    return target


def build(
    folder: Path | str,
    out: Path | str,
    *,
    formats: Sequence[str] | None = None,
    languages: Sequence[Language | str] | None = None,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> list[builder.Output]:
    """Build ``folder`` in the given formats and languages (all, by default) into ``out``."""
    return builder.build(Path(folder), Path(out), formats=formats, languages=languages, options=options, registry=registry)
