"""The place scan: countries and large cities named in any script, as canonical ids."""

from __future__ import annotations

import pytest

from newsweave.stories.gazetteer import places

PYONGYANG = "city:1871859"
VLADIVOSTOK = "city:2013348"
VLADIMIR = "city:473247"
MOSCOW = "city:524901"
BERLIN = "city:2950159"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday."),
        ("de", "Kim Jong-un empfing Wladimir Putin am Mittwoch in Pjöngjang."),
        ("ru", "Владимир Путин прилетел в Пхеньян."),
        ("ko", "평양"),
        ("zh", "普京抵达平壤后会见金正恩"),  # no spaces: 平壤 inside the run of characters
        ("th", "ปูตินเดินทางถึงกรุงเปียงยางแล้ว"),  # Thai writes the phrase without spaces
        ("ar", "وصل بوتين إلى بيونغ يانغ فجر الأربعاء"),  # a two-word name
    ],
)
def test_pyongyang_is_one_city_in_every_script(language, text):
    assert places(text) == [PYONGYANG]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Russland hat die neuen Sanktionen scharf kritisiert."),
        ("da", "Rusland har kritiseret de nye sanktioner."),
        ("ru", "Россия раскритиковала новые санкции."),
        ("ar", "فرضت روسيا عقوبات على المسؤولين"),
        ("zh", "俄罗斯批评了新的制裁措施"),
        ("th", "รัสเซียวิจารณ์มาตรการคว่ำบาตรใหม่"),
    ],
)
def test_russia_is_one_country_in_every_language(language, text):
    assert places(text) == ["country:RU"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Выборы в России прошли спокойно."),  # prepositional case of Россия
        ("de", "Die Wirtschaft Russlands schrumpft weiter."),  # genitive -s
        ("pl", "Ambasador wrócił z Rosji w piątek."),  # genitive of Rosja
    ],
)
def test_an_inflected_country_name_still_matches(language, text):
    assert places(text) == ["country:RU"]


def test_an_inflected_city_name_still_matches():
    assert places("Ким Чен Ын встретил Путина в Пхеньяне.") == [PYONGYANG]


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin spoke for two hours.",
        "Президент Владимир Путин выступил с речью.",
        "Zelensky met Vladimir Putin, not Joe Biden.",
    ],
)
def test_a_city_name_used_as_a_first_name_is_not_the_city(text):
    assert VLADIMIR not in places(text)


def test_a_city_name_standing_alone_is_the_city():
    assert places("Vladimir is a city east of Moscow.") == [VLADIMIR, MOSCOW]


def test_a_city_followed_by_its_country_is_not_taken_for_a_first_name():
    # "Wladiwostok Russland": two capitalised words, but the second is a place
    assert places("Putin landete in Wladiwostok (Russland) am Montag.") == [
        VLADIVOSTOK,
        "country:RU",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "She served turkey and rice on fine china."),
        ("da", "Det var en nice idé, sagde hun."),
    ],
)
def test_a_lower_case_common_word_is_not_a_place(language, text):
    assert places(text) == []


def test_the_same_words_capitalised_are_places():
    assert places("Turkey and China signed a trade deal.") == ["country:TR", "country:CN"]


def test_places_keep_their_order_and_repetitions():
    text = "Moskau kritisiert Berlin, und Berlin antwortet Moskau."
    assert places(text) == [MOSCOW, BERLIN, BERLIN, MOSCOW]


def test_a_text_without_places_gives_nothing():
    assert places("Der Minister sagte am Montag, die Verhandlungen gingen weiter.") == []
    assert places("") == []


# A short text with few spaces per character (a single word, a caption, a name) is scanned
# as if it were written without spaces (Chinese, Thai): names longer than eight letters are
# never looked up, and any run of three or more letters inside a word may hit a place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang", [PYONGYANG]),  # gives []: nine letters, longer than MAX_UNSPACED_KEY
        ("Pjöngjang", [PYONGYANG]),  # gives []
        ("Vladivostok", [VLADIVOSTOK]),  # gives city:13645605, Skhidni Kvartaly ("…vostok")
        ("Wladiwostok (Russland)", [VLADIVOSTOK, "country:RU"]),
        ("Russlands Präsident", ["country:RU"]),  # not Rosetta inside "Präsident"
        ("Владимир Зеленский", []),  # a first name, not the city of Vladimir
    ],
)
def test_a_short_text_in_a_spaced_script_is_scanned_word_by_word(text, expected):
    assert places(text) == expected


# Korean writes spaces between words, but a word is a name with its particle attached
# (평양에, 러시아로), and its names are two or three syllables long.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("푸틴 대통령이 평양에 도착했다", [PYONGYANG]),
        ("김정은 위원장이 평양 시내를 둘러봤다", [PYONGYANG]),
        ("러시아 대통령이 평양을 방문했다", ["country:RU", PYONGYANG]),
    ],
)
def test_a_place_in_a_korean_sentence_is_found(text, expected):
    assert places(text) == expected


@pytest.mark.xfail(
    reason="known weakness: Arabic has no capitals, so a common word that is also a city's "
    "name (الجديدة, 'the new', El Jadida) is taken for the city; requiring big cities for "
    "such words cost 0.02 BCubed F1 on ITN, so rarity weighting is left to discount it",
    strict=True,
)
def test_a_common_arabic_word_is_not_a_place():
    # "The new government announced an economic plan": Arabic has no case to tell a name
    assert places("أعلنت الحكومة الجديدة عن خطة اقتصادية") == []
