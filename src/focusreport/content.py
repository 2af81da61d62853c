"""Load a content folder (``report.yaml`` + one strings file per language + pictures) and check all of it.

Loading checks the whole folder, every declared language, before anything is built:
every problem is collected with its file, line and field, and raised together, so that
a build from invalid content writes nothing and ``focusreport check`` can list them all.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from focusreport import bidi, figures, specwalk
from focusreport.errors import ContentError, Problem
from focusreport.fieldpath import render
from focusreport.languages import LIBRARY_LANGUAGES, RIGHT_TO_LEFT, Language, file_codes, is_tag, lookup_chain
from focusreport.model import Report
from focusreport.resources import locales_dir
from focusreport.spec import ReportSpec, make_converter, old_style_problem, structure_errors
from focusreport.strings import Strings, read_files
from focusreport.structurecheck import check_structure
from focusreport.yamlsource import YamlDocument, read_yaml_file

STRUCTURE_FILE = "report.yaml"
LOCALES_FOLDER = "locales"
ALLOWED_CONTROLS = frozenset("\t\n\r")


@attrs.frozen
class Content:
    """A checked content folder: everything needed to produce the report in each of its languages."""

    folder: Path
    spec: ReportSpec
    languages: tuple[Language, ...]
    strings: Mapping[Language, Strings]
    """The report's own words, by language."""
    library: Mapping[Language, Strings]
    """The library's words (the library's own, or supplied by the report's folder), by language."""
    document: YamlDocument | None = None
    """The structure file as read, for the line of each field in later checks."""

    def report(self, language: Language) -> Report:
        """The report in ``language``."""
        from focusreport.resolve import resolve

        return resolve(self, language)


def load_library(folder: Path | None = None) -> dict[Language, Strings]:
    """The library's own strings in English and Welsh, checked against each other.

    Parsed once per process and kept while the files are unchanged: every content
    folder read and every ``render_format`` call needs them.
    """
    folder = locales_dir() if folder is None else folder
    stamps = tuple(
        (str(path), path.stat().st_mtime_ns, path.stat().st_size)
        for language in LIBRARY_LANGUAGES
        for path in sorted((folder / language.locale).glob("*.ftl"))
    )
    return _parsed_library(folder, stamps)


@functools.lru_cache(maxsize=8)
def _parsed_library(folder: Path, stamps: tuple[tuple[str, int, int], ...]) -> dict[Language, Strings]:
    library = {language: Strings.from_folder(language.locale, folder / language.locale) for language in LIBRARY_LANGUAGES}
    problems = [problem for strings in library.values() for problem in strings.problems]
    problems += compare_languages(library, LIBRARY_LANGUAGES)
    if problems:
        raise ContentError(problems)
    return library


def library_words(report: Report) -> Strings:
    """The library's words in the language of ``report``: its own, or those the report's folder supplies."""
    if report.words is None:
        return {language.primary: strings for language, strings in load_library().items()}[report.language.primary]
    texts, problems = read_files(sorted(report.words.glob("*.ftl")))
    if problems:
        raise ContentError(problems)
    words = Strings(report.language.locale, texts)
    if words.problems:
        raise ContentError(words.problems)
    return words


def read_content(folder: Path) -> Content:
    """Read and check a content folder; raise :class:`ContentError` with every problem found."""
    content, problems = _read(Path(folder))
    if content is None or problems:
        raise ContentError(problems)
    return content


def load(folder: Path, language: Language) -> Report:
    """Load the report in ``folder`` for ``language``, checking the whole folder first."""
    return read_content(folder).report(language)


def examine(folder: Path) -> tuple[Content | None, list[Problem]]:
    """The content of ``folder`` when it is valid, and every problem: one reading serves both."""
    return _read(Path(folder))


def check_content(folder: Path) -> list[Problem]:
    """Every problem of a content folder, in file order; an empty list when it is valid."""
    return _read(Path(folder))[1]


def _read(folder: Path) -> tuple[Content | None, list[Problem]]:
    content, problems = _read_folder(folder)
    return content, _unique(problems)


