"""Where the letters of a report's codes come from, said truthfully in every language.

The Wrexham codes E, PE, PL and O come from the English names of the themes, so in
Welsh they stand for no Welsh word: the library says only which theme a code is,
and the report's optional ``codes-origin`` message says where the letters come from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from focusreport import Language, bundled_content_dir
from focusreport.content import Content, check_content
from focusreport.outline import ItemList, Paragraph, plain
from focusreport.outliner import make_outline
from helpers import replace_in


def test_the_codes_list_ends_with_where_the_letters_come_from(content: Content) -> None:
    for language in (Language.EN, Language.CY):
        outline = make_outline(content.report(language), content.library[language])
        strings = content.library[language]
        blocks = [block for section in outline.walk() for block in section.blocks]
        intro = next(
            index
            for index, block in enumerate(blocks)
            if isinstance(block, Paragraph) and plain(block.spans) == strings.format("codes-intro")
        )
        assert isinstance(blocks[intro + 1], ItemList)
        origin = blocks[intro + 2]
        assert isinstance(origin, Paragraph) and plain(origin.spans) == content.strings[language].format("codes-origin")
    welsh = content.strings[Language.CY].format("codes-origin")
    assert all(
        f"{code} am {english}" in welsh for code, english in (("E", "Economy"), ("PE", "People"), ("PL", "Place"), ("O", "Organisation"))
    )


def test_codes_origin_is_in_every_language_or_none(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    shutil.copytree(bundled_content_dir(), folder)
    text = (folder / "en-GB.ftl").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("codes-origin = "))
    replace_in(folder / "en-GB.ftl", line + "\n", "")
    problems = check_content(folder)
    assert problems and all(problem.field == "codes-origin" for problem in problems)
    assert any(problem.file == folder / "cy.ftl" for problem in problems)
