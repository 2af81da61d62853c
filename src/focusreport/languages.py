"""Languages of publication: any BCP 47 tag a report declares.

A report lists the languages it is published in (``report.yaml``: ``languages``). Each
becomes a :class:`Language` with three names: the tag written into documents
(``lang``, ``xml:lang``, ``w:lang``), the short code that names output files, and the
Fluent locale whose plural rules apply. The library ships its own words for English
and Welsh; any other language's library words come from the report's folder.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import ClassVar

import attrs

from focusreport.errors import UsageError

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-[A-Za-z0-9]{5,8})*$")


@attrs.frozen(order=True)
class Language:
    """A language of publication.

    ``tag`` is the BCP 47 tag written into documents (``cy-GB``); ``code`` names output
    files (``wrexham-2019-20.text.cy.txt``); ``locale`` is the Fluent locale, which names
    the ``locales/`` folder of the library's words.
    """

    tag: str
    code: str
    locale: str

    EN: ClassVar[Language]
    CY: ClassVar[Language]

    @classmethod
    def of(cls, tag: str) -> Language:
        """The language written as ``tag``, its code and locale taken from its primary subtag."""
        if not is_tag(tag):
            raise ValueError(f"{tag!r} is not a BCP 47 language tag such as en-GB, cy or pl")
        primary = tag.split("-", maxsplit=1)[0].lower()
        canonical = canonical_tag(tag)
        known = KNOWN.get(primary)
        if known is not None and known.tag == canonical:
            return known
        return cls(canonical, primary, canonical)

    def names(self) -> tuple[str, ...]:
        """Every name ``--lang`` accepts for this language, in lower case."""
        return tuple(dict.fromkeys(name.lower() for name in (self.code, self.tag, self.locale)))

    @property
    def direction(self) -> str:
        """``rtl`` for a language written right to left (Arabic, Hebrew), ``ltr`` for any other."""
        return direction(self.tag)

    @property
    def primary(self) -> str:
        """The language subtag alone: ``cy`` for ``cy-GB``."""
        return self.tag.split("-")[0].lower()


LEFT_TO_RIGHT = "ltr"
RIGHT_TO_LEFT = "rtl"


@functools.lru_cache(maxsize=64)
def direction(tag: str) -> str:
    """Which way ``tag`` is written, from CLDR through Babel; a tag CLDR does not know is taken as left to right.

    Babel is imported here, not at the top, so that listing formats never loads it.
    """
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(tag, sep="-").character_order
    except (UnknownLocaleError, ValueError):
        return LEFT_TO_RIGHT
    return RIGHT_TO_LEFT if order == "right-to-left" else LEFT_TO_RIGHT


def is_tag(text: str) -> bool:
    """Whether ``text`` is a well-formed BCP 47 tag of the common shape (language, script, region, variants)."""
    return bool(_TAG.match(text))


def canonical_tag(tag: str) -> str:
    """``tag`` with the case BCP 47 recommends: ``en-GB``, ``sr-Latn-RS``."""
    parts = tag.split("-")
    result = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            result.append(part.title())
        elif len(part) == 2 and part.isalpha():
            result.append(part.upper())
        else:
            result.append(part.lower())
    return "-".join(result)


Language.EN = Language("en-GB", "en", "en-GB")
Language.CY = Language("cy-GB", "cy", "cy")
KNOWN = {"en": Language.EN, "cy": Language.CY}
LIBRARY_LANGUAGES = (Language.EN, Language.CY)
"""The languages the library ships its own words for."""


def lookup_chain(tag: str) -> tuple[str, ...]:
    """The names to look for a language's files under, most specific first (RFC 4647 lookup).

    ``cy-GB`` is looked for as ``cy-GB``, then ``cy``: the way the library's ``locales/cy``
    serves documents tagged ``cy-GB``.
    """
    parts = tag.split("-")
    return tuple("-".join(parts[:end]) for end in range(len(parts), 0, -1))


def file_codes(languages: Sequence[Language]) -> tuple[Language, ...]:
    """``languages`` with codes that tell them apart: ``en-GB`` and ``en-US`` keep their tags."""
    primaries = [language.primary for language in languages]
    return tuple(
        language if primaries.count(language.primary) == 1 else attrs.evolve(language, code=language.tag.lower()) for language in languages
    )


def choose(text: str, languages: Iterable[Language]) -> Language:
    """The language among ``languages`` that ``text`` names (code, tag or locale, any letter case)."""
    wanted = text.strip().lower()
    available = list(languages)
    for language in available:
        if wanted in language.names():
            return language
    names = ", ".join(name for language in available for name in dict.fromkeys((language.code, language.tag)))
    raise UsageError(f"unknown language {text!r}; this report is published in: {names}")


def pick(wanted: Language | str, languages: Iterable[Language]) -> Language:
    """The language among ``languages`` that ``wanted`` is or names."""
    available = list(languages)
    if isinstance(wanted, Language):
        for language in available:
            if language.tag == wanted.tag:
                return language
        return choose(wanted.tag, available)
    return choose(wanted, available)
