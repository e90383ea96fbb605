import pytest

from newsweave.entities.typewords import apply_type_words, type_words


def spans(text, raw):
    return [(text[s:e], label) for s, e, label in raw]


DA = (
    "»Vi ser en ny kold krig,« siger Iver Neumann, som er Ruslands-ekspert ved det norske "
    "Fridtjof Nansens Institut, til Dagbladet."
)


def test_an_organisation_named_by_its_head_word_is_found_with_the_names_before_it():
    raw = [(DA.index("Iver"), DA.index(", som"), "PER")]
    assert spans(DA, apply_type_words(DA, raw, "da")) == [
        ("Iver Neumann", "PER"),
        ("Fridtjof Nansens Institut", "ORG"),
        ("Dagbladet", "ORG"),
    ]


def test_a_model_span_inside_the_organisation_is_replaced():
    start = DA.index("Fridtjof")
    raw = [(start, start + len("Fridtjof Nansen"), "PER")]
    assert ("Fridtjof Nansens Institut", "ORG") in spans(DA, apply_type_words(DA, raw, "da"))


def test_a_person_span_with_a_place_word_is_a_place():
    text = "Han mødte Putin ved Kosmodrom Vostotsjnyj."
    start = text.index("Kosmodrom")
    raw = [(start, len(text) - 1, "PER")]
    assert spans(text, apply_type_words(text, raw, "da")) == [("Kosmodrom Vostotsjnyj", "LOC")]


def test_growth_stops_at_function_words_and_two_names_are_not_joined():
    text = "Die Deutsche Bank meldete Gewinne."
    assert spans(text, apply_type_words(text, [], "de")) == [("Deutsche Bank", "ORG")]
    text = "Gary Barlow Football Association"
    raw = [(0, 11, "PER"), (12, 20, "ORG")]
    assert apply_type_words(text, raw, "en") == raw


def test_a_lone_head_word_at_a_sentence_start_names_nothing():
    text = "Institut for Statskundskab har flyttet. Universitet er lukket."
    assert apply_type_words(text, [], "da") == []


@pytest.mark.parametrize("language", ["zh", "xx", None])
def test_languages_without_type_words_are_left_alone(language):
    raw = [(0, 5, "PER")]
    assert type_words(language) is None
    assert apply_type_words("Mario Draghi", raw, language) == raw


@pytest.mark.parametrize(
    ("language", "text", "model_span"),
    [
        ("da", "som minder rigtig meget om Den Kolde Krig, siger han", "Den Kolde Krig"),
        ("da", "som minder rigtig meget om Den Kolde Krig, siger han", "Den Kolde"),
        ("de", "Nach dem Zweiten Weltkrieg wurde Korea geteilt.", "Zweiten Weltkrieg"),
        ("en", "It ended the Cold War for good.", "Cold War"),
        ("ru", "После окончания Холодной войны Россия изменилась.", "Холодной войны"),
    ],
)
def test_the_name_of_a_war_is_no_organisation_or_place(language, text, model_span):
    start = text.index(model_span)
    raw = [(start, start + len(model_span), "ORG")]
    assert apply_type_words(text, raw, language) == []


def test_a_person_called_like_a_war_stays():
    text = "o presidente da Câmara de Alcobaça, Miguel Guerra, referiu"
    raw = [(text.index("Miguel"), text.index(", referiu"), "PER")]
    assert apply_type_words(text, raw, "pt") == raw


def test_a_name_before_a_war_in_lower_case_stays():
    text = "Ruslands krig mod Ukraine fortsætter."
    raw = [(0, 8, "LOC"), (18, 25, "LOC")]
    assert spans(text, apply_type_words(text, raw, "da")) == [("Ruslands", "LOC"), ("Ukraine", "LOC")]
