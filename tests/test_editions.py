"""Bilingual editions (``--lang cy+en``): one document per format, each language readable alone.

The test that matters: the passages of one language, taken in order out of the
bilingual document (by their ``lang`` in HTML, by the document's structure in plain
text), are the whole single-language document's text. Each edition is rendered once
per module.
"""

from __future__ import annotations

import functools
import io
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from lxml import etree

import external
import focusreport
from focusreport import Language, bundled_content_dir
from focusreport.builder import choices, make_edition, output_name, render, render_all, render_edition_of
from focusreport.cli import main
from focusreport.content import Content, read_content
from focusreport.docxcheck import check_docx
from focusreport.edition import Edition, edition_languages, shape_difference
from focusreport.errors import UsageError, WriterError
from focusreport.outliner import make_outline
from focusreport.writers import Registry, accepts_editions
from htmlpage import Node, parse

MORLAN = bundled_content_dir().parent / "morlan-2024-25"
EDITIONS = ((Language.CY, Language.EN), (Language.EN, Language.CY))


@functools.cache
def _morlan() -> Content:
    return read_content(MORLAN)


@pytest.fixture(scope="module")
def rendered(content: Content, registry: Registry) -> dict[tuple[str, tuple[Language, ...]], bytes]:
    """Each edition-making format of the bundled report in cy, en, cy+en and en+cy, rendered once."""
    found: dict[tuple[str, tuple[Language, ...]], bytes] = {}
    for name in ("text", "html", "epub", "large-print"):
        writer = registry.get(name)
        options = registry.resolve_options(writer, {})
        for language in content.languages:
            found[(name, (language,))] = render(content.report(language), writer, content.library[language], options)
        for edition in EDITIONS:
            found[(name, edition)] = render_edition_of(content, writer, edition, options)
    return found


def _edition(content: Content, languages: tuple[Language, ...]) -> Edition:
    outlines = [make_outline(content.report(language), content.library[language]) for language in languages]
    return make_edition(outlines, [content.library[language] for language in languages])


# The edition itself


def test_an_edition_aligns_every_section_of_each_language(content: Content) -> None:
    edition = _edition(content, (Language.CY, Language.EN))
    assert edition.languages == (Language.CY, Language.EN)
    assert edition.code == "cy-en"
    welsh, english = edition.outlines
    aligned = list(edition.walk())
    assert [unit.sections[0] for unit in aligned] == list(welsh.walk())
    assert [unit.sections[1] for unit in aligned] == list(english.walk())
    assert all(unit.sections[0].title != unit.sections[1].title for unit in aligned[:3])  # the words differ: two languages
    assert sum(len(list(unit.blocks())) for unit in aligned) == sum(len(section.blocks) for section in english.walk())


def test_outlines_of_different_shapes_make_no_edition(content: Content) -> None:
    welsh = make_outline(content.report(Language.CY), content.library[Language.CY])
    english = make_outline(content.report(Language.EN), content.library[Language.EN])
    shorter = attrs.evolve(english, sections=english.sections[:-1])
    assert shape_difference(welsh, shorter) is not None
    assert shape_difference(welsh, english) is None
    with pytest.raises(WriterError, match="differ"):
        make_edition([welsh, shorter], [content.library[Language.CY], content.library[Language.EN]])
    with pytest.raises(WriterError, match="two or more"):
        make_edition([welsh], [content.library[Language.CY]])


