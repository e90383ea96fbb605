"""Quarters, seasons, decades, weekends, clock times, bare years in phrases and ranges,
in several languages (sentences written for these tests), and the German case article."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.dates import find_dates

WED = dt.date(2023, 9, 13)


def refs(text: str, language: str, published: dt.date | None = WED) -> list[tuple]:
    return [(r.text, r.value, r.value_end) for r in find_dates(text, language, published)]


FOUND = [
    # quarters
    ("en", "Ford posted a profit in the third quarter of 2009.",
     [("the third quarter of 2009", "2009-Q3", None)]),
    ("en", "Q3 2009 results beat the first quarter of last year.",
     [("Q3 2009", "2009-Q3", None), ("the first quarter of last year", "2022-Q1", None)]),
    ("en", "Profits rose 5% last quarter.", [("last quarter", "2023-Q2", None)]),
    ("de", "Im dritten Quartal 2009 fiel der Umsatz.", [("Im dritten Quartal 2009", "2009-Q3", None)]),
    ("da", "Overskuddet steg i tredje kvartal 2009.", [("i tredje kvartal 2009", "2009-Q3", None)]),
    # seasons
    ("en", "The plant closes in the summer of 2024.", [("summer of 2024", "2024-SU", None)]),
    ("en", "Prices may fall this fall, and they fell in fall 2009.",
     [("fall 2009", "2009-FA", None)]),
    ("de", "Im Frühjahr 2010 begann der Bau.", [("Frühjahr 2010", "2010-SP", None)]),
    ("da", "Byggeriet begyndte i foråret 2010.", [("foråret 2010", "2010-SP", None)]),
    # decades
    ("en", "The boxy cars of the 1970s and the '80s are gone.",
     [("1970s", "197X", None), ("80s", "198X", None)]),
    ("de", "In den 90er Jahren wuchs die Stadt.", [("90er Jahren", "199X", None)]),
    ("da", "I 1990'erne voksede byen.", [("1990'erne", "199X", None)]),
    ("sv", "Staden växte under 1990-talet.", [("1990-talet", "199X", None)]),
    # the weekend
    ("da", "Der var uro i weekenden.", [("i weekenden", "2023-W36", None)]),
    # clock times take their day
    ("en", "The jet made its first flight Tuesday at 18:00 UTC.",
     [("Tuesday", "2023-09-12", None), ("18:00 UTC", "2023-09-12", None)]),
    ("en", "Trading resumes at 16:00 UTC today.", [("16:00 UTC today", "2023-09-13", None)]),
    ("de", "Die Sitzung beginnt um 14:30 Uhr.", [("14:30 Uhr", "2023-09-13", None)]),
    ("da", "Mødet begynder kl. 14.30.", [("kl. 14.30", "2023-09-13", None)]),
    # bare years in phrases
    ("en", "The 1991 agreement was a breach of the settlement.", [("1991", "1991", None)]),
    ("en", "It was the second-biggest loss of 2007.", [("2007", "2007", None)]),
    ("en", "The post-1959 government fell.", [("post-1959", "1959", None)]),
    ("es", "La crisis de 2008.", [("de 2008", "2008", None)]),
    ("de", "Das Abkommen von 1990 gilt weiter.", [("von 1990", "1990", None)]),
    # ranges: both ends
    ("en", "Deliveries run from 2009 to 2011, then between 2014 and 2016.",
     [("2009 to 2011", "2009", "2011"), ("2014 and 2016", "2014", "2016")]),
    ("en", "The economy shrank between April and June.",
     [("April and June", "2023-04", "2023-06")]),
    ("en", "The summit is held September 13-15, 2023.",
     [("September 13-15, 2023", "2023-09-13", "2023-09-15")]),
    ("de", "Der Rat tagte vom 13. bis 15. September 2023.",
     [("13. bis 15. September 2023", "2023-09-13", "2023-09-15")]),
    ("de", "Zwischen 1991 und 1997 wuchs die Wirtschaft.",
     [("Zwischen 1991 und 1997", "1991", "1997")]),
    # the last end holds the joiner ("bis 1997" is a year phrase of its own)
    ("de", "Die Werft baute von 1991 bis 1997 U-Boote.", [("von 1991 bis 1997", "1991", "1997")]),
    ("da", "Konferencen holdes 13.–15. september.",
     [("13.–15. september", "2023-09-13", "2023-09-15")]),
    ("da", "Fra 1991 til 1997 voksede økonomien.", [("Fra 1991 til 1997", "1991", "1997")]),
    ("da", "Fra december 2022 til februar 2023 var det koldt.",
     [("december 2022 til februar 2023", "2022-12", "2023-02")]),
    ("en", "From December to February 2023 it was cold.",
     [("December to February 2023", "2022-12", "2023-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_found_and_resolved(language, text, expected):
    assert refs(text, language) == expected


NOT_FOUND = [
    # numbers that are no years, words that are no seasons, dashes that are no ranges
    ("en", "A total of 2000 people came, and 1500 soldiers left."),
    ("en", "In their 80s, they still fall over."),
    ("fr", "Il a été élu."),
    ("sv", "Det är vår tur."),
    ("en", "Scores were 13-15 and 2-3."),
]


@pytest.mark.parametrize(("language", "text"), NOT_FOUND)
def test_not_dates(language, text):
    assert refs(text, language) == []


def test_relative_decades_and_quarters_need_the_publication_date():
    assert refs("the '80s and last quarter", "en", None) == [
        ("80s", None, None),
        ("last quarter", None, None),
    ]
    assert refs("the 1980s", "en", None) == [("1980s", "198X", None)]


def test_german_case_june_2022_and_1950(cases):
    case = next(c for c in cases if c["language"] == "de")
    found = find_dates(case["text"], "de", None)
    assert any("Juni 2022" in r.text and r.value == "2022-06" for r in found)
    assert any("1950" in r.text and r.value == "1950" for r in found)
    assert all(r.value_end is None for r in found)  # no range in it
