"""What every article read is checked for (`ingest.clean`), unit by unit."""

from datetime import date

import pytest

from newsweave.article import Article
from newsweave.ingest.clean import MAX_ID_CHARS, clean_string, finish, id_problem
from newsweave.ingest.problem import Problem
from newsweave.ingest.sniff import content_kind, prolog_end


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("meantime-es-100911", None),
        ("Россия/2023 · nr 7", None),
        ("https://example.dk/nyheder/1", None),
        (".", "it is only dots"),
        ("...", "it is only dots"),
        ("a\nb", "it holds a control, format or line-break character (U+000A)"),
        ("a\u2028b", "it holds a control, format or line-break character (LINE SEPARATOR)"),
        (
            "x" * (MAX_ID_CHARS + 1),
            f"it is {MAX_ID_CHARS + 1} characters long, over {MAX_ID_CHARS}",
        ),
    ],
)
def test_id_rules(value, why):
    assert id_problem(value) == why


def test_clean_string_says_what_it_did():
    assert clean_string("Skagen") == ("Skagen", [])
    assert clean_string("a\udc80\x00b\x00") == (
        "a\ufffdb",
        ["1 lone surrogate replaced by U+FFFD", "2 NUL characters removed"],
    )


def test_finish_keeps_the_article_undated_and_gives_a_hash_id_for_a_refused_one():
    article = Article("Storm over Skagen.", id=" . ", published=date(9999, 12, 31), origin="a:3")
    done = finish(article)
    assert isinstance(done, Article)
    assert done.id == done.content_hash and done.published is None
    assert [i.message[:20] for i in done.issues] == ["the id '.' cannot be", "the date 9999-12-31 "]
    assert finish(Article("Sol.", published=date(1800, 1, 1))).published == date(1800, 1, 1)


def test_finish_a_text_of_nul_characters_is_a_problem():
    assert finish(Article("\x00 \x00", origin="feed.rss:2")) == Problem(
        "feed.rss", 2, "no article text is left once NUL characters are removed"
    )


@pytest.mark.parametrize(
    ("head", "root"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n]>\n', "<rss"),
        ("<!DOCTYPE rss [<!-- ]> --><!ENTITY a 'x>]y'><?pi ]> ?>]>", "<rss"),
        ('<!DOCTYPE rss SYSTEM "a>b.dtd">', "<rss"),
        ("<!-- c --><!doctype html>", "<!doctype html>"),
        ("<!DOCTYPE rss [ <!ENTITY a 'x'>", "<!DOCTYPE"),  # unterminated: not a prolog
    ],
)
def test_prolog_ends_at_the_root_element(head, root):
    text = head + root + ">"
    assert text[prolog_end(text) :].startswith(root)


def test_a_feed_with_an_internal_subset_is_a_feed():
    items = "<item><title>a</title><link>b</link><p>x</p><p>y</p></item>" * 3
    subset = '<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n<!ENTITY copy "&#169;">\n]>'
    assert content_kind(f'<?xml version="1.0"?>{subset}<rss version="2.0">{items}</rss>') == "feed"
