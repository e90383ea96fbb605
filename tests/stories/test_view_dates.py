"""The story view's dates: every precision the articles give, with a label that says it
as a reader would (a month is a month, never a made-up day), in time."""

import datetime as dt

from newsweave.article import Article
from newsweave.dates import find_dates
from newsweave.dates.values import label, precision, start
from newsweave.stories.compare import _dates


def article(id_: str, text: str, language: str, published: dt.date | None) -> Article:
    a = Article(text, id=id_, language=language, published=published)
    a.dates = find_dates(text, language, published)
    return a


def test_the_case_articles_dates_at_their_precision(cases):
    articles = [
        article(c["file"], c["text"], c["language"],
                dt.date.fromisoformat(c["published"]) if c["published"] else None)
        for c in cases
    ]  # fmt: skip
    shown = {d["value"]: d for d in _dates(articles)}
    assert shown["2022-06"]["precision"] == "month"
    assert shown["2022-06"]["label"] == "June 2022"
    assert shown["1950"]["precision"] == "year"
    assert shown["2023-09-13"]["label"] == "13 September 2023"
    assert {w["text"] for w in shown["2023-09-13"]["said"]} == {"onsdag"}
    values = [d["value"] for d in _dates(articles)]
    assert values.index("1950") < values.index("2022-06") < values.index("2023-09-13")


def test_ranges_weeks_and_decades_are_listed():
    a = article("a", "Fra 1991 til 1997 voksede økonomien, og i 1990'erne.", "da", None)
    b = article("b", "Last week and in the third quarter of 2009 it rose.", "en",
                dt.date(2023, 9, 13))  # fmt: skip
    shown = _dates([a, b])
    assert [(d["label"], d["precision"]) for d in shown] == [
        ("the 1990s", "decade"),
        ("1991 – 1997", "year"),
        ("Q3 2009", "quarter"),
        ("week 36 of 2023", "week"),
    ]
    assert shown[1]["value_end"] == "1997"


def test_values_read_back():
    assert [precision(v) for v in ("2023-09-13", "2023-W36", "2023-06", "2009-Q3",
                                   "2009-SU", "1950", "199X")] == [
        "day", "week", "month", "quarter", "season", "year", "decade"]  # fmt: skip
    assert start("2023-W36") == "2023-09-04"
    assert start("2009-SU") == "2009-06-01"
    assert label("2009-SU") == "summer 2009"
    assert precision("soon") is None and label("soon") == "soon"
