"""The tense of a sentence decides what a weekday or a yearless month means: "will
begin on Wednesday" looks ahead, "met on Wednesday" back. Sentences written for these
tests (en, de, da, sv, nl, fr, es), plus the Danish case article."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.dates import find_dates
from newsweave.dates.lexicon import lexicon
from newsweave.lang import SUPPORTED

MON = dt.date(2023, 9, 11)  # a Monday
THU = dt.date(2023, 9, 14)


def values(text: str, language: str, published: dt.date | None) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in find_dates(text, language, published)]


WEEKDAYS = [
    # (language, sentence, weekday span, value) published on Monday 11 September 2023
    ("en", "The trial will begin on Wednesday in London.", "Wednesday", "2023-09-13"),
    ("en", "The trial began on Wednesday in London.", "Wednesday", "2023-09-06"),
    ("en", "Russian markets to remain closed until Friday", "Friday", "2023-09-15"),
    ("en", "The company announced on Friday that it will cut 900 jobs.", "Friday", "2023-09-08"),
    ("en", "Shares closed lower on Friday amid fears that the bank will fail.", "Friday",
     "2023-09-08"),
    ("de", "Der Prozess wird am Mittwoch in Berlin beginnen.", "Mittwoch", "2023-09-13"),
    ("de", "Der Prozess hat am Mittwoch in Berlin begonnen.", "Mittwoch", "2023-09-06"),
    ("de", "Die Börsen bleiben bis Freitag geschlossen.", "Freitag", "2023-09-15"),
    ("da", "Retssagen skal begynde onsdag i København.", "onsdag", "2023-09-13"),
    ("da", "Retssagen begyndte onsdag, sagde hun.", "onsdag", "2023-09-06"),
    ("da", "Butikkerne er lukket indtil fredag.", "fredag", "2023-09-15"),
    ("sv", "Rättegången ska börja onsdag.", "onsdag", "2023-09-13"),
    ("nl", "Het proces zal woensdag beginnen.", "woensdag", "2023-09-13"),
    ("fr", "Le procès sera ouvert mercredi à Paris.", "mercredi", "2023-09-13"),
    ("es", "El juicio será el miércoles en Madrid.", "miércoles", "2023-09-13"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "span", "value"), WEEKDAYS)
def test_weekdays_follow_the_tense_of_their_sentence(language, text, span, value):
    assert (span, value) in values(text, language, MON)


def test_a_weekday_in_the_future_on_its_own_day_is_that_day():
    assert values("The vote will be held on Monday.", "en", MON) == [("Monday", "2023-09-11")]


def test_the_cue_stays_in_its_sentence():
    text = "The minister met them on Wednesday. The talks will go on."
    assert values(text, "en", MON) == [("Wednesday", "2023-09-06")]


def test_a_month_without_a_year_is_read_in_the_tense_of_its_sentence():
    may = dt.date(2009, 6, 5)
    assert values("The sale should be completed in October.", "en", may) == [
        ("October", "2009-10")
    ]
    # no cue (or a past one): the nearest October, the past preferred
    assert values("Sales fell in October.", "en", may) == [("October", "2008-10")]
    december = dt.date(2023, 12, 20)
    assert values("Die Wahl wird im Februar stattfinden.", "de", december) == [
        ("Februar", "2024-02")
    ]
    assert values("Valget skal holdes i februar.", "da", december) == [("februar", "2024-02")]
    assert values("Valget blev holdt i november.", "da", december) == [("november", "2023-11")]


def test_the_weekend_follows_the_tense():
    assert values("The ministers met over the weekend.", "en", MON) == [
        ("the weekend", "2023-W36")
    ]
    assert values("The ministers will meet this weekend.", "en", THU) == [
        ("this weekend", "2023-W37")
    ]
    assert values("Am Wochenende blieb es ruhig.", "de", MON) == [("Am Wochenende", "2023-W36")]


def test_danish_case_wednesday_is_the_publication_day(cases):
    case = next(c for c in cases if c["language"] == "da")
    published = dt.date.fromisoformat(case["published"])
    assert ("onsdag", "2023-09-13") in values(case["text"], "da", published)


def test_languages_without_cues_read_every_sentence_as_before():
    # Finnish and the Slavic languages mark the future in the verb's form, not by a word:
    # their data lists no cue, and a weekday is the most recent one, as before
    without = [lang for lang in SUPPORTED if not lexicon(lang).future_cues]
    assert {"fi", "ru"} <= set(without)
    assert values("Oikeudenkäynti alkaa keskiviikkona.", "fi", MON) == [
        ("keskiviikkona", "2023-09-06")
    ]


def test_unknown_language_resolves_weekdays_without_cues():
    assert values("2023-09-13", "xx", MON) == [("2023-09-13", "2023-09-13")]
