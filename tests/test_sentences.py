from __future__ import annotations

import pickle
import re

import pytest

from newsweave.article import Article, Span
from newsweave.lang import SUPPORTED, data
from newsweave.pipeline import Pipeline
from newsweave.quotemarks import find_quotations
from newsweave.sentences import SentenceStage, paragraphs, split_sentences


def sentences(text: str, language: str | None) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, language)]


# Each case: the sentences of one paragraph, in order; the test joins them with a space.
# Written for these tests: abbreviations, ordinals, quotations in the language's own
# convention, dialogue with attribution.
CASES: dict[str, list[list[str]]] = {
    "da": [
        [
            "Mødet fandt sted den 13. september i Vladivostok.",
            "Ifølge bl.a. Reuters deltog ca. 200 journalister, f.eks. fra Japan.",
            "»Det er et historisk møde. Vi er meget tilfredse,« sagde Putin til pressen.",
            "Dr. Hansen, nr. 5 på listen, var uenig, jf. s. 12 i rapporten.",
        ],
        ["– Hvad vil du? spurgte hun.", "– Ingenting, svarede han."],
        ["Kursen steg 3 pct.", "Det var mere end ventet.", "Han kom på en 2. plads."],
        ["Han nævnte Carl F. Schuster og J. R. R. Tolkien, osv.", "Så gik han."],
    ],
    "de": [
        [
            "Am 13. September trafen sich Kim und Putin.",
            "Das Treffen fand u.a. in Wostotschny statt, d.h. im Osten Russlands.",
            "„Wir sind sehr zufrieden. Es war ein gutes Gespräch“, sagte Peskow.",
            "Prof. Dr. Schmidt bzw. sein Team verwies auf Nr. 5 der Liste, z.B. auf Raketen.",
        ],
        ["Der 2. Weltkrieg endete 1945.", "Danach begann der Kalte Krieg."],
        ["Die Zahl stieg auf 13.", "Das ist ein Rekord.", "Er nannte es ‚schwierig‘."],
        ["»Nein«, sagte er.", "»Kommen Sie morgen wieder!«", "Dann schloss sie die Tür."],
        ['"Nordkorea braucht Bargeld. Es braucht Energie", sagte Schuster, ein Ex-Kapitän.'],
    ],
    "en": [
        [
            "Carl F. Schuster, a former U.S. Navy captain, spoke to CNN.",
            "“It’s a big deal,” he said.",
            "“They need cash. They need food.”",
        ],
        ["Mr. Kim arrived at 9 a.m.", "The meeting lasted four hours.", "See No. 5 on the list."],
        ['He said: "Enough. We are leaving."', "Then he left.", "Is it over?", "Nobody knows."],
        ["The company, Acme Inc., was founded by J. R. R. Smith.", "Sales rose, e.g. in Ohio."],
    ],
    "sv": [
        [
            "Mötet hölls bl.a. i Vladivostok, dvs. i östra Ryssland.",
            "”Det var ett historiskt möte. Vi är nöjda”, sa Putin.",
            "»Vi kommer tillbaka», sa Kim enligt t.ex. TT.",
        ],
        ["Priset steg med 5 kr.", "Det var väntat.", "– Vad vill du? frågade hon."],
    ],
    "no": [
        [
            "Møtet fant sted den 13. september i Vladivostok.",
            "«Dette er et historisk møte. Vi er fornøyde», sa Putin ifølge NTB.",
            "Det var bl.a. snakk om våpen, f.eks. artilleri.",
        ],
        ["– Vi kommer tilbake, sa Kim.", "Eg veit ikkje kva han meinte med det."],
        ["Prisen var 200 kr.", "Den steg senere.", "Han kom på 2. plass i rennet."],
    ],
    "fr": [
        [
            "M. Macron a rencontré Mme Merkel à Paris.",
            "« C’est une rencontre historique. Nous sommes satisfaits », a déclaré le porte-parole.",
            "Selon l’AFP, env. 200 journalistes étaient présents, cf. p. 5 du rapport.",
        ],
        ["Pourquoi ?", "Personne ne le sait.", "«\u00a0Oui\u00a0», dit-il."],
        ["Il l’a dit : « Non. Jamais. »", "Puis il est parti.", "C’était le 1er mai."],
    ],
    "es": [
        [
            "El Sr. García llegó a Moscú el 13 de septiembre.",
            "«Es un encuentro histórico. Estamos satisfechos», dijo el portavoz.",
            "¿Qué pasará ahora?",
            "Nadie lo sabe.",
        ],
        ["—No lo sé —respondió Kim—.", "Ya veremos.", "—¿Qué pasa? —preguntó Juan."],
        ["Según la Dra. López, EE.UU. no respondió.", "Fue el 3.er intento, pág. 5."],
    ],
    "it": [
        [
            "Il sig. Rossi è arrivato a Mosca.",
            "«È un incontro storico. Siamo soddisfatti», ha detto il portavoce.",
            "Secondo il dott. Verdi, l’incontro è durato ca. tre ore.",
        ],
        ["Il prof. Bianchi ha citato l’art. 5 e la p. 12.", "Poi è uscito."],
    ],
    "nl": [
        [
            "Dhr. Jansen sprak o.a. met mevr. De Vries.",
            "„Het was een historische ontmoeting. We zijn tevreden”, zei de woordvoerder.",
            "’s Avonds vertrok de delegatie naar Moskou.",
        ],
        ["Volgens bijv. de NOS was het d.w.z. een succes.", "Dat is nr. 5 op de lijst."],
    ],
    "pt": [
        [
            "O Sr. Silva chegou a Moscovo no dia 13 de setembro.",
            "«É um encontro histórico. Estamos satisfeitos», disse o porta-voz.",
            "Segundo a Dra. Costa, o encontro durou aprox. três horas.",
        ],
        ["“Não sei”, respondeu ele.", "Quem sabe?", "Ninguém."],
    ],
    "pl": [
        [
            "Spotkanie odbyło się 13 września m.in. we Władywostoku.",
            "„To historyczne spotkanie. Jesteśmy zadowoleni” – powiedział rzecznik.",
            "Prof. Nowak z ul. Długiej, tzw. ekspert, zajął 2. miejsce.",
        ],
        ["Zginęło ok. 200 osób, np. w Kijowie.", "Było to w 2022 r.", "Wtedy zaczęła się wojna."],
    ],
    "ru": [
        [
            "Встреча прошла 13 сентября во Владивостоке.",
            "«Это историческая встреча. Мы довольны», – сказал Песков.",
            "Он работает в МГУ им. Ломоносова, т.е. в Москве.",
        ],
        ["Это было в 2023 г.", "Тогда Путин заявил об этом.", "Так сказал проф. Иванов."],
    ],
    "uk": [
        [
            "Зустріч відбулася 13 вересня у Владивостоці.",
            "«Це історична зустріч. Ми задоволені», – сказав речник.",
            "Він живе на вул. Хрещатик у м. Київ.",
        ],
        ["Це сталося у 2022 р.", "Тоді почалася війна.", "Так сказав проф. Петренко."],
    ],
    "fi": [
        [
            "Tapaaminen pidettiin 13. syyskuuta Vladivostokissa.",
            "”Tämä on historiallinen tapaaminen. Olemme tyytyväisiä”, sanoi tiedottaja.",
            "Paikalla oli mm. toimittajia, esim. Japanista.",
        ],
        ["»Kyllä», hän vastasi.", "Hän tuli 2. sijalle."],
    ],
    "cs": [
        [
            "Schůzka se konala 13. září ve Vladivostoku.",
            "„Je to historické setkání. Jsme spokojeni,“ řekl mluvčí.",
            "Podle prof. Nováka, tj. hlavního experta, trvala schůzka tři hodiny.",
        ],
        ["Ing. Novák bydlí v ul. Dlouhá č. 5.", "Skončil na 2. místě, atd.", "Pak odešel."],
    ],
}

