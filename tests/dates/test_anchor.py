"""Expressions anchored to the story's reference time, as TimeML resolves them: "the
previous year", "the day before", "a year earlier" count from the time the text last
named (else the publication date); "the same period last year" is the period just
named, a year before it. Real sentences in nine languages, published 2023-09-13."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.dates import find_dates
from newsweave.dates.anchor import anchored
from newsweave.dates.resolve import Anaphor

WED = dt.date(2023, 9, 13)

CASES = [
    ("en", "Sales rose 5% in August compared with the same period last year. Costs fell "
           "last year, more than the year previous. The plant opened on 3 May; the day "
           "before, workers struck. Two days later, it closed.",
     [("August", "2023-08"), ("the same period last year", "2022-08"), ("last year", "2022"),
      ("the year previous", "2021"), ("3 May", "2023-05-03"), ("the day before", "2023-05-02"),
      ("Two days later", "2023-05-04")]),
    ("de", "Der Umsatz stieg im August um 5 Prozent gegenüber dem gleichen Zeitraum des "
           "Vorjahres. Im Jahr 2019 fiel er, im Jahr zuvor stieg er. Am 3. Mai streikten sie, "
           "am Vortag nicht.",
     [("August", "2023-08"), ("gleichen Zeitraum des Vorjahres", "2022-08"),
      ("Im Jahr 2019", "2019"), ("im Jahr zuvor", "2018"), ("3. Mai", "2023-05-03"),
      ("am Vortag", "2023-05-02")]),
    ("da", "Salget steg i august med 5 procent i forhold til samme periode sidste år. I 2019 "
           "faldt det, men det steg året før. Fabrikken åbnede 3. maj, og to dage senere "
           "lukkede den.",
     [("august", "2023-08"), ("samme periode sidste år", "2022-08"), ("I 2019", "2019"),
      ("året før", "2018"), ("3. maj", "2023-05-03"), ("to dage senere", "2023-05-05")]),
    ("no", "Salget steg i august sammenlignet med samme periode i fjor.",
     [("august", "2023-08"), ("samme periode i fjor", "2022-08")]),
    ("sv", "Försäljningen ökade i augusti jämfört med samma period förra året.",
     [("augusti", "2023-08"), ("samma period förra året", "2022-08")]),
    ("nl", "De verkoop steeg in augustus ten opzichte van dezelfde periode vorig jaar. In 2019 "
           "daalde hij, het jaar ervoor steeg hij.",
     [("augustus", "2023-08"), ("dezelfde periode vorig jaar", "2022-08"), ("In 2019", "2019"),
      ("het jaar ervoor", "2018")]),
    ("fr", "Les ventes ont augmenté en août par rapport à la même période de l'année "
           "précédente. L'usine a ouvert le 3 mai et a fermé deux jours plus tard.",
     [("août", "2023-08"), ("la même période de l'année précédente", "2022-08"),
      ("3 mai", "2023-05-03"), ("deux jours plus tard", "2023-05-05")]),
    ("es", "Las ventas subieron en agosto frente al mismo periodo del año anterior. En 2019 "
           "bajaron; el año anterior subieron.",
     [("agosto", "2023-08"), ("mismo periodo del año anterior", "2022-08"), ("En 2019", "2019"),
      ("el año anterior", "2018")]),
    ("it", "Le vendite sono cresciute ad agosto rispetto allo stesso periodo dell'anno "
           "precedente. La fabbrica ha aperto il 3 maggio e ha chiuso due giorni dopo.",
     [("agosto", "2023-08"), ("stesso periodo dell'anno precedente", "2022-08"),
      ("3 maggio", "2023-05-03"), ("due giorni dopo", "2023-05-05")]),
]  # fmt: skip


@pytest.mark.parametrize("language, text, expected", CASES)
def test_anchored_to_the_time_last_named(language, text, expected):
    assert [(r.text, r.value) for r in find_dates(text, language, WED)] == expected


def test_with_nothing_named_the_publication_date_anchors():
    found = find_dates("The previous year was worse; a year earlier, too.", "en", WED)
    assert [(r.text, r.value) for r in found] == [
        ("The previous year", "2022"),
        ("a year earlier", "2021"),  # the time last named is now 2022
    ]


def test_the_same_period_is_the_period_named_at_its_precision():
    text = "Losses in the third quarter of 2009 doubled from the same period a year earlier."
    assert [(r.text, r.value) for r in find_dates(text, "en", WED)] == [
        ("the third quarter of 2009", "2009-Q3"),
        ("the same period a year earlier", "2008-Q3"),
    ]


def test_the_same_period_with_no_period_named_says_only_the_year():
    found = find_dates("Sales fell from the same period last year.", "en", WED)
    assert [(r.text, r.value) for r in found] == [("the same period last year", "2022")]


def test_an_event_after_the_day_before_is_no_anchor():
    # "the day before the vote" counts from the vote, which has no date: not found
    found = find_dates("On 3 May, the day before the vote, they met.", "en", WED)
    assert [(r.text, r.value) for r in found] == [("3 May", "2023-05-03")]


def test_undated_and_unanchored_stays_unresolved():
    found = find_dates("The year before, it was worse.", "en", None)
    assert [(r.text, r.value) for r in found] == [("The year before", None)]


def test_counted_weeks_and_decades_from_the_anchor():
    found = find_dates("On 3 May it opened; a week earlier, it was tested.", "en", WED)
    assert [(r.text, r.value) for r in found] == [
        ("3 May", "2023-05-03"),
        ("a week earlier", "2023-04-26"),  # counted weeks are a day, as from the publication date
    ]
    assert anchored(Anaphor("decade", -2, counted=True), ["1995"], WED) == "1975"
    assert anchored(Anaphor("weekend", -1), ["1995"], WED) is None  # no value we can tell
