"""The braille writer: BRF files checked cell by cell, read back with liblouis, and Welsh known answers.

Every check reads the files the writer makes. The English is read back with the
``lou_translate`` command (a separate program from the writer's own use of the
library) and must hold every passage and figure of the source document. Welsh cannot
be read back reliably (liblouis's Welsh tables have no upstream tests and read
"Blynyddol" back as "Blwyddynynyddol"), so the Welsh braille is checked against cells
worked out by hand from the rules of ``cy-cy-g1.utb`` and ``cy-cy-g2.ctb``. Page
numbers are read from the cells (the number sign, then the letters a to j for the
digits 1 to 0), not from the writer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import focusreport
from conftest import Built
from external import louis_table_folder, louis_translate, require
from facts import figures, missing_passages, normalise, source_figures
from focusreport import Language, bundled_content_dir
from focusreport.builder import render_outline
from focusreport.cli import main
from focusreport.content import Content, read_content
from focusreport.outline import (
    Contact,
    ContactLine,
    Definition,
    Definitions,
    Foreign,
    ItemList,
    ListItem,
    Outline,
    Paragraph,
    Picture,
    Quote,
    Section,
    Text,
    plain,
)
from focusreport.writers import Registry
from helpers import line_of, replace_in

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {"northby-2023-24": ("en",), "morlan-2024-25": ("en", "cy", "pl")}
WIDTH, HEIGHT = 40, 25
BRF = frozenset(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_")
DIGITS = {letter: str((index + 1) % 10) for index, letter in enumerate("ABCDEFGHIJ")}
CONTINUATION = '"'  # dot 5 at the end of a line: a long sequence divided
GUIDE = re.compile(r'^(?P<title>.*?) "{2,} (?P<number>#[A-J]+)$')
TABLES = {"en": "en-ueb-g2.ctb", "cy": "cy-cy-g2.ctb", "pl": "pl.tbl"}

# Passages that liblouis reads back wrongly although the braille is right, and why. Each
# is checked instead by finding the command's own forward translation in the file.
BACK_TRANSLATION_LIMITS = {
    # "!" is dots 235, which UEB also uses for the groupsign "ff": "Explore!)" reads back "Exploreff)"
    "Worked with our partners to secure a grant of £750,000 to facilitate the relocation of Techniquest "
    "(now rebranded as Explore!) into the town centre.",
}

# Words liblouis reads back wrongly from right braille, and why.
MISREAD_WORDS = {
    "exploreff": "dots 235 are both '!' and the groupsign 'ff': 'Explore!)' reads back 'Exploreff)'",
    "httpscc": "dots 25 are both ':' and the groupsign 'cc': 'https:' reads back 'httpscc'",
}


@pytest.fixture(scope="module")
def lou() -> str:
    """liblouis: the writer needs its library, the checks its command."""
    return require("liblouis")


@attrs.frozen
class Brf:
    """A BRF file as pages of lines (each page's first line is its number line)."""

    data: bytes
    pages: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, data: bytes) -> Brf:
        text = data.decode("ascii")
        pages = []
        for page in text.split("\f"):
            assert page.endswith("\r\n"), "every line, the last of a page too, ends with CR LF"
            pages.append(tuple(page.removesuffix("\r\n").split("\r\n")))
        return cls(data, tuple(pages))

    def numbers(self) -> list[int]:
        return [page_number(page[0]) for page in self.pages]

    def volumes(self) -> list[tuple[tuple[str, ...], ...]]:
        """The pages of each volume: a volume starts where the numbers start again at 1."""
        starts = [index for index, number in enumerate(self.numbers()) if number == 1]
        ends = [*starts[1:], len(self.pages)]
        return [self.pages[start:end] for start, end in zip(starts, ends, strict=True)]

    def text_lines(self, pages: Iterator[tuple[str, ...]] | None = None) -> list[str]:
        """Every line but the number lines, a divided sequence joined again."""
        lines: list[str] = []
        for page in self.pages if pages is None else pages:
            for line in page[1:]:
                if lines and lines[-1].endswith(CONTINUATION) and not GUIDE.match(lines[-1]):
                    lines[-1] = lines[-1][:-1] + line.lstrip()
                else:
                    lines.append(line)
        return lines


