import pytest

from tests.quotes.conftest import summary


def test_english_direct_quote_with_a_trailing_attribution_and_a_pronoun(quotes):
    text = (
        '"The plan is dead and everybody knows it," Senator Jon Tester said on Tuesday. '
        'Later he added: "We will start again next year."'
    )
    article = quotes(text, "en", {"Jon Tester": "PER"})
    assert summary(article) == [
        ("direct", "The plan is dead and everybody knows it,", "Jon Tester", "said"),
        ("direct", "We will start again next year.", "Jon Tester", "added"),
    ]
    assert article.quotes[1].speaker.text == "he"
    assert article.quotes[0].speaker.roles == ("Senator",)


def test_a_quote_interrupted_by_its_attribution_is_one_quote_in_two_parts(quotes):
    text = "»Det er alvorligt,« siger Mette Frederiksen, »og vi handler nu.«"
    article = quotes(text, "da", {"Mette Frederiksen": "PER"})
    (quote,) = article.quotes
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Det er alvorligt,",
        "og vi handler nu.",
    ]
    assert quote.text == "Det er alvorligt, … og vi handler nu."
    assert quote.speaker.name == "Mette Frederiksen"


def test_a_quotation_continued_in_the_next_paragraph_keeps_its_speaker(quotes):
    text = (
        "«Vi må gjøre mer for å stanse krigen», sier Jonas Gahr Støre til NRK.\n\n"
        "«Norge vil bidra med penger og utstyr i mange år.»"
    )
    article = quotes(text, "no", {"Jonas Gahr Støre": "PER", "NRK": "ORG"})
    assert [(q.kind, q.speaker.name) for q in article.quotes] == [
        ("direct", "Jonas Gahr Støre"),
        ("direct", "Jonas Gahr Støre"),
    ]
    assert article.quotes[1].cue is None


def test_dialogue_dash_paragraphs(quotes):
    text = "– Det här är ett allvarligt läge för hela Europa, säger Ulf Kristersson."
    article = quotes(text, "sv", {"Ulf Kristersson": "PER"})
    assert summary(article) == [
        ("direct", "Det här är ett allvarligt läge för hela Europa", "Ulf Kristersson", "säger")
    ]


def test_scare_quotes_and_quoted_titles_are_not_speech(quotes):
    text = "Rusland er en del af 'den kinesiske blok', skriver avisen om filmen »Kold krig«."
    assert [q.kind for q in quotes(text, "da").quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("language", "text", "names", "expected"),
    [
        (
            "de",
            "Die USA glauben auch, dass es in naher Zukunft ein Treffen geben könnte.",
            {"USA": "LOC"},
            ("indirect", "es in naher Zukunft ein Treffen geben könnte", "USA", "glauben"),
        ),
        (
            "fr",
            "Emmanuel Macron a déclaré que la France soutiendrait l'Ukraine jusqu'au bout.",
            {"Emmanuel Macron": "PER"},
            (
                "indirect",
                "la France soutiendrait l'Ukraine jusqu'au bout",
                "Emmanuel Macron",
                "déclaré",
            ),
        ),
        (
            "fr",
            "Le ministre a affirmé qu'il ne démissionnerait pas avant les élections.",
            {},
            (
                "indirect",
                "il ne démissionnerait pas avant les élections",
                "Le ministre",
                "affirmé",
            ),
        ),
        (
            "de",
            "Die Studie zeigt, dass die Zahl der Flüchtlinge seit 2020 gestiegen ist.",
            {},
            (
                "indirect",
                "die Zahl der Flüchtlinge seit 2020 gestiegen ist",
                "Die Studie",
                "zeigt",
            ),
        ),
        (
            "es",
            "Según el ministro de Defensa, las tropas llegarán a la frontera el lunes.",
            {},
            (
                "indirect",
                "las tropas llegarán a la frontera el lunes",
                "el ministro de Defensa",
                "Según",
            ),
        ),
        (
            "ru",
            "По словам Дмитрия Пескова, переговоры продолжатся на следующей неделе.",
            {"Дмитрия Пескова": "PER"},
            (
                "indirect",
                "переговоры продолжатся на следующей неделе",
                "Дмитрия Пескова",
                "По словам",
            ),
        ),
        (
            "en",
            "The deal will collapse within a year, said Carl Schuster, a former Navy captain.",
            {"Carl Schuster": "PER"},
            ("indirect", "The deal will collapse within a year", "Carl Schuster", "said"),
        ),
        (
            "en",
            "This campaign, he says, is different from every race before it.",
            {},
            (
                "indirect",
                "This campaign, he says, is different from every race before it",
                "he",
                "says",
            ),
        ),
        (
            "de",
            "Die Munition, sagte Carl Schuster, stamme aus der Zeit des Kalten Krieges.",
            {"Carl Schuster": "PER"},
            (
                "indirect",
                "Die Munition, sagte Carl Schuster, stamme aus der Zeit des Kalten Krieges",
                "Carl Schuster",
                "sagte",
            ),
        ),
        (
            "en",
            "Marley Anderson, 21, a junior from Las Vegas, said she turned out to support "
            "Bernie Sanders.",
            {"Marley Anderson": "PER", "Las Vegas": "LOC", "Bernie Sanders": "PER"},
            (
                "indirect",
                "she turned out to support Bernie Sanders",
                "Marley Anderson",
                "said",
            ),
        ),
        (
            "en",
            "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.",
            {"Jason Sims": "PER", "Mount Pleasant": "LOC"},
            ("indirect", "he made a last-minute decision", "Jason Sims", "says"),
        ),
        (
            "en",
            "Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss.",
            {"Bernie Sanders": "PER"},
            (
                "mixed",
                "“the wind is at our backs” despite his loss",
                "Bernie Sanders",
                "says",
            ),
        ),
    ],
)
def test_reported_speech(quotes, language, text, names, expected):
    assert summary(quotes(text, language, names)) == [expected]


