"""Spelling: every word of a report's strings looked up in a real dictionary of its language.

The dictionaries are GNU Aspell's (Debian's ``aspell-en``, ``aspell-cy``, ``aspell-pl``,
``aspell-ar``), installed by ``scripts/setup``. Names and terms a dictionary cannot know
(Wrexham, Tŷ Pawb, a mutated Welsh form) go in the report's reviewed word list,
``words/<language>.txt`` beside its strings files, one word per line. A declared
language without a dictionary is a problem with its remedy, never a silent skip:
a check that quietly checks nothing would say "no problems" about any spelling.

Words are cut at hyphens (``well-being``, ``ar-lein``) and, in Welsh, at the
apostrophe of a short form (``sy'n``, ``Mae'r``, ``i'w``), so that each part is
looked up on its own; a word touching a digit (a code such as ``PE2``, ``2019/20``)
is a figure, not a word; web and email addresses, and the respellings that tell a
voice how to say a name (``.say = Rexum``), are skipped.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from focusreport.content import Content
from focusreport.errors import Problem
from focusreport.languages import Language
from focusreport.strings import Strings
from focusreport.textfile import read_text

WORDS_FOLDER = "words"
"""The folder of a report's reviewed word lists, beside its strings files."""

RESPELLING = "say"
"""The attribute that spells a name as a voice should say it ("Rexum"): not a word, never looked up."""

SHORT_FORMS = {"cy": frozenset({"n", "r", "m", "w", "i", "u", "th", "ch"})}
"""Per language: the short forms an apostrophe joins to a word (Welsh ``sy'n``), split off and never looked up."""

_APOSTROPHES = "'\u2019"
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b\w[\w-]*(?:\.[a-z][\w-]*)+", re.IGNORECASE)
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0903\u093a-\u094f"
"""Combining marks that belong inside a word (accents, Hebrew points, Arabic harakat, Devanagari vowel signs)."""
_CHUNK = re.compile(f"[\\w'\u2019{_MARKS}-]+")
_LETTER = f"(?:[^\\W\\d_]|[{_MARKS}])"
_LETTERS = re.compile(f"[^\\W\\d_]{_LETTER}*(?:['\u2019][^\\W\\d_]{_LETTER}*)*")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
"""Arabic short-vowel and other marks: written for clarity, left out of dictionaries."""
_TIMEOUT = 60


@attrs.frozen
class Occurrence:
    """A word as written, and the message (or attribute) it is in."""

    word: str
    path: Path
    line: int
    field: str


def words_in(text: str, language: Language) -> list[str]:
    """The words of ``text`` to look up, in order (see the module's description for how it is cut)."""
    short_forms = SHORT_FORMS.get(language.primary, frozenset())
    found: list[str] = []
    for chunk in _CHUNK.findall(_ADDRESS.sub(" ", text)):
        if any(char.isdigit() for char in chunk):
            continue
        for part in chunk.split("-"):
            pieces = [part]
            if short_forms:
                pieces = re.split(f"[{_APOSTROPHES}]", part)
                pieces = [pieces[0], *(piece for piece in pieces[1:] if piece.lower() not in short_forms)]
            for piece in pieces:
                found += _LETTERS.findall(piece.replace("\u2019", "'"))
    return found


def word_list_path(content: Content, language: Language) -> Path:
    """Where the reviewed word list of ``language`` lives: named like the language's strings file."""
    return content.folder / WORDS_FOLDER / f"{language.locale}.txt"


def read_word_list(path: Path) -> tuple[frozenset[str], list[Problem]]:
    """The words of a reviewed list (one a line, ``#`` starts a comment), and what is wrong with its lines."""
    if not path.is_file():
        return frozenset(), []
    text = read_text(path)
    if isinstance(text, Problem):
        return frozenset(), [text]
    words: set[str] = set()
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not _LETTERS.fullmatch(line.replace("\u2019", "'")):
            problems.append(
                Problem(path, number, "", f"{line!r} is not one word: write one word a line, without spaces, digits or hyphens")
            )
        elif line in words:
            problems.append(Problem(path, number, "", f"{line!r} is listed twice"))
        words.add(line.replace("\u2019", "'"))
    return frozenset(words), problems


def check_spelling(content: Content) -> list[Problem]:
    """Every word of the report's strings, in every declared language, that neither the dictionary nor the word list knows."""
    problems: list[Problem] = []
    for language in content.languages:
        problems += _check_language(content, language)
    return problems