def page_number(line: str) -> int:
    """The number at the right of a page's first line, read from its cells."""
    cells = line.strip()
    assert re.fullmatch(r"#[A-J]+", cells), f"not a page number line: {line!r}"
    return int("".join(DIGITS[letter] for letter in cells[1:]))


def back(lines: list[str], table: str = TABLES["en"]) -> list[str]:
    """Each line read back to print by ``lou_translate -b``."""
    return louis_translate("\n".join(lines), table, backward=True).split("\n")


def _build(folder: Path, out: Path) -> list[Path]:
    assert main(["build", str(folder), "--format", "braille", "--out", str(out)]) == 0
    return sorted(out.glob("*.brf"))


@pytest.fixture(scope="module")
def english(lou: str, built: Built) -> Brf:
    return Brf.of(built("braille", Language.EN).read_bytes())


@pytest.fixture(scope="module")
def welsh(lou: str, built: Built) -> Brf:
    return Brf.of(built("braille", Language.CY).read_bytes())


@pytest.fixture(scope="module")
def examples(lou: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Brf]:
    """Every file of every bundled report, by file name."""
    out = tmp_path_factory.mktemp("braille")
    files: list[Path] = []
    for folder in [bundled_content_dir(), *(ROOT / "content" / name for name in EXAMPLES)]:
        files += _build(folder, out / folder.name)
    return {path.name: Brf.of(path.read_bytes()) for path in files}


# The files


def test_build_writes_a_file_per_language_of_each_report(lou: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--format", "braille", "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / f"wrexham-2019-20.braille.{code}.brf") for code in ("en", "cy")]
    for name, codes in EXAMPLES.items():
        paths = _build(ROOT / "content" / name, tmp_path / name)
        assert [path.name for path in paths] == sorted(f"{name}.braille.{code}.brf" for code in codes)


