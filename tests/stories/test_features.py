"""Article features: keys that mean the same in every language, and words that do not."""

from __future__ import annotations

import pytest

from newsweave.article import Article, Mention, TimeRef
from newsweave.stories.features import features, numbers, skeleton

PYONGYANG = "city:1871859"
VLADIVOSTOK = "city:2013348"


def mention(text: str, words: str, label: str, entity: str) -> Mention:
    """A hand-made entity mention of the first occurrence of `words` in `text`."""
    start = text.index(words)
    return Mention(start, start + len(words), words, label, words, entity)


# numbers


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 135 people were killed."),
        ("ar", "قتل ما لا يقل عن ١٣٥ شخصا."),  # Arabic-Indic digits
        ("fa", "دست‌کم ۱۳۵ نفر کشته شدند."),  # Persian digits
        ("hi", "कम से कम १३५ लोग मारे गए।"),  # Devanagari digits
        ("en", "At least 0135 people were killed."),  # leading zeros
    ],
)
def test_a_number_is_one_key_in_any_digits(language, text):
    assert numbers(text) == ["n:135"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia sent 1,000 soldiers."),
        ("de", "Russland schickte 1.000 Soldaten."),
        ("da", "Rusland sendte 1000 soldater."),
    ],
)
def test_a_thousands_separator_does_not_change_the_key(language, text):
    assert numbers(text) == ["n:1000"]


def test_day_sized_numbers_and_single_digits_are_not_number_keys():
    # 24 and 31 are mostly days of the month, 7 is no evidence; 32 and 2022 are numbers
    text = "Am 24. Oktober 2022 starben 31 Menschen, 32 wurden verletzt und 7 vermisst."
    assert numbers(text) == ["n:2022", "n:32"]


def test_numbers_are_repeated_as_often_as_they_occur():
    assert numbers("135 Tote in Kiew, 135 in Charkiw, ١٣٥ insgesamt") == ["n:135"] * 3


# skeletons


def test_transliterations_of_one_name_share_a_skeleton():
    assert skeleton("Vostotsjnyj") == skeleton("Wostotschny") == skeleton("Восточный") == "vstcn"
    assert skeleton("Vostochny") == "vstcn"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sunak", "Сунак"),
        ("Putin", "Путин"),
        ("Pyongyang", "Pjöngjang"),
        ("Vladivostok", "Wladiwostok"),
        ("Rusland", "Russland"),  # a doubled letter counts once
    ],
)
def test_spellings_of_a_name_across_scripts_and_languages_share_a_skeleton(one, other):
    assert skeleton(one) is not None
    assert skeleton(one) == skeleton(other)


@pytest.mark.parametrize("word", ["Kim", "Xi", "Ed", "Ai", ""])
def test_a_word_with_fewer_than_three_consonants_has_no_skeleton(word):
    assert skeleton(word) is None


# features of whole articles

DANISH = (
    "Rusland har affyret en raket mod et mål nær Vladivostok, oplyser det russiske "
    "forsvarsministerium. Raketten ramte ikke byen."
)
GERMAN = (
    "Russland hat eine Rakete auf ein Ziel nahe Wladiwostok abgefeuert, teilte das "
    "russische Verteidigungsministerium mit. Die Rakete traf die Stadt nicht."
)


@pytest.fixture(scope="module")
def danish_and_german() -> tuple:
    return (
        features(Article(DANISH, id="da-1", language="da")),
        features(Article(GERMAN, id="de-1", language="de")),
    )


def test_a_danish_and_a_german_article_on_one_event_share_country_and_city(danish_and_german):
    danish, german = danish_and_german
    shared = set(danish) & set(german)
    assert {"country:RU", VLADIVOSTOK} <= shared
    assert "s:vldvstk" in shared  # Vladivostok and Wladiwostok sound alike too


def test_words_are_keys_of_their_language_and_differ_across_languages(danish_and_german):
    danish, german = danish_and_german
    assert german["w:de:rakete"] == 2  # "Rakete", "Rakete": case folded
    assert danish["w:da:raket"] == 1
    assert danish["w:da:rakett"] == 1  # "Raketten": cut to its first six letters
    assert not {k for k in set(danish) & set(german) if k.startswith("w:")}


def test_stop_words_and_short_words_are_no_terms(danish_and_german):
    danish, _ = danish_and_german
    assert "w:da:ikke" not in danish  # a Danish stop word
    assert "w:da:mod" not in danish  # fewer than four letters
    assert "w:da:rusland" not in danish and "w:da:ruslan" in danish  # cut to six letters


def test_an_article_without_a_language_gets_words_of_language_und():
    keys = features(Article("Rusland har sendt en raket mod Vladivostok.", id="x"))
    assert {k for k in keys if k.startswith("w:")} == {
        "w:und:ruslan",
        "w:und:sendt",
        "w:und:raket",
        "w:und:vladiv",
    }


