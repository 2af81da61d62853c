"""WeasyPrint, asked for PDF/UA-1, with the language of each passage kept in the structure tree.

WeasyPrint tags the document's language but not an element's own ``lang``: while it
builds the structure tree, each element made from an HTML element that has a ``lang``
attribute gets ``/Lang`` here. The wrapping lasts for one rendering, under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

_LOCK = threading.Lock()
_SKIPPED = frozenset({"html", "body"})
"""Their elements are not in the tree: WeasyPrint hands up their children, which the document's ``/Lang`` covers."""


def tagged_pdf(html: bytes) -> bytes:
    """The tagged PDF of the page ``html``: fonts subset and embedded, no clock, no random identifier."""
    import weasyprint
    from PIL import ImageFile
    from weasyprint.pdf import tags

    # Importing WeasyPrint tells Pillow, for the whole process, to accept pictures cut short.
    # Every picture here was checked whole already; undo it, so that a later check in the same
    # process (a server, a script that builds then checks) still refuses a damaged picture.
    ImageFile.LOAD_TRUNCATED_IMAGES = False

    with _LOCK:
        original = tags._build_box_tree
        tags._build_box_tree = _marking_languages(original)
        try:
            pdf = weasyprint.HTML(string=html.decode("utf-8"), base_url=None).write_pdf(
                pdf_variant="pdf/ua-1", uncompressed_pdf=False, custom_metadata=False
            )
        finally:
            tags._build_box_tree = original
    assert isinstance(pdf, bytes)
    return pdf


def _marking_languages(original: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    import pydyf

    def build(box: Any, *rest: Any) -> Iterator[Any]:
        inner = getattr(box, "_box", box)
        element = getattr(inner, "element", None)
        language = None
        if element is not None and getattr(inner, "element_tag", None) not in _SKIPPED:
            language = element.get("lang")
        for made in original(box, *rest):
            if language:
                made["Lang"] = pydyf.String(language)
            yield made

    return build
