"""A writer plugin's own words: Fluent files it ships, added to the library's words in each language.

A third-party writer that prints words of its own ("Volume 1 of 2") declares a
``locales`` attribute: a folder holding ``<locale>/*.ftl``, like the library's own
``locales/``. Its words are read once per process and language, checked like the
library's, and a language it has no words for is an error naming the writer.
"""

from __future__ import annotations

import functools
from pathlib import Path

from focusreport.errors import ContentError, Problem, WriterError
from focusreport.languages import lookup_chain
from focusreport.strings import Strings


def words_for(writer: object, strings: Strings) -> Strings:
    """``strings`` with the writer's own words added, when the writer ships any."""
    folder = getattr(writer, "locales", None)
    if folder is None:
        return strings
    name = str(getattr(writer, "name", "?"))
    return _merged(name, Path(folder), strings.locale, tuple(strings.paths))


@functools.lru_cache(maxsize=64)
def _merged(name: str, folder: Path, locale: str, library: tuple[Path, ...]) -> Strings:
    found = next((folder / candidate for candidate in lookup_chain(locale) if (folder / candidate).is_dir()), None)
    own = sorted(found.glob("*.ftl")) if found is not None else []
    if not own:
        raise WriterError(f"the {name!r} writer has no words for {locale} (looked in {folder})")
    files = [(path, path.read_text(encoding="utf-8")) for path in (*library, *own)]
    merged = Strings(locale, files)
    if merged.problems:
        raise ContentError([*merged.problems, Problem(found, None, "", f"the {name!r} writer's words cannot be used")])
    return merged
