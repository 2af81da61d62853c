"""Which liblouis table writes each language, contracted or not.

English is Unified English Braille (UEB), the code of every English-speaking country
since 2016; Welsh is the Welsh code liblouis has, built on the British braille of
before UEB (numbers and the pound sign follow that code). Polish braille has no
contracted form in general use, so Polish is always written uncontracted, with
``pl.tbl`` (Polish literary braille, ``Pl-Pl-g1.utb``, with the table's metadata);
``pl-pl-comp8.ctb`` is eight-dot computer braille, not for documents. Arabic is
written uncontracted too, with ``ar-ar-g1.utb`` (Arabic literary braille, the
unified Arabic code): its contracted form is not in use across the Arabic-speaking
countries alike. Braille cells are read left to right whatever the print's
direction, and liblouis takes the Arabic letters in their logical order.
"""

from __future__ import annotations

import attrs

from focusreport.errors import WriterError
from focusreport.languages import Language
from focusreport_braille.louis import INSTALL_HINT, Louis

CONTRACTED = 2
UNCONTRACTED = 1


@attrs.frozen
class BrailleCode:
    """A language's braille in liblouis: its table for each grade (``None`` when it has no contracted braille)."""

    language: str
    contracted: str | None
    uncontracted: str
    ueb: bool = False
    """Unified English Braille, whose line continuation indicator the line breaker uses."""

    def table(self, grade: int) -> str:
        """The table for ``grade`` (2: contracted, 1: uncontracted); uncontracted when the language has no contracted braille."""
        if grade == CONTRACTED and self.contracted is not None:
            return self.contracted
        return self.uncontracted

    def is_contracted(self, grade: int) -> bool:
        return grade == CONTRACTED and self.contracted is not None


CODES = {
    "en": BrailleCode("English", "en-ueb-g2.ctb", "en-ueb-g1.ctb", ueb=True),
    "cy": BrailleCode("Welsh", "cy-cy-g2.ctb", "cy-cy-g1.utb"),
    "pl": BrailleCode("Polish", None, "pl.tbl"),
    "ar": BrailleCode("Arabic", None, "ar-ar-g1.utb"),
}
"""The languages the braille writer writes, by primary language subtag."""


def code_for(language: Language) -> BrailleCode:
    """The braille code of ``language``, or an error naming it and the languages there is braille for."""
    code = CODES.get(language.primary)
    if code is None:
        known = ", ".join(f"{code.language} ({primary})" for primary, code in CODES.items())
        raise WriterError(f"there is no braille for {language.tag}: the braille writer writes {known}")
    return code


def checked_table(louis: Louis, code: BrailleCode, grade: int) -> str:
    """The table for ``grade``, once liblouis has found and compiled it."""
    table = code.table(grade)
    if not louis.has_table(table):
        raise WriterError(f"liblouis {louis.version} has no braille table {table} for {code.language}: {INSTALL_HINT}")
    return table
