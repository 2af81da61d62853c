"""Known answers for the text the voices are given: money, per cent, years, codes, abbreviations, in each language."""

from __future__ import annotations

import pytest

from focusreport_speech.speakable import ENGLISH, POLISH, WELSH, english_year, speakable

KNOWN = [
    # (written, English, Welsh)
    ("£5,549,669", "5549669 pounds", "5549669 o bunnoedd"),
    ("£1.5 million", "1.5 million pounds", "1 pwynt 5 miliwn o bunnoedd"),
    ("£1.5m", "1.5 million pounds", "1 pwynt 5 miliwn o bunnoedd"),
    ("£20", "20 pounds", "20 o bunnoedd"),
    ("87%", "87 per cent", "87 y cant"),
    ("12.5%", "12.5 per cent", "12 pwynt 5 y cant"),
    ("2019/20", "twenty nineteen to twenty twenty", "2019 i 2020"),
    ("2018/19", "twenty eighteen to twenty nineteen", "2018 i 2019"),
    ("2019 \u2013 2020", "twenty nineteen to twenty twenty", "2019 i 2020"),
    ("April 2019 to March 2020", "April twenty nineteen to March twenty twenty", "April 2019 to March 2020"),
    ("E1", "E 1", "E 1"),
    ("PE2", "P E 2", "P E 2"),
    ("SA2.1", "S A 2.1", "S A 2 pwynt 1"),
    ("ICT", "I C T", "I C T"),
    ("MET", "M E T", "M E T"),
    ("12,345 visitors", "12345 visitors", "12345 visitors"),
    ("5-10", "5 to 10", "5 i 10"),
    ("and/or", "and or", "and or"),
    ("Phone: 01978 292000", "Phone: 0 1 9 7 8 2 9 2 0 0 0", "Phone: 0 1 9 7 8 2 9 2 0 0 0"),
    ("Wrexham, LL11 1AY", "Wrexham, L L 1 1, 1 A Y", "Wrexham, L L 1 1, 1 A Y"),
    ("https://www.wrexham.gov.uk", "www.wrexham.gov.uk", "www.wrexham.gov.uk"),
]


@pytest.mark.parametrize(("written", "english", "welsh"), KNOWN)
def test_english_and_welsh_voices_are_given_words_not_marks(written: str, english: str, welsh: str) -> None:
    assert speakable(written, ENGLISH) == english
    assert speakable(written, WELSH) == welsh


@pytest.mark.parametrize(
    ("written", "polish"),
    [("£1.5 million", "1.5 milionów funtów"), ("45%", "45 procent"), ("2024/25", "2024 do 2025"), ("ICT", "I C T")],
)
def test_polish_voice_is_given_polish_words(written: str, polish: str) -> None:
    assert speakable(written, POLISH) == polish


@pytest.mark.parametrize(
    ("year", "spoken"),
    [
        (2019, "twenty nineteen"),
        (2020, "twenty twenty"),
        (2005, "two thousand and five"),
        (2000, "two thousand"),
        (1999, "nineteen ninety-nine"),
        (1905, "nineteen oh five"),
    ],
)
def test_english_years_are_said_as_british_speakers_say_them(year: int, spoken: str) -> None:
    assert english_year(year) == spoken


def test_a_sentence_with_several_marks_is_rewritten_throughout() -> None:
    written = "In 2019/20 we spent £5,549,669 on ICT (87% of the plan), see E1 and SA2.1."
    assert speakable(written, ENGLISH) == (
        "In twenty nineteen to twenty twenty we spent 5549669 pounds on I C T (87 per cent of the plan), see E 1 and S A 2.1."
    )
    assert (
        speakable(written, WELSH)
        == "In 2019 i 2020 we spent 5549669 o bunnoedd on I C T (87 y cant of the plan), see E 1 and S A 2 pwynt 1."
    )


def test_the_reports_pronunciations_come_first_and_only_as_whole_words() -> None:
    said = [("Tŷ Pawb", "Tee Powb"), ("Wrexham", "Rexam")]
    assert speakable("Tŷ Pawb in Wrexham, not Wrexhamshire", ENGLISH, said) == "Tee Powb in Rexam, not Wrexhamshire"


def test_the_bundled_reports_pronunciations_reach_the_outline(content: object) -> None:
    from focusreport import Language
    from focusreport.content import Content
    from focusreport.outliner import make_outline

    assert isinstance(content, Content)
    outline = make_outline(content.report(Language.EN), content.library[Language.EN])
    written = [pair[0] for pair in outline.pronunciations]
    assert "Wrexham" in written
    assert all(spoken and spoken != "" for _written, spoken in outline.pronunciations)
