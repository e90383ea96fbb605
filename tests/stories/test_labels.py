"""Names for a story's keys and entity ids: what a reader sees instead of an id."""

from newsweave.article import Article, Mention
from newsweave.entities.placenames import city_name, place_name
from newsweave.stories.labels import Labels

DA = "Den norske ekspert taler om Rusland og Pjöngjang."
DE = "Der Experte spricht über Russland und Pjöngjang."


def articles() -> list[Article]:
    da = Article(DA, language="da")
    da.entities = [
        Mention(4, 10, "norske", "LOC", "Norge", "country:NO", kind="demonym"),
        Mention(28, 35, "Rusland", "LOC", "Rusland", "country:RU"),
    ]
    de = Article(DE, language="de")
    de.entities = [
        Mention(25, 34, "Russland", "LOC", "Russland", "country:RU"),
        Mention(39, 48, "Pjöngjang", "LOC", "Pjöngjang", "city:1871859"),
    ]
    return [da, de]


def test_places_are_named_in_the_language_that_mentions_them_or_the_readers():
    labels = Labels(articles(), lambda e: e)
    assert labels("country:NO") == "Norge"  # only a Danish adjective names it
    assert labels("country:RU", "de") == "Russland" and labels("country:RU", "da") == "Rusland"
    assert labels("city:1871859") == "Pjöngjang"  # the spelling the articles use
    german = Labels(articles(), lambda e: e, language="de")
    assert german("country:NO") == "Norwegen" and german("country:RU", "da") == "Russland"
    assert german("region:142") == "Asien"


def test_sound_keys_days_and_name_parts_read_as_words():
    labels = Labels(articles(), lambda e: e, default="da")
    assert labels("s:rslnd") == "Rusland / Russland"
    assert labels("md:09-13") == "13. september"
    assert Labels(articles(), lambda e: e, language="de")("md:09-13") == "13. September"
    assert labels("n:135") == "135" and labels("w:da:raket") == "raket"


def test_a_city_is_named_by_a_spelling_of_its_own_else_by_its_name():
    assert city_name(1871859, ["Pjöngjang"]) == "Pjöngjang"
    assert city_name(1871859, ["Berlin"]) == "Pyongyang"
    assert place_name("city:999999999", "da") is None and place_name("per:x", "da") is None