def _read_folder(folder: Path) -> tuple[Content | None, list[Problem]]:
    structure = folder / STRUCTURE_FILE
    if not folder.is_dir():
        return None, [Problem(folder, None, "", "no such content folder")]
    if not structure.is_file():
        return None, [Problem(structure, None, "", "the structure file is missing")]
    try:
        library = load_library()
    except ContentError as error:
        return None, list(error.problems)
    document, problems = read_yaml_file(structure)
    if document is None:
        return None, problems
    old_style = old_style_problem(document.data)
    if old_style:
        return None, [*problems, Problem(structure, 1, "", old_style)]
    spec: ReportSpec | None = None
    try:
        spec = make_converter().structure(document.data, ReportSpec)
    except Exception as error:  # cattrs raises an ExceptionGroup of every field at fault
        for field, message in structure_errors(error):
            problems.append(Problem(structure, document.line_of(field), render(field), message))
    if spec is not None:
        problems += check_structure(spec, document, folder)
        tags: Sequence[object] = spec.languages
    else:  # still check the strings of the languages the file declares, so that one reading lists every problem
        declared = document.data.get("languages") if isinstance(document.data, dict) else None
        tags = declared if isinstance(declared, list) else []
    valid = dict.fromkeys(tag for tag in tags if isinstance(tag, str) and is_tag(tag))
    languages = file_codes(list(dict.fromkeys(Language.of(tag) for tag in valid)))
    if not languages:
        return None, problems
    strings, words_problems = _read_strings(folder, languages)
    problems += words_problems
    words = _library_words(folder, languages, library)
    problems += words.problems
    if len(strings) == len(languages):
        problems += compare_languages(strings, languages)
        if spec is not None:
            problems += _check_references(spec, document, strings, languages)
    if problems or spec is None:
        return None, problems
    return Content(folder, spec, languages, strings, words.strings, document), []


def _read_strings(folder: Path, languages: Sequence[Language]) -> tuple[dict[Language, Strings], list[Problem]]:
    """Each language's strings file, found by its tag then its shorter forms (``cy-GB.ftl``, then ``cy.ftl``)."""
    strings: dict[Language, Strings] = {}
    problems: list[Problem] = []
    for language in languages:
        names = [f"{name}.ftl" for name in dict.fromkeys((*lookup_chain(language.tag), language.locale))]
        path = next((folder / name for name in names if (folder / name).is_file()), None)
        if path is None:
            problems.append(
                Problem(folder / names[0], None, "", f"the {language.tag} strings file is missing (looked for {' or '.join(names)})")
            )
            continue
        texts, unreadable = read_files([path])
        if unreadable:
            problems += unreadable
            continue
        strings[language] = Strings(language.locale, texts)
        problems += strings[language].problems
    return strings, problems


@attrs.frozen
class _LibraryWords:
    strings: dict[Language, Strings]
    problems: list[Problem]


def _library_words(folder: Path, languages: Sequence[Language], library: Mapping[Language, Strings]) -> _LibraryWords:
    """The library's words in each language: its own for English and Welsh, the report's ``locales/<tag>/`` otherwise."""
    by_primary = {language.primary: strings for language, strings in library.items()}
    english = library[Language.EN]
    found: dict[Language, Strings] = {}
    problems: list[Problem] = []
    for language in languages:
        supplied = _supplied_folder(folder, language)
        if language.primary in by_primary:
            if supplied is not None:
                problems.append(
                    Problem(supplied, None, "", f"the library has its own words for {language.tag}; remove this folder, or rename it")
                )
            found[language] = by_primary[language.primary]
            continue
        if supplied is None:
            where = folder / LOCALES_FOLDER / language.tag
            problems.append(
                Problem(
                    where,
                    None,
                    "",
                    f"the library has no words for {language.tag} and the report supplies none: add {LOCALES_FOLDER}/{language.tag}/ "
                    "with a translation of each .ftl file in the library's locales/en-GB/ (see docs/content.md)",
                )
            )
            continue
        texts, unreadable = read_files(sorted(supplied.glob("*.ftl")))
        if unreadable:
            problems += unreadable
            continue
        words = Strings(language.locale, texts)
        problems += words.problems
        problems += _compare_with_reference(words, english, language)
        problems += _format_library_words(words, english, language)
        found[language] = words
    return _LibraryWords(found, problems)


