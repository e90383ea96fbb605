"""The story timeline as a picture (`newsweave.desk.timeline`): an axis over the days the
articles were published and the dates they mention, marks per article, bars when dense."""

import datetime as dt

from newsweave.desk.timeline import BEFORE, MAX_TICKS, WIDTH, layout

CASE = [  # the two case articles (the German one undated) and a later English report
    {"id": "da_kim_putin.txt", "language": "da", "published": "2023-09-13",
     "title": "Nordkoreas leder viser stor interesse for raketbygning", "source": "dr.dk"},
    {"id": "en-later", "language": "en", "published": "2023-09-14",
     "title": "Kim Jong Un leaves Russia", "source": None},
    {"id": "de_kim_putin.txt", "language": "de", "published": None,
     "title": "Nordkorea braucht Bargeld", "source": None},
]  # fmt: skip
SAID = [
    {"value": "2023-09-13", "value_end": None, "label": "13 September 2023",
     "said": [{"article": "da_kim_putin.txt", "language": "da", "text": "onsdag"}]},
    {"value": "2023-09", "value_end": None, "label": "September 2023",
     "said": [{"article": "de_kim_putin.txt", "language": "de", "text": "im September"}]},
    {"value": "1950", "value_end": "1953", "label": "1950 – 1953",
     "said": [{"article": "de_kim_putin.txt", "language": "de", "text": "Koreakrieg"}]},
]  # fmt: skip


def test_each_dated_article_is_a_mark_at_its_day_in_its_language_colour():
    tl = layout(CASE, SAID)
    marks = {m["article"]["id"]: m for m in tl["published"]}
    assert set(marks) == {"da_kim_putin.txt", "en-later"}
    assert marks["da_kim_putin.txt"]["x"] < marks["en-later"]["x"]  # a day apart, in order
    assert marks["da_kim_putin.txt"]["class"] != marks["en-later"]["class"]
    assert [a["id"] for a in tl["undated"]] == ["de_kim_putin.txt"]  # listed apart
    assert {lang["code"]: lang["articles"] for lang in tl["languages"]} == {"da": 1, "de": 1, "en": 1}


def test_the_axis_has_day_ticks_in_the_readers_locale():
    en = layout(CASE, SAID[:1])
    labels = [t["label"] for t in en["axis"]["ticks"]]
    assert "Sep 13" in labels and "Sep 14" in labels
    de = layout(CASE, SAID[:1], locale="de")
    assert "13. Sept." in [t["label"] for t in de["axis"]["ticks"]]
    xs = [t["x"] for t in en["axis"]["ticks"]]
    assert xs == sorted(xs) and xs[0] > 0 and xs[-1] < WIDTH


def test_mentioned_dates_are_a_dot_for_a_day_and_a_bar_for_a_month_far_ones_counted():
    tl = layout(CASE, SAID)
    kinds = {d["date"]["value"]: d for d in tl["said"]}
    assert kinds["2023-09-13"]["kind"] == "day" and kinds["2023-09"]["kind"] == "span"
    assert kinds["2023-09"]["w"] > 50  # a month on an axis of a month or so
    # the Korean War lies far before the articles: counted, not drawn
    assert [d["value"] for d in tl["earlier"]] == ["1950"] and "1950" not in kinds
    day, month = kinds["2023-09-13"], kinds["2023-09"]
    assert day["y"] != month["y"]  # overlapping dates go in separate lanes


def test_articles_of_one_day_stack_and_a_big_story_becomes_bars_by_day():
    start = dt.date(2023, 9, 1)
    few = [{"id": f"a{i}", "language": "da" if i % 2 else "de", "published": "2023-09-13",
            "title": str(i), "source": None} for i in range(3)]  # fmt: skip
    marks = layout(few, [])["published"]
    assert len({m["x"] for m in marks}) == 1 and len({m["y"] for m in marks}) == 3
    many = [{"id": f"a{i}", "language": ["da", "de", "en", "fr"][i % 4],
             "published": (start + dt.timedelta(days=i % 40)).isoformat(),
             "title": str(i), "source": None} for i in range(2000)]  # fmt: skip
    tl = layout(many, [])
    assert tl["bars"] and all(b["kind"] == "bar" and b["unit"] == "day" for b in tl["published"])
    assert sum(b["articles"] for b in tl["published"]) == 2000
    assert len({b["first"] for b in tl["published"]}) == 40  # a bar a day
    assert len(tl["axis"]["ticks"]) <= MAX_TICKS
    assert all(b["y"] >= 0 and b["h"] > 0 for b in tl["published"])


def test_a_story_over_years_gets_bars_by_month_and_year_ticks():
    many = [{"id": f"a{i}", "language": "en", "published": f"{2015 + i % 8}-0{1 + i % 9}-15",
             "title": str(i), "source": None} for i in range(300)]  # fmt: skip
    tl = layout(many, [])
    assert {b["unit"] for b in tl["published"]} == {"month"}
    assert [t["label"] for t in tl["axis"]["ticks"]][:2] == ["2016", "2017"]


def test_undated_stories_and_stories_that_only_mention_dates():
    undated = [{**a, "published": None} for a in CASE]
    assert layout(undated, []) is None
    only_said = layout(undated, SAID)
    assert only_said["published"] == [] and len(only_said["said"]) == 3  # nothing is far
    assert BEFORE > 60
