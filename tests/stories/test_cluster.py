import math
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from newsweave.stories.cluster import StoryClusterer, actor_similarity

T0 = datetime(2023, 9, 1, tzinfo=UTC)

# Keys as `features` makes them: two reports of the Kim–Putin meeting in Danish and
# German, a report of an unrelated earthquake, and background news that make the
# countries common and the names rare.
KIM_DA = Counter({"per:kim-jong-un": 6, "pt:kim": 6, "per:vladimir-putin": 4, "pt:putin": 4,
                  "country:RU": 5, "country:KP": 4, "city:2013348": 1, "md:09-13": 1,
                  "w:da:raket": 2})  # fmt: skip
KIM_DE = Counter({"per:kim": 5, "pt:kim": 5, "per:putin": 3, "pt:putin": 3, "country:RU": 4,
                  "country:KP": 3, "city:2013348": 2, "city:1871859": 2,
                  "w:de:treffen": 2})  # fmt: skip
QUAKE = Counter({"country:MA": 3, "city:2542997": 2, "n:2900": 1, "w:en:earthquake": 3})


def background(c: StoryClusterer, n: int = 30) -> None:
    for i in range(n):
        c.add(f"bg{i}", Counter({"country:RU": 1, f"per:someone-{i}": 1, f"w:en:t{i}": 1}), T0)


def test_two_reports_of_one_event_share_a_story_and_unrelated_news_does_not():
    c = StoryClusterer()
    background(c)
    da = c.add("da", KIM_DA, T0 + timedelta(days=12))
    quake = c.add("quake", QUAKE, T0 + timedelta(days=12, hours=1))
    de = c.add("de", KIM_DE, T0 + timedelta(days=12, hours=2))
    assert de.story == da.story != quake.story
    assert de.score >= c.threshold_for(len(KIM_DE))
    shared = dict(de.why)
    assert "pt:kim" in shared and "city:2013348" in shared  # the reason is given


def test_story_ids_are_stable_while_a_story_grows():
    c = StoryClusterer()
    background(c)
    first = c.add("da", KIM_DA, T0).story
    for i in range(5):
        assert c.add(f"de{i}", KIM_DE, T0 + timedelta(hours=i)).story == first


def test_candidates_come_from_shared_keys_only():
    c = StoryClusterer()
    background(c)
    c.add("da", KIM_DA, T0)
    assert c._candidates(QUAKE, {k: c.weight(k) for k in QUAKE}) == []  # never compared


def test_a_window_closes_old_stories_and_forgets_keys_no_other_story_has():
    c = StoryClusterer(window=timedelta(days=7))
    a = c.add("da", KIM_DA, T0)
    b = c.add("quake", QUAKE, T0 + timedelta(days=30))
    assert list(c.stories) == [b.story]
    assert "per:kim-jong-un" not in c.df and "per:kim-jong-un" not in c.index
    # the same actors a month later start a new story, not the closed one
    assert c.add("de", KIM_DE, T0 + timedelta(days=31)).story not in (a.story, b.story)


def test_an_article_that_bridges_two_alike_stories_merges_them_into_the_older():
    # two reports on the same launch that started two stories: they share only their
    # country, too little for the second to join the first, and a later article has them
    # all (the stories' keys are alike enough for a merge under this test's low threshold)
    c = StoryClusterer(merge_threshold=0.001)
    background(c)
    first = Counter({"per:kim-jong-un": 1, "city:2013348": 1, "org:kcna": 1, "n:135": 1,
                     "country:RU": 1})  # fmt: skip
    second = Counter({"country:RU": 1, "org:roscosmos": 1, "org:tass": 1, "n:136": 1,
                      "per:a-b": 1, "per:c-d": 1, "per:e-f": 1, "per:g-h": 1})  # fmt: skip
    one = c.add("a", first, T0).story
    two = c.add("b", second, T0).story
    assert one != two
    bridge = c.add("c", first + second, T0)  # a fuller report: both
    assert bridge.story == one and bridge.merged == (two,)
    assert (two, one) in c.merges and two not in c.stories
    assert set(c.stories[one].articles) == {"a", "b", "c"}


def test_restore_resumes_a_stream_with_the_same_ids():
    c = StoryClusterer()
    background(c)
    da = c.add("da", KIM_DA, T0)
    resumed = StoryClusterer()
    for story in c.stories.values():
        for article in story.articles:
            keys = (
                KIM_DA
                if article == "da"
                else Counter(
                    {"country:RU": 1, f"per:someone-{article[2:]}": 1, f"w:en:t{article[2:]}": 1}
                )
            )
            resumed.restore(story.id, article, keys, T0)
    assert resumed.next_id == c.next_id
    assert resumed.add("de", KIM_DE, T0).story == da.story


def test_short_texts_need_less_similarity_than_full_articles():
    c = StoryClusterer(threshold=0.25)
    assert c.threshold_for(15) < c.threshold_for(60) < c.threshold_for(125) == 0.25
    assert c.threshold_for(1000) == 0.25


