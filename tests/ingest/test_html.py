import socket
from datetime import date

import pytest

from newsweave.ingest import read
from newsweave.ingest.html import read_html
from newsweave.ingest.problem import Unreadable


@pytest.fixture(scope="module")
def hafen(fixtures):
    [article] = read([fixtures / "ingest" / "de_hafen.html"])
    return article


def test_metadata(hafen):
    assert hafen.title == "Neue Containerbrücke im Hamburger Hafen in Betrieb"
    assert hafen.published == date(2023, 9, 12)
    assert hafen.source == "Elbkurier"
    assert hafen.url == "https://elbkurier.example/wirtschaft/containerbruecke-hafen"
    assert hafen.language == "de"


def test_article_text_without_boilerplate(hafen):
    assert hafen.text.startswith("Im Hamburger Hafen ist am Dienstag die größte Containerbrücke")
    assert "„Damit bleibt Hamburg im Wettbewerb mit Rotterdam und Antwerpen" in hafen.text
    for boilerplate in ("Startseite", "Cookies", "Impressum", "Alle Rechte", "Mehr zum Thema"):
        assert boilerplate not in hafen.text


def test_paragraphs_are_separated_by_blank_lines(hafen):
    paragraphs = hafen.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[-1].startswith("Die Hafenarbeiter begrüßten die neue Brücke")
    assert all("\n" not in p for p in paragraphs)


def test_headline_is_the_title_not_the_first_paragraph(hafen):
    assert not hafen.text.startswith(hafen.title)


def test_fragment_without_page_around_it():
    html = (
        "<p>Le conseil municipal de Lyon a voté mardi soir la création de trois nouvelles "
        "pistes cyclables.</p><p>« C'est une étape importante », a déclaré l'adjointe.</p>"
    )
    article = read_html(html, "lyon.html")
    assert article.text == (
        "Le conseil municipal de Lyon a voté mardi soir la création de trois nouvelles pistes "
        "cyclables.\n\n« C'est une étape importante », a déclaré l'adjointe."
    )


def test_navigation_only_page_is_unreadable():
    html = (
        "<html><body><nav><ul><li><a href='/'>Forside</a></li><li><a href='/indland'>Indland"
        "</a></li></ul></nav><footer><p>© 2023 Nordjysk Nyt</p></footer></body></html>"
    )
    with pytest.raises(Unreadable, match="no article text could be extracted"):
        read_html(html, "tom.html")


def test_reading_needs_no_network(data, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    [article] = read([data / "de_hafen.html"])
    assert article.title == "Neue Containerbrücke im Hamburger Hafen in Betrieb"
