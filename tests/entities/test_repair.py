from newsweave.entities.repair import split_places


def spans(text, raw):
    return [(text[s:e], label) for s, e, label in raw]


def test_a_country_is_split_off_the_end_of_a_long_person_span():
    text = "På sin første rejse besøger Kim Jong-un Rusland i sit pansrede tog."
    start = text.index("Kim")
    raw = [(start, text.index(" i sit"), "PER")]
    assert spans(text, split_places(text, raw, "da")) == [
        ("Kim Jong-un", "PER"),
        ("Rusland", "LOC"),
    ]


def test_two_word_names_and_organisations_are_left_alone():
    text = "Tom Holland og Bank of England mødtes."
    raw = [(0, 11, "PER"), (15, 30, "ORG")]
    assert split_places(text, raw, "da") == raw


def test_a_name_ending_in_a_common_word_is_left_alone():
    text = "Carl Gustav Jung skrev om drømme."
    raw = [(0, 16, "PER")]
    assert split_places(text, raw, "da") == raw
