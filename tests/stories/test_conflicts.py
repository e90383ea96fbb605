"""Numbers two articles state differently: shown only where both count the same thing.
Articles are analysed by the real pipeline (sentences, entities, dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.analysis import default_pipeline
from newsweave.article import Article
from newsweave.stories.conflicts import story_conflicts

DAY = dt.date(2022, 10, 31)


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def conflicts(pipeline, *reports: tuple[str, str]) -> list[dict]:
    articles = [
        pipeline(Article(text, id=f"{language}-{n}", language=language, published=DAY))
        for n, (language, text) in enumerate(reports)
    ]
    return story_conflicts(articles, lambda entity: entity)


def test_people_killed_in_one_place(pipeline):
    (c,) = conflicts(
        pipeline,
        ("da", "En hængebro styrtede sammen i Morbi i Indien. Mindst 141 mennesker omkom, "
               "da broen i Morbi styrtede sammen."),
        ("de", "In Morbi ist eine Hängebrücke eingestürzt. Mindestens 135 Menschen kamen in "
               "Morbi ums Leben."),
    )  # fmt: skip
    assert sorted(c["values"]) == [135, 141]
    assert sorted(c["written"]) == ["135 Menschen", "141 mennesker"]
    assert c["unit"] == "people" and c["about"] == ["city:1262775"]  # Morbi, by its id
    assert "both count people" in c["basis"] and "one is approximate" in c["basis"]
    assert 0 < c["confidence"] <= 1
    assert {s["language"] for s in c["stated"]} == {"da", "de"}


def test_a_translation_that_states_another_value(pipeline):
    (c,) = conflicts(
        pipeline,
        ("en", "Stock markets fell today. The Dow Jones was down 3.76% at 16:08 UTC."),
        ("es", "Las bolsas cayeron hoy. El Dow Jones ha caído un 2,62% a las 16:08 UTC."),
        ("nl", "De beurzen daalden vandaag. De Dow Jones stond op 16.08 uur UTC 3,76% lager."),
    )
    assert sorted(c["written"]) == ["2,62%", "3,76%"] or sorted(c["written"]) == ["2,62%", "3.76%"]
    assert any(b.startswith("the sentences agree on 16") for b in c["basis"])
    shown = {s["article"] for s in c["stated"]} | {s["article"] for s in c["also"]}
    assert shown == {"en-0", "es-1", "nl-2"}  # one conflict, every article that states it


def test_a_loss_stated_differently_across_languages(pipeline):
    (c,) = conflicts(
        pipeline,
        ("en", "General Motors reported a loss of $6 billion in the first quarter."),
        ("nl", "General Motors leed in het eerste kwartaal een verlies van $8 miljard."),
    )
    assert c["counts"] == "loss" and c["unit"] == "USD"
    assert sorted(c["values"]) == [6_000_000_000, 8_000_000_000]


@pytest.mark.parametrize(
    "reports",
    [
        pytest.param(
            [("en", "GM had spent $10.2 billion in an effort to prevent bankruptcy."),
             ("es", "GM ha gastado 10.200 millones de dólares para evitar la quiebra.")],
            id="one value written the Spanish way",
        ),
        pytest.param(
            [("en", "General Motors reported a loss of $6 billion in the first quarter."),
             ("nl", "General Motors leed in het eerste kwartaal een verlies van $5,98 miljard.")],
            id="one value rounded",
        ),
        pytest.param(
            [("en", '"We continue to see a 60-80 percent chance of a GM bankruptcy," he said.'),
             ("en", "Obama's administration would not give more aid to GM unless 90% of GM's "
                    "bondholders agreed.")],
            id="a range against a share of bondholders",
        ),
        pytest.param(
            [("en", "In the first quarter of last year, GM had reported a loss of $381 million, "
                    "or $0.67 per share."),
             ("it", "GM ha riferito di aver speso 10,2 miliardi di dollari nel tentativo di "
                    "evitare il fallimento.")],
            id="millions against billions, a rate against a sum",
        ),
        pytest.param(
            [("es", "El 787 vale unos 140.000 millones de dólares (96.000 millones de $) para "
                    "Boeing, con 840 pedidos."),
             ("it", "Il 787 vale 140 miliardi di dollari (96 miliardi di euro) per Boeing, con "
                    "840 ordini.")],
            id="a sum converted in brackets",
        ),
        pytest.param(
            [("en", "GM said it had spent $10.2 billion to avoid bankruptcy."),
             ("en", "GM's bondholders refused to swap $27 billion of debt for equity.")],
            id="two sums with nothing to say they are one",
        ),
        pytest.param(
            [("en", "The Dow Jones was down 3.76% today."),
             ("de", "Der DAX lag heute 6,62 Prozent im Minus.")],
            id="two indices",
        ),
        pytest.param(
            [("en", "General Motors plans to close 14 plants."),
             ("de", "General Motors will 16 Händler schließen.")],
            id="plants against dealers",
        ),
        pytest.param(
            [("en", "On Saturday 12 people died in Morbi."),
             ("en", "On Sunday 15 people died in Morbi.")],
            id="two days",
        ),
        pytest.param(
            [("en", "Bill Weld, the former governor of Massachusetts, received 9% of the vote."),
             ("en", "Tom Steyer came in third, receiving roughly 11% of the votes.")],
            id="two candidates",
        ),
    ],
)  # fmt: skip
def test_no_conflict(pipeline, reports):
    assert conflicts(pipeline, *reports) == []