def _check_language(content: Content, language: Language) -> list[Problem]:
    strings = content.strings[language]
    catalogues = [strings]
    supplied = content.library[language]
    if supplied is not strings and any(path.is_relative_to(content.folder) for path in supplied.paths):
        catalogues.append(supplied)  # library words the report's folder supplies: written by the report's authors too
    dictionary = dictionary_for(language)
    if dictionary is None:
        where = strings.paths[0] if strings.paths else content.folder
        return [Problem(where, None, "", _missing_dictionary(language))]
    listed, problems = read_word_list(word_list_path(content, language))
    occurrences = [occurrence for catalogue in catalogues for occurrence in _occurrences(catalogue, language)]
    unknown = _unknown(occurrences, listed, dictionary)
    name = f"{WORDS_FOLDER}/{language.locale}.txt"
    reported: set[tuple[str, str]] = set()
    for occurrence in occurrences:
        key = (occurrence.field, occurrence.word)
        if looked_up(occurrence.word) in unknown and key not in reported:
            reported.add(key)
            problems.append(
                Problem(
                    occurrence.path,
                    occurrence.line,
                    occurrence.field,
                    f"{occurrence.word!r} is not in the {language.tag} dictionary: correct it, or add it to {name} if it is right",
                )
            )
    return problems


def _listed(word: str, listed: frozenset[str]) -> bool:
    """Whether the word list has ``word``: as written, in lower case (a capital at a sentence's start), or before ``'s``."""
    if word.endswith("'s") and len(word) > 2:
        word = word[:-2]
    return word in listed or word.lower() in listed or looked_up(word) in listed


def looked_up(word: str) -> str:
    """The form of ``word`` a dictionary lists: without Arabic vowel marks, which dictionaries leave out."""
    return _HARAKAT.sub("", word)


def _occurrences(strings: Strings, language: Language) -> Iterator[Occurrence]:
    for message_id, source in strings.sources.items():
        parts: list[str | None] = [None] if source.has_value else []
        for part in [*parts, *(name for name in source.attribute_lines if name != RESPELLING)]:
            field = message_id if part is None else f"{message_id}.{part}"
            for word in words_in(strings.written_words(message_id, part), language):
                yield Occurrence(word, source.path, source.line_of(part), field)


def _missing_dictionary(language: Language) -> str:
    package = f"aspell-{language.primary}"
    if shutil.which("aspell") is None:
        return f"cannot check the spelling of {language.tag}: aspell is not installed; run scripts/setup (Debian: apt-get install aspell {package})"
    return (
        f"cannot check the spelling of {language.tag}: aspell has no dictionary for it; "
        f"run scripts/setup (Debian: apt-get install {package}), or ask for the language's dictionary to be added"
    )


def dictionary_for(language: Language) -> str | None:
    """The name of the installed aspell dictionary for ``language`` (``en_GB``, ``cy``), or ``None`` when there is none."""
    installed = installed_dictionaries()
    for name in (language.tag.replace("-", "_"), language.locale.replace("-", "_"), language.primary):
        if name in installed:
            return name
    return None


@functools.cache
def installed_dictionaries() -> frozenset[str]:
    """The dictionaries aspell has here; none when aspell itself is missing."""
    aspell = shutil.which("aspell")
    if aspell is None:
        return frozenset()
    result = subprocess.run([aspell, "dump", "dicts"], capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    return frozenset(result.stdout.split()) if result.returncode == 0 else frozenset()


def unknown_words(words: Iterable[str], dictionary: str) -> frozenset[str]:
    """Those of ``words`` that aspell's ``dictionary`` does not know.

    Aspell's pipe mode answers each input line with one line per word it reads there,
    then a blank line, so each answer is matched to its word whatever aspell thinks
    of it. The user's own aspell word lists are left out: only the report's list counts.
    """
    words = list(words)
    if not words:
        return frozenset()
    aspell = shutil.which("aspell")
    if aspell is None:
        raise FileNotFoundError("aspell")
    command = [aspell, "pipe", f"--lang={dictionary}", "--encoding=utf-8", "--dont-suggest", "--personal=/dev/null", "--repl=/dev/null"]
    lines = "".join(f"^{word}\n" for word in words)
    result = subprocess.run(command, input=lines, capture_output=True, text=True, encoding="utf-8", timeout=_TIMEOUT, check=True)
    answers = _answers(result.stdout.splitlines()[1:])
    return frozenset(word for word, answer in zip(words, answers, strict=True) if any(line[:1] in "&#?" for line in answer))


def _answers(lines: list[str]) -> list[list[str]]:
    """Aspell's answers, one list of lines per word it was given."""
    answers: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        else:
            answers.append(current)
            current = []
    return answers


def unknown_share(content: Content, language: Language, *, with_list: bool = True) -> tuple[int, int]:
    """How many of the words written in ``language`` are unknown, and how many words there are: for measuring."""
    dictionary = dictionary_for(language)
    if dictionary is None:
        raise LookupError(_missing_dictionary(language))
    listed = read_word_list(word_list_path(content, language))[0] if with_list else frozenset()
    occurrences = list(_occurrences(content.strings[language], language))
    unknown = _unknown(occurrences, listed, dictionary)
    return sum(looked_up(o.word) in unknown for o in occurrences), len(occurrences)


def _unknown(occurrences: Iterable[Occurrence], listed: frozenset[str], dictionary: str) -> frozenset[str]:
    """The looked-up forms of the words neither the list nor the dictionary has."""
    return unknown_words(sorted({looked_up(o.word) for o in occurrences if not _listed(o.word, listed)}), dictionary)
