import pytest

from newsweave.entities.repair import drop_adjectives, drop_parts, split_places, trim_people


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


def test_a_person_span_that_runs_into_the_sentence_is_cut_at_its_first_lower_case_word():
    text = "Es wird erwartet, dass es ein Treffen zwischen Putin und Kim geben könnte."
    start = text.index("Kim")
    raw = [(start, text.index(" könnte"), "PER")]
    assert spans(text, trim_people(text, raw, "de")) == [("Kim", "PER")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ludwig van Beethoven"),
        ("fr", "Valéry Giscard d'Estaing"),
        ("en", "Bashar al-Assad"),
        ("es", "Hernán Cortés de Monroy"),
        ("en", "Stephen I of Hungary"),
        ("ru", "Людвиг ван Бетховен"),
    ],
)
def test_name_particles_stay_inside_a_name(language, text):
    assert trim_people(text, [(0, len(text), "PER")], language) == [(0, len(text), "PER")]


def test_a_person_span_of_lower_case_words_only_is_dropped_and_other_labels_are_kept():
    text = "sagde hun til Danske Bank og Frankfurt am Main"
    raw = [(0, 9, "PER"), (14, 25, "ORG"), (29, 46, "LOC")]
    assert trim_people(text, raw, "da") == raw[1:]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Bundeskanzler Olaf Scholz", "Olaf Scholz"),
        ("en", "President Joe Biden", "Joe Biden"),
        ("de", "US-Präsident Joe Biden", "Joe Biden"),
        ("da", "Statsminister Mette Frederiksen", "Mette Frederiksen"),
        ("en", "President", "President"),  # a title alone stays: nothing else to keep
    ],
)
def test_a_title_at_the_start_of_a_person_span_is_left_out(language, text, name):
    ((start, end, label),) = trim_people(text, [(0, len(text), "PER")], language)
    assert (text[start:end], label) == (name, "PER")


def test_a_person_span_ending_in_a_particle_keeps_its_first_word():
    text = "Würde Kim Technologie von Russland bekommen"
    start = text.index("Kim")
    raw = [(start, text.index(" Russland"), "PER")]
    assert spans(text, trim_people(text, raw, "de")) == [("Kim", "PER")]


def test_a_name_that_is_only_part_of_a_hyphenated_word_is_dropped():
    text = "Nach 17 Jahren UN-Sanktionen sagte ein Kapitän der US-Marine, Ruslands-ekspert Iver Neumann."
    un, marine = text.index("UN-"), text.index("US-Marine")
    rus, iver = text.index("Ruslands"), text.index("Iver")
    raw = [(un, un + 2, "ORG"), (marine, marine + 9, "ORG"), (rus, rus + 8, "LOC"),
           (iver, iver + 12, "PER")]
    assert [text[s:e] for s, e, _ in drop_parts(text, raw)] == ["US-Marine", "Iver Neumann"]
    tail = "die Kim-Jong-un-Regierung"
    assert drop_parts(tail, [(tail.index("Jong"), tail.index("-Regierung"), "PER")]) == []


@pytest.mark.parametrize(
    ("language", "text", "adjective_phrase"),
    [
        ("de", "einen Atomsprengkopf über dem US-amerikanischen Festland abfeuern", "US-amerikanischen Festland"),
        ("de", "Derweil setzte die israelische Armee im Gazastreifen ihre Angriffe fort.", "israelische Armee"),
        ("sv", "Carl Johan Bergman blev bäste svensk i österrikiska Hochfilzen.", "österrikiska"),
    ],
)
def test_a_country_adjective_in_lower_case_starts_no_name(language, text, adjective_phrase):
    start = text.index(adjective_phrase)
    raw = [(start, start + len(adjective_phrase), "LOC")]
    assert drop_adjectives(text, raw, language) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Die Russische Föderation und die Deutsche Bank.", "Russische Föderation"),
        ("de", "Die Deutsche Bank meldet Gewinne.", "Deutsche Bank"),
        ("en", "American Airlines cancelled flights.", "American Airlines"),
        ("da", "Russiske soldater rykkede frem.", "Russiske"),  # a capital: left to the model
    ],
)
def test_a_country_adjective_with_its_capital_may_start_a_name(language, text, name):
    start = text.index(name)
    raw = [(start, start + len(name), "ORG")]
    assert drop_adjectives(text, raw, language) == raw
