"""Numbers read with the article language's separators, scale words, units and nouns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsweave.stories.numbers import quantities


def read(text: str, language: str | None):
    return [(q.written, q.value, q.unit, q.noun) for q in quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "written", "value"),
    [
        ("en", "The road is 1,234.5 km long.", "1,234.5 km", Decimal("1234.5")),
        ("es", "La carretera mide 1.234,5 km.", "1.234,5 km", Decimal("1234.5")),
        ("fr", "La route fait 1 234,5 km.", "1 234,5 km", Decimal("1234.5")),
        ("de", "Die Strecke ist 1.234,5 Kilometer lang.", "1.234,5 Kilometer", Decimal("1234.5")),
        ("nl", "De weg is 1.234,5 kilometer lang.", "1.234,5 kilometer", Decimal("1234.5")),
        ("da", "Vejen er 1.234,5 km lang.", "1.234,5 km", Decimal("1234.5")),
    ],
)
def test_decimal_and_group_separators_of_the_language(language, text, written, value):
    ((w, v, unit, _),) = read(text, language)
    assert (w, v, unit) == (written, value, "km")


@pytest.mark.parametrize(
    ("language", "text", "written", "value", "unit"),
    [
        ("en", "GM had spent $10.2 billion in an effort to prevent bankruptcy.",
         "$10.2 billion", Decimal("10.2e9"), "USD"),
        ("es", "GM gastó 10.200 millones de dólares para evitar la quiebra.",
         "10.200 millones de dólares", Decimal("10.2e9"), "USD"),
        ("es", "ofreció 1,13 billones de rublos a Sberbank", "1,13 billones de rublos",
         Decimal("1.13e12"), "RUB"),
        ("de", "Der Verlust lag bei 3,5 Milliarden Euro.", "3,5 Milliarden Euro",
         Decimal("3.5e9"), "EUR"),
        ("de", "eine Billion Euro: 1,2 Billionen Euro", "1,2 Billionen Euro", Decimal("1.2e12"),
         "EUR"),
        ("da", "Underskuddet var på 2,5 milliarder kroner.", "2,5 milliarder kroner",
         Decimal("2.5e9"), "DKK"),
        ("nl", "In het eerste kwartaal leed GM een verlies van $381 miljoen.", "$381 miljoen",
         Decimal("381e6"), "USD"),
        ("it", "GM ha speso 10,2 miliardi di dollari.", "10,2 miliardi di dollari",
         Decimal("10.2e9"), "USD"),
    ],
)  # fmt: skip
def test_scale_words_and_currencies(language, text, written, value, unit):
    ((w, v, u, _),) = read(text, language)
    assert (w, v, u) == (written, value, unit)


def test_a_rate_a_percentage_and_people():
    found = read("GM lost $381 million, or $0.67 per share, and 90% of GM's bondholders "
                 "refused; 135 people died.", "en")  # fmt: skip
    assert found == [
        ("$381 million", Decimal("381e6"), "USD", None),
        ("$0.67 per share", Decimal("0.67"), "USD/share", None),
        ("90%", Decimal(90), "%", "en:bondh"),
        ("135 people", Decimal(135), "people", None),
    ]


def test_the_counted_noun_is_a_concept_every_language_shares():
    assert read("una perdita di 381 milioni di dollari", "it")[0][3] == "loss"
    assert read("a loss of $381 million", "en")[0][3] == "loss"
    assert read("1.200 ansatte mistede jobbet", "da")[0][3] == "worker"
    assert read("GM will 1.200 Mitarbeiter entlassen", "de")[0][3] == "worker"
    assert read("Sanders earned 15 delegates", "en")[0][3] == "delegate"


def test_hedges_ranges_times_and_years_are_marked():
    (q,) = quantities("Mindestens 141 Menschen kamen in Morbi ums Leben.", "de")
    assert q.approximate and q.unit == "people"
    low, high = quantities("a 60-80 percent chance of a GM bankruptcy", "en")
    assert low.in_range and high.in_range
    nl = quantities("De Dow Jones stond op 16.08 uur UTC 3,76% lager.", "nl")
    en = quantities("The Dow Jones was down 3.76% at 16:08 UTC.", "en")
    assert [q.clock for q in nl] == [True, False] and [q.clock for q in en] == [False, True]
    assert nl[0].agrees(en[1])  # one time of day, written two ways
    (year,) = quantities("Der Verlust des Jahres 2008 war hoch.", "de")
    assert year.year


def test_names_and_ordinals_are_no_quantities():
    assert read("The G20 met on the 3rd day.", "en") == []


def test_values_agree_to_the_coarser_precision():
    (six,) = quantities("GM lost $6 billion.", "en")
    (close,) = quantities("GM verloor $5,98 miljard.", "nl")
    (far,) = quantities("GM verloor $8 miljard.", "nl")
    assert six.agrees(close) and not six.agrees(far)
    assert six.magnitude == close.magnitude == 3


@pytest.mark.parametrize("language", [None, "tlh"])
def test_the_neutral_reading_without_number_data(language):
    values = [q.value for q in quantities("1.234,5 and 1,234.5 and 0,67 and 1,234", language)]
    assert values == [Decimal("1234.5"), Decimal("1234.5"), Decimal("0.67"), Decimal(1234)]
