"""Figures stated in a text, so that both languages can be checked to state the same ones."""

from __future__ import annotations

import re
from collections import Counter

_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def figures(text: str) -> Counter[str]:
    """The figures in ``text``, with grouping commas removed: ``£5,549,669`` gives ``5549669``."""
    return Counter(match.replace(",", "") for match in _FIGURE.findall(text))


def difference(expected: str, actual: str) -> str | None:
    """Describe how the figures of ``actual`` differ from those of ``expected``, or ``None``."""
    want, have = figures(expected), figures(actual)
    if want == have:
        return None
    parts = []
    missing = sorted((want - have).elements())
    extra = sorted((have - want).elements())
    if missing:
        parts.append(f"missing {', '.join(missing)}")
    if extra:
        parts.append(f"has {', '.join(extra)} in addition")
    return "; ".join(parts)