@pytest.mark.parametrize(
    ("asked", "message"),
    [
        ("cy+cy", "names a language twice"),
        ("cy+", "not an edition"),
        ("+en", "not an edition"),
        ("cy+fr", "unknown language 'fr'"),
    ],
)
def test_a_wrong_edition_is_a_usage_error(content: Content, asked: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        edition_languages(asked, content.languages)


def test_languages_and_editions_are_chosen_in_the_order_asked(content: Content) -> None:
    assert choices(["en+cy", "cy", "cy-GB+en-GB", "en+cy"], content.languages) == [
        (Language.EN, Language.CY),
        (Language.CY,),
        (Language.CY, Language.EN),
    ]
    morlan = _morlan()
    polish = next(language for language in morlan.languages if language.code == "pl")
    assert choices(["pl+cy+en"], morlan.languages) == [(polish, Language.CY, Language.EN)]


def test_only_writers_that_opt_in_make_editions(registry: Registry) -> None:
    able = sorted(name for name, writer in registry.writers.items() if accepts_editions(writer))
    assert {"html", "text"} <= set(able)
    assert not {"easy-read", "braille", "audio", "talking-book"} & set(able)


def test_a_format_without_editions_is_refused_naming_those_with(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["build", "--lang", "cy+en", "--format", "text", "--format", "braille", "--out", str(out)])
    error = capsys.readouterr().err
    assert status == 2
    assert "the braille format does not make bilingual editions such as cy+en" in error
    assert "formats that do:" in error and "html" in error.split("formats that do:")[1]
    assert not out.exists() or not any(out.iterdir())


def test_build_names_each_edition_file_by_its_languages_in_order(tmp_path: Path) -> None:
    outputs = focusreport.build(bundled_content_dir(), tmp_path, formats=["text"], languages=["en+cy", "cy+en", "cy"])
    names = sorted(output.path.name for output in outputs)
    assert names == ["wrexham-2019-20.text.cy-en.txt", "wrexham-2019-20.text.cy.txt", "wrexham-2019-20.text.en-cy.txt"]
    by_name = {output.path.name: output for output in outputs}
    assert by_name["wrexham-2019-20.text.en-cy.txt"].edition == (Language.EN, Language.CY)
    assert by_name["wrexham-2019-20.text.cy.txt"].edition == ()
    assert by_name["wrexham-2019-20.text.cy-en.txt"].language == Language.CY


def test_editions_of_three_languages_build(tmp_path: Path) -> None:
    status = main(["build", str(MORLAN), "--lang", "pl+cy+en", "--format", "text", "--out", str(tmp_path)])
    assert status == 0
    text = (tmp_path / "morlan-2024-25.text.pl-cy-en.txt").read_text(encoding="utf-8")
    morlan = _morlan()
    polish = next(language for language in morlan.languages if language.code == "pl")
    titles = [make_outline(morlan.report(language), morlan.library[language]).title for language in (polish, Language.CY, Language.EN)]
    assert text.split("\n\n")[:3] == titles


def test_a_request_for_an_edition_is_served(tmp_path: Path) -> None:
    requests = tmp_path / "requests.csv"
    requests.write_text("id,format,language\nr1,text,cy+en\nr2,easy-read,cy+en\n", encoding="utf-8")
    out = tmp_path / "served"
    assert main(["requests", str(requests), "--out", str(out)]) == 1  # one served, one refused
    receipts = (out / "receipts.csv").read_text(encoding="utf-8").splitlines()
    assert receipts[1].startswith("r1,text,cy+en,r1.txt,")
    assert "served" in receipts[1]
    assert "rejected" in receipts[2] and "does not make bilingual editions" in receipts[2]
    built = render_all(read_content(bundled_content_dir()), ["text"], ["cy+en"])[0][3]
    assert (out / "r1.txt").read_bytes() == built


@pytest.mark.parametrize("name", ["text", "html", "epub", "large-print"])
def test_an_edition_is_the_same_bytes_every_time(
    content: Content, registry: Registry, rendered: dict[tuple[str, tuple[Language, ...]], bytes], name: str
) -> None:
    writer = registry.get(name)
    again = render_edition_of(content, writer, (Language.CY, Language.EN), registry.resolve_options(writer, {}))
    assert again == rendered[(name, (Language.CY, Language.EN))]
    assert again != rendered[(name, (Language.EN, Language.CY))]


def test_an_edition_file_name(content: Content, registry: Registry) -> None:
    writer = registry.get("html")
    assert output_name(content.spec.id, writer, (Language.CY, Language.EN)) == "wrexham-2019-20.html.cy-en.html"
    assert output_name(content.spec.id, writer, Language.CY) == "wrexham-2019-20.html.cy.html"


# Each language readable alone: plain text


def _blocks(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    return text.removesuffix("\n").split("\n\n")


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_text_each_language_alone_is_the_whole_report(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], languages: tuple[Language, ...]
) -> None:
    """The edition's paragraphs fall into the first language's whole text and the second's, each in order, nothing else."""
    edition = _blocks(rendered[("text", languages)])
    alone = [_blocks(rendered[("text", (language,))]) for language in languages]
    taken: list[list[str]] = [[] for _ in languages]
    for block in edition:
        for index, blocks in enumerate(alone):
            if len(taken[index]) < len(blocks) and blocks[len(taken[index])] == block:
                taken[index].append(block)
                break
        else:
            raise AssertionError(f"a paragraph of the edition is in neither language's text, or out of order: {block[:80]!r}")
    assert taken == alone
    assert edition[0] == alone[0][0] and edition[1] == alone[1][0]  # the titles: the first language first


def test_text_edition_has_no_direction_marks(rendered: dict[tuple[str, tuple[Language, ...]], bytes]) -> None:
    text = rendered[("text", (Language.CY, Language.EN))].decode("utf-8")
    assert not any(char in text for char in "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")


# Each language readable alone: HTML


def _passages(node: Node, inherited: str | None = None) -> Iterator[tuple[str, str]]:
    """Every text in ``node`` with the language it is marked with (its nearest ``lang``), in document order."""
    language = node.attrs.get("lang") or inherited
    for child in node.children:
        if isinstance(child, str):
            if child.strip() and language is not None:
                yield language, child
        elif child.tag not in {"style", "script", "title"}:
            yield from _passages(child, language)


def _alts(node: Node, inherited: str | None = None) -> Iterator[tuple[str, str]]:
    language = node.attrs.get("lang") or inherited
    if node.tag == "img" and language is not None:
        yield language, node.attrs.get("alt") or ""
    for child in node.children:
        if isinstance(child, Node):
            yield from _alts(child, language)


def _words(texts: Iterator[str]) -> str:
    return " ".join(" ".join(texts).split())


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_html_each_language_alone_is_the_whole_report(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], languages: tuple[Language, ...]
) -> None:
    page = parse(rendered[("html", languages)])
    html = page.find("html")
    assert html.attrs["lang"] == languages[0].tag
    passages = list(_passages(page.find("body"), html.attrs["lang"]))
    assert {language for language, _ in passages} == {language.tag for language in languages}
    for language in languages:
        single = parse(rendered[("html", (language,))])
        expected = _words(text for _, text in _passages(single.find("body"), language.tag))
        assert _words(text for tag, text in passages if tag == language.tag) == expected
        alts = [alt for tag, alt in _alts(page.find("body"), html.attrs["lang"]) if tag == language.tag]
        assert alts == [alt for _, alt in _alts(single.find("body"), language.tag)]


