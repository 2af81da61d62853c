"""Easy-read lint: the rules of easy-read wording that ``focusreport check`` reports.

Valid content can still be poor easy read: an item with no easy wording, a sentence
of 20 words, a hard word nobody explains, an item with no picture, alternative text
that is a file name. None of these stops a build (an item without easy wording is
printed in its plain wording), but each is a problem for the accessibility team to
fix, so each is reported with its file, line and field, in both languages.

That both languages state the same figures is checked when the content is loaded,
for every message and attribute, the easy wording included. Here the easy wording's
figures are checked against its own full wording: easy numbers are whole, with no
percentages ("8 out of 10" for 80%), and each is a figure of the full wording, a
rounding of one (3 for 2.82 days, £5 million for £5,549,669), a tenth of a
percentage with its 10 (8 and 10 for 80%), or a year.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import attrs

from focusreport import specwalk
from focusreport.content import LOCALES_FOLDER, STRUCTURE_FILE, Content
from focusreport.errors import ContentError, Problem
from focusreport.fieldpath import FieldPath, render
from focusreport.figures import figures
from focusreport.languages import Language, lookup_chain
from focusreport.resources import locales_dir
from focusreport.spec import GlossaryPart, RatedListPart
from focusreport.textfile import read_text

MAX_WORDS = 15
MAX_IDEAS_PER_PICTURE = 2
"""A reader takes a picture literally: one that stands for many ideas stands for none of them."""
HARD_WORDS_FILE = "hard-words.txt"
EASY = "easy"

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "e.e.", "h.y.", "ayb.", "rhif."})
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u2019\u201d)]*(?=\s|$)")
_WORD = re.compile(r"\w")
_PICTURE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)\b", re.IGNORECASE)
# Alternative text says what a picture means, never that it is a picture.
_PICTURE_OPENINGS = {
    "en": ("picture of", "image of", "photo of", "icon of", "graphic of"),
    "cy": ("llun o", "delwedd o", "ffotograff o", "eicon o"),
}
_PERCENTAGE = re.compile(r"(\d[\d.,\u00a0\u202f]*)\s?%")
_BARE_NUMBER = re.compile(r"(?<![\w.,\u00a0\u202f])(?<!\d )\d{4,}(?![\w,.]\d|\w)")
_GROUPS_FROM_FIVE_DIGITS = frozenset({"pl", "es"})
"""Languages that leave a four-digit number whole (1860, 3400): CLDR's minimumGroupingDigits of 2, which Babel does not apply."""
_YEARS = range(1900, 2101)
"""A figure in these is read as a year: a date, not an amount to check."""
_SCALES = (Decimal(1_000), Decimal(1_000_000), Decimal(1_000_000_000))
"""Thousands, millions and billions: "£5 million" rounds £5,549,669."""


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


def load_hard_words(languages: Sequence[Language], *folders: Path) -> dict[Language, tuple[HardTerm, ...]]:
    """The hard-word list of each language: ``<locale>/hard-words.txt`` in the first of ``folders`` that has one.

    ``folders`` default to the library's ``locales/``; a report may add lists of its own
    in its ``locales/`` folder for languages the library has none for.
    """
    places = folders or (locales_dir(),)
    lists: dict[Language, tuple[HardTerm, ...]] = {}
    for language in languages:
        names = dict.fromkeys((*lookup_chain(language.tag), language.locale))
        found = next(
            (folder / name / HARD_WORDS_FILE for folder in places for name in names if (folder / name / HARD_WORDS_FILE).is_file()), None
        )
        if found is None:
            lists[language] = ()
            continue
        text = read_text(found)
        if isinstance(text, Problem):
            raise ContentError([text])
        lists[language] = parse_hard_words(text)
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
    """Every easy-read problem of valid ``content``, in every language, in file and line order.

    ``hard_words`` defaults to the lists in the library's ``locales/`` folder and the report's own.
    """
    lists = load_hard_words(content.languages, locales_dir(), content.folder / LOCALES_FOLDER) if hard_words is None else hard_words
    problems = _check_pictures(content)
    for language in content.languages:
        problems += _check_language(content, language, lists.get(language, ()))
    files = [STRUCTURE_FILE, *(strings.paths[0].name for strings in content.strings.values() if strings.paths)]
    order = {name: index for index, name in enumerate(files)}
    return sorted(problems, key=lambda problem: (order.get(problem.file.name if problem.file else "", 99), problem.line or 0))


