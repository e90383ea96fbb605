"""Days of the year from CLDR month names with a day number, in any language."""

from __future__ import annotations

import pytest

from newsweave.stories.calendar import days_of_year


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Путин прилетит в Пхеньян 24 октября.", [(10, 24)]),
        ("en", "The summit is set for October 24 in Pyongyang.", [(10, 24)]),
        ("ar", "وصل بوتين إلى بيونغ يانغ في 24 أكتوبر", [(10, 24)]),
        ("ar", "وصل بوتين إلى بيونغ يانغ في ٢٤ أكتوبر", [(10, 24)]),  # Arabic-Indic digits
        ("ko", "푸틴 대통령은 10월 24일 평양에 도착한다", [(10, 24)]),  # day with its suffix
        ("ko", "푸틴 대통령은 10월24일 평양에 도착한다", [(10, 24)]),  # month and day joined
        ("zh", "普京于2022年10月24日抵达平壤。", [(10, 24)]),  # inside an unspaced sentence
        ("th", "ปูตินจะเดินทางถึงเปียงยางในวันที่ 24 ตุลาคม", [(10, 24)]),
        ("de", "Putin reist am 7. Dezember nach Pjöngjang.", [(12, 7)]),
        ("pl", "Putin przyleci do Pjongjangu 29 października.", [(10, 29)]),  # genitive
        ("da", "Mødet blev holdt den 13. september i København.", [(9, 13)]),
        ("fr", "Le sommet aura lieu le 1er mai à Paris.", [(5, 1)]),  # "1er": a suffix
    ],
)
def test_a_month_name_with_a_day_number_gives_the_day_of_the_year(language, text, expected):
    assert days_of_year(text, language) == expected


def test_days_come_in_order_with_the_day_before_or_after_the_month():
    assert days_of_year("The talks ran from May 5 to 6 June.", "en") == [(5, 5), (6, 6)]
    text = "Forhandlingerne begyndte den 13. september og sluttede den 14. september."
    assert days_of_year(text, "da") == [(9, 13), (9, 14)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "会议于11月24日举行。"),
        ("ja", "会談は11月24日に行われた。"),
    ],
)
def test_a_two_digit_month_is_not_read_as_its_last_digit(language, text):
    # "1月" (January) sits inside "11月" (November)
    assert days_of_year(text, language) == [(11, 24)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Aufstellung: Maier 7, Müller 13 und Schmidt 9."),  # "Mai"
        ("de", "Der Marsch 12 Kilometer durch die Innenstadt verlief friedlich."),  # "März"
        ("fr", "Le club de Marseille 7 fois champion de France."),  # "mars"
    ],
)
def test_a_word_that_only_starts_like_a_month_is_no_month(language, text):
    assert days_of_year(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Inflation rose in October 2022 and again in 2023."),  # a year, not a day
        ("en", "Turnout was 32 October voters in the district."),  # 32 is no day
        ("de", "Die Preise stiegen im Dezember deutlich."),  # a month without a day
    ],
)
def test_a_month_without_a_day_number_gives_nothing(language, text):
    assert days_of_year(text, language) == []


@pytest.mark.parametrize("language", ["xx", "", None])
def test_an_unknown_language_gives_nothing(language):
    assert days_of_year("Путин прилетит в Пхеньян 24 октября.", language) == []


def test_the_month_names_are_those_of_the_language_given():
    # Russian month names mean nothing in a text said to be German
    assert days_of_year("Putin reist am 24 октября nach Pjöngjang.", "de") == []
