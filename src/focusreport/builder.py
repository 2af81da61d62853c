"""Render reports with writers, and write the results: everything or nothing.

A build renders every requested format and language in memory first; only when all
of them succeeded does it write, each file atomically. Invalid content, an unknown
format or a writer that fails leaves the output folder as it was.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from focusreport.content import Content, read_content
from focusreport.coverage import gaps
from focusreport.errors import UsageError, WriterError
from focusreport.languages import Language, pick
from focusreport.model import Report
from focusreport.outline import Outline
from focusreport.outliner import language_links, make_outline
from focusreport.output import OutputError, prepare_folder, reason, remove_stale, shown, write_atomic
from focusreport.strings import Strings
from focusreport.writers import Registry, Writer, WriterInput, discover, wording_of
from focusreport.writerwords import words_for


@attrs.frozen
class Output:
    """One file a build produced."""

    path: Path
    format: str
    language: Language
    size: int
    sha256: str


def output_name(report_id: str, writer: Writer, language: Language) -> str:
    """``{report-id}.{format}.{lang}.{ext}``, e.g. ``wrexham-2019-20.text.cy.txt``."""
    return f"{report_id}.{writer.name}.{language.code}.{writer.extension}"


def render(
    report: Report,
    writer: Writer,
    strings: Strings,
    options: Mapping[str, str | int | bool] | None = None,
    links: Mapping[Language, str] | None = None,
) -> bytes:
    """Render ``report`` with ``writer``; a writer's failure becomes a :class:`WriterError`.

    ``links`` names the files of the same format in the report's other languages.
    """
    values = dict(options or {})
    outline = make_outline(report, strings, wording=wording_of(writer, values), links=links)
    return render_outline(outline, writer, strings, values)


def render_outline(outline: Outline, writer: Writer, strings: Strings, options: Mapping[str, str | int | bool] | None = None) -> bytes:
    """Render an outline made already with ``writer``; a writer's failure becomes a :class:`WriterError`."""
    source = WriterInput(outline, words_for(writer, strings), dict(options or {}))
    try:
        data = writer.render(source)
    except (WriterError, UsageError):
        raise
    except Exception as error:
        raise WriterError(f"the {writer.name!r} writer failed on {outline.report_id} ({outline.language.tag}): {error}") from error
    if not isinstance(data, bytes):
        raise WriterError(f"the {writer.name!r} writer returned {type(data).__name__}, not bytes")
    return data


def render_all(
    content: Content,
    formats: Sequence[str] | None = None,
    languages: Sequence[Language | str] | None = None,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> list[tuple[str, Language, Writer, bytes]]:
    """Render each format in each language, in memory: ``(file name, language, writer, bytes)``."""
    registry = discover() if registry is None else registry
    names = list(dict.fromkeys(formats)) if formats else sorted(registry.writers)
    writers = [registry.get(name) for name in names]
    chosen = list(dict.fromkeys(pick(language, content.languages) for language in languages)) if languages else list(content.languages)
    given = dict(options or {})
    _check_options_are_known(writers, given)
    missing = gaps({writer.name: writer for writer in writers}, chosen)
    if missing:
        raise UsageError("; ".join(missing))
    reports = {language: content.report(language) for language in chosen}
    outlines: dict[tuple[Language, str], Outline] = {}  # one per language and wording, whatever the format
    results = []
    for writer in writers:
        declared = {option.name for option in writer.options}
        values = registry.resolve_options(writer, {key: value for key, value in given.items() if key in declared})
        names_by_language = {language: output_name(content.spec.id, writer, language) for language in chosen}
        for language in chosen:
            links = {other: name for other, name in names_by_language.items() if other != language}
            key = (language, wording_of(writer, values))
            if key not in outlines:
                outlines[key] = make_outline(reports[language], content.library[language], wording=key[1])
            outline = attrs.evolve(outlines[key], other_languages=language_links(reports[language], links))
            data = render_outline(outline, writer, content.library[language], values)
            results.append((names_by_language[language], language, writer, data))
    return results


def _check_options_are_known(writers: Iterable[Writer], given: Mapping[str, str]) -> None:
    for key in given:
        if not any(option.name == key for writer in writers for option in writer.options):
            offered = sorted({f"{option.name} ({writer.name})" for writer in writers for option in writer.options})
            raise UsageError(f"no chosen format has an option {key!r}; options: {', '.join(offered) or 'none'}")


def build(
    folder: Path,
    out: Path,
    *,
    formats: Sequence[str] | None = None,
    languages: Sequence[Language | str] | None = None,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> list[Output]:
    """Check ``folder``, render everything asked for, then write it into ``out``.

    A file that cannot be written raises :class:`OutputError`, listing those written before it.
    """
    content = read_content(folder)
    rendered = render_all(content, formats, languages, options, registry)
    started = time.time()
    prepare_folder(out)
    remove_stale(out, started)
    outputs: list[Output] = []
    for name, language, writer, data in rendered:
        path = out / name
        try:
            write_atomic(path, data)
        except OSError as error:
            done = f"{len(outputs)} of {len(rendered)} files were written before it"
            raise OutputError(
                f"could not write {shown(path)}: {reason(error, path)}; {done}", [output.path for output in outputs]
            ) from error
        outputs.append(Output(path, writer.name, language, len(data), hashlib.sha256(data).hexdigest()))
    return outputs
