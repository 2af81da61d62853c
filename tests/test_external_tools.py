"""Smoke tests: each external-tool wrapper works on tiny real inputs.

Missing tools skip these tests, except under ``CI=true`` where they fail.
"""

from __future__ import annotations

import datetime as dt
import importlib
import struct
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import external
from external import ace, axe, epubcheck, pandoc_plain, pdf_pages, pdf_to_png, soffice_to_pdf

CLEAN_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clean page</title>
<style>
  body { font-family: sans-serif; color: #111; background: #fff; margin: 1rem; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } }
</style>
</head>
<body>
<main>
<h1>Clean page</h1>
<p>Bins are collected every week.</p>
</main>
</body>
</html>
"""

IMG_WITHOUT_ALT_HTML = CLEAN_HTML.replace(
    "<p>Bins are collected every week.</p>",
    '<p>Bins are collected every week.</p>\n<img src="chart.png">',
)

# Readable in light mode; grey on near-black (about 1.6:1) in dark mode only.
DARK_ONLY_CONTRAST_HTML = CLEAN_HTML.replace("body { color: #eee; background: #111; }", "body { color: #333; background: #111; }")

WIDE_HTML = CLEAN_HTML.replace(
    "<p>Bins are collected every week.</p>",
    '<p>Bins are collected every week.</p>\n<div style="width: 900px">A very wide box.</div>',
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _optional_module(name: str) -> ModuleType:
    """Import a module needed to build a test input; skip (fail under CI) if absent."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if external.in_ci():
            pytest.fail(f"{name} is not importable; CI=true, so this is a failure", pytrace=False)
        pytest.skip(f"{name} is not importable")


# --------------------------------------------------------------------------
# require()
# --------------------------------------------------------------------------


def test_require_skips_missing_tool_outside_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="pandoc"):
        external.require("pandoc")


def test_require_fails_missing_tool_under_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        external.require("pandoc")


def test_require_rejects_unknown_tool() -> None:
    with pytest.raises(ValueError, match="unknown tool"):
        external.require("no-such-checker")


# --------------------------------------------------------------------------
# axe-core
# --------------------------------------------------------------------------


def test_axe_finds_image_without_alt(tmp_path: Path) -> None:
    result = axe(_write(tmp_path / "bad.html", IMG_WITHOUT_ALT_HTML))
    assert result.axe_version == "4.14.1"
    assert result.ids == ("image-alt",), result.summary()
    (violation,) = result.violations
    assert violation.impact == "critical"
    assert 'src="chart.png"' in violation.nodes[0].html
    assert result.page_errors == ()


def test_axe_clean_page_light_and_dark(tmp_path: Path) -> None:
    page = _write(tmp_path / "clean.html", CLEAN_HTML)
    light = axe(page, color_scheme="light")
    dark = axe(page, color_scheme="dark")
    assert light.violations == (), light.summary()
    assert dark.violations == (), dark.summary()
    assert light.passes > 0
    assert (light.color_scheme, dark.color_scheme) == ("light", "dark")


def test_axe_dark_scheme_is_really_emulated(tmp_path: Path) -> None:
    page = _write(tmp_path / "dark.html", DARK_ONLY_CONTRAST_HTML)
    assert axe(page, color_scheme="light").violations == ()
    dark = axe(page, color_scheme="dark")
    assert "color-contrast" in dark.ids, dark.summary()


def test_axe_measures_horizontal_scroll_at_320px(tmp_path: Path) -> None:
    clean = axe(_write(tmp_path / "clean.html", CLEAN_HTML), width=320)
    assert clean.inner_width == 320
    assert clean.scroll_width <= clean.inner_width
    assert not clean.horizontal_scroll

    wide = axe(_write(tmp_path / "wide.html", WIDE_HTML), width=320)
    assert wide.inner_width == 320
    assert wide.scroll_width > 900
    assert wide.horizontal_scroll


