import pytest

from newsweave.entities.phonetic import (
    part_similarity,
    romanise,
    script_of,
    sound_keys,
    sound_similarity,
)


@pytest.mark.parametrize(
    ("name", "script"),
    [("Kim Jong-un", "LATIN"), ("Ким Чен Ын", "CYRILLIC"), ("习近平", "CJK"),
     ("김정은", "HANGUL"), ("كيم جونغ أون", "ARABIC"), ("کیم", "ARABIC"), ("123", None)],
)  # fmt: skip
def test_script_of_a_name(name, script):
    assert script_of(name) == script


def test_each_script_is_read_with_its_own_rules():
    assert romanise("كيم جونغ أون") == "kim jung aun"  # و and ي are vowels inside a word
    assert romanise("وليد") == "wlid"  # and و a consonant at its start
    assert romanise("习近平") == "si jin ping"  # pinyin x is s
    assert romanise("किम जोंग-उन") == "kim jong-un"  # the anusvara before g is n
    assert romanise("คิม จองอึน") == "khim jong-uen"  # จ is j; อ before a vowel starts one
    assert romanise("இரிசி சுனக்கு") == "irisi sunkku"  # ச in a foreign name is s


@pytest.mark.parametrize(
    "spellings",
    [
        ["Kim Jong-un", "김정은", "كيم جونغ أون", "คิม จองอึน", "किम जोंग-उन"],
        ["Donald Trump", "Дональд Трамп", "دونالد ترامب", "डोनाल्ड ट्रम्प", "도널드 트럼프"],
        ["Xi Jinping", "习近平", "시진핑", "Си Цзиньпин", "شي جين بينغ"],
        ["Rishi Sunak", "리시 수낵", "ريشي سوناك", "Ρίσι Σούνακ", "ऋषि सुनक"],
    ],
)
def test_one_name_in_many_scripts_sounds_alike(spellings):
    for other in spellings[1:]:
        assert sound_similarity(spellings[0], other) >= 0.8, other


def test_different_names_sound_different():
    assert sound_similarity("Kim Jong-un", "Vladimir Putin") < 0.3
    assert sound_similarity("Rishi Sunak", "Liz Truss") < 0.5


def test_a_family_name_written_first_in_one_spelling_and_last_in_another():
    assert sound_similarity("Абэ Синдзо", "Shinzo Abe") == 1.0


def test_a_vowel_a_script_leaves_unwritten_costs_little():
    assert sound_keys("בנימין נתניהו") == ("PNaNaN", "NTNa")
    assert sound_similarity("בנימין נתניהו", "Benjamin Netanyahu") >= 0.8


def test_part_of_a_name():
    assert part_similarity("بوتين", "Vladimir Putin") == 1.0
    assert part_similarity("Lula da Silva", "Луис Инаси Лул да Силв") >= 0.9
    assert part_similarity("Putin", "Putin") == 0.0  # a one-word name has no part