PARAMS = [
    pytest.param(lang, case, id=f"{lang}-{k}")
    for lang, cases in CASES.items()
    for k, case in enumerate(cases)
]


@pytest.mark.parametrize(("language", "expected"), PARAMS)
def test_language_cases(language, expected):
    text = " ".join(expected)
    assert sentences(text, language) == expected


def test_every_supported_language_has_cases_and_data():
    assert set(CASES) == set(SUPPORTED)
    for language in SUPPORTED:
        mod = data(language, "sentences")
        assert mod is not None, language
        for name in ("ABBREVIATIONS", "END_ABBREVIATIONS", "AMBIGUOUS_ABBREVIATIONS"):
            forms = getattr(mod, name)
            assert all(f == f.lower() and f.endswith(".") for f in forms), (language, name)
        assert isinstance(mod.ORDINAL_DOT, bool)
        assert all(w == w.lower() for w in mod.SENTENCE_STARTERS)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, ["Dr. Smith arrived.", "He left."]),
        ("tr", ["Toplantı yapıldı.", "Sonra gittiler."]),
        ("zh", ["今天天气很好。", "我们去公园吧！", "他说「好」。"]),
    ],
)
def test_generic_rules_for_languages_without_data(language, expected):
    sep = "" if language == "zh" else " "
    assert sentences(sep.join(expected), language) == expected


