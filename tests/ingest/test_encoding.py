import codecs

import pytest

from newsweave.ingest import read
from newsweave.ingest.encoding import InvalidUtf8, decode, guess_legacy_encoding

GERMAN = (
    "Die Bürgermeisterin äußerte sich über die Größe des Flughafens. „Gebühren steigen“, sagte sie."
)
DANISH = "Statsministeren sagde på mødet i går, at regeringen vil øge støtten til de ældre."
FRENCH = "Le président a déclaré mercredi que la réforme serait présentée avant l'été. « C'est décisif »."
POLISH = "Prezydent spotkał się w środę z premierem. Rozmowy dotyczyły bezpieczeństwa granicy."
CZECH = "Vláda v úterý schválila návrh rozpočtu. Ministr financí řekl, že daně se nezvýší."
RUSSIAN = "Президент России в среду встретился с губернатором. Переговоры продолжались два часа."
UKRAINIAN = "Він сказав, що Київ отримає нові системи оборони. Їхні партнери обіцяють допомогу."


def test_cp1252_german_fixture(data):
    [article] = read([data / "de_cp1252.txt"])
    assert article.title == "Bürgerentscheid über Straßenbahn in Würzburg"
    assert "Äußere Pleich" in article.text
    assert "„Das ist ein großer Tag für unsere Stadt“" in article.text
    assert "\r" not in article.text


def test_utf16_fixture(data):
    [article] = read([data / "ru_utf16.txt"])
    assert article.text.startswith("Мэрия Москвы в среду объявила о строительстве")
    assert "\n\n«Работы начнутся весной», — сказал заместитель мэра." in article.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (GERMAN, "cp1252"),
        (DANISH, "cp1252"),
        ("Kim mødes med Putin på Vostotsjnyj.", "cp1252"),  # short Danish
        (FRENCH, "cp1252"),
        (FRENCH, "latin-1"),
        (POLISH, "iso-8859-2"),
        (POLISH, "cp1250"),
        (CZECH, "iso-8859-2"),
        (CZECH, "cp1250"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (UKRAINIAN, "cp1251"),
    ],
)
def test_legacy_code_pages(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_legacy_guess_names_the_code_page():
    assert guess_legacy_encoding(RUSSIAN.encode("koi8-r")) == "koi8-r"
    assert guess_legacy_encoding(RUSSIAN.encode("cp1251")) == "cp1251"


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + DANISH.encode("utf-8"),
        codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"),
        DANISH.encode("utf-16-le"),  # no byte-order mark
    ],
)
def test_unicode_with_and_without_byte_order_mark(encoded):
    assert decode(encoded) in (DANISH, RUSSIAN, GERMAN)


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [
        ('<?xml version="1.0" encoding="windows-1251"?>', "cp1251"),
        ('<meta charset="koi8-r">', "koi8-r"),
        ("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>", "iso-8859-2"),
    ],
)
def test_declared_encoding_is_used(declaration, encoding):
    text = f"{declaration}<p>{RUSSIAN if 'iso' not in encoding else POLISH}</p>"
    assert decode(text.encode(encoding)) == text


def test_utf8_with_a_damaged_byte_is_refused_not_garbled():
    good = ("Die Straße in München ist groß.\n" * 3).encode("utf-8")
    data = good + b"Die Gr\xf6\xdfe\n" + good  # two cp1252 bytes pasted into UTF-8
    with pytest.raises(InvalidUtf8) as caught:
        decode(data)
    assert caught.value.reason.startswith(f"invalid UTF-8 at byte {len(good) + 6} ")
    assert caught.value.line == 4


def test_utf8_wins_over_a_wrong_declaration():
    text = '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>Århus</title></rss>'
    assert decode(text.encode("utf-8")) == text


def test_line_endings_and_nfc():
    assert decode("Pre\u0301sident\r\nMacron\rParis".encode()) == "Président\nMacron\nParis"
