"""Easy-read lint: the rules of easy-read wording that ``focusreport check`` reports.

Valid content can still be poor easy read: an item with no easy wording, a sentence
of 20 words, a hard word nobody explains, an item with no picture, alternative text
that is a file name. None of these stops a build (an item without easy wording is
printed in its plain wording), but each is a problem for the accessibility team to
fix, so each is reported with its file, line and field, in both languages.

That both languages state the same figures is checked when the content is loaded,
for every message and attribute, the easy wording included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import attrs

from focusreport.content import STRUCTURE_FILE, Content
from focusreport.errors import Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.languages import ALL_LANGUAGES, Language
from focusreport.model import Rating
from focusreport.resources import locales_dir
from focusreport.spec import ItemSpec, ReportSpec

MAX_WORDS = 15
HARD_WORDS_FILE = "hard-words.txt"
EASY = "easy"

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "e.e.", "h.y.", "ayb.", "rhif."})
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u2019\u201d)]*(?=\s|$)")
_WORD = re.compile(r"\w")
_PICTURE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)\b", re.IGNORECASE)
# Alternative text says what a picture means, never that it is a picture.
_PICTURE_OPENINGS = {
    Language.EN: ("picture of", "image of", "photo of", "icon of", "graphic of"),
    Language.CY: ("llun o", "delwedd o", "ffotograff o", "eicon o"),
}


@attrs.frozen
class HardTerm:
    """One hard word and its forms (plural, Welsh mutations), as listed in ``hard-words.txt``."""

    forms: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, forms: Sequence[str]) -> HardTerm:
        alternatives = "|".join(_form_pattern(form) for form in forms)
        return cls(tuple(forms), re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE))

    def explained_by(self, glossary_words: Sequence[str]) -> bool:
        """Whether a glossary entry is this word in one of its forms."""
        return any(self.pattern.fullmatch(word.strip()) for word in glossary_words)


def _form_pattern(form: str) -> str:
    stem = form[:-1] if form.endswith("*") else form
    pattern = r"\s+".join(re.escape(part) for part in stem.split())
    return pattern + r"[\w-]*" if form.endswith("*") else pattern


def parse_hard_words(text: str) -> tuple[HardTerm, ...]:
    """Read a hard-words list: one word per line, its forms separated by commas, ``#`` comments."""
    terms = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        forms = [form.strip() for form in line.split(",") if form.strip()]
        if forms:
            terms.append(HardTerm.of(forms))
    return tuple(terms)


