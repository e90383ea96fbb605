import pytest

from newsweave.entities.credits import credit_items, mend_credits


def spans(text, raw):
    return [(text[s:e], label) for s, e, label in raw]


def at(text, piece, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return (start, start + len(piece), label)


DA = "Kim Jong-un og Vladimir Putin i samtale. Foto: KCNA/AFP/Ritzau Scanpix\nPutin sagde"


def test_the_items_of_a_credit_line_are_its_names_up_to_the_line_end():
    assert [DA[s:e] for s, e in credit_items(DA, "da")] == ["KCNA", "AFP", "Ritzau Scanpix"]
    no = "Foto: Bjørn Kraft, Norsk Polarinstitutt Selskap: et bilde"
    assert [no[s:e] for s, e in credit_items(no, "no")] == [
        "Bjørn Kraft", "Norsk Polarinstitutt Selskap: et bilde"]


def test_a_name_across_slashes_is_cut_and_an_agency_in_two_pieces_is_joined():
    raw = [at(DA, "Kim Jong-un", "PER"), at(DA, "KCNA/AFP/Ritzau", "ORG"),
           at(DA, "Scanpix", "ORG"), at(DA, "Putin", "PER", 1)]
    assert spans(DA, mend_credits(DA, raw, "da")) == [
        ("Kim Jong-un", "PER"), ("KCNA", "ORG"), ("AFP", "ORG"), ("Ritzau Scanpix", "ORG"),
        ("Putin", "PER")]


def test_a_photographer_keeps_the_label_the_model_gave():
    text = "Foto: Spencer Platt, Afp / Scanpix"
    raw = [at(text, "Spencer", "PER"), at(text, "Platt", "PER"), at(text, "Afp", "ORG"),
           at(text, "Scanpix", "ORG")]
    assert spans(text, mend_credits(text, raw, "no")) == [
        ("Spencer Platt", "PER"), ("Afp", "ORG"), ("Scanpix", "ORG")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Regierung in Berlin/Brandenburg berät."),  # no credit word
        ("da", "Foto: Mads Nissen for Politiken"),  # a lower-case word: not only a name
        ("zh", "Foto: Scanpix/AFP"),  # a language without credit words
    ],
)
def test_text_outside_credits_and_items_with_other_words_are_left_alone(language, text):
    raw = [(text.index("Berlin"), text.index(" berät"), "LOC")] if "Berlin" in text else [
        (text.index(text.split()[1]), len(text.split()[0]) + 1 + len(text.split()[1]), "PER")]
    assert mend_credits(text, raw, language) == raw
