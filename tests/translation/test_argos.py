"""`argos:PATH` (`newsweave.translation.argos`): Argos Translate packages as argospm
installs them, built here with tiny random models (tests/translation/builders.py), read
with CTranslate2 and sentencepiece and no network."""

from __future__ import annotations

import json
import shutil

import pytest

from newsweave.translation import ArgosTranslator, TranslationError, load_translator
from newsweave.translation.argos import find_packages
from tests.translation.builders import needs_argos, save_argos

pytestmark = needs_argos
DANISH = "Nordkoreas leder viser stor interesse for raketbygning"


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """A folder of packages as ~/.local/share/argos-translate/packages holds them:
    da → en, en → de (whose model starts its output with "__de__"), and a sentence
    splitter package, which translates nothing."""
    root = tmp_path_factory.mktemp("argos")
    save_argos(root / "packages" / "translate-da_en", "da", "en")
    save_argos(root / "packages" / "translate-en_de", "en", "de", prefix="__de__")
    sbd = root / "packages" / "sbd-da"
    sbd.mkdir()
    (sbd / "metadata.json").write_text(json.dumps({"type": "sbd", "from_code": "da"}))
    return root / "packages"


def test_one_package_translates_its_pair_only(packages):
    translator = load_translator(f"argos:{packages / 'translate-da_en'}")
    translator.load()
    assert translator.name == "argos:translate-da_en"
    assert translator.supports("da", "en")
    assert not translator.supports("en", "da") and not translator.supports("de", "en")
    (out,) = translator.translate([DANISH], "da", "en")
    assert isinstance(out, str) and out == out.strip()
    assert translator.model("da", "en") == "argos:translate-da_en"
    with pytest.raises(TranslationError, match="does not translate en into da"):
        translator.translate(["North Korea needs cash"], "en", "da")


def test_a_folder_of_packages_goes_through_english_where_no_package_has_the_pair(packages):
    translator = ArgosTranslator(packages)
    assert sorted(translator.packages) == [("da", "en"), ("en", "de")]  # not the splitter
    assert translator.name == "argos:translate-da_en, translate-en_de"
    assert translator.supports("da", "de") and not translator.supports("de", "da")
    assert translator.model("da", "de") == "argos:translate-da_en → translate-en_de"
    (english,) = translator.translate([DANISH], "da", "en")
    (german,) = translator.translate([DANISH], "da", "de")
    assert german == translator.translate([english], "en", "de")[0]
    assert "__de__" not in german  # the prefix the model writes first is no part of it


def test_each_sentence_is_translated_on_its_own(packages):
    translator = ArgosTranslator(packages / "translate-da_en")
    one, two = "Nordkoreas leder viser stor interesse.", "Sagde Putin."
    together, first, second = translator.translate([f"{one} {two}", one, two], "da", "en")
    assert together == f"{first} {second}"
    assert translator.translate(["", one], "da", "en") == ["", first]


def test_what_cannot_be_read_is_said_with_its_path(packages, tmp_path):
    with pytest.raises(TranslationError, match=r"no Argos Translate package at .*missing"):
        find_packages(tmp_path / "missing")
    with pytest.raises(TranslationError, match="no Argos Translate package in"):
        find_packages(tmp_path)
    zipped = tmp_path / "translate-da_en-1_9.argosmodel"
    zipped.write_bytes(b"PK\x03\x04")
    with pytest.raises(TranslationError, match="zipped Argos package: unzip it"):
        load_translator(f"argos:{zipped}")
    old = tmp_path / "translate-de_en"
    shutil.copytree(packages / "translate-da_en", old)
    (old / "sentencepiece.model").rename(old / "bpe.model")
    with pytest.raises(TranslationError, match=r"translate-de_en: its tokenizer is BPE"):
        find_packages(old)
    (old / "metadata.json").write_text("{from_code")
    with pytest.raises(TranslationError, match=r"metadata.json is not JSON"):
        find_packages(tmp_path)
    (old / "metadata.json").write_text(json.dumps({"from_code": "de"}))
    with pytest.raises(TranslationError, match="says no from_code and to_code"):
        find_packages(old)


def test_a_broken_tokenizer_fails_when_loaded_not_on_a_page(packages, tmp_path):
    broken = tmp_path / "translate-da_en"
    shutil.copytree(packages / "translate-da_en", broken)
    (broken / "sentencepiece.model").write_bytes(b"not a model")
    translator = load_translator(f"argos:{broken}")
    with pytest.raises(TranslationError, match=r"cannot read .*sentencepiece\.model"):
        translator.load()