def _glossary_ids(content: Content) -> list[str]:
    return [word.id for part, _ in specwalk.walk(content.spec.parts) if isinstance(part, GlossaryPart) for word in part.words]


def _check_language(content: Content, language: Language, hard_words: Sequence[HardTerm]) -> list[Problem]:
    strings = content.strings[language]
    glossary_ids = _glossary_ids(content)
    glossary = [strings.format(word_id) for word_id in glossary_ids]
    problems: list[Problem] = []

    def easy(message_id: str, missing: str | None) -> None:
        """Check the easy wording of one message; ``missing`` says what is wrong when it has none (``None``: fine)."""
        source = strings.sources[message_id]
        if not strings.has(message_id, EASY):
            if missing:
                problems.append(Problem(source.path, source.line, message_id, missing))
            return
        text = strings.format(message_id, EASY)
        field = f"{message_id}.{EASY}"
        line = source.line_of(EASY)
        problems.extend(_check_sentences(text, source.path, line, field))
        full = strings.format(message_id) if strings.has(message_id) else ""
        problems.extend(Problem(source.path, line, field, message) for message in number_problems(full, text, strings.locale))
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

    for scale in content.spec.scales:
        for level in specwalk.level_ids(scale):
            easy(specwalk.level_message(scale.id, level), "no easy-read meaning of this level; easy read will print its full meaning")
    for text_ in specwalk.texts(content.spec):
        if text_.message_id not in glossary_ids:
            easy(text_.message_id, "no easy-read wording; the plain wording will be used" if text_.needs_easy else None)
        source = strings.sources[text_.message_id]
        for attribute in (None, EASY):
            if attribute is None or strings.has(text_.message_id, attribute):
                wording = strings.format(text_.message_id, attribute) if attribute else strings.format(text_.message_id)
                field = f"{text_.message_id}.{attribute}" if attribute else text_.message_id
                line = source.line_of(attribute) if attribute else source.line
                problems.extend(Problem(source.path, line, field, problem) for problem in ungrouped_numbers(wording, strings.locale))
    for word_id in glossary_ids:
        source = strings.sources[word_id]
        text = strings.format(word_id, "explanation")
        problems += _check_sentences(text, source.path, source.line_of("explanation"), f"{word_id}.explanation")
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


def number_problems(full: str, easy: str, locale: str) -> list[str]:
    """What is wrong with the numbers of ``easy`` wording, the easy form of ``full``, in ``locale``.

    A decimal or a percentage is hard to read: each is reported. Where the full wording
    has such a hard number, each figure of the easy wording must come from the full
    wording, as it is or made easy (see the module's docstring), so that making a
    number easy never changes what it says. (Elsewhere easy wording may add figures
    of its own: "school years 7, 8 and 9" explains Key Stage 3.)
    """
    problems = []
    easy_figures = figures(easy, locale)
    for figure in sorted(easy_figures):
        if "." in figure:
            problems.append(f"the decimal {figure} is a hard number: use a whole number ('about 3 days' for 2.82 days)")
    for match in _PERCENTAGE.finditer(easy):
        problems.append(f"the percentage {match.group(0)!r} is a hard number: say it as 'N out of 10' (80% is 8 out of 10)")
    hard = _PERCENTAGE.search(full) or any("." in figure for figure in figures(full, locale))
    allowed = _easy_forms(full, locale) if hard else set()
    for figure in sorted(easy_figures) if hard else ():
        if "." not in figure and Decimal(figure) not in allowed and int(figure) not in _YEARS:
            problems.append(
                f"the figure {figure} is not in the full wording, nor a rounding of one of its figures: "
                "an easy number must say what the full wording says"
            )
    return problems


