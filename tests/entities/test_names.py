"""Names inside one article: fullest forms, endings stripped, canonical ids, demonyms, and
document-level completion of raw mentions. The raw mentions are given by hand, found by
string search, as an NER backend would give them."""

from __future__ import annotations

import itertools
import re
import time

import pytest

from newsweave.entities.keys import entity_id
from newsweave.entities.names import complete_mentions, resolve_mentions


def raw(text: str, forms: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of each form, longest first, never overlapping."""
    found = []
    for form, label in forms:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            found.append((match.start(), match.end(), label))
    found.sort(key=lambda span: (span[0], -span[1]))
    out: list[tuple[int, int, str]] = []
    for span in found:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def by_text(mentions, kind="name"):
    """{surface text: {(name, entity), ...}} of the mentions of one kind."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.kind == kind:
            out.setdefault(m.text, set()).add((m.name, m.entity))
    return out


def resolve(text, forms, language):
    return resolve_mentions(text, raw(text, forms), language)


DA_FORMS = [
    ("Kim Jong-un", "PER"),
    ("Kim Jong-uns", "PER"),
    ("Jong-uns", "PER"),
    ("Vladimir Putin", "PER"),
    ("Putin", "PER"),
    ("Iver Neumann", "PER"),
    ("Rusland", "LOC"),
    ("Ruslands", "LOC"),
    ("Nordkoreas", "LOC"),
    ("Ukraine", "LOC"),
    ("Sydkorea", "LOC"),
    ("Kina", "LOC"),
    ("Vesten", "LOC"),
    ("Kosmodrom Vostotsjnyj", "LOC"),
    ("Dagbladet", "ORG"),
]
DE_FORMS = [
    ("Carl Schuster", "PER"),
    ("Schuster", "PER"),
    ("Putin", "PER"),
    ("Kim", "PER"),
    ("Kims", "PER"),
    ("Leif-Eric Easley", "PER"),
    ("USA", "LOC"),
    ("Russland", "LOC"),
    ("Nordkorea", "LOC"),
    ("Nordkoreas", "LOC"),
    ("Ukraine", "LOC"),
    ("Pjöngjang", "LOC"),
    ("Moskau", "LOC"),
    ("Wladiwostok", "LOC"),
]


@pytest.fixture(scope="module")
def articles(cases):
    """{language: (text, mentions)} for the two case articles."""
    out = {}
    for case in cases:
        forms = DA_FORMS if case["language"] == "da" else DE_FORMS
        out[case["language"]] = (case["text"], resolve(case["text"], forms, case["language"]))
    return out


# --- the case articles -------------------------------------------------------------------


def test_danish_case_fullest_names(articles):
    _, mentions = articles["da"]
    names = by_text(mentions)
    assert names["Putin"] == {("Vladimir Putin", "per:vladimir-putin")}
    assert names["Jong-uns"] == {("Kim Jong-un", "per:kim-jong-un")}
    assert names["Kim Jong-uns"] == {("Kim Jong-un", "per:kim-jong-un")}
    assert names["Iver Neumann"] == {("Iver Neumann", "per:iver-neumann")}


def test_danish_case_places(articles):
    _, mentions = articles["da"]
    names = by_text(mentions)
    assert names["Rusland"] == {("Rusland", "country:RU")}
    assert names["Ruslands"] == {("Rusland", "country:RU")}
    assert names["Nordkoreas"] == {("Nordkorea", "country:KP")}
    assert names["Sydkorea"] == {("Sydkorea", "country:KR")}
    assert names["Kosmodrom Vostotsjnyj"] == {
        ("Kosmodrom Vostotsjnyj", "loc:kosmodrom-vostotsjnyj")
    }


def test_danish_case_demonyms(articles):
    _, mentions = articles["da"]
    demonyms = by_text(mentions, kind="demonym")
    assert demonyms["russiske"] == {("Rusland", "country:RU")}
    assert demonyms["russisk"] == {("Rusland", "country:RU")}
    assert demonyms["kinesiske"] == {("Kina", "country:CN")}
    assert demonyms["norske"] == {("Norge", "country:NO")}
    assert demonyms["amerikansk"] == {("USA", "country:US")}
    assert all(m.label == "LOC" for m in mentions if m.kind == "demonym")


def test_german_case_fullest_names(articles):
    _, mentions = articles["de"]
    names = by_text(mentions)
    assert names["Schuster"] == {("Carl Schuster", "per:carl-schuster")}
    assert names["Putin"] == {("Putin", "per:putin")}  # the article has no full name
    assert names["Kims"] == {("Kim", "per:kim")}


def test_german_case_places(articles):
    _, mentions = articles["de"]
    names = by_text(mentions)
    assert names["Russland"] == {("Russland", "country:RU")}
    assert names["Nordkoreas"] == {("Nordkorea", "country:KP")}
    assert names["USA"] == {("USA", "country:US")}
    assert names["Wladiwostok"] == {("Wladiwostok", entity_id("Vladivostok", "LOC", "en"))}
    assert names["Pjöngjang"] == {("Pjöngjang", entity_id("Pyongyang", "LOC", "en"))}
    assert names["Moskau"] == {("Moskau", entity_id("Moscow", "LOC", "en"))}


def test_german_case_demonyms(articles):
    _, mentions = articles["de"]
    demonyms = by_text(mentions, kind="demonym")
    for form in ("russische", "russischen", "Russen"):
        assert demonyms[form] == {("Russland", "country:RU")}, form
    assert demonyms["nordkoreanischen"] == {("Nordkorea", "country:KP")}
    assert demonyms["US-amerikanischen"] == {("Vereinigte Staaten", "country:US")}


def test_the_two_case_articles_share_their_entities(articles):
    shared = set.intersection(*({m.entity for m in mentions} for _, mentions in articles.values()))
    assert {"country:RU", "country:KP", "country:UA", "country:US"} <= shared


def test_mentions_are_sorted_spans_of_the_text(articles):
    for text, mentions in articles.values():
        assert all(text[m.start : m.end] == m.text for m in mentions)
        positions = [(m.start, m.end) for m in mentions]
        assert positions == sorted(positions)
        for a, b in itertools.pairwise(mentions):  # demonyms never overlap names
            assert a.end <= b.start


# --- fullest forms -----------------------------------------------------------------------


def test_two_full_names_sharing_a_surname_stay_apart():
    text = (
        "Hillary Clinton and Bill Clinton arrived in Chicago. Clinton said the campaign "
        "was over, and Hillary Clinton thanked her supporters."
    )
    forms = [("Hillary Clinton", "PER"), ("Bill Clinton", "PER"), ("Clinton", "PER")]
    names = by_text(resolve(text, forms, "en"))
    assert names["Hillary Clinton"] == {("Hillary Clinton", "per:hillary-clinton")}
    assert names["Bill Clinton"] == {("Bill Clinton", "per:bill-clinton")}
    assert names["Clinton"] == {("Clinton", "per:clinton")}


def test_a_name_with_a_middle_name_is_the_same_person():
    text = "Hillary Rodham Clinton spoke. Later Hillary Clinton left, and Clinton flew home."
    forms = [("Hillary Rodham Clinton", "PER"), ("Hillary Clinton", "PER"), ("Clinton", "PER")]
    assert {m.name for m in resolve(text, forms, "en")} == {"Hillary Rodham Clinton"}


def test_places_are_not_merged_into_longer_places():
    text = "South Sudan split from Sudan in 2011."
    names = by_text(resolve(text, [("South Sudan", "LOC"), ("Sudan", "LOC")], "en"))
    assert names["Sudan"] == {("Sudan", "country:SD")}
    assert names["South Sudan"] == {("South Sudan", "country:SS")}


def test_spelling_variants_of_one_name_get_its_most_frequent_spelling():
    text = "KIM JONG UN IN MOSCOW. Kim Jong Un arrived. Kim Jong Un left. Kim said little."
    forms = [("KIM JONG UN", "PER"), ("Kim Jong Un", "PER"), ("Kim", "PER")]
    assert {m.name for m in resolve(text, forms, "en")} == {"Kim Jong Un"}


# --- endings -----------------------------------------------------------------------------


def test_a_genitive_strips_when_the_city_is_known():
    text = "Moskaus Einfluss in der Region wächst."
    names = by_text(resolve(text, [("Moskaus", "LOC")], "de"))
    assert names["Moskaus"] == {("Moskau", entity_id("Moscow", "LOC", "en"))}


def test_a_genitive_strips_when_the_name_occurs_elsewhere():
    text = "Olaf Scholz reiste nach Paris. Scholz' Rede und Scholzens Kritik. Laut Scholz gilt das."
    names = by_text(resolve(text, [("Olaf Scholz", "PER"), ("Scholz'", "PER")], "de"))
    assert names["Scholz'"] == {("Olaf Scholz", "per:olaf-scholz")}


@pytest.mark.parametrize(
    ("language", "text", "name", "label"),
    [
        ("da", "Han sagde, at Hans Hansen ville komme. Hans kom ikke.", "Hans", "PER"),
        ("da", "Borgmesteren i Paris talte om Paris' gader.", "Paris", "LOC"),
        ("da", "Tornadoen ramte Kansas i går.", "Kansas", "LOC"),
        ("da", "Sonden nåede Mars efter syv måneder.", "Mars", "LOC"),
        ("de", "Er traf Hans in Paris. Han Solo kam nicht.", "Hans", "PER"),
        ("de", "Die Stadt Paris feiert.", "Paris", "LOC"),
        ("sv", "Han flög till Paris i går.", "Paris", "LOC"),
        ("en", "A tornado hit Kansas yesterday.", "Kansas", "LOC"),
        ("nl", "Hij vloog naar Parijs en Mars.", "Mars", "LOC"),
    ],
)
def test_names_that_end_in_s_survive(language, text, name, label):
    mentions = resolve(text, [(name, label)], language)
    assert {m.name for m in mentions if m.text == name} == {name}


def test_apostrophe_possessives_always_strip():
    text = "USA's præsident og Paris' borgmester"
    names = by_text(resolve(text, [("USA's", "LOC"), ("Paris'", "LOC")], "da"))
    assert names["USA's"] == {("USA", "country:US")}
    assert names["Paris'"] == {("Paris", entity_id("Paris", "LOC", "en"))}
    english = by_text(resolve("Putin's visit worried Kyiv.", [("Putin's", "PER")], "en"))
    assert english["Putin's"] == {("Putin", "per:putin")}


def test_apostrophe_and_hyphen_variants():
    text = "Kim Jong‑un kom. Jong‑uns tog og USA’s præsident"  # U+2011 and ’
    forms = [("Kim Jong‑un", "PER"), ("Jong‑uns", "PER"), ("USA’s", "LOC")]
    names = by_text(resolve(text, forms, "da"))
    assert names["Jong‑uns"] == {("Kim Jong-un", "per:kim-jong-un")}
    assert names["USA’s"] == {("USA", "country:US")}


def test_russian_case_endings():
    text = (
        "Владимир Путин встретился с Ким Чен Ыном на космодроме. По словам Путина, "
        "отношения России и Северной Кореи укрепляются. Путину подарили ружьё. "
        "Самолёт из Москвы прилетел в Пхеньян, а визит Владимира Путина обсуждают в Москве."
    )
    forms = [
        ("Владимир Путин", "PER"),
        ("Владимира Путина", "PER"),
        ("Путина", "PER"),
        ("Путину", "PER"),
        ("России", "LOC"),
        ("Северной Кореи", "LOC"),
        ("Москвы", "LOC"),
        ("Москве", "LOC"),
        ("Пхеньян", "LOC"),
    ]
    names = by_text(resolve(text, forms, "ru"))
    putin = {("Владимир Путин", "per:vladimir-putin")}
    assert names["Путина"] == names["Путину"] == names["Владимира Путина"] == putin
    assert names["России"] == {("Россия", "country:RU")}
    assert names["Северной Кореи"] == {("Северная Корея", "country:KP")}
    moscow = entity_id("Moscow", "LOC", "en")
    assert names["Москвы"] == names["Москве"] == {("Москва", moscow)}


def test_polish_case_endings():
    text = (
        "Władimir Putin spotkał się z Kim Dzong Unem. Według Putina Rosja i Korea Północna "
        "zacieśniają współpracę. Rozmowy w Moskwie i sankcje wobec Rosji."
    )
    forms = [
        ("Władimir Putin", "PER"),
        ("Putina", "PER"),
        ("Rosja", "LOC"),
        ("Moskwie", "LOC"),
        ("Rosji", "LOC"),
    ]
    names = by_text(resolve(text, forms, "pl"))
    assert names["Putina"] == {("Władimir Putin", "per:wladimir-putin")}
    assert names["Rosji"] == {("Rosja", "country:RU")}
    assert names["Moskwie"] == {("Moskwa", entity_id("Moscow", "LOC", "en"))}


def test_czech_case_endings_prefer_the_country():
    text = "Rozhovory v Rusku. Podle Putina je Rusko připraveno, tvrdí Vladimir Putin."
    forms = [("Rusku", "LOC"), ("Rusko", "LOC"), ("Putina", "PER"), ("Vladimir Putin", "PER")]
    names = by_text(resolve(text, forms, "cs"))
    assert names["Rusku"] == {("Rusko", "country:RU")}  # not the town of Rusk, Texas
    assert names["Putina"] == {("Vladimir Putin", "per:vladimir-putin")}


def test_finnish_case_endings():
    text = "Venäjän presidentti Vladimir Putin puhui. Putinin mukaan Moskovassa on rauhallista."
    forms = [
        ("Venäjän", "LOC"),
        ("Vladimir Putin", "PER"),
        ("Putinin", "PER"),
        ("Moskovassa", "LOC"),
    ]
    names = by_text(resolve(text, forms, "fi"))
    assert names["Venäjän"] == {("Venäjä", "country:RU")}
    assert names["Putinin"] == {("Vladimir Putin", "per:vladimir-putin")}
    assert names["Moskovassa"] == {("Moskova", entity_id("Moscow", "LOC", "en"))}


def test_french_elided_article():
    text = "Le président d'Ukraine a parlé de l'avenir de l'Ukraine."
    names = by_text(resolve(text, [("d'Ukraine", "LOC"), ("Ukraine", "LOC")], "fr"))
    assert names["d'Ukraine"] == {("Ukraine", "country:UA")}


@pytest.mark.parametrize("language", [None, "xx"])
def test_a_language_without_data_gets_language_independent_rules(language):
    text = "Putins Rede und Trump's Antwort. Die russischen Truppen."
    mentions = resolve(text, [("Putins", "PER"), ("Trump's", "PER")], language)
    assert {m.text: m.name for m in mentions} == {"Putins": "Putins", "Trump's": "Trump"}


def test_bad_raw_spans_are_dropped_and_whitespace_trimmed():
    text = "Putin met Kim."
    mentions = resolve_mentions(text, [(0, 6, "per"), (9, 9, "PER"), (10, 99, "PER")], "en")
    assert [(m.start, m.end, m.text, m.label) for m in mentions] == [(0, 5, "Putin", "PER")]


def test_a_raw_mention_wins_over_a_demonym():
    text = "The Russian Orthodox Church and Russian troops."
    mentions = resolve_mentions(text, [(4, 28, "ORG")], "en")
    assert [(m.text, m.kind) for m in mentions] == [
        ("Russian Orthodox Church", "name"),
        ("Russian", "demonym"),
    ]


def test_resolution_is_fast(articles):
    text, _ = articles["de"]
    spans = raw(text, DE_FORMS)
    resolve_mentions(text, spans, "de")
    started = time.perf_counter()
    for _ in range(20):
        resolve_mentions(text, spans, "de")
    assert (time.perf_counter() - started) / 20 < 0.005  # about 0.5 ms on a laptop


# --- completion --------------------------------------------------------------------------


def test_completion_labels_the_other_occurrences(articles):
    text, _ = articles["de"]
    first = text.index("Carl Schuster")
    spans = [(first, first + len("Carl Schuster"), "PER")]
    completed = complete_mentions(text, spans, "de")
    assert spans[0] in completed
    schuster = [text[s:e] for s, e, label in completed if label == "PER"]
    assert schuster.count("Schuster") == text.count("Schuster") - 1  # not inside the full name


def test_completion_finds_possessive_forms():
    text = "Schuster sagte das. Schusters Analyse war klar."
    completed = complete_mentions(text, [(0, 8, "PER")], "de")
    assert [text[s:e] for s, e, _ in completed] == ["Schuster", "Schusters"]


def test_completion_is_conservative():
    text = (
        "Rose said the vote was close. Rose petals covered the floor, and a rose lay on the "
        "table. Later Rose left. Ruslands-ekspert A. Rusland."
    )
    spans = [(0, 4, "PER"), (text.index("Rusland."), text.index("Rusland.") + 7, "LOC")]
    spans.append((text.index("A."), text.index("A.") + 1, "PER"))
    found = [text[s:e] for s, e, _ in complete_mentions(text, spans, "da")]
    assert found.count("Rose") == 2  # the sentence-initial "Rose petals" is skipped
    assert "Ruslands" not in found  # a hyphen is no word boundary
    assert found.count("A") == 1  # no single letters


def test_completion_leaves_out_names_with_conflicting_labels():
    text = "Jordan won. Jordan lost. Jordan again."
    spans = [(0, 6, "PER"), (12, 18, "LOC")]
    assert complete_mentions(text, spans) == spans
    text = "Michael Jordan flew to Jordan. Jordan said no."
    spans = [(0, 14, "PER"), (23, 29, "LOC")]
    assert complete_mentions(text, spans) == spans  # surname against place: a tie