def test_parts_of_a_person_s_name_link_a_surname_to_the_full_name():
    danish = "Putin besøgte Pyongyang i går."
    german = "Wladimir Putin reiste am Mittwoch nach Pjöngjang und traf dort Kim Jong-un."
    da = Article(danish, id="da-2", language="da")
    da.entities = [
        mention(danish, "Putin", "PER", "per:putin"),
        mention(danish, "Pyongyang", "LOC", PYONGYANG),
    ]
    de = Article(german, id="de-2", language="de")
    de.entities = [
        mention(german, "Wladimir Putin", "PER", "per:vladimir-putin"),
        mention(german, "Pjöngjang", "LOC", PYONGYANG),
        mention(german, "Kim Jong-un", "PER", "per:kim-jong-un"),
    ]
    da_keys, de_keys = features(da), features(de)
    assert "pt:putin" in da_keys and "pt:putin" in de_keys
    assert {"pt:wladimir", "pt:kim", "pt:jong"} <= set(de_keys)
    assert "pt:un" not in de_keys  # a part shorter than three letters is no key
    shared = set(da_keys) & set(de_keys)
    assert {"pt:putin", PYONGYANG, "s:ptn", "s:pnknk"} <= shared
    assert "per:putin" not in shared  # the full ids differ; only the parts meet


def test_a_declined_name_gives_the_keys_of_its_base_form():
    # Russian declines every word of a name; the entities stage keeps "Владимиром
    # Путиным" where the article does not confirm "Путин", but the keys do not wait
    text = "Ким Чен Ын встретился с Владимиром Путиным в Пхеньяне."
    article = Article(text, id="ru-1", language="ru")
    article.entities = [
        mention(text, "Владимиром Путиным", "PER", "per:vladimirom-putinym"),
        mention(text, "Пхеньяне", "LOC", PYONGYANG),
    ]
    keys = features(article)
    assert {"pt:vladimir", "pt:putin", "s:ptn", f"s:{skeleton('Пхеньян')}"} <= set(keys)
    assert "pt:putinym" not in keys


def test_a_genitive_s_is_not_cut_unconfirmed():
    # Dutch "-s" is a genitive, and the end of many names: "Jones" stays "Jones"
    text = "Minister Jones sprak in Den Haag."
    article = Article(text, id="nl-1", language="nl")
    article.entities = [mention(text, "Jones", "PER", "per:jones")]
    assert "pt:jones" in features(article)


def test_only_people_give_name_part_keys():
    text = "Gazprom stoppede leverancerne til Polen, siger Xi Jinping."
    article = Article(text, id="da-3", language="da")
    article.entities = [
        mention(text, "Gazprom", "ORG", "org:gazprom"),
        mention(text, "Polen", "LOC", "country:PL"),
        mention(text, "Xi Jinping", "PER", "per:xi-jinping"),
    ]
    keys = features(article)
    assert {k for k in keys if k.startswith("pt:")} == {"pt:jinping"}


def test_where_a_model_found_names_only_the_names_are_sounded_out():
    text = "Wladimir Putin reiste am Mittwoch nach Pjöngjang und traf dort Kim Jong-un."
    article = Article(text, id="de-4", language="de")
    article.entities = [
        mention(text, "Wladimir Putin", "PER", "per:vladimir-putin"),
        mention(text, "Pjöngjang", "LOC", PYONGYANG),
    ]
    keys = features(article)
    # "Mittwoch" (a capitalised German noun) and "Kim Jong-un" (no mention) give no skeleton
    assert {k for k in keys if k.startswith("s:")} == {"s:vldmr", "s:ptn", "s:pnknk"}


def test_without_entity_mentions_every_capitalised_word_is_sounded_out():
    text = "Das Treffen in Wladiwostok dauerte drei Stunden."
    keys = features(Article(text, id="de-5", language="de"))
    assert {k for k in keys if k.startswith("s:")} == {"s:trfn", "s:vldvstk", "s:stndn"}


def test_day_precision_dates_and_days_of_the_year_are_keys():
    text = "Das Treffen am 13. September in Wladiwostok dauerte drei Stunden."
    article = Article(text, id="de-6", language="de")
    article.dates = [
        TimeRef(15, 28, "13. September", "2023-09-13"),
        TimeRef(0, 0, "", "2023-09"),  # month precision: no key
        TimeRef(0, 0, "", None),
    ]
    keys = features(article)
    assert {k: n for k, n in keys.items() if k[:2] in ("d:", "md")} == {
        "d:2023-09-13": 1,
        "md:09-13": 1,  # from the resolved date and the month name: one day, counted once
    }


def test_a_day_named_only_by_a_month_name_is_a_day_of_the_year_key():
    article = Article("Путин прилетит в Пхеньян 24 октября.", id="ru-1", language="ru")
    keys = features(article)
    assert keys["md:10-24"] == 1
    assert not [k for k in keys if k.startswith("d:")]
    assert keys[PYONGYANG] == 1


def test_a_chinese_text_gets_character_pair_terms():
    keys = features(Article("俄罗斯总统普京访问平壤。", id="zh-1", language="zh"))
    assert {k for k in keys if k.startswith("w:")} == {
        f"w:zh:{pair}"
        for pair in ("俄罗", "罗斯", "斯总", "总统", "统普", "普京", "京访", "访问", "问平", "平壤")
    }
    assert keys["country:RU"] == 1 and keys[PYONGYANG] == 1
