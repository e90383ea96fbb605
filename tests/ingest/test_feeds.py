from datetime import date

import pytest

from newsweave.article import Article
from newsweave.ingest import Problem, read
from newsweave.ingest.feeds import read_feed


def rss(items: str, language: str = "") -> str:
    lang = f"<language>{language}</language>" if language else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Testavis</title>{lang}{items}</channel></rss>"
    )


def item(date_text: str, text: str = "Der Stadtrat hat am Mittwoch getagt.") -> str:
    return f"<item><title>Meldung</title><pubDate>{date_text}</pubDate><description>{text}</description></item>"


@pytest.fixture(scope="module")
def danish(fixtures):
    return list(read([fixtures / "ingest" / "da_nyheder.rss"]))


def test_rss_entries_are_articles(danish, data):
    path = str(data / "da_nyheder.rss")
    articles = [a for a in danish if isinstance(a, Article)]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    first = articles[0]
    assert first.title == "Ny bro over Limfjorden"
    assert first.url == "https://nordjysk.example/trafik/ny-limfjordsbro"
    assert first.source == "Nordjysk Nyt"
    assert first.language == "da"


def test_danish_dates(danish):
    dates = [a.published for a in danish if isinstance(a, Article)]
    assert dates == [
        date(2023, 9, 13),  # "ons, 13 sep 2023 10:00:00 +0200"
        date(2023, 5, 4),  # "tor, 4 maj 2023 08:15:00 +0200"
        date(2023, 9, 13),  # "Wed, 13 Sep 2023 00:30:00 +0200": the 12th in UTC
    ]


def test_content_is_preferred_to_summary_and_stripped_to_text(danish):
    assert danish[0].text == (
        "Regeringen vil bygge en ny bro over Limfjorden ved Aalborg, oplyste transportministeren "
        "onsdag.\n\n»Broen skal stå færdig i 2030,« sagde ministeren.\nKritikere peger på prisen."
    )


def test_escaped_html_summary_is_stripped(danish):
    assert danish[2].text.startswith("To elefanter fra Polen er ankommet til Aalborg Zoo.")
    assert "<p>" not in danish[2].text


def test_entry_without_text_is_a_problem_and_the_others_are_read(danish, data):
    assert isinstance(danish[3], Problem)
    assert danish[3] == Problem(
        str(data / "da_nyheder.rss"),
        4,
        "feed entry ('Kun en overskrift') has no text (no content or summary)",
    )


def test_atom_feed(data):
    path = data / "fr_actualites.atom"
    first, second = read([path])
    assert first.title == "Lyon : trois nouvelles pistes cyclables le long du Rhône"
    assert first.url == "https://courrier-rhone.example/lyon/pistes-cyclables"
    assert first.source == "Le Courrier du Rhône"
    assert first.language == "fr"  # xml:lang
    assert first.published == date(2023, 9, 12)  # <published>, not <updated>
    assert first.text.endswith(
        "« C'est une étape importante », a déclaré l'adjointe chargée des mobilités."
    )
    assert "\n\n" in first.text
    assert second.published == date(2023, 9, 14)  # only <updated>
    assert second.text.startswith("Des centaines d'étudiants")
    assert second.origin == f"{path}:2"


@pytest.mark.parametrize(
    ("language", "written", "expected"),
    [
        ("de", "Mi, 13 Sep 2023", date(2023, 9, 13)),
        ("de-DE", "Mi, 13. Sep 2023 18:00:00 +0200", date(2023, 9, 13)),
        ("sv", "ons, 13 sep 2023 09:00:00 +0200", date(2023, 9, 13)),
        ("fr", "mer., 13 sept. 2023 09:00:00 +0200", date(2023, 9, 13)),
        ("ru", "Ср, 13 сен 2023 09:00:00 +0300", date(2023, 9, 13)),
        ("ru", "Ср, 13 сент. 2023 09:00:00 +0300", date(2023, 9, 13)),
        ("", "ons, 4 okt 2023 10:00:00 +0200", date(2023, 10, 4)),  # no <language>
        ("en", "Wed, 13 Sep 2023 23:30:00 -0500", date(2023, 9, 13)),  # the 14th in UTC
    ],
)
def test_localised_and_offset_dates(language, written, expected):
    [article] = read_feed(rss(item(written), language), "feed.rss")
    assert article.published == expected


def test_unreadable_date_is_noted():
    [article] = read_feed(rss(item("sometime soon")), "feed.rss")
    assert article.published is None
    assert "sometime soon" in article.issues[0].message
