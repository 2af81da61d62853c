"""Core properties, and the saved file rewritten so that the same input gives the same bytes.

python-docx stamps every zip entry with the clock time and leaves "python-docx" as
the author: the properties come from the outline, and the zip is written again by
:mod:`focusreport.reproduciblezip` with the report's publication date on every entry.
"""

from __future__ import annotations

import datetime
import io

import attrs
from docx.document import Document as DocumentObject

from focusreport.outline import Outline
from focusreport.reproduciblezip import entries_of, write_zip
from focusreport.strings import Strings


@attrs.frozen
class CoreProperties:
    """What Word shows under File > Info: title, author (the council), subject, language, date."""

    title: str
    author: str
    subject: str
    language: str
    date: datetime.date
    keywords: str = ""

    @classmethod
    def of_outline(cls, outline: Outline, strings: Strings, title_message: str) -> CoreProperties:
        """The properties of ``outline``, titled by the writer's message ``title_message`` (which takes ``$title``)."""
        return cls(
            title=strings.format(title_message, title=outline.title),
            author=outline.council,
            subject=outline.subject,
            language=outline.language.tag,
            date=outline.published,
        )


def save(document: DocumentObject, properties: CoreProperties) -> bytes:
    """The document as .docx bytes with ``properties`` set and fixed zip timestamps."""
    core = document.core_properties
    core.title = properties.title
    core.author = properties.author
    core.last_modified_by = properties.author
    core.subject = properties.subject
    core.language = properties.language
    core.keywords = properties.keywords
    core.comments = ""
    core.category = ""
    core.revision = 1
    moment = datetime.datetime.combine(properties.date, datetime.time(), tzinfo=datetime.UTC)
    core.created = moment
    core.modified = moment
    stream = io.BytesIO()
    document.save(stream)
    return write_zip(entries_of(stream.getvalue()), properties.date)
