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
from focusreport.coverage import edition_refusals, gaps
from focusreport.edition import Edition, edition_code, edition_label, edition_languages, is_edition_name
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
    edition: tuple[Language, ...] = ()
    """Every language of a bilingual edition, in order (``language`` is then the first); empty for one language."""


def output_name(report_id: str, writer: Writer, language: Language | Sequence[Language]) -> str:
    """``{report-id}.{format}.{lang}.{ext}``, e.g. ``wrexham-2019-20.text.cy.txt``; ``...html.cy-en.html`` for an edition."""
    code = language.code if isinstance(language, Language) else edition_code(language)
    return f"{report_id}.{writer.name}.{code}.{writer.extension}"


Choice = tuple[Language, ...]
"""What a build makes in each format: one language, or the languages of an edition in order."""


def choices(wanted: Sequence[Language | str] | None, available: Sequence[Language]) -> list[Choice]:
    """The languages and editions asked for (``cy``, ``cy+en``), each once, in the order asked; all languages by default."""
    if not wanted:
        return [(language,) for language in available]
    found: list[Choice] = []
    for name in wanted:
        if isinstance(name, str) and is_edition_name(name):
            found.append(edition_languages(name, available))
        else:
            found.append((pick(name, available),))
    return list(dict.fromkeys(found))


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


def render_edition(edition: Edition, writer: Writer, options: Mapping[str, str | int | bool] | None = None) -> bytes:
    """Render a bilingual edition with a writer that accepts editions; a writer's failure becomes a :class:`WriterError`."""
    _refuse_edition(writer, edition.languages)
    words = tuple(words_for(writer, strings) for strings in edition.strings)
    own = attrs.evolve(edition, strings=words)
    source = WriterInput(own.first, words[0], dict(options or {}), edition=own)
    label = edition_label(edition.languages)
    try:
        data = writer.render(source)
    except (WriterError, UsageError):
        raise
    except Exception as error:
        raise WriterError(f"the {writer.name!r} writer failed on {edition.first.report_id} ({label}): {error}") from error
    if not isinstance(data, bytes):
        raise WriterError(f"the {writer.name!r} writer returned {type(data).__name__}, not bytes")
    return data


def make_edition(outlines: Sequence[Outline], strings: Sequence[Strings]) -> Edition:
    """The edition of these outlines; outlines of different shapes (never from one structure file) are a :class:`WriterError`."""
    try:
        return Edition(tuple(outlines), tuple(strings))
    except ValueError as error:
        raise WriterError(f"cannot make a bilingual edition: {error}") from error


def render_edition_of(
    content: Content, writer: Writer, languages: Sequence[Language], options: Mapping[str, str | int | bool] | None = None
) -> bytes:
    """The bilingual edition of ``content`` in ``languages``, in that order, rendered with ``writer``."""
    _refuse_edition(writer, languages)
    values = dict(options or {})
    wording = wording_of(writer, values)
    outlines = [make_outline(content.report(language), content.library[language], wording=wording) for language in languages]
    return render_edition(make_edition(outlines, [content.library[language] for language in languages]), writer, values)


def _refuse_edition(writer: Writer, languages: Sequence[Language]) -> None:
    """A usage error when ``writer`` makes no editions, or cannot serve one of the languages."""
    refusal = gaps({writer.name: writer}, languages) + edition_refusals({writer.name: writer}, [tuple(languages)])
    if refusal:
        raise UsageError("; ".join(refusal))


def render_all(
    content: Content,
    formats: Sequence[str] | None = None,
    languages: Sequence[Language | str] | None = None,
    options: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> list[tuple[str, Choice, Writer, bytes]]:
    """Render each format in each language and edition asked for, in memory: ``(file name, languages, writer, bytes)``.

    ``languages`` names languages (``cy``) and bilingual editions (``cy+en``); by default every language alone.
    """
    registry = discover() if registry is None else registry
    names = list(dict.fromkeys(formats)) if formats else sorted(registry.writers)
    writers = [registry.get(name) for name in names]
    chosen = choices(languages, content.languages)
    given = dict(options or {})
    _check_options_are_known(writers, given)
    by_name = {writer.name: writer for writer in writers}
    missing = gaps(by_name, list(dict.fromkeys(language for choice in chosen for language in choice)))
    missing += edition_refusals(by_name, [choice for choice in chosen if len(choice) > 1], registry.writers)
    if missing:
        raise UsageError("; ".join(missing))
    singles = [choice[0] for choice in chosen if len(choice) == 1]
    reports = {language: content.report(language) for choice in chosen for language in choice}
    outlines: dict[tuple[Language, str], Outline] = {}  # one per language and wording, whatever the format
    results = []
    for writer in writers:
        declared = {option.name for option in writer.options}
        values = registry.resolve_options(writer, {key: value for key, value in given.items() if key in declared})
        wording = wording_of(writer, values)
        for language in dict.fromkeys(language for choice in chosen for language in choice):
            if (language, wording) not in outlines:
                outlines[(language, wording)] = make_outline(reports[language], content.library[language], wording=wording)
        names_by_language = {language: output_name(content.spec.id, writer, language) for language in singles}
        for choice in chosen:
            if len(choice) > 1:
                edition = make_edition(
                    [outlines[(language, wording)] for language in choice], [content.library[language] for language in choice]
                )
                results.append((output_name(content.spec.id, writer, choice), choice, writer, render_edition(edition, writer, values)))
                continue
            language = choice[0]
            links = {other: name for other, name in names_by_language.items() if other != language}
            outline = attrs.evolve(outlines[(language, wording)], other_languages=language_links(reports[language], links))
            data = render_outline(outline, writer, content.library[language], values)
            results.append((names_by_language[language], choice, writer, data))
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
    for name, choice, writer, data in rendered:
        path = out / name
        try:
            write_atomic(path, data)
        except OSError as error:
            done = f"{len(outputs)} of {len(rendered)} files were written before it"
            raise OutputError(
                f"could not write {shown(path)}: {reason(error, path)}; {done}", [output.path for output in outputs]
            ) from error
        edition = choice if len(choice) > 1 else ()
        outputs.append(Output(path, writer.name, choice[0], len(data), hashlib.sha256(data).hexdigest(), edition))
    return outputs
