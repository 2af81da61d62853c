"""Written text as a voice should say it, per language: money, per cent, year ranges, codes, abbreviations.

espeak-ng reads numbers well but not the marks around them: it drops ``£`` in Welsh,
reads ``%`` and ``/`` in English whatever the voice, says ``2019/20`` as a fraction
and ``ICT`` as a word, and reads a phone number as one large number. Each rule here rewrites one such pattern into plain words of
the language, before the text reaches the voice. The report's own pronunciations
(``Tŷ Pawb`` said as the voice should say it) are applied first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def english_under_hundred(number: int) -> str:
    """``number`` (0 to 99) in English words: 45 is "forty-five"."""
    if number < 20:
        return _ONES[number] or "zero"
    tens, ones = divmod(number, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def english_year(year: int) -> str:
    """A year as British speakers say it: 2019 is "twenty nineteen", 2005 is "two thousand and five"."""
    century, rest = divmod(year, 100)
    if century == 20 and rest < 10:
        return "two thousand" + (f" and {_ONES[rest]}" if rest else "")
    if rest == 0:
        return f"{english_under_hundred(century)} hundred"
    if rest < 10:
        return f"{english_under_hundred(century)} oh {_ONES[rest]}"
    return f"{english_under_hundred(century)} {english_under_hundred(rest)}"


@attrs.frozen
class Words:
    """The words one language puts in place of marks."""

    pounds: str
    """After an amount: "pounds"."""
    million_pounds: str
    """After an amount in millions: "million pounds"."""
    per_cent: str
    to: str
    """Between the ends of a range."""
    point: str
    """The decimal point, when the voice would read it otherwise (empty: leave decimals to the voice)."""
    year: Callable[[int], str]


ENGLISH = Words("pounds", "million pounds", "per cent", "to", "", english_year)
WELSH = Words("o bunnoedd", "miliwn o bunnoedd", "y cant", "i", "pwynt", str)
POLISH = Words("funtów", "milionów funtów", "procent", "do", "", str)

_BY_LANGUAGE = {"en": ENGLISH, "cy": WELSH, "pl": POLISH}


def words_for(code: str) -> Words | None:
    """The words of the language with primary subtag ``code``, or ``None`` when it has none."""
    return _BY_LANGUAGE.get(code)


_WEB = re.compile(r"\bhttps?://")
_PHONE = re.compile(r"(?<![\d,.])\b0\d{2,}(?:[ \u00a0]\d{3,})*\b")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b")
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MILLIONS = re.compile(rf"£\s?({_NUMBER})\s?(?:m\b|million\b|miliwn\b|mln\b)")
_MONEY = re.compile(rf"£\s?({_NUMBER})")
_PER_CENT = re.compile(rf"({_NUMBER})\s?%")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s?[/\u2013-]\s?(\d\d|(?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.£])\b((?:19|20)\d\d)\b(?![\d,.%]\d)")
_RANGE = re.compile(rf"({_NUMBER})\s?[\u2013-]\s?({_NUMBER})")
_CODE = re.compile(r"\b([A-Z]{1,4})(\d+(?:\.\d+)*)\b")
_ABBREVIATION = re.compile(r"\b([A-Z]{2,5})\b")
_GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
_DECIMAL = re.compile(r"\b(\d+)\.(\d+)\b")


def _plain_number(text: str) -> str:
    return text.replace(",", "")


def speakable(text: str, words: Words, pronunciations: Iterable[tuple[str, str]] = ()) -> str:
    """``text`` rewritten for a voice of the language of ``words`` (see the module's description)."""
    for written, spoken in pronunciations:
        if written:
            text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", spoken, text)
    text = _WEB.sub("", text)
    text = _PHONE.sub(lambda m: _spelled(m[0]), text)
    text = _POSTCODE.sub(lambda m: f"{_spelled(m[1])}, {_spelled(m[2])}", text)
    text = _MILLIONS.sub(lambda m: f"{_plain_number(m[1])} {words.million_pounds}", text)
    text = _MONEY.sub(lambda m: f"{_plain_number(m[1])} {words.pounds}", text)
    text = _PER_CENT.sub(lambda m: f"{_plain_number(m[1])} {words.per_cent}", text)
    text = _YEAR_RANGE.sub(lambda m: _year_range(int(m[1]), m[2], words), text)
    text = _YEAR.sub(lambda m: words.year(int(m[1])), text)
    text = _RANGE.sub(lambda m: f"{_plain_number(m[1])} {words.to} {_plain_number(m[2])}", text)
    text = _CODE.sub(lambda m: f"{' '.join(m[1])} {_point(m[2], words)}", text)
    text = _ABBREVIATION.sub(lambda m: " ".join(m[1]), text)
    text = _GROUPED.sub(lambda m: _plain_number(m[0]), text)
    if words.point:
        text = _DECIMAL.sub(lambda m: f"{m[1]} {words.point} {m[2]}", text)
    return text.replace("/", " ")


def _spelled(text: str) -> str:
    """Each letter and digit on its own, as a phone number or a postcode is read out."""
    return " ".join(char for char in text if char.isalnum())


def _year_range(first: int, second: str, words: Words) -> str:
    end = int(second) if len(second) == 4 else first - first % 100 + int(second)
    if end < first:
        end += 100
    return f"{words.year(first)} {words.to} {words.year(end)}"


def _point(number: str, words: Words) -> str:
    return number.replace(".", f" {words.point} ") if words.point else number