def test_formats_lists_braille_without_loading_liblouis() -> None:
    probe = (
        "import sys, json, contextlib, io\n"
        "from focusreport.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    main(['formats'])\n"
        "print(json.dumps([out.getvalue(), sorted(sys.modules)]))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    listing, loaded = json.loads(result.stdout)
    assert any(line.startswith("braille\t.brf\t") for line in listing.splitlines())
    assert "focusreport_braille" in loaded
    assert [name for name in loaded if name.startswith("focusreport_braille.")] == []


def test_the_same_input_gives_the_same_bytes_in_another_process(lou: str, english: Brf, tmp_path: Path) -> None:
    probe = (
        "import sys, focusreport\n"
        "report = focusreport.load(focusreport.bundled_content_dir(), 'en')\n"
        "sys.stdout.buffer.write(focusreport.render_format(report, 'braille'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert result.stdout == english.data


# Every page: cells, lines, numbers


def test_every_file_has_only_brf_cells_and_fits_40_by_25(examples: dict[str, Brf]) -> None:
    assert len(examples) == 6
    for name, brf in examples.items():
        assert b"\r\n\f" in brf.data and not brf.data.startswith(b"\f"), name
        for page in brf.pages:
            assert 2 <= len(page) <= HEIGHT, (name, page[0])
            for line in page:
                assert set(line) <= BRF, (name, line)
                assert len(line) <= WIDTH and line == line.rstrip(), (name, line)
        assert set(brf.data) <= {ord(character) for character in BRF} | {0x0D, 0x0A, 0x0C}, name


def test_page_numbers_run_from_1_in_each_volume(examples: dict[str, Brf]) -> None:
    for name, brf in examples.items():
        for page in brf.pages:
            assert len(page[0]) == WIDTH, "the number ends at the right margin"
        assert brf.numbers() == list(range(1, len(brf.pages) + 1)), name


def _contents(volume: tuple[tuple[str, ...], ...]) -> list[tuple[str, int]]:
    """(title cells, page number) of each contents entry, from the guide-dot lines of the volume's front pages."""
    entries: list[tuple[str, int]] = []
    pending: list[str] = []
    for page in volume[1:]:
        lines = [line for line in page[1:] if line]
        if not any(GUIDE.match(line) for line in lines):
            break
        for line in lines:
            indent = len(line) - len(line.lstrip())
            if indent == 0:
                pending = []  # an entry starts in cell 1 ...
            elif indent != 2:
                pending = []  # (the centred heading, the column's word at the right)
                continue
            found = GUIDE.match(line.strip())
            if found is None:
                pending.append(line.strip())  # ... and runs over to cell 3
                continue
            entries.append((" ".join([*pending, found["title"]]), page_number(found["number"])))
            pending = []
    return entries


def _squeezed(cells: str) -> str:
    return cells.replace(" ", "")


def test_the_contents_give_the_page_each_top_level_heading_is_on(examples: dict[str, Brf], content: Content) -> None:
    for name, brf in examples.items():
        for volume in brf.volumes():
            entries = _contents(volume)
            assert entries, name
            contents_pages = {page_number(page[0]) for page in volume[1:] if any(GUIDE.match(line) for line in page)}
            for title, number in entries:
                page = volume[number - 1]
                assert page_number(page[0]) == number
                # the title stands as whole lines of that page, and on no body page before it
                assert _holds_as_lines(page[1:], title), (name, title, number)
                earlier = [other for other in volume[max(contents_pages) : number - 1] if _holds_as_lines(other[1:], title)]
                assert earlier == [], (name, title)
    outline = focusreport.make_outline(content.report(Language.EN), content.library[Language.EN])
    titles = back([title for title, _ in _contents(examples["wrexham-2019-20.braille.en.brf"].volumes()[0])])
    assert [normalise(title) for title in titles] == [normalise(title) for _, title in outline.contents()]


def _holds_as_lines(lines: tuple[str, ...], title: str) -> bool:
    return bool(_runs(lines, title))


def test_the_title_page_says_what_the_book_is(english: Brf, welsh: Brf) -> None:
    title_page = back([line.strip() for line in english.pages[0][1:] if line])
    assert [normalise(line) for line in title_page] == [
        normalise(line)
        for line in (
            "Focused on our Performance",
            "Executive Summary 2019 \N{EN DASH} 2020",
            "Wrexham County Borough Council",
            "April 2019 to March 2020",
            "Braille edition",
            "In English",
            "Contracted braille",
            "Volume 1 of 1",
            f"{len(english.pages)} braille pages",
        )
    ]
    centred = [line for line in english.pages[0][1:] if line]
    assert all(abs(len(line) - len(line.lstrip()) - (WIDTH - len(line))) <= 1 for line in centred)
    # Welsh, from cy-cy-g1.utb and cy-cy-g2.ctb: capsletter 6 (","), numsign 3456 ("#") and the
    # digits a-j, "word o 135" ("O"), "always en 26" ("5"), "always braille 12-1235-123" ("BRL")
    welsh_lines = [line.strip() for line in welsh.pages[0]]
    assert ",CYFROL #A O #A" in welsh_lines
    assert f"#{''.join('JABCDEFGHI'[int(digit)] for digit in str(len(welsh.pages)))} TUDAL5 BRL" in welsh_lines


# English: read back


def test_the_english_reads_back_with_every_fact_and_figure_of_the_source(english: Brf) -> None:
    lines = english.text_lines()
    text = " ".join(back(lines))
    missing = missing_passages(text)
    assert set(missing) <= BACK_TRANSLATION_LIMITS
    cells = _squeezed("".join(lines))
    for passage in missing:
        assert _squeezed(louis_translate(passage, TABLES["en"])) in cells, passage
    assert source_figures() <= set(figures(text))


def test_no_word_is_split_between_lines(english: Brf, content: Content) -> None:
    """Every word read back from a single line is a whole word of the report or of the braille edition's own words."""
    report = content.report(Language.EN)
    outline = focusreport.make_outline(report, content.library[Language.EN])
    words = set(re.findall(r"[a-z0-9£%]+", normalise(_outline_text(outline))))
    words |= {"braille", "edition", "in", "english", "contracted", "volume", "of", "page", "pages", "1"}
    read = back(english.text_lines(iter(_body(english.pages))))
    found = {word for line in read for word in re.findall(r"[a-z0-9£%]+", normalise(line))}
    assert found - words <= set(MISREAD_WORDS)


def _outline_text(outline: Outline) -> str:
    texts = [outline.report_title, outline.subtitle, outline.council, outline.period, outline.contents_title]
    texts += [plain(block.spans) for block in outline.front if isinstance(block, Paragraph)]
    for section in outline.walk():
        texts.append(section.title)
        for block in section.blocks:
            texts.append(_block_text(block))
    return " ".join(texts)


def _block_text(block: object) -> str:
    if isinstance(block, Paragraph | Quote):
        return plain(block.spans) + (f" {block.source}" if isinstance(block, Quote) and block.source else "")
    if isinstance(block, ItemList):
        return " ".join(plain(item.spans) for item in block.items)
    if isinstance(block, Definitions):
        return " ".join(entry.line for entry in block.entries)
    if isinstance(block, Contact):
        return " ".join(line.line for line in block.lines)
    caption = getattr(block, "caption", "")
    return " ".join([caption, *(row.line for row in getattr(block, "rows", ()))])


def _body(volume: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The pages after the title page and the contents."""
    last_contents = max(index for index, page in enumerate(volume) if index == 0 or any(GUIDE.match(line) for line in page))
    return volume[last_contents + 1 :]


def _runs(lines: tuple[str, ...], cells: str) -> list[range]:
    """The runs of whole lines that hold ``cells`` (spaces aside), one line or several."""
    wanted = _squeezed(cells)
    found = []
    for start in range(len(lines)):
        joined = ""
        for end in range(start, len(lines)):
            if not lines[end]:
                break
            joined += _squeezed(lines[end])
            if joined == wanted and (start == 0 or not lines[start - 1] or not wanted.startswith(_squeezed(lines[start - 1]))):
                found.append(range(start, end + 1))
            if not wanted.startswith(joined):
                break
    return found


def test_headings_are_set_apart_by_level_and_kept_with_their_text(english: Brf, content: Content) -> None:
    outline = focusreport.make_outline(content.report(Language.EN), content.library[Language.EN])
    levels = {section.title: section.level for section in outline.walk()}
    cells = louis_translate("\n".join(levels), TABLES["en"]).split("\n")
    body = _body(english.pages)
    for (title, level), heading in zip(levels.items(), cells, strict=True):
        places = [(page[1:], run) for page in body for run in _runs(page[1:], heading)]
        assert places, f"{title!r} is on no page"
        for lines, run in places:
            for line in (lines[index] for index in run):
                indent = len(line) - len(line.lstrip())
                if level == 2:
                    assert abs(indent - (WIDTH - len(line))) <= 1 and indent >= 3, f"{title!r} is centred"
                else:
                    assert indent == 4, f"{title!r} starts in cell 5"
            assert run.start == 0 or lines[run.start - 1] == "", f"a blank line before {title!r}"
            if level == 2:
                assert lines[run.stop] == "", f"a blank line after {title!r}"
            assert len([other for other in lines[run.stop :] if other]) >= 2, f"{title!r} is kept with its text"


def test_paragraphs_lists_and_tables_are_laid_out_for_touch(english: Brf) -> None:
    lines = english.text_lines(iter(_body(english.pages)))
    read = back([line.strip() for line in lines])

    def line_reading(start: str) -> int:
        return next(index for index, text in enumerate(read) if text.startswith(start))

    paragraph = lines[line_reading("It's the organisation in charge")]
    assert paragraph.startswith("  ") and not paragraph.startswith("   "), "a paragraph starts in cell 3"
    assert not lines[line_reading("It's the organisation in charge") + 1].startswith(" "), "and runs over to cell 1"
    row = line_reading("Improving secondary education:")
    assert not lines[row].startswith(" "), "a table row starts in cell 1"
    assert lines[row + 1].startswith("  ") and not lines[row + 1].startswith("   "), "and runs over to cell 3"
    assert not lines[line_reading("Invested £5,549,669")].startswith(" "), "a list item starts in cell 1"
    assert lines[line_reading("In-year priorities and their overall outcome") + 1] != "", "a caption leads straight into its rows"
    assert "Improving secondary education: Red. Performance is off-track and outcomes are not improving." in " ".join(read)


def test_pictures_are_left_out_of_the_bundled_report(english: Brf) -> None:
    text = " ".join(back(english.text_lines()))
    assert "Picture: " not in text and "Wrexham town" not in text


# Welsh: known answers


# Each expected braille below is worked out from the rules of cy-cy-g1.utb and cy-cy-g2.ctb
# (BRF letters as in en-us-brf.dis): capsletter 6 is ","; the number sign 3456 is "#" and the
# digits are the letters a-j; "always ar 345" is ">"; "always in 35" is "9"; "always er 12456" is
# "]"; "always st 34" is "/"; "word mae 134" is "M"; "word beth 12" is "B"; "word y 13456" is "Y";
# "word o 135" is "O"; "always hefyd 456-125" is "_H"; "word gyda 1245" is "G"; "noback always , 2"
# is "1"; "begnum £ 123" is "L"; "midnum , 3" is "'"; "decpoint . 2" is "1"; "midnum / 456-34-3456"
# is "_/#"; "endnum % 0-25-1234" is " 3P" (a blank cell, then dots 25 and 1234).
WELSH_KNOWN = {
    "Canolbwyntio ar ein Perfformiad": ",CANOLBWYNTIO > E9 ,P]FFORMIAD",
    "Cyngor Bwrdeistref Sirol Wrecsam": ",CYNGOR ,BWRDEI/REF ,SIROL ,WRECSAM",
    "Mae Cynllun y Cyngor yn egluro beth mae": ",M ,CYNLLUN Y ,CYNGOR YN EGLURO B M",
    "52 o Gynghorwyr": "#EB O ,GYNGHORWYR",
    "£5,549,669": "L#E'EDI'FFI",
    "£750,000": "L#GEJ'JJJ",
    "£1.5 miliwn": "L#A1E MILIWN",
    "2019/20": "#BJAI_/#BJ",
    "80%": "#HJ 3P",
    "5.66%": "#E1FF 3P",
    "Gwelwyd gwelliant hefyd, gyda 55%": ",GWELWYD GWELLIANT _H1 G #EE 3P",
}


def test_welsh_braille_of_the_reports_own_words_numbers_and_money(welsh: Brf, content: Content) -> None:
    from focusreport_braille.brf import to_brf
    from focusreport_braille.codes import CODES
    from focusreport_braille.louis import louis
    from focusreport_braille.words import Translator

    report_text = Path(content.folder / "cy.ftl").read_text(encoding="utf-8")
    translator = Translator(louis(), CODES["cy"], "cy-cy-g2.ctb")
    file_text = " ".join(line.strip() for line in welsh.text_lines())
    for words, expected in WELSH_KNOWN.items():
        assert words in report_text, f"{words!r} is not the report's own words"
        assert to_brf(translator.text(words).cells) == expected, words
        assert re.search(re.escape(expected).replace(r"\ ", r"\s+"), file_text), words


def test_welsh_uncontracted_spells_the_words_out(lou: str, content: Content) -> None:
    report = content.report(Language.CY)
    data = focusreport.render_format(report, "braille", {"grade": "1"})
    text = " ".join(line.strip() for line in Brf.of(data).text_lines())
    # cy-cy-g1.utb has none of the grade 2 words: "mae", "ar", "in" are spelled out; "beth" keeps
    # only the sign for "th" that Welsh braille has in both grades ("always th 1456", "?")
    assert ",MAE ,CYNLLUN Y ,CYNGOR YN EGLURO BE? MAE" in text
    assert ",CANOLBWYNTIO AR EIN ,PERFFORMIAD" in text
    assert "BRAILLE HEB GYWASGIADAU" in text.upper()


# Polish and the other reports


def test_the_polish_reads_back_with_every_item_of_the_report(examples: dict[str, Brf], lou: str) -> None:
    content = read_content(ROOT / "content" / "morlan-2024-25")
    report = content.report(next(language for language in content.languages if language.primary == "pl"))
    text = normalise(" ".join(back(examples["morlan-2024-25.braille.pl.brf"].text_lines(), TABLES["pl"])))
    items = list(report.items())
    assert len(items) > 20
    assert [item.text for item in items if normalise(item.text) not in text] == []
    # the title page in the report's own Polish words, uncontracted whatever the grade asked for
    for words in ("Wydanie brajlowskie", "Po polsku", "Brajl bez skrótów", "Tom 1 z 1"):
        assert normalise(words) in text


@pytest.mark.parametrize("name", ["northby-2023-24.braille.en.brf", "morlan-2024-25.braille.en.brf"])
def test_the_other_english_reports_read_back_with_every_item(examples: dict[str, Brf], name: str) -> None:
    content = read_content(ROOT / "content" / name.split(".", maxsplit=1)[0])
    report = content.report(Language.EN)
    text = normalise(" ".join(back(examples[name].text_lines())))
    assert [item.text for item in report.items() if normalise(item.text) not in text] == []


def test_a_language_without_braille_is_an_error_naming_it(lou: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A report in German (its words English here: only the language matters) builds in text, not in braille."""
    folder = tmp_path / "german"
    shutil.copytree(ROOT / "content" / "northby-2023-24", folder)
    replace_in(folder / "report.yaml", "languages: [en-GB]", "languages: [de-DE]")
    (folder / "en-GB.ftl").rename(folder / "de.ftl")
    shutil.copytree(ROOT / "locales" / "en-GB", folder / "locales" / "de-DE")
    assert main(["build", str(folder), "--format", "text", "--out", str(tmp_path / "text")]) == 0
    capsys.readouterr()
    # Asking for braille in a language it has no table for is a usage error: nothing is rendered or written.
    assert main(["build", str(folder), "--format", "braille", "--out", str(tmp_path / "braille")]) == 2
    error = capsys.readouterr().err
    assert (
        "the braille format cannot be made in de-DE: there is no braille for de-DE: the braille writer writes English (en), Welsh (cy), Polish (pl), Arabic (ar)"
        in error
    )
    assert not (tmp_path / "braille").exists()
    # A build of every format would refuse it too, so check says so, at the language's line.
    assert main(["check", str(folder)]) == 1
    line = line_of(folder / "report.yaml", "languages: [de-DE]")
    assert f"{folder / 'report.yaml'}:{line}: languages[0]: the braille format cannot be made in de-DE" in capsys.readouterr().out


# Options


def test_grade_1_is_uncontracted_english(lou: str, content: Content, english: Brf) -> None:
    data = focusreport.render_format(content.report(Language.EN), "braille", {"grade": "1"})
    brf = Brf.of(data)
    lines = brf.text_lines()
    assert " ".join(back(lines, "en-ueb-g1.ctb")).count("Wrexham County Borough Council") >= 3
    assert "Uncontracted braille" in back([line.strip() for line in brf.pages[0][1:]], "en-ueb-g1.ctb")
    assert len(brf.pages) > len(english.pages), "contractions save space"
    assert ",C\\NCIL" not in data.decode("ascii") and ",COUNCIL" in data.decode("ascii")


def test_a_smaller_page_is_filled_to_its_own_size(lou: str, content: Content) -> None:
    brf = Brf.of(focusreport.render_format(content.report(Language.EN), "braille", {"width": 32, "height": 20}))
    assert max(len(line) for page in brf.pages for line in page) <= 32
    assert max(len(page) for page in brf.pages) == 20
    assert brf.numbers() == list(range(1, len(brf.pages) + 1))
    assert missing_passages(" ".join(back(brf.text_lines()))) == sorted(BACK_TRANSLATION_LIMITS)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("width=50", "option 'width' must be at most 42, not 50"),
        ("height=10", "option 'height' must be at least 18, not 10"),
        ("grade=3", "option 'grade' takes one of 1, 2, not '3'"),
        ("volume-pages=5", "option 'volume-pages' must be at least 20, not 5"),
    ],
)
def test_options_outside_their_bounds_are_usage_errors(
    option: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--format", "braille", "--option", option, "--out", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_long_report_is_split_into_volumes_each_with_title_and_contents(lou: str, content: Content) -> None:
    data = focusreport.render_format(content.report(Language.EN), "braille", {"volume-pages": 20})
    brf = Brf.of(data)
    volumes = brf.volumes()
    assert len(volumes) >= 2
    for number, volume in enumerate(volumes, start=1):
        assert len(volume) <= 20
        title_page = back([line.strip() for line in volume[0][1:] if line])
        assert f"Volume {number} of {len(volumes)}" in title_page
        assert f"{len(volume)} braille pages" in title_page
    assert sum(len(_contents(volume)) for volume in volumes if _contents(volume)) == len(
        focusreport.make_outline(content.report(Language.EN), content.library[Language.EN]).contents()
    )
    assert missing_passages(" ".join(back(brf.text_lines()))) == sorted(BACK_TRANSLATION_LIMITS)


# What the bundled report does not have


def _outline(content: Content, *blocks: object) -> Outline:
    outline = focusreport.make_outline(content.report(Language.EN), content.library[Language.EN])
    section = Section("extra", "Things the bundled report lacks", 2, "section", tuple(blocks))  # type: ignore[arg-type]
    deeper = Section("deeper", "A third level", 3, "section", (Paragraph((Text("Words under the third level."),)),))
    deepest = Section("deepest", "A fourth level", 4, "section", (Paragraph((Text("Words under the fourth level."),)),))
    section = attrs.evolve(section, sections=(attrs.evolve(deeper, sections=(deepest,)),))
    return attrs.evolve(outline, front=(), sections=(section,))


def _render(content: Content, registry: Registry, outline: Outline) -> Brf:
    writer = registry.get("braille")
    return Brf.of(render_outline(outline, writer, content.library[Language.EN], registry.resolve_options(writer, {})))


def test_quotes_numbered_lists_definitions_contacts_and_deeper_headings(lou: str, content: Content, registry: Registry) -> None:
    chart = Picture("chart", Path("chart.png"), "image/png", "A chart: 87% of bins emptied on time")
    plain_picture = Picture("bin", Path("bin.png"), "image/png", "A bin")
    outline = _outline(
        content,
        Paragraph((Text("We empty bins."),), picture=chart),
        Paragraph((Text("We empty 87% of them on time."),), picture=attrs.evolve(chart, id="chart-2")),
        ItemList((ListItem((Text("First"),), picture=plain_picture), ListItem((Text("Second"),))), "A list of 2 items.", ordered=True),
        Quote((Text("The bins were emptied."),), source="A resident"),
        Definitions((Definition("Grant", (Text("money"),), line="Grant: money given for a purpose"),), "A list of 1 item."),
        Contact(
            (
                ContactLine(
                    "web",
                    "Web",
                    "https://www.example.org/a/very-long-path/to-a-page-about-bins",
                    line="Web: https://www.example.org/a/very-long-path/to-a-page-about-bins-and-recycling-collections",
                ),
            )
        ),
        Paragraph((Text("In Welsh: "), Foreign("the people", Language.CY))),
    )
    brf = _render(content, registry, outline)
    lines = brf.text_lines(iter(brf.pages[2:]))
    read = back([line.strip() for line in lines])
    text = " ".join(read)
    assert text.count("Picture: A chart: 87% of bins emptied on time") == 1, "only where the words lack the figure"
    assert "A bin" not in text
    numbered = [line for line in lines if line.startswith("#A4 ") or line.startswith("#B4 ")]
    assert len(numbered) == 2, "numbered items from cell 1"
    quote = lines[read.index("The bins were emptied.")]
    assert quote.startswith("  ") and not quote.startswith("   "), "a quote is blocked in cell 3"
    assert lines[read.index("A resident")].startswith("    "), "who said it in cell 5"
    third = lines[read.index("A third level")]
    fourth = lines[read.index("A fourth level")]
    assert third.startswith(" " * 4) and not third.startswith(" " * 5)
    assert fourth.startswith(" " * 6) and not fourth.startswith(" " * 7)
    # the long address: divided after a slash or before a dot, with the continuation indicator
    divided = [line for page in brf.pages for line in page if line.endswith(CONTINUATION) and not GUIDE.match(line)]
    assert divided and all(len(line) <= WIDTH for line in divided)
    address = "https://www.example.org/a/very-long-path/to-a-page-about-bins-and-recycling-collections"
    assert _squeezed(louis_translate(address, TABLES["en"])) in _squeezed("".join(lines)), "whole again when the lines are joined"
    # a passage in another language is written uncontracted: "the people" letter by letter, not "! P"
    assert "THE PEOPLE" in " ".join(line.strip() for line in lines)


# The BRF mapping and the docs


def test_the_cells_are_liblouis_north_american_braille_ascii(lou: str) -> None:
    from focusreport_braille.brf import BRF_OF, pattern

    table = {}
    for line in (louis_table_folder() / "en-us-brf.dis").read_text(encoding="utf-8").splitlines():
        found = re.fullmatch(r"display\s+(\S+)\s+(\d+)", line.strip())
        if found:
            character = {"\\s": " ", "\\\\": "\\"}.get(found[1], found[1])
            table[pattern("" if found[2] == "0" else found[2])] = character
    assert table == BRF_OF
    assert len(table) == 64


def test_the_page_shown_in_the_docs_is_the_english_file(english: Brf) -> None:
    from focusreport_braille.brf import to_cells

    docs = (ROOT / "docs" / "braille.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- page (\d+) of the English file -->\n```text\n(.*?)```", docs, re.DOTALL)
    assert shown is not None
    number, cells = int(shown[1]), shown[2].rstrip("\n").split("\n")
    page = english.pages[number - 1]
    assert cells == [to_cells(line).ljust(WIDTH, "\u2800") for line in page]


def test_request_and_requests_serve_braille(lou: str, tmp_path: Path) -> None:
    assert main(["request", "--format", "braille", "--lang", "cy", "--id", "2026-077", "--out", str(tmp_path)]) == 0
    served = Brf.of((tmp_path / "2026-077.brf").read_bytes())
    assert served.numbers()[0] == 1
    requests = tmp_path / "today.csv"
    requests.write_text("id,format,language\nB1,braille,en\nB2,braille,de\n", encoding="utf-8")
    assert main(["requests", str(requests), "--out", str(tmp_path / "out")]) == 1
    assert (tmp_path / "out" / "B1.brf").is_file() and not (tmp_path / "out" / "B2.brf").exists()
