"""Figures stated in a text, so that every language can be checked to state the same ones.

Each language writes numbers its own way: ``5,549,669`` and ``2.5`` in English and
Welsh, ``5 549 669`` (with a no-break space) and ``2,5`` in Polish. The figures are
read with the grouping and decimal signs of the text's locale, from CLDR through
Babel, and compared as plain numbers.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from babel import Locale, UnknownLocaleError, numbers

_NARROW_SPACES = "\u00a0\u202f"


@functools.lru_cache(maxsize=32)
def _pattern(locale: str) -> tuple[re.Pattern[str], str, str]:
    try:
        parsed = Locale.parse(locale.replace("-", "_"))
        group, decimal = numbers.get_group_symbol(parsed), numbers.get_decimal_symbol(parsed)
    except (UnknownLocaleError, ValueError):
        group, decimal = ",", "."
    groups = {group, *(_NARROW_SPACES if group in _NARROW_SPACES else "")}
    group_class = "".join(re.escape(sign) for sign in sorted(groups))
    # A full stop between digits is a decimal point, or a version ("4.0"), wherever it does not group digits.
    points = {decimal, *("." if "." not in groups else "")}
    point_class = "".join(re.escape(sign) for sign in sorted(points))
    figure = rf"\d+(?:[{group_class}]\d{{3}})*(?:[{point_class}]\d+)?"
    return re.compile(figure), "".join(sorted(groups)), "".join(sorted(points))


def figures(text: str, locale: str = "en-GB") -> Counter[str]:
    """The figures in ``text`` as plain numbers: ``£5,549,669`` gives ``5549669``; Polish ``2,5`` gives ``2.5``."""
    pattern, groups, decimal = _pattern(locale)
    found: Counter[str] = Counter()
    for match in pattern.findall(text):
        plain = "".join(char for char in match if char not in groups)
        found["".join("." if char in decimal else char for char in plain)] += 1
    return found


def difference(expected: str, actual: str, expected_locale: str = "en-GB", actual_locale: str = "en-GB") -> str | None:
    """Describe how the figures of ``actual`` differ from those of ``expected``, or ``None``."""
    want, have = figures(expected, expected_locale), figures(actual, actual_locale)
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