def test_texts_about_the_same_actors_are_alike_whatever_else_they_say():
    # Kim and Putin in Russia, counted by each part of their names, whatever the language
    assert actor_similarity(KIM_DE, KIM_DA) > 0.8
    assert actor_similarity(KIM_DE, QUAKE) == 0.0


def test_a_long_story_is_the_sum_of_its_articles_within_the_window():
    c = StoryClusterer(window=timedelta(days=7))
    first = c.add("da", KIM_DA, T0).story
    for day in range(1, 30):  # the story goes on for a month, with new details each day
        keys = KIM_DE | Counter({f"n:{1000 + day}": 1, f"md:10-{day:02d}": 1})
        assert c.add(f"de{day}", keys, T0 + timedelta(days=day)).story == first
    story = c.stories[first]
    assert len(story.articles) == 30  # all stay members
    assert story.size <= 8  # but only the last week's make up its sums
    assert "per:kim-jong-un" not in story.keys  # the Danish article of day 0 has left them
    assert "n:1001" not in c.index and "n:1029" in c.index


def test_rarity_follows_recent_windows_and_its_table_stays_bounded():
    c = StoryClusterer(window=timedelta(days=1))
    sizes = []
    for hour in range(24 * 60):  # 60 windows: each hour, news of a new event and the capital
        keys = Counter({"country:RU": 1, f"per:someone-{hour}": 1, f"n:{1000 + hour}": 1})
        c.add(f"a{hour}", keys, T0 + timedelta(hours=hour))
        sizes.append(len(c.df))
    assert max(sizes[-24 * 10 :]) <= max(sizes[24 * 10 : 24 * 20])  # flat, not growing
    assert len(c.df) < 24 * 2 * 2 + 1  # the keys of about the last two windows
    assert "per:someone-0" not in c.df and "per:someone-1439" in c.df
    # a key every article has stays common, and a fresh one rare, however long the stream
    assert c.weight("country:RU") < 0.1 * c.weight("per:someone-1439")


def test_older_counts_weigh_less_than_recent_ones():
    c = StoryClusterer(window=timedelta(days=1))
    for i in range(20):  # "Putin" was common two months ago ...
        c.add(f"old{i}", Counter({"pt:putin": 1, f"w:en:x{i}": 1}), T0)
    for i in range(20):  # ... "Macron" is common now
        c.add(f"new{i}", Counter({"pt:macron": 1, f"w:en:y{i}": 1}), T0 + timedelta(days=60))
    assert c.weight("pt:putin") > c.weight("pt:macron")


EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "jump",
    [
        [T0, LATEST, T0],  # 9999-12-31 among 2023 dates, and back
        [T0, EARLIEST, T0],  # 0001-01-01
        [EARLIEST, T0],  # a stream that starts at year 1 (an undated gold item)
        [datetime(23, 9, 12, tzinfo=UTC), T0, LATEST],  # the typo "0023-09-12", then on
        [EARLIEST, LATEST, EARLIEST, LATEST],
    ],
)
def test_any_jump_in_time_keeps_the_clusterer_working(jump):
    c = StoryClusterer(window=timedelta(days=30))
    for i, when in enumerate(jump):
        c.add(f"bg{i}", Counter({"country:RU": 1, f"per:someone-{i}": 1}), when)
    da = c.add("da", KIM_DA, jump[-1])
    de = c.add("de", KIM_DE, jump[-1])
    assert de.story == da.story  # still weaving after the jump
    assert math.isfinite(c.seen) and all(math.isfinite(v) for v in c.df.values())
    assert 0.0 < c.weight("pt:kim") < math.inf


def test_resuming_across_a_jump_of_centuries_does_not_overflow():
    c = StoryClusterer(window=timedelta(days=30))
    c.restore(1, "old", KIM_DA, EARLIEST)
    c.restore(2, "new", QUAKE, LATEST)
    assert c.add("de", KIM_DE, LATEST).story != 2


def test_an_article_sharing_no_key_with_a_story_joins_it_by_meaning():
    """A report in another script whose names did not link: no key retrieves the story,
    its embedding does, and the assignment says how close it is."""
    import numpy as np

    rng = np.random.default_rng(3)

    def near(v: np.ndarray, noise: float) -> np.ndarray:
        w = v + rng.normal(scale=noise, size=len(v))
        return (w / np.linalg.norm(w)).astype(np.float32)

    meeting, quake = rng.normal(size=64), rng.normal(size=64)
    c = StoryClusterer()
    background(c)
    da = c.add("da", KIM_DA, T0, near(meeting, 0.2), "da")
    c.add("quake", QUAKE, T0, near(quake, 0.2), "en")
    zh = Counter({"w:zh:会晤": 2, "s:kmjngn": 1, "n:2023": 1})  # nothing the others have
    assert not c._candidates(zh, {k: c.weight(k) for k in zh})
    joined = c.add("zh", zh, T0 + timedelta(hours=3), near(meeting, 0.1), "zh")
    assert joined.story == da.story and joined.meaning is not None and joined.meaning > 0.9
    # without an embedding, another such report starts a story of its own
    other = Counter({"w:zh:峰会": 2, "s:pjng": 1})
    assert c.add("zh2", other, T0 + timedelta(hours=4), None, "zh").new
