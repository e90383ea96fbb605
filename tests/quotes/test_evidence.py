"""How each speaker was found (`Speaker.evidence`, inferred or not), what a quote reports
(`Quote.act`: speech or belief), and that an attribution is never its own quote — on
real sentences in German, Danish and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.article import Speaker

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"

# The German case article's fourth and last paragraphs (../shared/cases/de_kim_putin.txt).
SCHUSTER = (
    "Dennoch bedeutet diese lange Geschichte, dass es viele Ähnlichkeiten in ihren "
    "Waffenbeständen gibt, die für Russland nützlich sein könnten. \"Nordkorea stellt gute, "
    "wie ich es nenne, schwere Industriewaffen her\", sagte Schuster. \"Seine Artillerie und "
    "Munition sind sehr gut. Es ist den russischen Designs sehr ähnlich.\"\n"
    "Ein Großteil der Ausrüstung auf der Bahnstrecke stamme aus der Zeit des späten Kalten "
    "Krieges und sei stark beansprucht. \"Die Überlastung des Transportwesens aus der Zeit "
    "des Kalten Krieges ist in vielerlei Hinsicht eine wirklich dumme Idee. Und genau das "
    "tun die Russen.\""
)
SCHUSTER_ROLES = (
    "Jeder Pakt mit Moskau würde Kim auf andere Weise helfen, sagte Carl Schuster, ein "
    "ehemaliger Kapitän der US-Marine.\n"
)


def _by_text(article, start: str):
    return next(q for q in article.quotes if q.text.startswith(start))


def test_a_cue_states_the_speaker_and_continuations_are_inferred(quotes):
    article = quotes(SCHUSTER_ROLES + SCHUSTER, "de", {"Carl Schuster": "PER", "Schuster": "PER"})
    stated = _by_text(article, "Nordkorea stellt gute")
    assert (stated.speaker.name, stated.speaker.evidence, stated.speaker.inferred) == (
        "Carl Schuster",
        "cue",
        False,
    )
    assert stated.speaker.why is None
    subjunctive = _by_text(article, "Ein Großteil der Ausrüstung")
    closing = _by_text(article, "Die Überlastung des Transportwesens")
    for q in (subjunctive, closing):
        assert q.cue is None
        assert (q.speaker.name, q.speaker.evidence, q.speaker.inferred) == (
            "Carl Schuster",
            "continuation",
            True,
        )
        assert q.speaker.why == "inferred: continues the previous quote"


def test_a_continuation_gains_no_role_from_another_paragraph(quotes):
    # The role is given in the first paragraph; the stated quotes there carry it, the
    # unattributed lines of the last paragraph carry the name only.
    article = quotes(SCHUSTER_ROLES + SCHUSTER, "de", {"Carl Schuster": "PER", "Schuster": "PER"})
    assert _by_text(article, "Jeder Pakt").speaker.roles == ("ehemaliger Kapitän der US-Marine",)
    assert _by_text(article, "Nordkorea stellt gute").speaker.roles == (
        "ehemaliger Kapitän der US-Marine",
    )
    assert _by_text(article, "Die Überlastung").speaker.roles == ()


def test_a_continuation_keeps_the_roles_of_its_own_paragraph(quotes):
    text = (
        "Jeder Pakt mit Moskau würde Kim auf andere Weise helfen, sagte Carl Schuster, ein "
        "ehemaliger Kapitän der US-Marine. Die Munition stamme aus der Zeit des Kalten "
        "Krieges und sei stark beansprucht."
    )
    article = quotes(text, "de", {"Carl Schuster": "PER", "Moskau": "LOC", "Kim": "PER"})
    first, second = article.quotes
    assert second.speaker.evidence == "continuation"
    assert second.speaker.roles == first.speaker.roles == ("ehemaliger Kapitän der US-Marine",)


def test_danish_pronoun_and_description_are_inferred(quotes):
    text = (
        "»Mødet er vigtigt for begge lande,« sagde Iver Neumann, som er Ruslands-ekspert ved "
        "Fridtjof Nansens Institut.\n\n"
        "»Det kan også øge presset på tredjelande,« siger han.\n\n"
        "Rusland er ifølge den norske ekspert en vigtig del af den kinesiske blok."
    )
    names = {"Iver Neumann": "PER", "Fridtjof Nansens Institut": "ORG", "Rusland": "LOC"}
    article = quotes(text, "da", names)
    cue, pronoun, description = article.quotes
    assert (cue.speaker.evidence, cue.speaker.inferred) == ("cue", False)
    assert (pronoun.speaker.text, pronoun.speaker.name) == ("han", "Iver Neumann")
    assert (pronoun.speaker.evidence, pronoun.speaker.inferred) == ("pronoun", True)
    assert pronoun.speaker.why == (
        "inferred: “han” taken to be Iver Neumann, the last fitting name before it"
    )
    assert (description.speaker.text, description.speaker.name) == (
        "den norske ekspert",
        "Iver Neumann",
    )
    assert (description.speaker.evidence, description.speaker.inferred) == ("description", True)


def test_an_unresolved_pronoun_or_description_is_what_the_cue_says(quotes):
    text = "»Vi har ikke flere penge,« siger vi. Ifølge en række eksperter er mødet et problem."
    article = quotes(text, "da")
    assert [(q.speaker.text, q.speaker.name, q.speaker.evidence) for q in article.quotes] == [
        ("vi", None, "cue"),
        ("en række eksperter", None, "cue"),
    ]


def test_english_transcript_turns_are_stated_not_inferred(quotes):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.\n\n'
        '"WALLACE: Governor, I do not think so.'
    )
    article = quotes(text, "en", {"Mike Pence": "PER", "Chris Wallace": "PER"})
    assert [(q.speaker.name, q.speaker.evidence, q.speaker.inferred) for q in article.quotes] == [
        ("Mike Pence", "transcript", False),
        ("Chris Wallace", "transcript", False),
    ]


def test_english_pronoun_after_a_named_speaker(quotes):
    text = (
        '"The plan is dead and everybody knows it," Senator Jon Tester said on Tuesday. '
        'Later he added: "We will start again next year."'
    )
    article = quotes(text, "en", {"Jon Tester": "PER"})
    assert [(q.speaker.evidence, q.speaker.inferred) for q in article.quotes] == [
        ("cue", False),
        ("pronoun", True),
    ]


@pytest.mark.parametrize(
    ("language", "text", "names", "acts"),
    [
        (
            "de",
            "Die USA glauben auch, dass es in naher Zukunft ein Treffen zwischen Putin und Kim "
            "geben könnte. Nordkorea brauche dringend Bargeld und Energie, sagte Carl Schuster.",
            {"USA": "LOC", "Putin": "PER", "Kim": "PER", "Carl Schuster": "PER"},
            [("USA", "belief"), ("Carl Schuster", "speech")],
        ),
        (
            "da",
            "Iver Neumann tror, at mødet vil styrke den kinesiske blok. Mette Frederiksen "
            "sagde, at Danmark vil hjælpe Ukraine.",
            {"Iver Neumann": "PER", "Mette Frederiksen": "PER", "Danmark": "LOC"},
            [("Iver Neumann", "belief"), ("Mette Frederiksen", "speech")],
        ),
        (
            "en",
            "Senator Jon Tester believes that the plan is dead. Senator Mitch McConnell said "
            "that the Senate will vote on Friday.",
            {"Jon Tester": "PER", "Mitch McConnell": "PER", "Senate": "ORG"},
            [("Jon Tester", "belief"), ("Mitch McConnell", "speech")],
        ),
    ],
)
def test_beliefs_are_marked_apart_from_speech(quotes, language, text, names, acts):
    article = quotes(text, language, names)
    assert [(q.speaker.name, q.act) for q in article.quotes] == acts
    assert {q.kind for q in article.quotes} <= {"direct", "indirect", "mixed"}


def test_a_reported_continuation_of_a_belief_stays_a_belief(quotes):
    text = (
        "Die USA glauben, dass Nordkorea Munition liefern werde. Die Lieferungen seien schon "
        "unterwegs und kämen über die Transsibirische Eisenbahn."
    )
    article = quotes(text, "de", {"USA": "LOC", "Nordkorea": "LOC"})
    assert [(q.speaker.evidence, q.act) for q in article.quotes] == [
        ("cue", "belief"),
        ("continuation", "belief"),
    ]


def test_contract_fields_for_evidence_and_act(quotes):
    article = quotes(SCHUSTER, "de", {"Schuster": "PER"})
    quote = article.to_json()["quotes"][-1]
    assert quote["act"] == "speech"
    assert (quote["speaker"]["evidence"], quote["speaker"]["inferred"]) == ("continuation", True)
    assert quote["kind"] == "direct"


def test_evidence_and_inferred_cannot_disagree():
    with pytest.raises(ValueError, match="inferred"):
        Speaker(0, 2, "er", "Carl Schuster", "per:carl-schuster", (), "pronoun", False)
    with pytest.raises(ValueError, match="unknown"):
        Speaker(0, 2, "er", evidence="guess")
    # a quote stored before the evidence was recorded: only that it was inferred
    old = Speaker(0, 2, "er", "Carl Schuster", "per:carl-schuster", (), None, True)
    assert old.why == "inferred (stored by an older newsweave, which did not record how)"


def test_an_attribution_sentence_is_never_its_own_quote(quotes):
    # MEANTIME (the package's sample corpus): the sentence that sets the scene holds the
    # speaker; "he called" later in it attributes only the quoted words "New GM".
    (row,) = [
        json.loads(line)
        for line in (SAMPLE / "meantime.jsonl").read_text(encoding="utf-8").splitlines()
        if '"id": "meantime-en-127248"' in line
    ]
    text = row["text"]
    sentence = text[: text.index("Speaking to the press")]
    assert sentence.startswith("In a New York press conference") and "he called" in sentence
    article = quotes(sentence, "en", {"Fritz Henderson": "PER", "General Motors": "ORG"})
    assert [q for q in article.quotes if q.text.startswith("In a New York press")] == []


def test_a_pronoun_right_after_the_quote_still_attributes_it(quotes):
    text = (
        "Sharif Hotak described witnessing 35 bodies in one hospital. \"The explosion was very "
        'powerful. The whole building has collapsed," he said.'
    )
    article = quotes(text, "en", {"Sharif Hotak": "PER"})
    (quote,) = [q for q in article.quotes if q.kind == "direct"]
    assert (quote.speaker.text, quote.speaker.name) == ("he", "Sharif Hotak")
