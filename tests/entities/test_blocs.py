import pytest

from newsweave.entities.blocs import add_blocs


def found(text, language, raw=()):
    return [(text[s:e], label) for s, e, label in add_blocs(text, list(raw), language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "ein großes Anliegen für die führenden Politiker im Westen, sagen Analysten."),
        ("de", "Der Westen hat neue Sanktionen verhängt."),
        ("da", "Ungareren György Dalos bor nu i Vesten og er forbløffet."),
        ("no", "Vesten frykter at det nordlige Mali blir et fristed."),
        ("en", "Sanctions imposed by the West hit Moscow."),
    ],
)
def test_the_west_as_a_bloc_is_a_place(language, text):
    assert [label for _, label in found(text, language)] == ["LOC"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das BLM will im Westen der USA Tausende Pferde einfangen."),
        ("de", "Der Ort grenzt im Norden an Aarau und im Westen an Suhr."),
        ("de", "Der Fluss fließt nach Westen zur Saône."),
        ("de", "Die Gemeinden sind Hitzkirch im Südwesten und Schongau im Westen."),
        ("de", "Das Gebiet im Westen Europas ist flach."),
        ("en", "Violence flared in the West Bank overnight."),
        ("en", "He lives in the West of England."),
    ],
)
def test_the_word_as_a_direction_is_not(language, text):
    assert found(text, language) == []


def test_a_mention_already_there_is_kept_and_languages_without_blocs_are_left_alone():
    text = "Der Westen reagiert."
    raw = [(4, 10, "ORG")]
    assert found(text, "de", raw) == [("Westen", "ORG")]
    assert found("Occidente reagisce.", "it") == []
