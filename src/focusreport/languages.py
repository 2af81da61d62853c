"""The two languages every report is published in, and their names in each standard."""

from __future__ import annotations

import enum

from focusreport.errors import UsageError


class Language(enum.Enum):
    """A language of publication.

    The value is the short code used in file names (``wrexham-2019-20.text.cy.txt``).
    """

    EN = "en"
    CY = "cy"

    @property
    def tag(self) -> str:
        """The BCP 47 tag written into documents (``lang``, ``xml:lang``, ``w:lang``)."""
        return {Language.EN: "en-GB", Language.CY: "cy-GB"}[self]

    @property
    def locale(self) -> str:
        """The Fluent locale, which also names the ``.ftl`` file and the ``locales/`` folder."""
        return {Language.EN: "en-GB", Language.CY: "cy"}[self]

    @property
    def other(self) -> Language:
        """The other language of publication: each report is published in both."""
        return Language.CY if self is Language.EN else Language.EN

    @classmethod
    def parse(cls, text: str) -> Language:
        """Read ``en``, ``cy``, ``en-GB`` or ``cy-GB`` (any letter case)."""
        wanted = text.strip().lower()
        for language in cls:
            if wanted in {language.value, language.tag.lower(), language.locale.lower()}:
                return language
        raise UsageError(f"unknown language {text!r}; choose one of: {', '.join(ACCEPTED_NAMES)}")


ACCEPTED_NAMES = ("en", "cy", "en-GB", "cy-GB")
ALL_LANGUAGES = (Language.EN, Language.CY)
