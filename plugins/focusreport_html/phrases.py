"""The outline's inline spans as nodes of the page.

The outline has already put every mark where it belongs (a rating's name, a hard
word, a link, a passage in another language); this only chooses the element for
each: bold for stressed words and hard words, a link, and ``lang`` (with ``dir``
when the direction changes) for another language.
"""

from __future__ import annotations

from focusreport.outline import Foreign, Link, Spans, Strong, Term, Text
from focusreport_html.markup import Child, h

LINK_SCHEMES = ("https:", "http:", "mailto:", "tel:")
"""The only targets a link may have: anything else (``javascript:``) is printed as words."""


def nodes(spans: Spans, page_direction: str) -> list[Child]:
    """``spans`` as text and elements; ``page_direction`` is the direction of the page around them."""
    result: list[Child] = []
    for span in spans:
        if isinstance(span, Text):
            result.append(span.text)
        elif isinstance(span, Strong):
            result.append(h("strong", None, span.text))
        elif isinstance(span, Term):
            result.append(h("strong", {"class": "term"}, span.text))
        elif isinstance(span, Link):
            result.append(link(span.text, span.target))
        elif isinstance(span, Foreign):
            attributes = {"lang": span.language.tag}
            if span.language.direction != page_direction:
                attributes["dir"] = span.language.direction
            result.append(h("span", attributes, span.text))
        else:
            raise TypeError(f"not a span of the outline: {span!r}")
    return result


def link(words: str, target: str) -> Child:
    """A link to ``target`` when it is a web, email or telephone address; otherwise the words alone."""
    if not target.lower().startswith(LINK_SCHEMES):
        return words
    return h("a", {"href": target}, words)