def test_html_headings_say_every_language_first_language_first(rendered: dict[tuple[str, tuple[Language, ...]], bytes]) -> None:
    page = parse(rendered[("html", (Language.CY, Language.EN))])
    headings = [node for node in page.iter() if node.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]
    assert headings
    for heading in headings:
        spans = [child for child in heading.children if isinstance(child, Node)]
        assert [span.attrs.get("lang") for span in spans] == ["cy-GB", "en-GB"], heading.text()
    title = page.find("title").text()
    assert title.index("Canolbwyntio") < title.index("Focused")


def test_html_columns_are_in_the_editions_order_and_marked(rendered: dict[tuple[str, tuple[Language, ...]], bytes]) -> None:
    page = parse(rendered[("html", (Language.EN, Language.CY))])
    pairs = [node for node in page.iter() if "edition-pair" in (node.attrs.get("class") or "")]
    assert len(pairs) > 10
    for pair in pairs:
        columns = [child for child in pair.children if isinstance(child, Node)]
        assert [column.attrs.get("lang") for column in columns] == ["en-GB", "cy-GB"]


# Each language readable alone: EPUB


def _spine(data: bytes) -> Iterator[etree._Element]:
    """Each content document of the book in reading order, the navigation document left out."""
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        container = etree.fromstring(book.read("META-INF/container.xml"))
        package_path = container.find(".//{*}rootfile").get("full-path")
        package = etree.fromstring(book.read(package_path))
        items = {item.get("id"): item for item in package.iterfind(".//{*}manifest/{*}item")}
        for reference in package.iterfind(".//{*}spine/{*}itemref"):
            item = items[reference.get("idref")]
            if "nav" not in (item.get("properties") or "").split():
                yield etree.fromstring(book.read(posixpath.join(posixpath.dirname(package_path), item.get("href"))))


def _book_passages(data: bytes) -> Iterator[tuple[str, str]]:
    """Every text of the book's body with its ``xml:lang`` (the nearest), and each picture's alternative text likewise."""
    for page in _spine(data):
        body = page.find("{*}body")
        for element in body.iter():
            language = element.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")
            if element.tag.endswith("}img"):
                yield language, "alt:" + (element.get("alt") or "")
            if element.text and element.text.strip():
                yield language, element.text
            if element is not body and element.tail and element.tail.strip():
                parent = element.getparent()
                yield parent.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)"), element.tail


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_epub_each_language_alone_is_the_whole_report(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], languages: tuple[Language, ...]
) -> None:
    passages = list(_book_passages(rendered[("epub", languages)]))
    assert {language for language, _ in passages} == {language.tag for language in languages}
    for language in languages:
        expected = _words(text for _, text in _book_passages(rendered[("epub", (language,))]))
        assert _words(text for tag, text in passages if tag == language.tag) == expected


def test_epub_edition_names_every_language_first_language_first(rendered: dict[tuple[str, tuple[Language, ...]], bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered[("epub", (Language.EN, Language.CY))])) as book:
        package = etree.fromstring(book.read("EPUB/content.opf"))
    assert [element.text for element in package.iterfind(".//{*}language")] == ["en-GB", "cy-GB"]
    assert package.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"
    title = package.find(".//{*}title").text
    assert title.index("Focused") < title.index("Canolbwyntio")