_SAMPLE_COUNTS = (*range(23), 100, 101, 1000, 1_000_000)
"""Counts to format plural messages with: every CLDR category of every language has one among them."""


def _format_library_words(words: Strings, reference: Strings, language: Language) -> list[Problem]:
    """Each message of a report's translation of the library's words formats with the arguments focusreport gives it.

    The arguments are those the library's English message uses, a count tried with a number
    of each plural category, so that a misspelt variable or a reference to a missing
    message is found here rather than half-way through a build.
    """
    problems: list[Problem] = []
    for message_id, mine in words.sources.items():
        if message_id not in reference.sources or message_id.startswith("-"):
            continue
        for attribute in (None, *mine.attribute_lines):
            if not (words.has(message_id, attribute) and reference.has(message_id, attribute)):
                continue
            arguments = reference.arguments(message_id, attribute)
            counts = [name for name, number in arguments.items() if number]
            texts = {name: "Text" for name, number in arguments.items() if not number}
            for count in _SAMPLE_COUNTS if counts else (0,):
                try:
                    text = words.format(message_id, attribute, **texts, **dict.fromkeys(counts, count))
                except ContentError as error:
                    problems += error.problems
                    break
                problem = _text_problem(text, language)
                if problem:
                    field = message_id if attribute is None else f"{message_id}.{attribute}"
                    problems.append(Problem(mine.path, mine.line_of(attribute), field, problem))
                    break
    return problems


def _supplied_folder(folder: Path, language: Language) -> Path | None:
    for name in lookup_chain(language.tag):
        candidate = folder / LOCALES_FOLDER / name
        if candidate.is_dir() and any(candidate.glob("*.ftl")):
            return candidate
    return None


def _compare_with_reference(words: Strings, reference: Strings, language: Language) -> list[Problem]:
    """A report-supplied translation of the library's words has each message and attribute of the English, and no others."""
    problems: list[Problem] = []
    where = words.paths[0] if words.paths else None
    for message_id, source in reference.sources.items():
        mine = words.sources.get(message_id)
        if mine is None and message_id in words.withheld:
            continue
        if mine is None:
            expected = where.parent / source.path.name if where is not None else None  # the file the library keeps it in
            problems.append(Problem(expected, None, message_id, f"the library's message is missing from the {language.tag} words"))
            continue
        for attribute in source.attribute_lines:
            if attribute not in mine.attribute_lines:
                problems.append(Problem(mine.path, mine.line, f"{message_id}.{attribute}", "the library's attribute is missing"))
    for message_id, mine in words.sources.items():
        if message_id not in reference.sources and not message_id.startswith("-"):
            problems.append(Problem(mine.path, mine.line, message_id, "the library has no such message (is it misspelt?)"))
    return problems


def compare_languages(strings: Mapping[Language, Strings], languages: Sequence[Language]) -> list[Problem]:
    """Each message and attribute exists in every language, and states the same figures as the first language."""
    problems: list[Problem] = []
    for language in languages:
        mine = strings[language]
        for other_language in languages:
            if other_language is language:
                continue
            theirs = strings[other_language]
            for message_id, source in mine.sources.items():
                other = theirs.sources.get(message_id)
                if other is None and message_id in theirs.withheld:
                    continue
                if other is None:
                    problems.append(
                        Problem(source.path, source.line, message_id, f"has no {other_language.tag} translation in {theirs.describe()}")
                    )
                    continue
                if source.has_value and not other.has_value:
                    problems.append(Problem(other.path, other.line, message_id, f"has no value, but the {language.tag} message has"))
                for attribute, line in source.attribute_lines.items():
                    if attribute not in other.attribute_lines:
                        problems.append(
                            Problem(
                                source.path,
                                line,
                                f"{message_id}.{attribute}",
                                f"has no {other_language.tag} translation in {other.path.name}",
                            )
                        )
    first = strings[languages[0]]
    for language in languages[1:]:
        problems += _compare_figures(first, strings[language])
    return _unique(problems)