def load_hard_words(folder: Path | None = None) -> dict[Language, tuple[HardTerm, ...]]:
    """The hard-word lists of both languages, from ``locales/<locale>/hard-words.txt``."""
    folder = locales_dir() if folder is None else folder
    lists = {}
    for language in ALL_LANGUAGES:
        path = folder / language.locale / HARD_WORDS_FILE
        lists[language] = parse_hard_words(path.read_text(encoding="utf-8")) if path.is_file() else ()
    return lists


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences at ``.``, ``!`` and ``?`` followed by a space or the end.

    A full stop inside a figure (``£1.5``) or a web address does not end a sentence,
    nor does one that ends a known abbreviation such as ``e.g.``.
    """
    found, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        words = text[start : end.end()].split()
        if words and words[-1].lower() in _ABBREVIATIONS:
            continue
        found.append(text[start : end.end()].strip())
        start = end.end()
    rest = text[start:].strip()
    if rest:
        found.append(rest)
    return [sentence for sentence in found if sentence]


def word_count(sentence: str) -> int:
    """The number of words: runs of text between spaces with a letter or digit in them."""
    return sum(1 for token in sentence.split() if _WORD.search(token))


def lint(content: Content, hard_words: Mapping[Language, Sequence[HardTerm]] | None = None) -> list[Problem]:
    """Every easy-read problem of valid ``content``, in both languages, in file and line order.

    ``hard_words`` defaults to the lists in the library's ``locales/`` folder.
    """
    lists = load_hard_words() if hard_words is None else hard_words
    problems = _check_pictures(content)
    for language in ALL_LANGUAGES:
        problems += _check_language(content, language, lists.get(language, ()))
    order = {STRUCTURE_FILE: 0, **{f"{language.locale}.ftl": index + 1 for index, language in enumerate(ALL_LANGUAGES)}}
    return sorted(problems, key=lambda problem: (order.get(problem.file.name if problem.file else "", 9), problem.line or 0))


def _easy_messages(spec: ReportSpec) -> Iterator[tuple[str, bool]]:
    """Each message that has (or should have) easy wording, and whether it must."""
    for section in spec.introduction:
        yield section.id, False
        yield from ((paragraph.id, True) for paragraph in section.paragraphs)
    yield from ((priority.id, True) for priority in spec.priorities)
    yield from ((objective.id, True) for objective in spec.objectives)
    for theme in spec.themes:
        yield theme.id, False
        for part in (theme.aims, theme.actions, theme.impacts):
            yield from ((item.id, True) for item in part)
    yield from ((principle.id, True) for principle in spec.principles)


def _check_language(content: Content, language: Language, hard_words: Sequence[HardTerm]) -> list[Problem]:
    strings = content.strings[language]
    glossary = [strings.format(word.id) for word in content.spec.glossary]
    problems: list[Problem] = []
    for message_id, required in _easy_messages(content.spec):
        source = strings.sources[message_id]
        if not strings.has(message_id, EASY):
            if required:
                problems.append(Problem(source.path, source.line, message_id, "no easy-read wording; the plain wording will be used"))
            continue
        text = strings.format(message_id, EASY)
        field = f"{message_id}.{EASY}"
        line = source.line_of(EASY)
        problems += _check_sentences(text, source.path, line, field)
        for term in hard_words:
            match = term.pattern.search(text)
            if match and not term.explained_by(glossary):
                problems.append(
                    Problem(
                        source.path,
                        line,
                        field,
                        f"hard word {match.group(0)!r} has no explanation in the glossary: use an everyday word, "
                        "or explain it in the next sentence and add it to the glossary",
                    )
                )
    for word in content.spec.glossary:
        source = strings.sources[word.id]
        text = strings.format(word.id, "explanation")
        problems += _check_sentences(text, source.path, source.line_of("explanation"), f"{word.id}.explanation")
    for picture in content.spec.pictures:
        source = strings.sources[picture.id]
        problem = _alt_text_problem(strings.format(picture.id), picture.file, language)
        if problem:
            problems.append(Problem(source.path, source.line, picture.id, problem))
    return problems


def _check_sentences(text: str, path: Path, line: int, field: str) -> list[Problem]:
    problems = []
    for sentence in sentences(text):
        count = word_count(sentence)
        if count > MAX_WORDS:
            problems.append(
                Problem(
                    path, line, field, f"sentence of {count} words (at most {MAX_WORDS}): {sentence!r}; split it, one idea per sentence"
                )
            )
    return problems


def _alt_text_problem(alt: str, file: str, language: Language) -> str | None:
    text = alt.strip()
    if not text:
        return "the alternative text is empty"
    name = Path(file)
    machine_name = " " not in text and "_" in text
    if _PICTURE_FILE.search(text) or "/" in text or "\\" in text or text in {name.name, name.stem} or machine_name:
        return f"the alternative text {text!r} looks like a file name: say what the picture means"
    for opening in _PICTURE_OPENINGS[language]:
        if text.lower().startswith(opening):
            return f"the alternative text starts with {opening!r}: say what the picture means, not that it is a picture"
    return None


def _check_pictures(content: Content) -> list[Problem]:
    """Every item, section and theme has a picture; every rating has one."""
    spec = content.spec
    path = content.folder / STRUCTURE_FILE
    problems: list[Problem] = []

    def add(field: FieldPath, message: str) -> None:
        line = content.document.line_of(field) if content.document else None
        problems.append(Problem(path, line, render(field), message))

    for field, picture in _pictured(spec):
        if picture is None:
            add(field, "no picture: easy read shows a picture beside every item")
    rated = {entry.rating for entry in spec.ratings}
    for rating in Rating:
        if rating not in rated:
            add(("ratings",), f"the {rating.value} rating has no picture")
    return problems


def _pictured(spec: ReportSpec) -> Iterator[tuple[FieldPath, str | None]]:
    def items(entries: Sequence[ItemSpec], field: FieldPath) -> Iterator[tuple[FieldPath, str | None]]:
        for index, entry in enumerate(entries):
            yield (*field, index), entry.picture

    for index, section in enumerate(spec.introduction):
        yield ("introduction", index), section.picture
        yield from items(section.paragraphs, ("introduction", index, "paragraphs"))
    for index, priority in enumerate(spec.priorities):
        yield ("priorities", index), priority.picture
    for index, objective in enumerate(spec.objectives):
        yield ("objectives", index), objective.picture
    for index, theme in enumerate(spec.themes):
        yield ("themes", index), theme.picture
        for part in ("aims", "actions", "impacts"):
            yield from items(getattr(theme, part), ("themes", index, part))
    yield from items(spec.principles, ("principles",))
