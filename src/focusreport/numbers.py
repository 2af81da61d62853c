"""How a number is written in each language: the one place that decides it.

Values in the structure file are plain decimals (``5549669``, ``87.5``); this module
writes them as the language does, with CLDR's patterns through Babel: ``5,549,669`` in
English and Welsh, ``5 549 669`` in Polish; percentages and money in the locale's own
order. The decimals written are kept unless a caller asks for a number of them
(a table row writes all its values alike): ``87.5`` stays one decimal, ``12`` none,
and money is written with whole units or with two decimals.
"""

from __future__ import annotations

import copy
import functools
from decimal import Decimal

import babel
from babel import numbers


@functools.lru_cache(maxsize=32)
def _locale(locale: str) -> babel.Locale:
    return babel.Locale.parse(locale.replace("-", "_"))


def decimals(value: Decimal, unit: str = "number") -> int:
    """How many decimals ``value`` is written with: as given, and for money none or two."""
    exponent = value.as_tuple().exponent
    written = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if unit == "money":
        return 0 if value == value.to_integral_value() else 2
    return written


def format_number(value: Decimal, locale: str, digits: int | None = None) -> str:
    """``value`` with the locale's grouping and decimal sign, and ``digits`` decimals (as written, by default)."""
    digits = decimals(value) if digits is None else digits
    return _apply(_locale(locale).decimal_formats[None].pattern, value, locale, digits)


def format_percent(value: Decimal, locale: str, digits: int | None = None) -> str:
    """``value`` per cent (``87.5`` gives ``87.5%``), in the locale's own order."""
    digits = decimals(value) if digits is None else digits
    return _apply(_locale(locale).percent_formats[None].pattern, value / 100, locale, digits)


def format_money(value: Decimal, currency: str, locale: str, digits: int | None = None) -> str:
    """``value`` in ``currency``: whole units when it is whole (``£5,549,669``), else two decimals."""
    digits = decimals(value, "money") if digits is None else digits
    return _apply(_locale(locale).currency_formats["standard"].pattern, value, locale, digits, currency)


def format_value(value: Decimal, unit: str, locale: str, currency: str | None = None, digits: int | None = None) -> str:
    """``value`` written for its ``unit``: ``number``, ``percent`` or ``money``, with ``digits`` decimals when given."""
    if unit == "percent":
        return format_percent(value, locale, digits)
    if unit == "money":
        if currency is None:
            raise ValueError("money needs a currency")
        return format_money(value, currency, locale, digits)
    return format_number(value, locale, digits)


def _apply(pattern_text: str, value: Decimal, locale: str, digits: int, currency: str | None = None) -> str:
    pattern = copy.copy(numbers.parse_pattern(pattern_text))
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(value, _locale(locale), currency=currency, currency_digits=False))