def _compare_figures(first: Strings, other: Strings) -> list[Problem]:
    problems: list[Problem] = []
    for message_id, source in other.sources.items():
        if message_id not in first.sources:
            continue
        for part in (None, *source.attribute_lines):
            if not (first.has(message_id, part) and other.has(message_id, part)):
                continue
            changed = figures.difference(
                first.literal_text(message_id, part), other.literal_text(message_id, part), first.locale, other.locale
            )
            if changed:
                field = message_id if part is None else f"{message_id}.{part}"
                problems.append(Problem(source.path, source.line_of(part), field, f"figures differ from {first.locale}: {changed}"))
    return problems


def _check_references(
    spec: ReportSpec, document: YamlDocument, strings: Mapping[Language, Strings], languages: Iterable[Language]
) -> list[Problem]:
    """Every message the structure names exists, formats, and every message is used."""
    problems: list[Problem] = []
    used: set[str] = set(specwalk.REPORT_MESSAGES)
    given = [name for name in specwalk.OPTIONAL_REPORT_MESSAGES if any(name in strings[language].sources for language in languages)]
    references = [specwalk.Reference(name, ()) for name in (*specwalk.REPORT_MESSAGES, *given)] + list(specwalk.references(spec))
    for reference in references:
        used.add(reference.message_id)
        for language in languages:
            catalogue = strings[language]
            ftl = catalogue.describe()
            if reference.message_id in catalogue.withheld:
                continue
            if reference.message_id not in catalogue.sources:
                field = render(reference.field) or reference.message_id
                line = document.line_of(reference.field) if reference.field else None
                file = document.path if reference.field else catalogue.paths[0]
                problems.append(Problem(file, line, field, f"message {reference.message_id!r} is missing from {ftl}"))
                continue
            source = catalogue.sources[reference.message_id]
            if reference.value_required and not source.has_value:
                problems.append(Problem(source.path, source.line, reference.message_id, "the message needs a value, not only attributes"))
            for attribute in (None, *reference.attributes, *catalogue.attributes(reference.message_id)):
                if not catalogue.has(reference.message_id, attribute):
                    if attribute is not None:
                        problems.append(
                            Problem(
                                source.path, source.line, f"{reference.message_id}.{attribute}", f"the attribute .{attribute} is required"
                            )
                        )
                    continue
                try:
                    text = catalogue.format(reference.message_id, attribute)
                except ContentError as error:
                    problems += error.problems
                    continue
                problem = _text_problem(text, language)
                if problem:
                    field = reference.message_id if attribute is None else f"{reference.message_id}.{attribute}"
                    problems.append(Problem(source.path, source.line_of(attribute), field, problem))
    for language in languages:
        for message_id, source in strings[language].sources.items():
            if message_id not in used and not message_id.startswith("-"):
                problems.append(Problem(source.path, source.line, message_id, f"message is not used in {STRUCTURE_FILE}"))
    return _unique(problems)


def _text_problem(text: str, language: Language) -> str | None:
    """Why a formatted message cannot be printed: a control character, or (right to left) an isolate left open."""
    problem = _control_character_problem(text)
    if problem is None and language.direction == RIGHT_TO_LEFT:
        problem = bidi.unbalanced_isolate(text)
    return problem


def _control_character_problem(text: str) -> str | None:
    """Why ``text`` cannot be printed: a C0 or C1 control character (tab and line breaks aside).

    Such characters are invisible, make XML and Word files invalid, and never belong in a report.
    """
    for offset, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in ALLOWED_CONTROLS:
            return f"contains the control character U+{ord(char):04X} at character {offset + 1}; remove it"
    return None


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
