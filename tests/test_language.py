import pickle

import pytest

from newsweave.article import Article
from newsweave.language import LanguageIdentifier, LanguageStage, normalize_code

# One news-like sentence per language, written for these tests.
SENTENCES = {
    "da": "Statsministeren sagde i går, at regeringen vil hæve forsvarsbudgettet markant næste år.",
    "no": "Statsministeren sa i går at regjeringen vil øke forsvarsbudsjettet kraftig neste år.",
    "sv": "Statsministern sade i går att regeringen kommer att höja försvarsbudgeten kraftigt nästa år.",
    "de": "Der Kanzler sagte gestern, die Regierung werde den Verteidigungshaushalt deutlich erhöhen.",
    "nl": "De premier zei gisteren dat de regering het defensiebudget volgend jaar flink verhoogt.",
    "en": "The prime minister said yesterday that the government will sharply raise defence spending.",
    "fr": "Le Premier ministre a déclaré hier que le gouvernement augmenterait fortement le budget.",
    "es": "El presidente del Gobierno dijo ayer que el Ejecutivo aumentará mucho el gasto en defensa.",
    "pt": "O primeiro-ministro disse ontem que o governo vai aumentar muito as despesas com a defesa.",
    "it": "Il presidente del Consiglio ha detto ieri che il governo aumenterà molto la spesa militare.",
    "pl": "Premier powiedział wczoraj, że rząd znacznie zwiększy wydatki na obronę w przyszłym roku.",
    "cs": "Premiér včera řekl, že vláda příští rok výrazně zvýší výdaje na obranu země.",
    "fi": "Pääministeri sanoi eilen, että hallitus korottaa puolustusmenoja selvästi ensi vuonna.",
    "ru": "Премьер-министр заявил вчера, что правительство значительно увеличит расходы на оборону.",
    "uk": "Прем'єр-міністр заявив учора, що уряд значно збільшить видатки на оборону наступного року.",
}


@pytest.fixture(scope="module")
def identifier():
    return LanguageIdentifier()


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_supported_language_is_identified(identifier, lang):
    code, confidence = identifier.identify(SENTENCES[lang])
    assert code == lang
    assert confidence > 0.3


def test_a_language_outside_the_set_is_named_and_noted():
    article = LanguageStage()(Article("朝鲜领导人金正恩星期三在俄罗斯远东地区会见了普京总统。"))
    assert article.language == "zh"
    assert "not among the configured languages" in article.issues[0].message


def test_a_configured_subset_is_respected():
    identifier = LanguageIdentifier(["da", "sv"])
    assert identifier.languages == {"da", "sv"}
    assert identifier.identify(SENTENCES["da"])[0] == "da"
    assert identifier.identify(SENTENCES["sv"])[0] == "sv"


def test_text_clearly_outside_the_set_is_not_forced_into_it():
    assert LanguageIdentifier(["de", "en"]).identify(SENTENCES["fi"])[0] == "fi"
    assert LanguageIdentifier(["da", "sv"]).identify(SENTENCES["no"])[0] == "no"


def test_text_without_letters_is_not_guessed():
    article = LanguageStage()(Article("12.000 — 17 / 2023"))
    assert article.language is None
    assert "could not identify" in article.issues[0].message


def test_the_callers_language_wins():
    article = LanguageStage()(Article(SENTENCES["de"], language="da-DK"))
    assert article.language == "da"
    assert article.issues == []


@pytest.mark.parametrize(
    ("given", "code"), [("nb", "no"), ("NN", "no"), ("pt_BR", "pt"), ("de-AT", "de")]
)
def test_codes_are_normalised(given, code):
    assert normalize_code(given) == code


def test_empty_set_is_refused():
    with pytest.raises(ValueError):
        LanguageIdentifier([])


def test_stage_pickles():
    stage = pickle.loads(pickle.dumps(LanguageStage(["da", "sv"])))
    assert stage(Article(SENTENCES["sv"])).language == "sv"


def test_known_languages_are_those_with_data_and_those_the_identifier_recognises():
    from newsweave.lang import SUPPORTED
    from newsweave.language import identifiable_languages, known_languages

    recognised = identifiable_languages()
    # read from lid.176's own file: its two-letter labels, in newsweave's codes
    assert {"ja", "zh", "sw", "ar", "th", "ko", "hi", "tr"} <= recognised
    assert "no" in recognised and "nb" not in recognised and "nn" not in recognised
    assert all(len(code) == 2 and code.islower() for code in recognised)
    assert set(SUPPORTED) <= known_languages()
    assert recognised <= known_languages()
    assert not {"xx", "zz", "english"} & known_languages()