def test_axe_screenshot(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = axe(_write(tmp_path / "clean.html", CLEAN_HTML), width=320, height=480, screenshot=png)
    assert result.screenshot == png.resolve()
    width, height = _png_size(png)
    assert width == 320
    assert height >= 480


def test_axe_blocks_remote_requests(tmp_path: Path) -> None:
    html = CLEAN_HTML.replace("</main>", '<img src="https://example.invalid/logo.png" alt="Logo"></main>')
    result = axe(_write(tmp_path / "remote.html", html))
    assert result.blocked_requests == ("https://example.invalid/logo.png",)


# --------------------------------------------------------------------------
# EPUB: EPUBCheck and Ace
# --------------------------------------------------------------------------

CHAPTER_XHTML = (
    "<html><head><title>Collections</title></head><body><h1>Collections</h1><p>Bins are collected every week.</p>{extra}</body></html>"
)


def _make_epub(path: Path, *, extra: str = "", fix_lang: bool = True) -> Path:
    """A one-chapter EPUB 3 made with ebooklib, optionally given xml:lang on <package>."""
    epub = _optional_module("ebooklib.epub")
    book = epub.EpubBook()
    book.set_identifier("urn:uuid:0b4d1c8e-5a3e-4c55-9a10-6f2f3c1d2e4b")
    book.set_title("Tiny report")
    book.set_language("en")
    book.add_author("Test Council")
    for prop, value in [
        ("schema:accessMode", "textual"),
        ("schema:accessModeSufficient", "textual"),
        ("schema:accessibilityFeature", "structuralNavigation"),
        ("schema:accessibilityHazard", "none"),
        ("schema:accessibilitySummary", "Text with headings."),
    ]:
        book.add_metadata(None, "meta", value, {"property": prop})
    chapter = epub.EpubHtml(title="Collections", file_name="collections.xhtml", lang="en")
    chapter.content = CHAPTER_XHTML.format(extra=extra).encode("utf-8")
    book.add_item(chapter)
    book.toc = [chapter]
    book.spine = ["nav", chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    raw = path.with_suffix(".raw.epub")
    epub.write_epub(str(raw), book, {"mtime": dt.datetime(2024, 4, 1, tzinfo=dt.UTC)})

    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w") as dst:
        dst.writestr(zipfile.ZipInfo("mimetype"), src.read("mimetype"), zipfile.ZIP_STORED)
        for info in src.infolist():
            if info.filename == "mimetype":
                continue
            data = src.read(info.filename)
            if fix_lang and info.filename.endswith(".opf"):
                data = data.replace(b"<package ", b'<package xml:lang="en" ', 1)
            dst.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    raw.unlink()
    return path


def test_epubcheck_clean_epub(tmp_path: Path) -> None:
    result = epubcheck(_make_epub(tmp_path / "clean.epub"))
    assert result.checker_version == "5.3.0"
    assert (result.fatal, result.errors, result.warnings) == (0, 0, 0), result.summary()
    assert result.ok
    assert result.returncode == 0
    assert result.epub_version.startswith("3")


def test_epubcheck_reports_missing_resource(tmp_path: Path) -> None:
    book = _make_epub(tmp_path / "broken.epub", extra='<p><a href="missing.xhtml">Next</a></p>')
    result = epubcheck(book)
    assert not result.ok
    assert result.returncode == 1
    assert result.errors == 1, result.summary()
    assert result.ids == ("RSC-007",)
    assert "missing.xhtml" in result.messages[0].message
    assert result.messages[0].locations[0].startswith("EPUB/collections.xhtml:")


def test_ace_clean_epub(tmp_path: Path) -> None:
    result = ace(_make_epub(tmp_path / "clean.epub"), tmp_path)
    assert result.outcome == "pass", result.summary()
    assert result.returncode == 0
    assert result.violations == ()
    assert result.report_json.is_file()
    assert result.report_html.is_file()


def test_ace_reports_violations(tmp_path: Path) -> None:
    book = _make_epub(tmp_path / "bad.epub", extra='<img src="chart.png"/>', fix_lang=False)
    # The image is deliberately absent from the package: Ace still checks the markup.
    result = ace(book, tmp_path)
    assert result.outcome == "fail"
    assert result.returncode == 2
    assert sorted(result.rules) == ["epub-lang", "image-alt"], result.summary()
    image = next(v for v in result.violations if v.rule == "image-alt")
    assert image.impact == "critical"
    assert image.location.startswith("collections.xhtml")


def test_pandoc_reads_epub(tmp_path: Path) -> None:
    text = pandoc_plain(_make_epub(tmp_path / "clean.epub"), "epub")
    assert "Bins are collected every week." in text


# --------------------------------------------------------------------------
# Word: LibreOffice, poppler, pandoc
# --------------------------------------------------------------------------


def _make_docx(path: Path) -> Path:
    docx = _optional_module("docx")
    enum_text = _optional_module("docx.enum.text")
    document = docx.Document()
    document.add_heading("Tiny report", level=1)
    document.add_paragraph("Bins are collected every week.")
    document.add_paragraph().add_run().add_break(enum_text.WD_BREAK.PAGE)
    document.add_heading("Second page", level=1)
    document.add_paragraph("Libraries open at 9 am.")
    document.save(str(path))
    return path


def test_soffice_pdf_pages_and_png(tmp_path: Path) -> None:
    source = _make_docx(tmp_path / "report.docx")
    pdf = soffice_to_pdf(source, tmp_path / "pdf")
    assert pdf == (tmp_path / "pdf" / "report.pdf").resolve()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf_pages(pdf) == 2

    pngs = pdf_to_png(pdf, tmp_path / "png" / "page", first_page=1, last_page=2, dpi=30)
    assert [p.name for p in pngs] == ["page-1.png", "page-2.png"]
    width, height = _png_size(pngs[0])
    # A4 (8.27 x 11.69 in) or Letter (8.5 x 11 in) at 30 dpi.
    assert 240 <= width <= 260
    assert 325 <= height <= 355


def test_soffice_pdf_ua(tmp_path: Path) -> None:
    pdf = soffice_to_pdf(_make_docx(tmp_path / "report.docx"), tmp_path, pdf_ua=True)
    assert pdf_pages(pdf) == 2
    assert b"pdfuaid" in pdf.read_bytes()


def test_pandoc_reads_docx_html_markdown(tmp_path: Path) -> None:
    docx_text = pandoc_plain(_make_docx(tmp_path / "report.docx"), "docx")
    assert "Bins are collected every week." in docx_text
    assert "Libraries open at 9 am." in docx_text

    html_text = pandoc_plain(_write(tmp_path / "page.html", CLEAN_HTML), "html")
    assert "Bins are collected every week." in html_text
    assert "<p>" not in html_text

    md_text = pandoc_plain(_write(tmp_path / "page.md", "# Title\n\nSome *emphasis*.\n"), "markdown")
    assert md_text.split() == ["Title", "Some", "emphasis."]


def test_tool_failure_carries_stderr(tmp_path: Path) -> None:
    not_a_pdf = _write(tmp_path / "fake.pdf", "hello")
    with pytest.raises(external.ToolFailedError, match="pdfinfo"):
        pdf_pages(not_a_pdf)