def test_spans_exclude_whitespace_and_cover_all_text():
    text = "  Første linje.  Anden sætning!\n\n\n  »Tredje,« sagde han.  \n"
    spans = split_sentences(text, "da")
    covered = set()
    for s in spans:
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in set(range(len(text))) - covered)
    assert spans == sorted(spans, key=lambda s: s.start)


def test_empty_text():
    assert split_sentences("", "da") == []
    assert split_sentences(" \n\n ", None) == []


def test_blank_lines_always_split():
    text = "Kim mødte Putin\n\nMødet varede tre timer"
    assert sentences(text, "da") == ["Kim mødte Putin", "Mødet varede tre timer"]


def test_single_newlines_split_one_line_paragraphs():
    text = "Kim mødte Putin i Rusland.\nMødet varede tre timer.\nFoto: AFP\ndp/pcl"
    assert sentences(text, "da") == text.split("\n")


def test_single_newlines_join_hard_wrapped_lines():
    text = (
        "Kim Jong-un og Putin mødtes onsdag på den østligste af\n"
        "Ruslands to primære rumaffyringsstationer, hvor de talte\n"
        "om våben og om raketter. Mødet varede flere timer, og de\n"
        "to ledere spiste bagefter frokost sammen med delegationerne.\n"
        "Rumraketter\n"
        "Putin viste sin gæst rundt og fortalte om de nye raketter,\n"
        "som Rusland har bygget på basen i de seneste år."
    )
    assert [" ".join(s.split()) for s in sentences(text, "da")] == [
        "Kim Jong-un og Putin mødtes onsdag på den østligste af Ruslands to primære "
        "rumaffyringsstationer, hvor de talte om våben og om raketter.",
        "Mødet varede flere timer, og de to ledere spiste bagefter frokost sammen med "
        "delegationerne.",
        "Rumraketter",
        "Putin viste sin gæst rundt og fortalte om de nye raketter, som Rusland har bygget "
        "på basen i de seneste år.",
    ]


def test_paragraphs_are_trimmed_ranges():
    text = "  A b.\n\n  C d.  "
    assert [text[a:b] for a, b in paragraphs(text)] == ["A b.", "C d."]


def test_quotation_is_atomic_even_with_several_sentences():
    text = "Han sagde: »Det er slut. Vi går nu! Farvel.« Så gik han."
    assert sentences(text, "da") == ["Han sagde: »Det er slut. Vi går nu! Farvel.«", "Så gik han."]


