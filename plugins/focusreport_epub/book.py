"""Assemble the pages into an EPUB 3 package with ebooklib, then make its bytes reproducible."""

from __future__ import annotations

import datetime
import io
import uuid

from ebooklib import epub

from focusreport import Strings
from focusreport.languages import RIGHT_TO_LEFT, direction
from focusreport.outline import Outline
from focusreport_epub import package, style
from focusreport_epub.blocks import Shown, image_name
from focusreport_epub.pages import Chapter, Entry, Page, pages
from focusreport_epub.safety import check_outline

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
_NAMESPACE = uuid.UUID("5d3c1d7e-2f43-5c1b-9a57-8f0f2b6f1a6e")


def identifier(outline: Outline) -> str:
    """A stable identifier for one report in one language: the same every build."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{outline.report_id}/{outline.language.tag}')}"


def modified(outline: Outline) -> datetime.datetime:
    """The book's last-modified time: midnight UTC of the report's publication date, never the clock."""
    return datetime.datetime.combine(outline.published, datetime.time(), tzinfo=datetime.UTC)


def make_book(outline: Outline, strings: Strings) -> bytes:
    """The finished EPUB file of ``outline``, with the writer's own words from ``strings``."""
    check_outline(outline)
    made, shown = pages(outline, strings.format("epub-introduction"))

    book = epub.EpubBook()
    book.set_identifier(identifier(outline))
    book.set_title(outline.title)
    book.set_language(outline.language.tag)
    writing = direction(outline.language.tag)
    if writing == RIGHT_TO_LEFT:
        book.set_direction(writing)  # the spine's page-progression-direction: pages turn right to left
    book.add_author(outline.council)
    book.add_metadata("DC", "publisher", outline.council)
    book.add_metadata("DC", "date", outline.published.isoformat())
    book.add_metadata("DC", "description", outline.subject)
    _accessibility(book, outline, strings, shown)

    css = style.stylesheet(shown.colours).encode("utf-8")
    return assemble(book, css, outline, made, contents_title=outline.contents_title, landmark_title=strings.format("epub-landmarks"))


def assemble(book: epub.EpubBook, css: bytes, outline: Outline, made: list[Page], *, contents_title: str, landmark_title: str) -> bytes:
    """Add the style sheet, ``outline``'s pictures, the chapters, contents and landmarks to ``book``; write it reproducibly.

    ``outline`` is the book's own language's (the first, in a bilingual edition): it names
    the chapters, sets the reading direction of the contents and dates the file.
    """
    stylesheet = epub.EpubItem(uid="style", file_name=style.FILE_NAME, media_type="text/css", content=css)
    book.add_item(stylesheet)
    for picture in outline.pictures:
        image = epub.EpubImage(
            uid=f"image-{picture.id}", file_name=image_name(picture), media_type=picture.media_type, content=picture.path.read_bytes()
        )
        book.add_item(image)

    writing = direction(outline.language.tag)
    nav = epub.EpubNav(title=contents_title, direction=writing if writing == RIGHT_TO_LEFT else None)
    nav.add_item(stylesheet)
    chapters = [_Chapter(page, outline) for page in made]
    for chapter in chapters:
        book.add_item(chapter)
    book.toc = [_contents(chapter) for chapter in chapters]
    book.spine = [nav, *chapters]
    book.guide = [{"type": "toc", "href": nav.file_name, "title": contents_title}]
    book.guide += [{"type": "bodymatter", "href": chapters[0].file_name, "title": chapters[0].title}]
    book.guide += [{"type": kind, "href": href, "title": chapter.title} for chapter in chapters for kind, href in chapter.plan.landmarks]
    book.add_item(epub.EpubNcx())
    book.add_item(nav)

    raw = io.BytesIO()
    options = {
        "mtime": modified(outline),
        "epub2_guide": False,
        "epub3_pages": False,
        "landmark_title": landmark_title,
        "raise_exceptions": True,
    }
    epub.write_epub(raw, book, options)
    return package.normalise(raw.getvalue(), outline.language.tag, outline.published)


class _Chapter(epub.EpubHtml):  # type: ignore[misc]
    """A chapter whose XHTML is finished already: ebooklib writes it as it is."""

    def __init__(self, page: Page, outline: Outline) -> None:
        chapter = page.chapter
        super().__init__(uid=chapter.uid, file_name=chapter.file_name, title=chapter.title, lang=outline.language.tag)
        self.plan: Chapter = chapter
        self.xhtml = page.xhtml

    def get_content(self, default: bytes | None = None) -> bytes:
        return self.xhtml


def _contents(chapter: _Chapter) -> object:
    """The chapter in the contents, with its subsections (and theirs, at every depth) under it."""
    if not chapter.plan.entries:
        return chapter
    return (chapter, [_link(chapter.file_name, entry) for entry in chapter.plan.entries])


def _link(file_name: str, entry: Entry) -> object:
    link = epub.Link(f"{file_name}#{entry.anchor}", entry.title, f"toc-{entry.anchor}")
    if not entry.entries:
        return link
    return (link, [_link(file_name, inner) for inner in entry.entries])


def _accessibility(book: epub.EpubBook, outline: Outline, strings: Strings, shown: Shown) -> None:
    """EPUB Accessibility 1.1 metadata: what the book offers and who vouches for it.

    ``visual`` and ``alternativeText`` are claimed only when a page shows a picture:
    a book with nothing to see claims no visual content.
    """
    has_pictures = bool(outline.pictures) and bool(shown.pictures)
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
    entries.append(("a11y:certifiedBy", outline.council))
    for prop, value in entries:
        book.add_metadata(None, "meta", value, {"property": prop})