# Each language readable alone: large print Word

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _word_runs(data: bytes) -> Iterator[tuple[str, str]]:
    """Every run of the document's body with its ``w:lang``: a run without one has no language, which the test refuses."""
    with zipfile.ZipFile(io.BytesIO(data)) as document:
        body = etree.fromstring(document.read("word/document.xml")).find(f"{W}body")
    for run in body.iter(f"{W}r"):
        text = "".join(node.text or "" for node in run.iter(f"{W}t"))
        lang = run.find(f"{W}rPr/{W}lang")
        yield (lang.get(f"{W}val") if lang is not None else ""), text


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_word_edition_numbers_its_pages_in_every_language_in_order(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], content: Content, languages: tuple[Language, ...]
) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered[("large-print", languages)])) as document:
        footers = [etree.fromstring(document.read(name)) for name in document.namelist() if name.startswith("word/footer")]
    assert footers
    for footer in footers:
        runs = [
            (run.find(f"{W}rPr/{W}lang").get(f"{W}val"), "".join(node.text or "" for node in run.iter(f"{W}t")))
            for run in footer.iter(f"{W}r")
        ]
        order = list(dict.fromkeys(tag for tag, _ in runs))
        assert order == [language.tag for language in languages]
        for language in languages:
            said = "".join(text for tag, text in runs if tag == language.tag)
            expected = content.library[language].format("page-of-pages", page=1, pages=1)
            assert [word for word in said.split() if not word.isdigit() and word != "/"] == [
                word for word in expected.split() if not word.isdigit()
            ]


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_word_each_language_alone_is_the_whole_report(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], languages: tuple[Language, ...]
) -> None:
    runs = list(_word_runs(rendered[("large-print", languages)]))
    assert {language for language, _ in runs} == {language.tag for language in languages}  # every run has a language
    for language in languages:
        expected = _words(text for _, text in _word_runs(rendered[("large-print", (language,))]))
        assert _words(text for tag, text in runs if tag == language.tag) == expected


def test_word_edition_is_titled_in_both_languages_first_language_first(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], tmp_path: Path
) -> None:
    import docx

    path = tmp_path / "edition.docx"
    path.write_bytes(rendered[("large-print", (Language.CY, Language.EN))])
    properties = docx.Document(str(path)).core_properties
    assert properties.language == "cy-GB"
    assert properties.title.index("Canolbwyntio") < properties.title.index("Focused")
    assert check_docx(path, min_font_size=16) == []


# Validators, as for the single-language twins


@pytest.mark.parametrize(("width", "scheme"), [(1400, "light"), (320, "dark")], ids=["wide-light", "narrow-dark"])
def test_html_edition_passes_axe_and_reflows(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], tmp_path: Path, width: int, scheme: external.ColorScheme
) -> None:
    path = tmp_path / "wrexham-2019-20.html.cy-en.html"
    path.write_bytes(rendered[("html", (Language.CY, Language.EN))])
    result = external.axe(path, color_scheme=scheme, width=width)
    assert result.violations == (), result.summary()
    assert not result.horizontal_scroll, result.summary()


@pytest.mark.parametrize("languages", EDITIONS, ids=["cy+en", "en+cy"])
def test_epub_edition_passes_epubcheck_and_ace(
    rendered: dict[tuple[str, tuple[Language, ...]], bytes], registry: Registry, tmp_path: Path, languages: tuple[Language, ...]
) -> None:
    path = tmp_path / output_name("wrexham-2019-20", registry.get("epub"), languages)
    path.write_bytes(rendered[("epub", languages)])
    checked = external.epubcheck(path)
    assert (checked.fatal, checked.errors, checked.warnings) == (0, 0, 0), checked.summary()
    audited = external.ace(path, tmp_path)
    assert audited.violations == (), audited.summary()
    assert (audited.outcome, audited.returncode) == ("pass", 0)


def test_word_edition_opens_in_libreoffice_and_pandoc(rendered: dict[tuple[str, tuple[Language, ...]], bytes], tmp_path: Path) -> None:
    path = tmp_path / "wrexham-2019-20.large-print.cy-en.docx"
    path.write_bytes(rendered[("large-print", (Language.CY, Language.EN))])
    pdf = external.soffice_to_pdf(path, tmp_path)
    single = tmp_path / "single"
    single.mkdir()
    alone = single / "wrexham-2019-20.large-print.cy.docx"
    alone.write_bytes(rendered[("large-print", (Language.CY,))])
    assert external.pdf_pages(pdf) > external.pdf_pages(external.soffice_to_pdf(alone, single))
    text = external.pandoc_plain(path, "docx")
    assert "Canolbwyntio ar ein Perfformiad" in text and "Focused on our Performance" in text
    assert "5,549,669" in text


def test_a_single_request_for_an_edition_is_named_as_a_build_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "served"
    assert main(["request", "--format", "text", "--lang", "en+cy", "--out", str(out)]) == 0
    assert (out / "wrexham-2019-20.text.en-cy.txt").is_file()
    assert "wrexham-2019-20.text.en-cy" in capsys.readouterr().out