def test_closing_quote_after_terminal_punctuation_ends_the_sentence_after_it():
    text = "„Wir kommen.“ Dann gingen sie. (Das war alles.) Ende."
    assert sentences(text, "de") == [
        "„Wir kommen.“",
        "Dann gingen sie.",
        "(Das war alles.)",
        "Ende.",
    ]


def test_quote_with_question_and_lowercase_attribution_is_one_sentence():
    assert sentences("»Hvorfor?« spurgte hun. Han svarede ikke.", "da") == [
        "»Hvorfor?« spurgte hun.",
        "Han svarede ikke.",
    ]


def test_omission_in_brackets_does_not_end_a_sentence():
    text = "»Vi har […] Det er godt,« sagde han."
    assert sentences(text, "da") == [text]


def test_language_code_variants():
    text = "Møtet var bl.a. i Oslo. Det var fint."
    assert sentences(text, "nb") == sentences(text, "no-NO") == sentences(text, "no")


def test_stage_sets_sentences_and_is_picklable():
    stage = SentenceStage()
    assert stage.name == "sentences"
    assert stage.needs == frozenset({"language"})
    assert stage.provides == frozenset({"sentences"})
    article = stage(Article(text="Dr. Hansen kom. Han gik.", language="da"))
    assert article.sentences == [Span(0, 15), Span(16, 24)]
    clone = pickle.loads(pickle.dumps(stage))
    assert clone(Article(text="Eins. Zwei.", language="de")).sentences == [
        Span(0, 5),
        Span(6, 11),
    ]


def test_stage_in_a_pipeline_needs_a_language_stage():
    from newsweave.pipeline import PipelineError

    with pytest.raises(PipelineError, match="language"):
        Pipeline([SentenceStage()])


# --- the two case articles (read from ../shared/cases, never copied) ---


def _case(cases, language):
    return next(c for c in cases if c["language"] == language)


def _boundaries(text: str, spans: list[Span]) -> set[int]:
    return {s.start for s in spans} | {s.end for s in spans}


def test_cases_no_boundary_inside_a_quotation(cases):
    for case in cases:
        text = case["text"]
        spans = split_sentences(text, case["language"])
        quotes = [q for a, b in paragraphs(text) for q in find_quotations(text, a, b)]
        assert quotes, case["file"]
        for q in quotes:
            inside = [b for b in _boundaries(text, spans) if q.start < b < q.end]
            assert not inside, (case["file"], text[q.start : q.end])


def test_case_da_quote_with_attribution_is_one_sentence(cases):
    text = _case(cases, "da")["text"]
    start = text.index("»Nordkoreas")
    attribution = text.index("sagde Putin", start)
    containing = [s for s in split_sentences(text, "da") if s.start <= start < s.end]
    assert len(containing) == 1
    assert containing[0].start == start and containing[0].end > attribution


def test_case_de_sentence_ends_after_the_speaker_role(cases):
    text = _case(cases, "de")["text"]
    anchor = "Professor für internationale Studien."
    end = text.index(anchor) + len(anchor)
    spans = split_sentences(text, "de")
    sentence = next(s for s in spans if s.end == end)
    assert text[sentence.start] == '"'
    assert "sagte Leif-Eric Easley" in text[sentence.start : sentence.end]
    following = spans[spans.index(sentence) + 1]
    assert text[following.start : following.start + 9] == '"Russland'


def test_case_de_multi_sentence_quote_is_one_sentence(cases):
    text = _case(cases, "de")["text"]
    start = text.index('"Seine Artillerie')
    end = text.index('ähnlich."', start) + len('ähnlich."')
    assert re.search(r"\.\s", text[start:end]), "the quotation holds two sentences"
    assert Span(start, end) in split_sentences(text, "de")


def test_cases_paragraphs_split(cases):
    for case in cases:
        text = case["text"]
        spans = split_sentences(text, case["language"])
        starts = {s.start for s in spans}
        ends = {s.end for s in spans}
        offset = 0
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                first = offset + line.index(stripped[0])
                assert first in starts, (case["file"], line[:40])
                assert first + len(stripped) in ends, (case["file"], line[-40:])
            offset += len(line)
