from __future__ import annotations

import pytest

from newsweave.article import Span
from newsweave.quotemarks import (
    CLOSING_MARKS,
    OPENING_MARKS,
    QUOTATION_PAIRS,
    find_quotations,
    match_quotation_marks,
)


def quoted(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text, start, end)]


CONVENTIONS = [
    # (convention, text, quotations)
    ("da »…«", "»Det er et godt møde,« sagde Putin.", ["»Det er et godt møde,«"]),
    ("fr « … »", "« C’est fini », dit-il.", ["« C’est fini »"]),
    ("fr «…» narrow nbsp", "«\u202fOui\u202f», dit-il.", ["«\u202fOui\u202f»"]),
    ("ru «…»", "«Это важно», – сказал он.", ["«Это важно»"]),
    ("sv »…»", "»Vi kommer», sa han.", ["»Vi kommer»"]),
    ("sv ”…”", "”Det var bra”, sa hon.", ["”Det var bra”"]),
    ("de „…“", "„Das ist gut“, sagte er.", ["„Das ist gut“"]),
    ("pl „…”", "„To jest dobre” – powiedział.", ["„To jest dobre”"]),
    ("en “…”", "“It’s over,” she said.", ["“It’s over,”"]),
    ("straight", 'Er sagte: "Nein." Dann ging er.', ['"Nein."']),
    ("de ‚…‘", "Er nannte es ‚schwierig‘.", ["‚schwierig‘"]),
    ("en ‘…’", "The so-called ‘deal’ failed.", ["‘deal’"]),
    ("fr ‹…›", "Il a dit ‹non›.", ["‹non›"]),
    ("da ›…‹", "Han sagde ›nej‹.", ["›nej‹"]),
    ("straight single", "en del af 'den kinesiske blok', som", ["'den kinesiske blok'"]),
    ("zh 「…」", "他说「好」。", ["「好」"]),
]


@pytest.mark.parametrize(("convention", "text", "expected"), CONVENTIONS, ids=lambda x: x)
def test_conventions(convention, text, expected):
    assert quoted(text) == expected


def test_one_mark_opens_in_one_convention_and_closes_in_another():
    # “ closes German „ but opens English “
    assert quoted("„Ja“, sagte er. “Yes,” he said.") == ["„Ja“", "“Yes,”"]
    # » opens Danish, closes French
    assert quoted("»Ja,« sagde han. «Oui», dit-il.") == ["»Ja,«", "«Oui»"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim’s train arrived.",
        "Kim's train arrived.",
        "l'État et l’Europe",
        "rock'n'roll",
        "In the '90s it was different.",
        "’s Avonds gaan we naar ’t strand.",
        "He is 6'2 tall.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text):
    assert find_quotations(text) == []


def test_apostrophe_inside_a_quotation_does_not_close_it():
    assert quoted("“It’s Kim’s,” he said.") == ["“It’s Kim’s,”"]


def test_nested_quotations_return_the_outermost():
    text = "»Han sagde ›nej‹ til mig,« fortalte hun."
    assert quoted(text) == ["»Han sagde ›nej‹ til mig,«"]
    assert [text[s.start : s.end] for s in match_quotation_marks(text)] == [
        "»Han sagde ›nej‹ til mig,«",
        "›nej‹",
    ]


def test_an_opener_that_never_closes_is_ignored():
    text = "»Det begyndte her. Han gik. »Så kom hun,« sagde han."
    assert quoted(text) == ["»Så kom hun,«"]


def test_unclosed_inner_opener_does_not_break_the_outer_quotation():
    assert quoted("»Han sagde 'nej, og gik.« Slut.") == ["»Han sagde 'nej, og gik.«"]


def test_odd_straight_quotes_do_not_turn_later_quotations_inside_out():
    text = 'He said "never. Then: "We are leaving", she said, and "no" was all.'
    assert quoted(text) == ['"We are leaving"', '"no"']


def test_straight_quote_direction_from_context():
    text = 'Sie sagte: "Ich komme." Er sagte: "Ich nicht."'
    assert quoted(text) == ['"Ich komme."', '"Ich nicht."']


def test_range_and_offsets():
    text = "Intro. »Første,« sagde han.\n\n»Anden,« sagde hun."
    second = text.index("\n\n") + 2
    assert find_quotations(text, second) == [Span(second, second + len("»Anden,«"))]
    # a quotation does not reach across the end of the range
    assert find_quotations(text, 0, text.index("sagde")) == [Span(7, 16)]
    assert find_quotations(text, 0, 10) == []


def test_the_pair_table_is_plain_data():
    assert all(len(o) == 1 and len(c) == 1 for o, c in QUOTATION_PAIRS)
    assert "„" in OPENING_MARKS and "“" in OPENING_MARKS and "“" in CLOSING_MARKS
