"""The story page with the reader's own translation model (`--translate hf:PATH` or
`argos:PATH`): offered,
shown on demand, marked as machine translation with the model's name; without a model, the
page says how to add one."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from newsweave.translation import load_translator
from tests.desk.conftest import DESK, story_of
from tests.translation.builders import needs_argos, needs_transformers, save_argos, save_marian


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mt") / "tiny-marian"
    save_marian(folder)
    return folder


def test_without_a_model_the_page_says_how_to_add_one(desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    plain = TestClient(create_app(desk_db), base_url=DESK).get(f"/story/{sid}")
    assert "newsweave serve --translate hf:PATH" in plain.text
    assert "argos:PATH" in plain.text
    assert "Machine translation" not in plain.text


@needs_transformers
def test_the_story_page_offers_and_shows_machine_translations(model_dir, desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    client = TestClient(
        create_app(desk_db, ui_language="en", translator=load_translator(f"hf:{model_dir}")),
        base_url=DESK,
    )
    offered = client.get(f"/story/{sid}")
    assert f'href="/story/{sid}?translate=1"' in offered.text
    assert "Machine translation (hf:tiny-marian)" not in offered.text  # only when asked
    shown = client.get(f"/story/{sid}?translate=1")
    assert shown.text.count("Machine translation (hf:tiny-marian):") >= 3
    data = client.get(f"/story/{sid}?translate=1&format=json").json()
    quotes = [q for sp in data["speakers"] for q in sp["quotes"]]
    for q in quotes:
        if q["language"] in ("da", "de"):
            assert q["translation"]["machine"] is True and q["translation"]["language"] == "en"
            assert q["translation"]["model"] == "hf:tiny-marian" and q["translation"]["text"]
        else:
            assert "translation" not in q  # an English quote is left as it is
    # the sentences of "Sentence by sentence" too, each in its article's language
    for a in data["adds"]:
        for t in a["sentences"] or ():
            assert ("translation" in t) == (a["language"] in ("da", "de")), (a["language"], t)
    assert any(a["sentences"] for a in data["adds"] if a["language"] == "da")
    assert client.get(f"/story/{sid}?translate=maybe").status_code == 400


@needs_argos
def test_argos_packages_translate_the_quotes_through_english_when_they_must(tmp_path, desk_db):
    """A German reader with Argos packages da → en and en → de: the Danish quotes go
    through English, and the translation names both packages; German ones stay as they are."""
    save_argos(tmp_path / "packages" / "translate-da_en", "da", "en")
    save_argos(tmp_path / "packages" / "translate-en_de", "en", "de", prefix="__de__")
    translator = load_translator(f"argos:{tmp_path / 'packages'}")
    client = TestClient(
        create_app(desk_db, ui_language="de", translator=translator), base_url=DESK
    )
    sid = story_of(desk_db, "da_kim_putin.txt")
    data = client.get(f"/story/{sid}?translate=1&format=json&ui=de").json()
    quotes = [q for sp in data["speakers"] for q in sp["quotes"]]
    assert any(q["language"] == "da" for q in quotes) and any(q["language"] == "de" for q in quotes)
    for q in quotes:
        if q["language"] == "de":
            assert "translation" not in q
        elif q["language"] == "da":
            assert q["translation"]["model"] == "argos:translate-da_en → translate-en_de"
            assert q["translation"]["language"] == "de" and q["translation"]["machine"] is True
    page = client.get(f"/story/{sid}?translate=1&ui=de")
    assert "argos:translate-da_en → translate-en_de" in page.text
