"""The desk in the reader's language (`newsweave.desk.i18n`): complete catalogues, the
words of a page in Danish or German, names of places in the reader's language, and the
choice kept in every link."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from starlette.testclient import TestClient

from newsweave.desk.app import create_app
from newsweave.desk.i18n import CATALOGUES, date_label, locale_folder, translations
from newsweave.report import write_report
from newsweave.store import Store
from tests.desk.conftest import DESK, story_of

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "newsweave"
LOCALE = PACKAGE / "locale"


def extracted() -> set[str]:
    """Every message the templates and the desk's code mark, as `pybabel extract` finds
    them with the catalogues' own mapping."""
    with (LOCALE / "babel.cfg").open(encoding="utf-8") as cfg:
        methods, options = parse_mapping_cfg(cfg)
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(PACKAGE), methods, options, keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def catalogue(code: str):
    with (LOCALE / code / "LC_MESSAGES" / "newsweave.po").open("rb") as po:
        return read_po(po)


def test_the_template_holds_every_message_the_desk_marks():
    with (LOCALE / "newsweave.pot").open("rb") as pot:
        listed = {m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(pot) if m.id}
    assert extracted() == listed, "run pybabel extract (src/newsweave/locale/README.md)"


@pytest.mark.parametrize("code", CATALOGUES)
def test_each_catalogue_translates_everything_with_its_placeholders(code):
    cat = catalogue(code)
    ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in cat if m.id}
    assert ids == extracted(), "run pybabel update (src/newsweave/locale/README.md)"
    for m in cat:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        assert all(strings), f"{code}: untranslated {m.id!r}"
        assert not m.fuzzy, f"{code}: fuzzy {m.id!r}"
        assert list(m.check(cat)) == [], m.id
        wanted = set(re.findall(r"%\(\w+\)\w", m.id[-1] if isinstance(m.id, tuple) else m.id))
        for s in strings:
            assert set(re.findall(r"%\(\w+\)\w", s)) <= wanted | {"%(num)d"}, (m.id, s)


@pytest.mark.parametrize("code", CATALOGUES)
def test_the_compiled_catalogue_is_the_one_written(code):
    compiled = gettext.translation("newsweave", locale_folder(), languages=[code])
    for m in catalogue(code):
        if m.id and not isinstance(m.id, tuple):
            assert compiled.gettext(m.id) == m.string, "run pybabel compile (locale/README.md)"


def test_dates_in_the_readers_words():
    da, de = translations("da"), translations("de")
    assert date_label("2023-09-13", None, "da", da) == "13. september 2023"
    assert date_label("2022-06", None, "de", de) == "Juni 2022"
    assert date_label("2009-Q3", None, "de", de) == "3. Quartal 2009"
    assert date_label("199X", None, "da", da) == "1990'erne"


@pytest.fixture(scope="module")
def client(desk_db):
    return TestClient(create_app(desk_db), base_url=DESK)


def test_a_story_read_in_danish_or_german(client, desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    da = client.get(f"/story/{sid}?ui=da")
    assert '<html lang="da">' in da.text
    for seen in ("Hvem sagde hvad", "Tidslinje", "Hvad hver kilde tilføjer"):
        assert seen in da.text, seen
    assert "Who said what" not in da.text
    # every link keeps the reader's language; the switch offers the others
    assert 'href="/article/da_kim_putin.txt?ui=da#q' in da.text
    assert f'href="/story/{sid}?ui=de"' in da.text and f'href="/story/{sid}?ui=en"' in da.text
    de = client.get(f"/story/{sid}?ui=de")
    assert "Wer sagte was" in de.text and "Zeitleiste" in de.text
    assert client.get("/?ui=xx").status_code == 400


def test_with_english_chosen_the_case_places_have_their_english_names(client, desk_db):
    sid = story_of(desk_db, "da_kim_putin.txt")
    names = {e["name"] for e in client.get(f"/story/{sid}?ui=en&format=json").json()["entities"]}
    assert {"Russia", "North Korea", "Pyongyang"} <= names
    assert not {"Rusland", "Russland", "Nordkorea", "Pjöngjang"} & names
    plain = {e["name"] for e in client.get(f"/story/{sid}?format=json").json()["entities"]}
    assert "Russia" not in plain  # unchosen: as the articles spell them
    served = TestClient(create_app(desk_db, ui_language="en"), base_url=DESK)  # --ui-language en
    page = served.get(f"/story/{sid}").text
    for name in ("Russia", "North Korea", "Pyongyang"):
        assert name in page, name
    german = {e["name"] for e in client.get(f"/story/{sid}?ui=de&format=json").json()["entities"]}
    assert {"Russland", "Nordkorea"} <= german


def test_people_are_named_as_the_readers_language_spells_them_on_every_page(client, desk_db):
    """The English report writes "Kim Jong Un", the Danish article "Kim Jong-un": each
    reader gets their own language's spelling on the story page, in the stories list and
    on the entity page; a German reader, whose article says only "Kim", the full name."""
    sid = story_of(desk_db, "da_kim_putin.txt")
    for ui, kim in (("en", "Kim Jong Un"), ("da", "Kim Jong-un"), ("de", "Kim Jong-un")):
        story = client.get(f"/story/{sid}?ui={ui}&format=json").json()
        assert kim in {e["name"] for e in story["entities"]}, ui
        assert kim in {n["name"] for n in story["graph"]["nodes"]}, ui
        listed = client.get(f"/?ui={ui}&format=json").json()["stories"]
        (top,) = [s["entities"] for s in listed if s["id"] == sid]
        assert kim in {e["name"] for e in top}, ui
        entity = client.get(f"/entity/per:kim-jong-un?ui={ui}&format=json").json()
        assert entity["name"] == kim, ui
    assert client.get("/entity/country:RU?ui=en&format=json").json()["name"] == "Russia"
    # a speaker is named as the story's entities are: the German "USA" who believe
    speakers = client.get(f"/story/{sid}?ui=en&format=json").json()["speakers"]
    assert "United States" in {sp["speaker"] for sp in speakers}


def test_the_report_in_german(desk_db, tmp_path):
    with Store(desk_db, readonly=True) as store:
        index = write_report(store, tmp_path / "site", "de")
    html = index.read_text(encoding="utf-8")
    assert '<html lang="de">' in html and "Geschichten" in html
    sid = story_of(desk_db, "da_kim_putin.txt")
    story = (tmp_path / "site" / "story" / f"{sid}.html").read_text(encoding="utf-8")
    assert "Wer sagte was" in story and "Russland" in story