def test_a_german_subjunctive_sentence_continues_the_previous_speaker(quotes):
    text = (
        "Die Bahn sei überlastet, sagte Carl Schuster. "
        "Ein Großteil der Ausrüstung stamme aus der Zeit des Kalten Krieges."
    )
    article = quotes(text, "de", {"Carl Schuster": "PER"})
    assert [(q.kind, q.speaker.name, q.cue is None) for q in article.quotes] == [
        ("indirect", "Carl Schuster", False),
        ("indirect", "Carl Schuster", True),
    ]


def test_roles_from_apposition_relative_clause_and_title(quotes):
    text = (
        "»Vi ser en ny kold krig,« siger Iver Neumann, som er Ruslands-ekspert ved Fridtjof "
        "Nansens Institut. Han mødtes med den russiske præsident Putin."
    )
    article = quotes(text, "da", {"Iver Neumann": "PER", "Putin": "PER"})
    assert article.quotes[0].speaker.roles == ("Ruslands-ekspert ved Fridtjof Nansens Institut",)


def test_a_description_without_a_name_is_kept_as_text(quotes):
    text = "Würde Kim Technologie von Russland bekommen, wäre das ein großer Aufschwung, sagen Analysten."
    (quote,) = quotes(text, "de", {"Kim": "PER", "Russland": "LOC"}).quotes
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.entity) == (
        "Analysten",
        None,
        None,
    )


def test_a_language_without_quote_data_gets_direct_quotes_and_a_note(quotes):
    text = '"Tämä on vakava tilanne koko Euroopalle", sanoi pääministeri.'
    article = quotes(text, "xx")
    assert [q.kind for q in article.quotes] == ["direct"]
    assert article.quotes[0].speaker is None
    assert "no quote data" in article.issues[0].message


def test_the_stage_pickles():
    import pickle

    from newsweave.quotes.stage import QuoteStage

    assert repr(pickle.loads(pickle.dumps(QuoteStage()))) == "QuoteStage()"


def test_a_quote_signed_with_a_dash_and_a_name(quotes):
    text = "“Trump scares me, and I am not the only one who thinks so.” ― Krystal Correa\n"
    article = quotes(text, "en")
    assert summary(article) == [
        (
            "direct",
            "Trump scares me, and I am not the only one who thinks so.",
            "Krystal Correa",
            "―",
        )
    ]


def test_a_quoted_title_is_not_speech(quotes):
    text = 'She sang "A Change Is Gonna Come" at the end of the rally in Ohio.'
    assert [q.kind for q in quotes(text, "en").quotes if q.kind == "direct"] == []


def test_a_speaker_with_an_apposition_before_the_cue(quotes):
    text = (
        "Senator Dianne Feinstein, Democrat of California, said the program has sent a "
        "terrible message to immigrants."
    )
    (quote,) = quotes(text, "en", {"Dianne Feinstein": "PER", "California": "LOC"}).quotes
    assert (quote.kind, quote.speaker.name) == ("indirect", "Dianne Feinstein")
    assert quote.text == "the program has sent a terrible message to immigrants"


