"""parse_date: standalone date strings as found in feed and header metadata."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsweave.dates import parse_date

SEP13 = dt.date(2023, 9, 13)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("2023-09-13", None),
        ("2023-09-13T10:00:00+02:00", None),
        ("2023-09-13T23:30:00-05:00", None),  # the date as written, not UTC
        ("20230913T100000Z", None),
        ("Wed, 13 Sep 2023 10:00:00 GMT", None),
        ("Wed, 13 Sep 23 10:00 GMT", None),
        ("ons, 13 sep 2023 10:00:00 +0200", None),
        ("ons, 13 sep 2023 10:00:00 +0200", ["da"]),
        ("Mi, 13. Sep 2023", None),
        ("Mi, 13. Sep 2023", ["de"]),
        ("Mittwoch, 13. September 2023, 10.00 Uhr", ["de"]),
        ("13. September 2023", None),
        ("13 septembre 2023", None),
        ("mer., 13 sept. 2023 10:00:00 +0200", ["fr"]),
        ("13 сентября 2023 г.", None),
        ("13 вересня 2023 р.", ["uk"]),
        ("September 13, 2023", None),
        ("September 13th, 2023", ["en"]),
        ("13 de septiembre de 2023", None),
        ("mar, 13 set 2023", None),  # Italian: "mar" is Tuesday here, "set" the month
        ("qua., 13 set. 2023", ["pt"]),
        ("keskiviikko 13. syyskuuta 2023", None),
        ("środa, 13 września 2023 r.", None),
        ("středa 13. září 2023", ["cs"]),
        ("onsdag 13. september 2023", ["no"]),
        ("13 sep. 2023", ["nl"]),
        ("13.09.2023", None),
        ("13.9.2023 10:00", ["de"]),
        ("13/9/2023", ["fr"]),
        ("9/13/2023", ["en"]),
        ("2023/09/13", None),
    ],
)
def test_parses(text, languages):
    assert parse_date(text, languages) == SEP13


@pytest.mark.parametrize("text", ["", "   ", "hello world", "September 2023", "13", "Mars"])
def test_no_date(text):
    assert parse_date(text) is None


def test_falls_back_to_other_languages():
    # RFC 822 names are English whatever the feed's language
    assert parse_date("Wed, 13 Sep 2023 10:00:00 GMT", ["nl"]) == SEP13
    assert parse_date("13-Sep-23", ["da"]) == SEP13


def test_invalid_day_is_none():
    assert parse_date("31 February 2023") is None
    assert parse_date("2023-02-31") is None


def test_numeric_order_follows_language():
    assert parse_date("02/03/2023", ["en"]) == dt.date(2023, 2, 3)
    assert parse_date("02/03/2023", ["de"]) == dt.date(2023, 3, 2)


def test_meantime_datelines(shared):
    """The datelines of the MEANTIME articles as each translation writes them
    ("1 de marzo de 2008", "01-Mar-08"); a few translations changed the day itself."""
    path = shared / "data" / "news" / "meantime" / "meantime.derived.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    right = sum(
        parse_date(r["dateline"], [r["lang"]]) == dt.date.fromisoformat(r["date"]) for r in rows
    )
    english = [r for r in rows if r["lang"] == "en"]
    assert all(
        parse_date(r["dateline"], ["en"]) == dt.date.fromisoformat(r["date"]) for r in english
    )
    assert right >= len(rows) - 6
