from datetime import date

import pytest

from newsweave.ingest import read
from newsweave.ingest.problem import Unreadable
from newsweave.ingest.text import read_text, split_header

DANISH_BODY = (
    "Statsministeren sagde tirsdag, at regeringen vil øge støtten til de ældre.\n\n"
    "»Det er vores vigtigste opgave,« sagde hun."
)


def test_header_block_gives_metadata_and_body(data):
    path = data / "da_header.txt"
    [article] = read([path])
    assert article.title == "Regeringen vil bygge ny bro over Limfjorden"
    assert article.published == date(2023, 9, 13)  # "Published: 13. september 2023"
    assert article.source == "Nordjysk Nyt"
    assert article.url == "https://nordjysk.example/trafik/ny-limfjordsbro"
    assert article.language == "da"  # "da-DK"
    assert article.origin == str(path)
    assert article.text.startswith("Regeringen vil bygge en ny bro over Limfjorden ved Aalborg.")
    assert article.text.endswith("over fire milliarder kroner.")
    assert "Title:" not in article.text
    assert "\n\n»Broen skal stå færdig i 2030" in article.text  # paragraphs kept
    assert article.issues == []


def test_without_header_the_whole_file_is_the_body(data):
    path = data / "fr_sans_entete.txt"
    [article] = read([path])
    assert article.title is None and article.published is None and article.language is None
    assert article.text == path.read_text(encoding="utf-8").strip()
    assert article.id == article.content_hash


@pytest.mark.parametrize(
    ("header", "field", "value"),
    [
        ("TITLE: Neuer Bahnhof in Kiel", "title", "Neuer Bahnhof in Kiel"),
        ("title:Neuer Bahnhof in Kiel", "title", "Neuer Bahnhof in Kiel"),
        ("Date: 2023-09-13", "published", date(2023, 9, 13)),
        ("published: 13.09.2023", "published", date(2023, 9, 13)),
        ("Date: Mittwoch, 13. September 2023", "published", date(2023, 9, 13)),
        ("Source: Kieler Abendblatt", "source", "Kieler Abendblatt"),
        ("url: https://kiel.example/bahnhof", "url", "https://kiel.example/bahnhof"),
        ("Language: de_AT", "language", "de"),
    ],
)
def test_header_keys_are_case_insensitive(header, field, value):
    article = read_text(f"{header}\n\nDer neue Bahnhof wird im Oktober eröffnet.\n", "kiel.txt")
    assert getattr(article, field) == value
    assert article.text == "Der neue Bahnhof wird im Oktober eröffnet."


def test_localised_date_header_uses_the_language_header():
    text = "Language: ru\nDate: 13 сентября 2023 г.\n\nМэрия Москвы объявила о новой линии метро."
    assert read_text(text, "a.txt").published == date(2023, 9, 13)


def test_unknown_header_keys_are_ignored():
    text = "Title: Ny bro\nAuthor: Jens Hansen\n\n" + DANISH_BODY
    article = read_text(text, "a.txt")
    assert article.title == "Ny bro"
    assert article.text == DANISH_BODY


def test_dateline_is_not_taken_for_a_header():
    text = "Moskva: Kim Jong-un er ankommet til Rusland.\n\nMødet varer flere dage."
    article = read_text(text, "a.txt")
    assert article.title is None
    assert article.text == text


def test_header_without_blank_line_is_body():
    text = "Title: Ny bro\n" + DANISH_BODY
    assert split_header(text) == ({}, text)


def test_unreadable_date_is_noted_and_left_empty():
    article = read_text("Date: engang i efteråret\n\n" + DANISH_BODY, "a.txt")
    assert article.published is None
    assert [i.stage for i in article.issues] == ["ingest"]
    assert "engang i efteråret" in article.issues[0].message


def test_header_without_body_is_unreadable():
    with pytest.raises(Unreadable, match="no article text after the header block"):
        read_text("Title: Ny bro\nDate: 2023-09-13\n\n\n", "a.txt")


def test_line_endings_and_unicode_form_are_normalised(tmp_path):
    decomposed = "Title: Pre\u0301sident\r\n\r\nLe pre\u0301sident a parle\u0301 mercredi.\r\nFin."
    path = tmp_path / "fr.txt"
    path.write_bytes(decomposed.encode("utf-8"))
    [article] = read([path])
    assert article.title == "Président"
    assert article.text == "Le président a parlé mercredi.\nFin."
