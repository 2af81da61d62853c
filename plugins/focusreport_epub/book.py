"""Assemble the pages into an EPUB 3 package with ebooklib, then make its bytes reproducible."""

from __future__ import annotations

import datetime
import io
import uuid

from ebooklib import epub

from focusreport import Report, Strings
from focusreport_epub import package, style
from focusreport_epub.pages import Page, image_name, pages
from focusreport_epub.safety import check_report

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
_NAMESPACE = uuid.UUID("5d3c1d7e-2f43-5c1b-9a57-8f0f2b6f1a6e")


def identifier(report: Report) -> str:
    """A stable identifier for one report in one language: the same every build."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{report.id}/{report.language.tag}')}"


def modified(report: Report) -> datetime.datetime:
    """The book's last-modified time: midnight UTC of the report's publication date, never the clock."""
    return datetime.datetime.combine(report.published, datetime.time(), tzinfo=datetime.UTC)


def make_book(report: Report, strings: Strings) -> bytes:
    """The finished EPUB file of ``report``, with the library's words from ``strings``."""
    check_report(report)
    book = epub.EpubBook()
    book.set_identifier(identifier(report))
    book.set_title(strings.format("document-title", title=report.title, subtitle=report.subtitle))
    book.set_language(report.language.tag)
    book.add_author(report.council)
    book.add_metadata("DC", "publisher", report.council)
    book.add_metadata("DC", "date", report.published.isoformat())
    book.add_metadata("DC", "description", strings.format("document-subject", council=report.council, period=report.period))
    _accessibility(book, report, strings)

    stylesheet = epub.EpubItem(uid="style", file_name=style.FILE_NAME, media_type="text/css", content=style.stylesheet().encode("utf-8"))
    book.add_item(stylesheet)
    for picture in report.pictures():
        book.add_item(
            epub.EpubImage(
                uid=f"image-{picture.id}", file_name=image_name(picture), media_type=picture.media_type, content=picture.path.read_bytes()
            )
        )

    nav = epub.EpubNav(title=strings.format("contents-heading"))
    nav.add_item(stylesheet)
    chapters = [_chapter(page, report, stylesheet) for page in pages(report, strings)]
    for chapter in chapters:
        book.add_item(chapter)
    book.toc = chapters
    book.spine = [nav, *chapters]
    book.guide = [{"type": "toc", "href": nav.file_name, "title": strings.format("contents-heading")}]
    book.guide += [
        {"type": chapter.landmark, "href": chapter.file_name, "title": chapter.title} for chapter in chapters if chapter.landmark
    ]
    book.add_item(epub.EpubNcx())
    book.add_item(nav)

    raw = io.BytesIO()
    options = {
        "mtime": modified(report),
        "epub2_guide": False,
        "epub3_pages": False,
        "landmark_title": strings.format("epub-landmarks"),
        "raise_exceptions": True,
    }
    epub.write_epub(raw, book, options)
    return package.normalise(raw.getvalue(), report.language.tag, report.published)


class _Chapter(epub.EpubHtml):  # type: ignore[misc]
    """A chapter that remembers its landmark type for the navigation document."""

    landmark: str | None = None


def _chapter(page: Page, report: Report, stylesheet: epub.EpubItem) -> _Chapter:
    uid = page.file_name.removesuffix(".xhtml")
    chapter = _Chapter(uid=uid, file_name=page.file_name, title=page.title, lang=report.language.tag)
    chapter.content = page.html
    chapter.landmark = page.landmark
    chapter.add_item(stylesheet)
    return chapter


def _accessibility(book: epub.EpubBook, report: Report, strings: Strings) -> None:
    """EPUB Accessibility 1.1 metadata: what the book offers and who vouches for it."""
    has_pictures = any(True for _ in report.pictures())
    modes = ["textual", "visual"] if has_pictures else ["textual"]
    features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]
    if has_pictures:
        features.insert(3, "alternativeText")
    entries = [("schema:accessMode", mode) for mode in modes]
    entries.append(("schema:accessModeSufficient", "textual"))
    entries += [("schema:accessibilityFeature", feature) for feature in features]
    entries.append(("schema:accessibilityHazard", "none"))
    entries.append(("schema:accessibilitySummary", strings.format("accessibility-summary")))
    entries.append(("dcterms:conformsTo", CONFORMS_TO))
    entries.append(("a11y:certifiedBy", report.council))
    for prop, value in entries:
        book.add_metadata(None, "meta", value, {"property": prop})
