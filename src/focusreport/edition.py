"""Bilingual (and multilingual) editions: one document holding the same report in two or more languages.

Councils in Wales publish one document in Welsh and English, Welsh first. An
:class:`Edition` holds the outline of the report in each language, in the order the
reader asked for (``cy+en``: Welsh first), with the words of each language. Every
language's outline comes from the same structure file, so the outlines have the same
shape: the same sections with the same anchors, the same blocks in the same order.
:meth:`Edition.aligned` walks them together, section by section, so that a writer can
set each section in one language beside (or after) the same section in the others,
and a reader can still follow any one language alone.

A writer opts in with ``editions = True`` and reads :attr:`WriterInput.edition`;
the builder refuses an edition for any other writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from focusreport.errors import UsageError
from focusreport.languages import Language, choose
from focusreport.outline import Block, Outline, Section

if TYPE_CHECKING:  # Fluent loads only when a report is rendered
    from focusreport.strings import Strings

JOINER = "+"
"""Joins the languages of an edition where a user names it: ``cy+en``."""
FILE_JOINER = "-"
"""Joins the codes of an edition's languages in a file name: ``wrexham-2019-20.html.cy-en.html``."""


def is_edition_name(text: str) -> bool:
    """Whether ``text`` names an edition (``cy+en``) rather than one language."""
    return JOINER in text


def edition_languages(text: str, available: Iterable[Language]) -> tuple[Language, ...]:
    """The languages ``cy+en`` names, in that order: each declared by the report, none twice, at least two."""
    offered = list(available)
    names = [name.strip() for name in text.split(JOINER)]
    if any(not name for name in names):
        raise UsageError(f"{text!r} is not an edition: name two or more languages joined by '+', such as cy+en")
    languages = tuple(choose(name, offered) for name in names)
    if len(set(languages)) != len(languages):
        raise UsageError(f"the edition {text!r} names a language twice: name each language once, such as cy+en")
    return languages


def edition_code(languages: Sequence[Language]) -> str:
    """The part of a file name that names an edition's languages: ``cy-en``."""
    return FILE_JOINER.join(language.code for language in languages)


def edition_label(languages: Sequence[Language]) -> str:
    """How messages name an edition: ``cy+en``."""
    return JOINER.join(language.code for language in languages)


@attrs.frozen
class Aligned:
    """One section of the report in every language of an edition, and the aligned sections inside it.

    ``sections[i]`` is the section in the edition's ``i``-th language; they share their
    anchor, level and kind, and their blocks are the same kinds in the same order.
    """

    sections: tuple[Section, ...]
    inner: tuple[Aligned, ...]

    @property
    def anchor(self) -> str:
        return self.sections[0].anchor

    @property
    def level(self) -> int:
        return self.sections[0].level

    @property
    def kind(self) -> str:
        return self.sections[0].kind

    def blocks(self) -> Iterator[tuple[Block, ...]]:
        """The section's blocks, each as one block per language."""
        yield from zip(*(section.blocks for section in self.sections), strict=True)

    def walk(self) -> Iterator[Aligned]:
        """This section and every aligned section inside it, in reading order."""
        yield self
        for inner in self.inner:
            yield from inner.walk()


@attrs.frozen
class Edition:
    """The same report in two or more languages, in reading order, for one document.

    ``outlines[i]`` is the report in the ``i``-th language and ``strings[i]`` the library's
    (and the writer's) words in that language. The first language comes first in reading
    order and, where languages stand side by side, on the side its reading starts from.
    """

    outlines: tuple[Outline, ...] = attrs.field()
    strings: tuple[Strings, ...] = attrs.field()

    @outlines.validator
    def _same_report(self, _: object, outlines: tuple[Outline, ...]) -> None:
        if len(outlines) < 2:
            raise ValueError("an edition holds two or more languages")
        if len({outline.language for outline in outlines}) != len(outlines):
            raise ValueError("an edition names each language once")
        if len({(outline.report_id, outline.wording) for outline in outlines}) != 1:
            raise ValueError("an edition holds one report in one wording")
        first = outlines[0]
        for outline in outlines[1:]:
            difference = shape_difference(first, outline)
            if difference:
                raise ValueError(f"the {first.language.tag} and {outline.language.tag} outlines differ: {difference}")

    @strings.validator
    def _words_per_language(self, _: object, strings: tuple[Strings, ...]) -> None:
        if len(strings) != len(self.outlines):
            raise ValueError("an edition needs the words of each of its languages")

    @property
    def languages(self) -> tuple[Language, ...]:
        return tuple(outline.language for outline in self.outlines)

    @property
    def code(self) -> str:
        """``cy-en``: names the edition's files."""
        return edition_code(self.languages)

    @property
    def first(self) -> Outline:
        """The outline in the first language: the document's own language, where a format has only one."""
        return self.outlines[0]

    def aligned(self) -> tuple[Aligned, ...]:
        """The top-level sections, each in every language, with their subsections aligned likewise."""
        return _aligned(tuple(outline.sections for outline in self.outlines))

    def walk(self) -> Iterator[Aligned]:
        """Every aligned section, depth first, in reading order."""
        for section in self.aligned():
            yield from section.walk()

    def front(self) -> Iterator[tuple[Block, ...]]:
        """The front matter's blocks, each as one block per language."""
        yield from zip(*(outline.front for outline in self.outlines), strict=True)


def _aligned(levels: tuple[tuple[Section, ...], ...]) -> tuple[Aligned, ...]:
    return tuple(Aligned(sections, _aligned(tuple(section.sections for section in sections))) for sections in zip(*levels, strict=True))


def shape_difference(one: Outline, other: Outline) -> str | None:
    """Where ``other`` is not the same shape as ``one`` (sections, anchors, kinds of block), or ``None``."""
    if len(one.front) != len(other.front) or [type(block) for block in one.front] != [type(block) for block in other.front]:
        return "their front matter differs"
    return _sections_difference(one.sections, other.sections)


def _sections_difference(ones: tuple[Section, ...], others: tuple[Section, ...]) -> str | None:
    if [section.anchor for section in ones] != [section.anchor for section in others]:
        return f"their sections differ: {[section.anchor for section in ones]} against {[section.anchor for section in others]}"
    for one, other in zip(ones, others, strict=True):
        if (one.level, one.kind) != (other.level, other.kind) or [type(block) for block in one.blocks] != [
            type(block) for block in other.blocks
        ]:
            return f"the section {one.anchor!r} differs"
        inner = _sections_difference(one.sections, other.sections)
        if inner:
            return inner
    return None
