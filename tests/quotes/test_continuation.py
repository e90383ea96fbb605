"""A quote with no attribution of its own goes on as the previous quote's only when no
attribution to someone else stands between them (`newsweave.quotes.continuation`) — on
real German, Danish and English sentences, and on the German case article."""

from __future__ import annotations

import pytest

from newsweave.analysis import default_pipeline
from newsweave.article import Article

SCHUSTER = "Schuster"
# The German case article's last two paragraphs (../shared/cases/de_kim_putin.txt), with
# and without the sentence by others between Schuster's quotation and the subjunctive.
DE_QUOTE = (
    '"Nordkorea stellt gute, wie ich es nenne, schwere Industriewaffen her", sagte Schuster. '
    '"Seine Artillerie und Munition sind sehr gut. Es ist den russischen Designs sehr ähnlich." '
)
DE_OTHERS = (
    "Andere stellten die Frage, wie schnell nordkoreanische Munition in die Hände russischer "
    "Truppen an der Front in der Ukraine gelangen könnte. "
)
DE_REST = (
    "Lieferungen aus Nordkorea an russische Streitkräfte müssten die Transsibirische "
    "Eisenbahn überqueren, mehr als 12.000 Kilometer von Wladiwostok im Osten bis Moskau im "
    "Westen.\nEin Großteil der Ausrüstung auf der Bahnstrecke stamme aus der Zeit des späten "
    "Kalten Krieges und sei stark beansprucht."
)
SUBJUNCTIVE = "Ein Großteil der Ausrüstung"


def _quote(article: Article, start: str):
    return next(q for q in article.quotes if q.text.startswith(start))


def _who(article: Article, start: str) -> str | None:
    speaker = _quote(article, start).speaker
    return None if speaker is None else speaker.name or speaker.text


def test_german_subjunctive_after_others_is_not_the_previous_speakers(quotes):
    names = {"Carl Schuster": "PER", "Schuster": "PER", "Nordkorea": "LOC", "Moskau": "LOC"}
    crossed = quotes(DE_QUOTE + DE_OTHERS + DE_REST, "de", names)
    assert _who(crossed, "Nordkorea stellt gute") == SCHUSTER
    assert _who(crossed, SUBJUNCTIVE) is None
    # the same paragraphs without the others' question: the subjunctive goes on as his
    straight = quotes(DE_QUOTE + DE_REST, "de", names)
    subjunctive = _quote(straight, SUBJUNCTIVE)
    assert subjunctive.speaker.name == SCHUSTER
    assert subjunctive.speaker.evidence == "continuation"


@pytest.mark.parametrize(
    "between",
    [
        "Kritiker sagten am Montag nichts dazu. ",  # a plural description with a cue
        "Die Regierung in Moskau bestritt das. ",  # another named speaker
        "Sie fragten nach den Kosten. ",  # "Sie" may be one woman: see below
    ],
)
def test_german_attributions_between_break_the_continuation(quotes, between):
    names = {"Schuster": "PER", "Moskau": "LOC", "Kim": "PER"}
    text = (
        "Jeder Pakt mit Moskau würde Kim auf andere Weise helfen, sagte Schuster. "
        + between
        + "Die Munition stamme aus der Zeit des Kalten Krieges und sei stark beansprucht."
    )
    article = quotes(text, "de", names)
    expected = SCHUSTER if between.startswith("Sie ") else None  # a pronoun may be his/hers
    assert _who(article, "Die Munition") == expected


def test_german_narration_without_a_speaker_keeps_the_continuation(quotes):
    text = (
        "Jeder Pakt mit Moskau würde Kim auf andere Weise helfen, sagte Schuster. "
        "Die Frage ist, wie lange das dauert. "
        "Die Munition stamme aus der Zeit des Kalten Krieges und sei stark beansprucht."
    )
    article = quotes(text, "de", {"Schuster": "PER", "Moskau": "LOC", "Kim": "PER"})
    assert _who(article, "Die Munition") == SCHUSTER


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Others disagreed and called the plan expensive. ", None),
        ("Critics warned against the cost. ", None),
        ("The White House declined to comment on Tuesday. ", None),
        ("He later repeated the point in Iowa. ", "Bernie Sanders"),  # the same speaker
        ("The rally ended after an hour. ", "Bernie Sanders"),  # no attribution at all
    ],
)
def test_english_second_quotation_after_another_attribution(quotes, between, expected):
    text = (
        '"We are going to win this nomination," Bernie Sanders said at the rally.\n'
        + between
        + '"Nobody should doubt that for a second."'
    )
    article = quotes(text, "en", {"Bernie Sanders": "PER", "White House": "ORG", "Iowa": "LOC"})
    assert _who(article, "We are going to win") == "Bernie Sanders"
    assert _who(article, "Nobody should doubt") == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Andre eksperter mener noget andet. ", None),
        ("Kritikere advarer mod aftalen. ", None),
        ("Han gentog det senere på dagen. ", "Iver Neumann"),
    ],
)
def test_danish_second_quotation_after_another_attribution(quotes, between, expected):
    text = (
        "»Mødet er vigtigt for begge lande,« siger Iver Neumann.\n"
        + between
        + "»Det kan ændre hele regionen, hvis de bliver enige.«"
    )
    article = quotes(text, "da", {"Iver Neumann": "PER"})
    assert _who(article, "Mødet er vigtigt") == "Iver Neumann"
    assert _who(article, "Det kan ændre") == expected


def test_the_german_case_article(shared):
    text = (shared / "cases" / "de_kim_putin.txt").read_text(encoding="utf-8")
    article = default_pipeline(on_error="raise")(Article(text, language="de"))
    assert _who(article, "Nordkorea stellt gute").endswith(SCHUSTER)
    assert _who(article, SUBJUNCTIVE) is None  # "Andere stellten die Frage" stands between
    # the closing quotation continues the unattributed sentence: no one either
    assert _who(article, "Die Überlastung") is None


def test_a_speech_goes_on_in_its_speakers_voice_after_citing_others(quotes):
    # A Bundestag speech: the speaker ("ich") cites a colleague, then goes on in the
    # subjunctive; the author's voice is not crossed by whom they cite.
    text = (
        "Ich sage Ihnen, dass dieses Gesetz zu spät kommt. Der Kollege Müller hat gesagt, "
        "das sei alles nicht so schlimm. Die Kommunen seien aber längst am Ende ihrer Kräfte."
    )
    article = quotes(text, "de", {"Müller": "PER"})
    assert _who(article, "das sei alles") == "Müller"
    assert _quote(article, "Die Kommunen").speaker.evidence == "continuation"
