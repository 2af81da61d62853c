"""The bundled content folder documents itself: corrections, pictures and their credit."""

from __future__ import annotations

import csv

from facts import CORRECTIONS, REWORDED
from focusreport import Language, bundled_content_dir
from focusreport.content import Content

FOLDER = bundled_content_dir()


def test_the_readme_lists_every_correction_to_the_source() -> None:
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    missing = [source for source in [*CORRECTIONS, *REWORDED] if source not in readme]
    assert missing == []
    assert "Reviewed by:" in readme


def test_every_picture_is_listed_credited_and_small(content: Content) -> None:
    with (FOLDER / "pictures" / "pictures.csv").open(encoding="utf-8", newline="") as file:
        listed = {row["file"] for row in csv.DictReader(file)}
    on_disk = {path.name for path in (FOLDER / "pictures").glob("*.png")}
    used = {picture.file.removeprefix("pictures/") for picture in content.spec.pictures}
    assert listed == on_disk == used
    assert sum((FOLDER / "pictures" / name).stat().st_size for name in on_disk) < 2_000_000
    assert {picture.credit for picture in content.spec.pictures} == {"credit-openmoji"}
    assert content.languages == (Language.EN, Language.CY)
    for language in content.languages:
        report = content.report(language)
        assert [credit.id for credit in report.credits] == ["credit-openmoji"]
        assert "OpenMoji" in report.credits[0].text and "CC BY-SA 4.0" in report.credits[0].text


def test_pronunciations_reach_the_outline_in_each_language(content: Content) -> None:
    from focusreport.outliner import make_outline

    expected = {Language.EN: ("Tŷ Pawb", "Tee Powb"), Language.CY: ("Techniquest", "Tecnicwest")}
    for language, pair in expected.items():
        outline = make_outline(content.report(language), content.library[language])
        assert pair in outline.pronunciations
        assert len(outline.pronunciations) == len(content.spec.pronunciations) == 3
