"""Style ids and pictures looked up once per document instead of once per use.

python-docx answers "which style id has the style named Heading 2?" by scanning every
style twice (by name, then for the default of its type), and "is this picture in the
document yet?" by reading and SHA-1-hashing every picture already added. A writer asks
both hundreds of times for the same few styles and pictures; the answers are kept here,
per document (per story part for pictures, since a relationship id belongs to the part
that holds it), and python-docx is asked only the first time. The answers are the ones
python-docx gives, so the document's bytes do not change.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.package import ImageParts
from docx.parts.image import ImagePart
from docx.parts.story import StoryPart


class StyleIds:
    """A document's style ids by (name, type), asked of python-docx once each.

    Installed as the document part's ``get_style_id``, which every paragraph, run and
    table goes through when given a style by name. Style objects and names not found are
    passed straight on, so errors stay python-docx's own.
    """

    def __init__(self, document: DocumentObject) -> None:
        self._lookup: Callable[[object, Any], str | None] = document.part.get_style_id
        self._ids: dict[tuple[str, Any], str | None] = {}

    def __call__(self, style_or_name: object, style_type: Any) -> str | None:
        """The id python-docx gives for ``style_or_name`` of ``style_type``."""
        if not isinstance(style_or_name, str):
            return self._lookup(style_or_name, style_type)
        key = (style_or_name, style_type)
        if key not in self._ids:
            self._ids[key] = self._lookup(style_or_name, style_type)
        return self._ids[key]


def remember_style_ids(document: DocumentObject) -> None:
    """Answer ``document``'s style-id questions from a cache from now on.

    Call it once the styles are set up: a style renamed after its id was asked for
    would still be found under its old name.
    """
    # python-docx has no hook for this: the cache replaces the method on this one part only.
    document.part.get_style_id = StyleIds(document)  # type: ignore[method-assign]


_IMAGES: weakref.WeakKeyDictionary[StoryPart, dict[Path, tuple[str, Image]]] = weakref.WeakKeyDictionary()
_BY_HASH: weakref.WeakKeyDictionary[ImageParts, dict[str, ImagePart]] = weakref.WeakKeyDictionary()


def image_of(part: StoryPart, path: Path) -> tuple[str, Image]:
    """The relationship id and image of the picture file ``path`` in ``part``, added on first use.

    What python-docx's ``get_or_add_image`` does, with the package's pictures indexed by
    their SHA-1 once instead of hashed again for every new one; the same file gives the
    same part, and a new one is named by python-docx's own rule.
    """
    images = _IMAGES.setdefault(part, {})
    if path not in images:
        image = Image.from_file(str(path))
        image_parts = part.package.image_parts
        known = _BY_HASH.get(image_parts)
        if known is None or len(known) != len(image_parts):  # parts added some other way: index them again
            known = _BY_HASH[image_parts] = {image_part.sha1: image_part for image_part in image_parts}
        image_part = known.get(image.sha1)
        if image_part is None:
            image_part = known[image.sha1] = image_parts._add_image_part(image)
        images[path] = (part.relate_to(image_part, RT.IMAGE), image_part.image)
    return images[path]