def test_first_person_speakers_are_kept_without_a_name(quotes):
    text = "Ich will ganz deutlich sagen: Wir dürfen uns nicht nur auf den Energiesektor konzentrieren."
    (quote,) = quotes(text, "de").quotes
    assert (quote.speaker.text, quote.speaker.name) == ("Ich", None)
    assert quote.text.startswith("Wir dürfen uns")


def test_a_verb_of_showing_or_finding_cues_only_with_a_complementizer(quotes):
    text = "A new poll shows that most voters distrust both candidates this year."
    assert summary(quotes(text, "en")) == [
        ("indirect", "most voters distrust both candidates this year", "A new poll", "shows")
    ]
    text = "The new poll shows a wide gap between the two candidates in Ohio."
    assert quotes(text, "en").quotes == []


def test_a_quotation_resumed_after_its_attribution_sentence_is_one_quote(quotes):
    text = "“I would,” Melanie said to the TV. “I would, Donald.”"
    (quote,) = quotes(text, "en", {"Melanie": "PER"}).quotes
    assert quote.text == "I would, … I would, Donald."
    assert quote.speaker.name == "Melanie"


def test_a_german_noun_is_no_verb_and_no_subjunctive(quotes):
    # "Frage" is the noun, not "frage" (I ask; Konjunktiv I of "fragen")
    text = "Andere stellten die Frage, wie schnell die Munition an die Front gelangen kann."
    assert quotes(text, "de").quotes == []


def test_dash_paragraphs_without_attribution_are_speech_only_after_speech(quotes):
    text = (
        "– Vi må handle nå, sier Jonas Gahr Støre.\n\n"
        "– Det haster for hele Europa.\n\n"
        "Regjeringen vil:\n\n"
        "– bruke mer penger på forsvaret\n\n"
        "Møtet sluttet sent."
    )
    article = quotes(text, "no", {"Jonas Gahr Støre": "PER"})
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("Vi må handle nå", "Jonas Gahr Støre"),
        ("Det haster for hele Europa.", "Jonas Gahr Støre"),
    ]


def test_an_attribution_after_a_doubled_closing_mark(quotes):
    text = "''There's a lot of new complexity in this plan,'' said Leonard Burman on Friday."
    article = quotes(text, "en", {"Leonard Burman": "PER"})
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("direct", "Leonard Burman")
    ]


def test_a_possessive_phrase_speaks_as_a_whole(quotes):
    text = "Bernie Sanders’ campaign says it raised more than $21 million in January."
    article = quotes(text, "en", {"Bernie Sanders": "PER"})
    (quote,) = article.quotes
    assert quote.text == "it raised more than $21 million in January"
    assert (quote.speaker.text, quote.speaker.name) == (
        "Bernie Sanders’ campaign",
        "Bernie Sanders",
    )


def test_a_participle_after_a_comma_speaks_for_the_subject_and_introduces_what_follows(quotes):
    text = (
        "Trump shot back in a statement on Monday, saying he would never quit the race. "
        "The senator sought to calm his supporters, Holder said he would resign soon."
    )
    article = quotes(text, "en", {"Trump": "PER", "Holder": "PER"})
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("he would never quit the race", "Trump"),
        ("he would resign soon", "Holder"),
    ]


def test_transcript_turns_name_their_speaker_in_capitals(quotes):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.\n\n'
        '"WALLACE: Governor, I do not think so.\n\n'
        "The debate starts at 21:00 in Farmville."
    )
    names = {"Mike Pence": "PER", "Chris Wallace": "PER", "WALLACE": "ORG"}
    article = quotes(text, "en", names)
    assert [(q.kind, q.text, q.speaker.text, q.speaker.name) for q in article.quotes] == [
        (
            "direct",
            "Well, look, Mark Cuban has been out there saying some pretty tough stuff",
            "PENCE",
            "Mike Pence",
        ),
        ("direct", "Governor, I do not think so", "WALLACE", "Chris Wallace"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a participle after a comma speaks for the sentence's subject
        "The Florida senator sought to calm his supporters, and took a heckler in stride, "
        "saying the person would not get beat up at his rally.",
        # a speech noun is no cue of a trailing attribution
        "George Wallace was the symbol of segregation, and he carried that message to the "
        "1972 Democratic convention.",
    ],
)
def test_english_clauses_before_a_comma_are_not_what_was_said(quotes, text):
    found = quotes(text, "en", {"George Wallace": "PER"}).quotes
    assert not [q for q in found if text.startswith(q.text)]


def test_english_he_is_never_an_article(quotes):
    text = "He later told reporters that the deal was dead."
    [quote] = quotes(text, "en").quotes
    assert (quote.text, quote.speaker.text) == ("the deal was dead", "He")