def ungrouped_numbers(text: str, locale: str) -> list[str]:
    """A number written without the grouping its language uses ("4000" for 4,000 in English), in any wording.

    Grouped digits are read at a glance, in large print most of all. Years are left as
    they are written, and so is a phone number: a number that starts with 0, or follows
    digits and a space ("01978 292000").
    """
    from babel import numbers

    problems = []
    shortest = 5 if locale.split("-", maxsplit=1)[0].lower() in _GROUPS_FROM_FIVE_DIGITS else 4
    for match in _BARE_NUMBER.finditer(text):
        digits = match.group(0)
        if len(digits) < shortest:
            continue
        grouped = numbers.format_decimal(int(digits), locale=locale.replace("-", "_"))
        if grouped != digits and int(digits) not in _YEARS and not digits.startswith("0"):
            problems.append(f"write {digits} as {grouped}: digits in groups are easier to read")
    return problems


def _easy_forms(full: str, locale: str) -> set[Decimal]:
    """Every whole number an easy wording of ``full`` may state (see :func:`number_problems`)."""
    forms: set[Decimal] = set()
    percentages = [Decimal(figure) for match in _PERCENTAGE.finditer(full) for figure in figures(match.group(1), locale)]
    for value in [Decimal(figure) for figure in figures(full, locale)]:
        forms |= {value, _round(value), Decimal(math.floor(value))}
        for scale in _SCALES:
            if value >= scale:
                forms |= {_round(value / scale), Decimal(math.floor(value / scale))}
            if (value * scale) == (value * scale).to_integral_value():
                forms.add(value * scale)
    for percentage in percentages:
        forms |= {_round(percentage / 10), Decimal(10), Decimal(100)}
    return forms


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _alt_text_problem(alt: str, file: str, language: Language) -> str | None:
    text = alt.strip()
    if not text:
        return "the alternative text is empty"
    name = Path(file)
    machine_name = " " not in text and "_" in text
    if _PICTURE_FILE.search(text) or "/" in text or "\\" in text or text in {name.name, name.stem} or machine_name:
        return f"the alternative text {text!r} looks like a file name: say what the picture means"
    for opening in _PICTURE_OPENINGS.get(language.primary, ()):
        if text.lower().startswith(opening):
            return f"the alternative text starts with {opening!r}: say what the picture means, not that it is a picture"
    return None


def _check_pictures(content: Content) -> list[Problem]:
    """Every item, section and theme has a picture; so has every level of every scale."""
    spec = content.spec
    path = content.folder / STRUCTURE_FILE
    problems: list[Problem] = []

    def add(field: FieldPath, message: str) -> None:
        line = content.document.line_of(field) if content.document else None
        problems.append(Problem(path, line, render(field), message))

    for text in specwalk.texts(spec):
        if text.needs_picture and text.picture is None:
            add(text.field, "no picture: easy read shows a picture beside every item")
    _check_picture_reuse(content, add)
    for index, scale in enumerate(spec.scales):
        listed = {level.id.lower(): number for number, level in enumerate(scale.levels)}
        pictured = {level.id.lower() for level in scale.levels if level.picture}
        for level in specwalk.level_ids(scale):
            if level not in pictured:
                field: FieldPath = ("scales", index, "levels", listed[level]) if level in listed else ("scales", index)
                add(field, f"the level {level!r} of the scale {scale.id!r} has no picture")
    return problems


def _check_picture_reuse(content: Content, add: Callable[[FieldPath, str], None]) -> None:
    """A picture beside more than :data:`MAX_IDEAS_PER_PICTURE` different ideas is reported at its place in ``pictures``.

    The items of a rated list (the summary) and the glossary's hard words restate ideas
    the report shows elsewhere, with the same picture on purpose: they are not counted.
    """
    spec = content.spec
    restated = {word.id for part, _ in specwalk.walk(spec.parts) if isinstance(part, GlossaryPart) for word in part.words}
    restated |= {item.id for part, _ in specwalk.walk(spec.parts) if isinstance(part, RatedListPart) for item in part.items}
    ideas: dict[str, list[str]] = {}
    for text in specwalk.texts(spec):
        if text.picture and text.message_id not in restated:
            ideas.setdefault(text.picture, []).append(text.message_id)
    for index, picture in enumerate(spec.pictures):
        used = ideas.get(picture.id, [])
        if len(used) > MAX_IDEAS_PER_PICTURE:
            add(
                ("pictures", index),
                f"the picture {picture.id!r} stands for {len(used)} different ideas ({', '.join(used)}): a reader takes a picture "
                f"literally, so use it for at most {MAX_IDEAS_PER_PICTURE} and choose a picture that shows each of the others",
            )
