from datetime import date

import pytest

from newsweave.article import Article, Span, TimeRef, content_hash


def test_content_hash_ignores_whitespace_and_normalisation():
    nfd = "Pjo\u0308ngjang og  Moskva\r\n"
    nfc = "Pjöngjang og Moskva"
    assert content_hash(nfd) == content_hash(nfc)
    assert content_hash("Pjöngjang") != content_hash("Pyongyang")


def test_id_defaults_to_the_content_hash_and_a_given_id_wins():
    assert Article("Rusland").id == content_hash("Rusland")
    given = Article("Rusland", id="dr-123")
    assert given.id == "dr-123"
    assert given.content_hash == content_hash("Rusland")


def test_bad_span_is_refused():
    with pytest.raises(ValueError):
        Span(5, 2)


def test_to_json_follows_the_contract():
    text = "Onsdag mødtes Kim Jong-un og Putin."
    a = Article(text, id="x", title="Mødet", published=date(2023, 9, 13), language="da")
    a.sentences = [Span(0, len(text))]
    a.dates = [TimeRef(0, 6, "Onsdag", "2023-09-13")]
    a.note("entities", "no model for this language")
    out = a.to_json()
    assert out["schema"] == 1
    assert out["published"] == "2023-09-13"
    assert out["sentences"] == [[0, 35]]
    assert out["dates"] == [{"start": 0, "end": 6, "text": "Onsdag", "value": "2023-09-13"}]
    assert out["issues"] == [{"stage": "entities", "message": "no model for this language"}]
    assert list(out)[:8] == [
        "schema",
        "id",
        "source",
        "url",
        "title",
        "published",
        "language",
        "text",
    ]


def test_a_headline_is_the_title_else_the_first_sentence_cut_at_a_word():
    de = "Die USA glauben auch, dass es ein Treffen geben könnte. Sollte es dazu kommen, dann"
    a = Article(de, sentences=[Span(0, 55), Span(56, len(de))])
    assert a.headline() == "Die USA glauben auch, dass es ein Treffen geben könnte."
    assert Article(de, title="  Kim trifft  Putin ").headline() == "Kim trifft Putin"
    da = (
        "Mens Kim Jong-un og Putin grinende og smilende betragter russiske rumraketter, "
        "giver de to diktatorers møde dybe panderynker i Vesten."
    )
    cut = Article(da, sentences=[Span(0, len(da))]).headline(width=60)
    assert cut == "Mens Kim Jong-un og Putin grinende og smilende betragter …"
    assert len(cut) <= 60 and da.startswith(cut[:-2])
