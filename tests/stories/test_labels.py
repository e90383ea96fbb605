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


def test_a_person_is_named_as_the_readers_language_spells_them_in_full():
    """German writes "Wladimir Putin", Danish "Vladimir Putin"; a bare "Putin" linked into
    him is a part of his name, not a spelling of it."""
    da = Article("Vladimir Putin mødte Kim. Putin sagde. Putin lo. Putin gik.", language="da")
    da.entities = [Mention(0, 14, "Vladimir Putin", "PER", "Vladimir Putin", "per:vladimir-putin")]
    da.entities += [Mention(i, i + 5, "Putin", "PER", "Putin", "per:putin") for i in (26, 40, 51)]
    de = Article("Wladimir Putin traf Kim.", language="de")
    de.entities = [Mention(0, 14, "Wladimir Putin", "PER", "Wladimir Putin", "per:vladimir-putin")]
    into = {"per:putin": "per:vladimir-putin"}.get
    resolve = lambda e: into(e, e)  # noqa: E731
    assert Labels([da, de], resolve, language="de")("per:putin") == "Wladimir Putin"
    assert Labels([da, de], resolve, language="da")("per:vladimir-putin") == "Vladimir Putin"
    # no article in the reader's language: the name given, else the most used
    english = Labels([da, de], resolve, language="en")
    assert english.entity("per:vladimir-putin", default="Vladimir Putin") == "Vladimir Putin"
    assert english("per:vladimir-putin") == "Putin"
