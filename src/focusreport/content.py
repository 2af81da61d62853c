"""Load a content folder (``report.yaml`` + ``en-GB.ftl`` + ``cy.ftl`` + pictures) into a Report.

Loading checks the whole folder, both languages, before anything is built: every
problem is collected with its file, line and field, and raised together, so that a
build from invalid content writes nothing and ``focusreport check`` can list them all.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import attrs

from focusreport import figures
from focusreport.errors import ContentError, Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.languages import ALL_LANGUAGES, Language
from focusreport.model import (
    Credit,
    HardWord,
    Item,
    Objective,
    Picture,
    Priority,
    Rating,
    RatingMeaning,
    Report,
    Section,
    Theme,
)
from focusreport.resources import locales_dir
from focusreport.spec import (
    IDENTIFIER,
    OBJECTIVE_CODE,
    ItemSpec,
    ReportSpec,
    make_converter,
    structure_errors,
)
from focusreport.strings import Strings
from focusreport.yamlsource import YamlDocument, read_yaml

STRUCTURE_FILE = "report.yaml"
REPORT_MESSAGES = ("report-title", "report-subtitle", "council-name", "report-period")
ALLOWED_CONTROLS = frozenset("\t\n\r")
PICTURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


@attrs.frozen
class _Reference:
    """A message id named by the structure file, and where."""

    message_id: str
    field: FieldPath
    attributes: tuple[str, ...] = ()


@attrs.frozen
class Content:
    """A checked content folder: everything needed to produce the report in either language."""

    folder: Path
    spec: ReportSpec
    strings: dict[Language, Strings]
    library: dict[Language, Strings]
    document: YamlDocument | None = None
    """The structure file as read, for the line of each field in later checks."""

    def report(self, language: Language) -> Report:
        """The report in ``language``."""
        return _Resolver(self, language).report()


def load_library(folder: Path | None = None) -> dict[Language, Strings]:
    """The library's own strings in both languages, checked against each other.

    Parsed once per process and kept while the files are unchanged: every content
    folder read and every ``render_format`` call needs them.
    """
    folder = locales_dir() if folder is None else folder
    stamps = tuple(
        (str(path), path.stat().st_mtime_ns, path.stat().st_size)
        for language in ALL_LANGUAGES
        for path in sorted((folder / language.locale).glob("*.ftl"))
    )
    return _parsed_library(folder, stamps)


@functools.lru_cache(maxsize=8)
def _parsed_library(folder: Path, stamps: tuple[tuple[str, int, int], ...]) -> dict[Language, Strings]:
    library = {language: Strings.from_folder(language.locale, folder / language.locale) for language in ALL_LANGUAGES}
    problems = [problem for strings in library.values() for problem in strings.problems]
    problems += _compare_languages(library)
    if problems:
        raise ContentError(problems)
    return library


def read_content(folder: Path) -> Content:
    """Read and check a content folder; raise :class:`ContentError` with every problem found."""
    content, problems = _read(folder)
    if content is None or problems:
        raise ContentError(problems)
    return content


def load(folder: Path, language: Language) -> Report:
    """Load the report in ``folder`` for ``language``, checking the whole folder first."""
    return read_content(folder).report(language)


def examine(folder: Path) -> tuple[Content | None, list[Problem]]:
    """The content of ``folder`` when it is valid, and every problem: one reading serves both."""
    return _read(folder)


def check_content(folder: Path) -> list[Problem]:
    """Every problem of a content folder, in file order; an empty list when it is valid."""
    return _read(folder)[1]


def _read(folder: Path) -> tuple[Content | None, list[Problem]]:
    folder = Path(folder)
    structure = folder / STRUCTURE_FILE
    if not folder.is_dir():
        return None, [Problem(folder, None, "", "no such content folder")]
    if not structure.is_file():
        return None, [Problem(structure, None, "", "the structure file is missing")]
    try:
        library = load_library()
    except ContentError as error:
        return None, list(error.problems)
    document, problems = read_yaml(structure, structure.read_text(encoding="utf-8"))
    strings: dict[Language, Strings] = {}
    for language in ALL_LANGUAGES:
        path = folder / f"{language.locale}.ftl"
        if not path.is_file():
            problems.append(Problem(path, None, "", f"the {language.tag} strings file is missing"))
            continue
        strings[language] = Strings(language.locale, [(path, path.read_text(encoding="utf-8"))])
        problems += strings[language].problems
    complete = len(strings) == len(ALL_LANGUAGES)
    if complete:
        problems += _compare_languages(strings)
    if document is None:
        return None, problems
    try:
        spec = make_converter().structure(document.data, ReportSpec)
    except Exception as error:  # cattrs raises an ExceptionGroup of every field at fault
        for field, message in structure_errors(error):
            problems.append(Problem(structure, document.line_of(field), render(field), message))
        return None, problems
    problems += _check_structure(spec, document, folder)
    if complete:
        problems += _check_references(spec, document, strings)
    if problems:
        return None, problems
    return Content(folder, spec, strings, library, document), []


def _references(spec: ReportSpec) -> Iterator[_Reference]:
    """Every message the structure file names, with the attributes it requires."""
    for index, section in enumerate(spec.introduction):
        yield _Reference(section.id, ("introduction", index, "id"))
        yield from _item_references(section.paragraphs, ("introduction", index, "paragraphs"))
    for index, priority in enumerate(spec.priorities):
        yield _Reference(priority.id, ("priorities", index, "id"))
    for index, objective in enumerate(spec.objectives):
        yield _Reference(objective.id, ("objectives", index, "id"))
    for index, theme in enumerate(spec.themes):
        yield _Reference(theme.id, ("themes", index, "id"), ("summary",))
        for part in ("aims", "actions", "impacts"):
            yield from _item_references(getattr(theme, part), ("themes", index, part))
    yield from _item_references(spec.principles, ("principles",))
    for index, word in enumerate(spec.glossary):
        yield _Reference(word.id, ("glossary", index, "id"), ("explanation",))
    for index, picture in enumerate(spec.pictures):
        yield _Reference(picture.id, ("pictures", index, "id"))
    for index, credit in enumerate(spec.credits):
        yield _Reference(credit, ("credits", index))


def _item_references(items: tuple[ItemSpec, ...], field: FieldPath) -> Iterator[_Reference]:
    for index, item in enumerate(items):
        yield _Reference(item.id, (*field, index, "id"))


def _picture_references(spec: ReportSpec) -> Iterator[tuple[str, FieldPath]]:
    for index, section in enumerate(spec.introduction):
        if section.picture:
            yield section.picture, ("introduction", index, "picture")
        for number, paragraph in enumerate(section.paragraphs):
            if paragraph.picture:
                yield paragraph.picture, ("introduction", index, "paragraphs", number, "picture")
    for group in ("priorities", "objectives", "principles", "glossary"):
        for index, entry in enumerate(getattr(spec, group)):
            if entry.picture:
                yield entry.picture, (group, index, "picture")
    for index, rating in enumerate(spec.ratings):
        yield rating.picture, ("ratings", index, "picture")
    for index, theme in enumerate(spec.themes):
        if theme.picture:
            yield theme.picture, ("themes", index, "picture")
        for part in ("aims", "actions", "impacts"):
            for number, item in enumerate(getattr(theme, part)):
                if item.picture:
                    yield item.picture, ("themes", index, part, number, "picture")


def _check_structure(spec: ReportSpec, document: YamlDocument, folder: Path) -> list[Problem]:
    path = document.path
    problems: list[Problem] = []

    def add(field: FieldPath, message: str) -> None:
        problems.append(Problem(path, document.line_of(field), render(field), message))

    if not IDENTIFIER.match(spec.id):
        add(("id",), "a report id is lower-case letters, digits and single hyphens, such as wrexham-2019-20")
    if spec.period.end < spec.period.start:
        add(("period", "end"), "the period ends before it starts")
    first_use: dict[str, FieldPath] = {name: ("(library)",) for name in REPORT_MESSAGES}
    for reference in _references(spec):
        if not IDENTIFIER.match(reference.message_id):
            add(reference.field, f"{reference.message_id!r} is not a valid id (lower-case words joined by hyphens)")
        elif reference.message_id in first_use:
            add(reference.field, f"duplicate id {reference.message_id!r} (first used at {render(first_use[reference.message_id])})")
        else:
            first_use[reference.message_id] = reference.field
    rated: set[Rating] = set()
    for index, entry in enumerate(spec.ratings):
        if entry.rating in rated:
            add(("ratings", index, "rating"), f"the {entry.rating.value} rating has a picture already")
        rated.add(entry.rating)
    theme_ids = {theme.id: theme for theme in spec.themes}
    codes: set[str] = set()
    for index, objective in enumerate(spec.objectives):
        theme = theme_ids.get(objective.theme)
        if theme is None:
            add(("objectives", index, "theme"), f"unknown theme {objective.theme!r}; themes: {', '.join(theme_ids)}")
        elif not (objective.code.startswith(theme.code) and objective.code[len(theme.code) :].isdigit()):
            add(("objectives", index, "code"), f"code {objective.code!r} does not start with its theme's code {theme.code!r} and a number")
        if not OBJECTIVE_CODE.match(objective.code):
            add(("objectives", index, "code"), f"code {objective.code!r} is not capital letters followed by a number")
        if objective.code in codes:
            add(("objectives", index, "code"), f"duplicate code {objective.code!r}")
        codes.add(objective.code)
    picture_ids = {picture.id for picture in spec.pictures}
    credit_ids = set(spec.credits)
    root = folder.resolve()
    for index, picture in enumerate(spec.pictures):
        if picture.credit not in credit_ids:
            add(("pictures", index, "credit"), f"unknown credit {picture.credit!r}; credits: {', '.join(spec.credits) or 'none'}")
        problem = _check_picture_file(folder, root, picture.file)
        if problem:
            add(("pictures", index, "file"), problem)
    for picture_id, field in _picture_references(spec):
        if picture_id not in picture_ids:
            add(field, f"unknown picture {picture_id!r}")
    return problems


def _check_picture_file(folder: Path, root: Path, name: str) -> str | None:
    relative = Path(name)
    if relative.is_absolute():
        return f"{name!r} must be a path inside the content folder, not an absolute path"
    candidate = folder / relative
    try:
        resolved = candidate.resolve(strict=True)
    except (FileNotFoundError, RuntimeError):
        return f"picture file {name!r} does not exist"
    if not resolved.is_relative_to(root):
        return f"picture file {name!r} lies outside the content folder"
    if not resolved.is_file():
        return f"picture file {name!r} is not a file"
    if resolved.suffix.lower() not in PICTURE_TYPES:
        return f"picture file {name!r} is not PNG or JPEG"
    return None


def _compare_languages(strings: dict[Language, Strings]) -> list[Problem]:
    """Each message and attribute exists in both languages, and states the same figures."""
    problems: list[Problem] = []
    for language in ALL_LANGUAGES:
        mine, theirs = strings[language], strings[language.other]
        for message_id, source in mine.sources.items():
            other = theirs.sources.get(message_id)
            if other is None:
                problems.append(
                    Problem(source.path, source.line, message_id, f"has no {language.other.tag} translation in {theirs.describe()}")
                )
                continue
            if source.has_value and not other.has_value:
                problems.append(Problem(other.path, other.line, message_id, f"has no value, but the {language.tag} message has"))
            for attribute, line in source.attribute_lines.items():
                if attribute not in other.attribute_lines:
                    problems.append(
                        Problem(
                            source.path, line, f"{message_id}.{attribute}", f"has no {language.other.tag} translation in {other.path.name}"
                        )
                    )
    english, welsh = strings[Language.EN], strings[Language.CY]
    for message_id, source in welsh.sources.items():
        if message_id not in english.sources:
            continue
        for part in (None, *source.attribute_lines):
            if not (english.has(message_id, part) and welsh.has(message_id, part)):
                continue
            changed = figures.difference(english.literal_text(message_id, part), welsh.literal_text(message_id, part))
            if changed:
                field = message_id if part is None else f"{message_id}.{part}"
                problems.append(Problem(source.path, source.line_of(part), field, f"figures differ from {english.locale}: {changed}"))
    return problems


def _check_references(spec: ReportSpec, document: YamlDocument, strings: dict[Language, Strings]) -> list[Problem]:
    """Every message the structure names exists, formats, and every message is used."""
    problems: list[Problem] = []
    used: set[str] = set(REPORT_MESSAGES)
    references = [_Reference(name, ()) for name in REPORT_MESSAGES] + list(_references(spec))
    for reference in references:
        used.add(reference.message_id)
        for language in ALL_LANGUAGES:
            catalogue = strings[language]
            ftl = f"{language.locale}.ftl"
            if not catalogue.has(reference.message_id):
                field = render(reference.field) or reference.message_id
                line = document.line_of(reference.field) if reference.field else None
                file = document.path if reference.field else document.path.parent / ftl
                problems.append(Problem(file, line, field, f"message {reference.message_id!r} is missing from {ftl}"))
                continue
            for attribute in (None, *reference.attributes, *catalogue.attributes(reference.message_id)):
                if attribute is not None and not catalogue.has(reference.message_id, attribute):
                    source = catalogue.sources[reference.message_id]
                    problems.append(
                        Problem(source.path, source.line, f"{reference.message_id}.{attribute}", f"the attribute .{attribute} is required")
                    )
                    continue
                try:
                    text = catalogue.format(reference.message_id, attribute)
                except ContentError as error:
                    problems += error.problems
                    continue
                problem = _control_character_problem(text)
                if problem:
                    source = catalogue.sources[reference.message_id]
                    field = reference.message_id if attribute is None else f"{reference.message_id}.{attribute}"
                    problems.append(Problem(source.path, source.line_of(attribute), field, problem))
    for language in ALL_LANGUAGES:
        for message_id, source in strings[language].sources.items():
            if message_id not in used and not message_id.startswith("-"):
                problems.append(Problem(source.path, source.line, message_id, f"message is not used in {STRUCTURE_FILE}"))
    return _unique(problems)


def _control_character_problem(text: str) -> str | None:
    """Why ``text`` cannot be printed: a C0 or C1 control character (tab and line breaks aside).

    Such characters are invisible, make XML and Word files invalid, and never belong in a report.
    """
    for offset, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in ALLOWED_CONTROLS:
            return f"contains the control character U+{ord(char):04X} at character {offset + 1}; remove it"
    return None


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    result = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            result.append(problem)
    return result


class _Resolver:
    """Builds the model for one language from checked content."""

    def __init__(self, content: Content, language: Language) -> None:
        self.content = content
        self.language = language
        self.text = content.strings[language]
        self.library = content.library[language]
        self.pictures = {picture.id: picture for picture in content.spec.pictures}
        self.credits = {credit: self.text.format(credit) for credit in content.spec.credits}
        self._made: dict[str, Picture] = {}  # a picture is resolved once, however many items show it

    def _optional(self, message_id: str, attribute: str) -> str | None:
        return self.text.format(message_id, attribute) if self.text.has(message_id, attribute) else None

    def _picture(self, picture_id: str | None) -> Picture | None:
        if picture_id is None:
            return None
        if picture_id not in self._made:
            spec = self.pictures[picture_id]
            path = (self.content.folder / spec.file).resolve()
            self._made[picture_id] = Picture(
                id=picture_id,
                path=path,
                media_type=PICTURE_TYPES[path.suffix.lower()],
                alt=self.text.format(picture_id),
                credit=self.credits[spec.credit],
            )
        return self._made[picture_id]

    def _item(self, message_id: str, picture: str | None = None) -> Item:
        return Item(message_id, self.text.format(message_id), self._optional(message_id, "easy"), self._picture(picture))

    def _items(self, specs: tuple[ItemSpec, ...]) -> tuple[Item, ...]:
        return tuple(self._item(spec.id, spec.picture) for spec in specs)

    def report(self) -> Report:
        spec = self.content.spec
        rating_pictures = {entry.rating: entry.picture for entry in spec.ratings}
        legend = tuple(
            RatingMeaning(
                rating,
                self.library.format(f"rating-{rating.value}"),
                self.library.format(f"rating-{rating.value}", "meaning"),
                self._picture(rating_pictures.get(rating)),
            )
            for rating in Rating
        )
        return Report(
            id=spec.id,
            language=self.language,
            title=self.text.format("report-title"),
            subtitle=self.text.format("report-subtitle"),
            council=self.text.format("council-name"),
            period=self.text.format("report-period"),
            period_start=spec.period.start,
            period_end=spec.period.end,
            published=spec.published,
            introduction=tuple(
                Section(
                    id=section.id,
                    heading=self.text.format(section.id),
                    paragraphs=self._items(section.paragraphs),
                    easy_heading=self._optional(section.id, "easy"),
                    picture=self._picture(section.picture),
                )
                for section in spec.introduction
            ),
            legend=legend,
            priorities=tuple(Priority(p.id, self._item(p.id, p.picture), p.rating) for p in spec.priorities),
            objectives=tuple(Objective(o.id, o.code, self._item(o.id, o.picture), o.rating, o.theme) for o in spec.objectives),
            themes=tuple(
                Theme(
                    id=theme.id,
                    code=theme.code,
                    name=self.text.format(theme.id),
                    summary=self.text.format(theme.id, "summary"),
                    aims=self._items(theme.aims),
                    actions=self._items(theme.actions),
                    impacts=self._items(theme.impacts),
                    easy_summary=self._optional(theme.id, "easy"),
                    picture=self._picture(theme.picture),
                )
                for theme in spec.themes
            ),
            principles=self._items(spec.principles),
            glossary=tuple(
                HardWord(word.id, self.text.format(word.id), self.text.format(word.id, "explanation"), self._picture(word.picture))
                for word in spec.glossary
            ),
            credits=tuple(Credit(credit, text) for credit, text in self.credits.items()),
        )
