"""find_dates and DateStage: time expressions per language, resolved against the
publication date. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest

from newsweave.article import Article, TimeRef
from newsweave.dates import DateStage, find_dates
from newsweave.dates.lexicon import SCHEMA, lexicon
from newsweave.dates.patterns import patterns
from newsweave.lang import SUPPORTED, data

WED = dt.date(2023, 9, 13)  # a Wednesday, ISO week 2023-W37
UNITS = {"day", "week", "weekend", "month", "quarter", "year", "decade"}

# (language, sentence, [(span text, value), ...]) with the article published on WED.
SENTENCES = [
    ("da", "Ministeren sagde i går, at aftalen er på plads.", [("i går", "2023-09-12")]),
    (
        "da",
        "Onsdag den 13. september 2023 mødtes lederne i Vladivostok.",
        [("Onsdag den 13. september 2023", "2023-09-13")],
    ),
    (
        "da",
        "For to uger siden blev loven vedtaget, og i onsdags talte hun igen.",
        [("For to uger siden", "2023-08-30"), ("i onsdags", "2023-09-06")],
    ),
    (
        "da",
        "Sidste år steg priserne, men i 1950 var de lavere.",
        [("Sidste år", "2022"), ("i 1950", "1950")],
    ),
    ("da", "Mødet fandt sted 13.9.2023 i København.", [("13.9.2023", "2023-09-13")]),
    (
        "de",
        "Am Mittwoch traf sich der Kanzler mit Vertretern der Gewerkschaften.",
        [("Mittwoch", "2023-09-13")],
    ),
    ("de", "Gestern sagte die Ministerin, sie sei zufrieden.", [("Gestern", "2023-09-12")]),
    (
        "de",
        "Vor zwei Wochen verwarf die Regierung die im Juni 2022 beschlossenen Pläne.",
        [("Vor zwei Wochen", "2023-08-30"), ("Juni 2022", "2022-06")],
    ),
    (
        "de",
        "Die Firma wurde im Jahr 1950 gegründet und beschäftigt 1950 Mitarbeiter.",
        [("im Jahr 1950", "1950")],
    ),
    (
        "de",
        "Das Treffen ist für morgen geplant, die Abstimmung für Montag, den 18. September.",
        [("morgen", "2023-09-14"), ("Montag, den 18. September", "2023-09-18")],
    ),
    (
        "de",
        "Am Morgen des 13.09.2023 fuhren 12.000 Soldaten los, letzte Woche nicht.",
        [("13.09.2023", "2023-09-13"), ("letzte Woche", "2023-W36")],
    ),
    ("en", "The minister said yesterday that the deal was done.", [("yesterday", "2023-09-12")]),
    (
        "en",
        "On Wednesday, September 13, 2023, the leaders met in Vladivostok.",
        [("Wednesday, September 13, 2023", "2023-09-13")],
    ),
    (
        "en",
        "Two weeks ago the bill passed; last year prices rose.",
        [("Two weeks ago", "2023-08-30"), ("last year", "2022")],
    ),
    (
        "en",
        "The firm was founded in 1950 and employs 1950 people.",
        [("1950", "1950")],
    ),
    ("en", "Theresa May said she may march in March.", [("March", "2023-03")]),
    (
        "en",
        "Talks resume next Monday, after the 13th of September.",
        [("next Monday", "2023-09-18"), ("13th of September", "2023-09-13")],
    ),
    ("sv", "Ministern sa i går att avtalet är klart.", [("i går", "2023-09-12")]),
    (
        "sv",
        "I måndags träffades ledarna, och nästa vecka fortsätter samtalen.",
        [("I måndags", "2023-09-11"), ("nästa vecka", "2023-W38")],
    ),
    (
        "sv",
        "Företaget grundades år 1950 och har i dag 300 anställda.",
        [("år 1950", "1950"), ("i dag", "2023-09-13")],
    ),
    (
        "sv",
        "Den 13 september 2023 meddelade regeringen beslutet.",
        [("13 september 2023", "2023-09-13")],
    ),
    ("no", "Statsministeren sa i går at avtalen er klar.", [("i går", "2023-09-12")]),
    (
        "no",
        "For to uker siden ble loven vedtatt, og på fredag kom budsjettet.",
        [("For to uker siden", "2023-08-30"), ("fredag", "2023-09-08")],
    ),
    (  # Nynorsk
        "no",
        "Møtet var på måndag, og neste veke kjem svaret.",
        [("måndag", "2023-09-11"), ("neste veke", "2023-W38")],
    ),
    (  # Nynorsk
        "no",
        "Laurdag 16. september 2023 opnar museet, som vart bygd i 1950.",
        [("Laurdag 16. september 2023", "2023-09-16"), ("i 1950", "1950")],
    ),
    (  # Nynorsk
        "no",
        "Det skjedde i førgår, for tre veker sidan kom varselet.",
        [("i førgår", "2023-09-11"), ("for tre veker sidan", "2023-08-23")],
    ),
    ("fr", "Le ministre a déclaré hier que l'accord était conclu.", [("hier", "2023-09-12")]),
    (
        "fr",
        "Mercredi 13 septembre 2023, les dirigeants se sont rencontrés.",
        [("Mercredi 13 septembre 2023", "2023-09-13")],
    ),
    (
        "fr",
        "Il y a deux semaines, le projet a été adopté ; la semaine dernière, il a été promulgué.",
        [("Il y a deux semaines", "2023-08-30"), ("semaine dernière", "2023-W36")],
    ),
    (
        "fr",
        "L'entreprise a été fondée en 1950. La sonde vers Mars partira en mars.",
        [("en 1950", "1950"), ("mars", "2023-03")],
    ),
    ("es", "El ministro dijo ayer que el acuerdo está cerrado.", [("ayer", "2023-09-12")]),
    (
        "es",
        "El miércoles 13 de septiembre de 2023 se reunieron los líderes.",
        [("miércoles 13 de septiembre de 2023", "2023-09-13")],
    ),
    (
        "es",
        "Hace dos semanas se aprobó la ley y la semana pasada entró en vigor.",
        [("Hace dos semanas", "2023-08-30"), ("semana pasada", "2023-W36")],
    ),
    (
        "es",
        "La empresa fue fundada en 1950 y la reunión será mañana por la mañana.",
        [("en 1950", "1950"), ("mañana por la mañana", "2023-09-14")],
    ),
    ("nl", "De minister zei gisteren dat het akkoord rond is.", [("gisteren", "2023-09-12")]),
    (
        "nl",
        "Op woensdag 13 september 2023 kwamen de leiders bijeen.",
        [("woensdag 13 september 2023", "2023-09-13")],
    ),
    (
        "nl",
        "Twee weken geleden werd de wet aangenomen, vorig jaar nog niet.",
        [("Twee weken geleden", "2023-08-30"), ("vorig jaar", "2022")],
    ),
    (
        "nl",
        "Het bedrijf werd in 1950 opgericht en gaat morgen open; de morgen was koud.",
        [("in 1950", "1950"), ("morgen", "2023-09-14")],
    ),
    ("it", "Il ministro ha detto ieri che l'accordo è concluso.", [("ieri", "2023-09-12")]),
    (
        "it",
        "Mercoledì 13 settembre 2023 i leader si sono incontrati.",
        [("Mercoledì 13 settembre 2023", "2023-09-13")],
    ),
    (
        "it",
        "Due settimane fa la legge è stata approvata; l'anno scorso no.",
        [("Due settimane fa", "2023-08-30"), ("l'anno scorso", "2022")],
    ),
    (
        "it",
        "L'azienda è stata fondata nel 1950 e riaprirà a marzo.",
        [("nel 1950", "1950"), ("marzo", "2023-03")],
    ),
    ("pt", "O ministro disse ontem que o acordo está fechado.", [("ontem", "2023-09-12")]),
    (
        "pt",
        "Na quarta-feira, 13 de setembro de 2023, os líderes se reuniram.",
        [("quarta-feira, 13 de setembro de 2023", "2023-09-13")],
    ),
    (
        "pt",
        "Há duas semanas a lei foi aprovada e nesta sexta houve votação.",
        [("Há duas semanas", "2023-08-30"), ("nesta sexta", "2023-09-08")],
    ),
    (
        "pt",
        "A empresa foi fundada em 1950 e tem a quarta maior frota.",
        [("em 1950", "1950")],
    ),
    (
        "pl",
        "Minister powiedział wczoraj, że porozumienie jest gotowe.",
        [("wczoraj", "2023-09-12")],
    ),
    ("pl", "W środę prezydent spotkał się z premierem.", [("środę", "2023-09-13")]),
    (
        "pl",
        "Dwa tygodnie temu ustawa została przyjęta, a w zeszłym roku odrzucona.",
        [("Dwa tygodnie temu", "2023-08-30"), ("w zeszłym roku", "2022")],
    ),
    (
        "pl",
        "Firma powstała w 1950 r., a 13 września 2023 r. obchodziła jubileusz.",
        [("w 1950 r.", "1950"), ("13 września 2023 r.", "2023-09-13")],
    ),
    ("pl", "Maja przyjechała do Gdańska w maju.", [("maju", "2023-05")]),
    ("ru", "Министр заявил вчера, что соглашение готово.", [("вчера", "2023-09-12")]),
    ("ru", "В среду президент встретился с премьер-министром.", [("В среду", "2023-09-13")]),
    (
        "ru",
        "Две недели назад закон был принят, а в прошлом году отклонён.",
        [("Две недели назад", "2023-08-30"), ("в прошлом году", "2022")],
    ),
    (
        "ru",
        "Компания основана в 1950 году, а 13 сентября 2023 г. отметила юбилей.",
        [("в 1950 году", "1950"), ("13 сентября 2023 г.", "2023-09-13")],
    ),
    (
        "ru",
        "Охрана окружающей среды важна, и в сентябре об этом говорили.",
        [("сентябре", "2023-09")],
    ),
    ("fi", "Ministeri sanoi eilen, että sopimus on valmis.", [("eilen", "2023-09-12")]),
    ("fi", "Keskiviikkona presidentti tapasi pääministerin.", [("Keskiviikkona", "2023-09-13")]),
    (
        "fi",
        "Kaksi viikkoa sitten laki hyväksyttiin, ja viime vuonna se hylättiin.",
        [("Kaksi viikkoa sitten", "2023-08-30"), ("viime vuonna", "2022")],
    ),
    (
        "fi",
        "Yhtiö perustettiin vuonna 1950, ja 13. syyskuuta 2023 se juhli.",
        [("vuonna 1950", "1950"), ("13. syyskuuta 2023", "2023-09-13")],
    ),
    ("fi", "Kokous pidetään syyskuussa.", [("syyskuussa", "2023-09")]),
    ("uk", "Міністр заявив учора, що угода готова.", [("учора", "2023-09-12")]),
    ("uk", "У середу президент зустрівся з прем'єр-міністром.", [("середу", "2023-09-13")]),
    (
        "uk",
        "Два тижні тому закон ухвалили, а минулого року відхилили.",
        [("Два тижні тому", "2023-08-30"), ("минулого року", "2022")],
    ),
    (
        "uk",
        "Компанію засновано у 1950 році, а 13 вересня 2023 р. вона святкувала.",
        [("у 1950 році", "1950"), ("13 вересня 2023 р.", "2023-09-13")],
    ),
    ("cs", "Ministr včera řekl, že dohoda je hotová.", [("včera", "2023-09-12")]),
    (
        "cs",
        "Ve středu se prezident setkal s premiérem ve středu města.",
        [("Ve středu", "2023-09-13")],
    ),
    (
        "cs",
        "Před dvěma týdny byl zákon přijat, minulý rok zamítnut.",
        [("Před dvěma týdny", "2023-08-30"), ("minulý rok", "2022")],
    ),
    (
        "cs",
        "Firma vznikla v roce 1950 a 13. září 2023 slavila výročí.",
        [("v roce 1950", "1950"), ("13. září 2023", "2023-09-13")],
    ),
]


def _found(text: str, language: str | None, published: dt.date | None) -> list[tuple]:
    return [(r.text, r.value) for r in find_dates(text, language, published)]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES)
def test_sentences(language, text, expected):
    assert _found(text, language, WED) == expected


def test_every_language_has_sentences():
    assert {s[0] for s in SENTENCES} == set(SUPPORTED)


# (language, sentence, [(span text, value)]) with no publication date: relative
# expressions are found but stay unresolved, absolute ones resolve.
UNDATED = [
    (
        "da",
        "I går, 12. september 2023, talte hun.",
        [("I går", None), ("12. september 2023", "2023-09-12")],
    ),
    (
        "de",
        "Gestern und am Mittwoch, 13. September 2023.",
        [("Gestern", None), ("Mittwoch, 13. September 2023", "2023-09-13")],
    ),
    (
        "en",
        "Yesterday, two weeks ago, in 1950 and in June.",
        [("Yesterday", None), ("two weeks ago", None), ("1950", "1950"), ("June", None)],
    ),
    (
        "fr",
        "Hier, mercredi, et le 13 septembre.",
        [("Hier", None), ("mercredi", None), ("13 septembre", None)],
    ),
    (
        "ru",
        "Вчера, в среду, 13 сентября 2023 года.",
        [("Вчера", None), ("в среду, 13 сентября 2023 года", "2023-09-13")],
    ),
    ("pl", "Wczoraj, w 2020 roku.", [("Wczoraj", None), ("w 2020 roku", "2020")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), UNDATED)
def test_without_publication_date(language, text, expected):
    assert _found(text, language, None) == expected


# Ordinary paragraphs full of function words: they yield only the dates they really have.
PARAGRAPHS = {
    "da": (
        "Han sagde, at de to lande vil samarbejde mere, men det er ikke sikkert. Hun mener, "
        "at man må se på det, og maj kommer før juni.",
        [("maj", "2023-05"), ("juni", "2023-06")],
    ),
    "de": (
        "Die Regierung sagte, dass sie mit den Ländern so schnell wie möglich an einer Lösung "
        "arbeite. Mo und So sind Namen, mai ist kein Monat, der Morgen war kalt, Mit den "
        "1950 Soldaten kamen 12.000 Helfer.",
        [],
    ),
    "en": (
        "The president may sign the bill, and protesters march on the capital. Theresa May "
        "said so. It was a sun-filled day; Jan and Mar are names.",
        [],
    ),
    "sv": (
        "Hon sa att de ska ses igen, men det är inte klart om mars är en planet eller inte.",
        [],
    ),
    "no": (
        "Han sa at de to landene skal samarbeide mer, men det er ikke sikkert når. Ho "
        "seier at dei må sjå på det.",
        [],
    ),
    "fr": (
        "Le ministre a dit que la sonde vers Mars est prête et que les pays vont travailler "
        "ensemble. Sept ministres étaient là.",
        [],
    ),
    "es": (
        "El ministro dijo que los países trabajarán juntos por la mañana y que el mar es "
        "bonito. Plácido Domingo cantó.",
        [],
    ),
    "nl": (
        "De minister zei dat de landen samenwerken en dat de morgen koud was. Wie weet het?",
        [],
    ),
    "it": (
        "Il ministro ha detto che i paesi lavoreranno insieme e che il mare è bello. "
        "Domani è un altro giorno.",
        [("Domani", "2023-09-14")],
    ),
    "pt": (
        "O ministro disse que os países vão trabalhar juntos, pela segunda vez, e que a "
        "quinta fica perto. Foi a sexta reunião, na segunda vez.",
        [],
    ),
    "pl": (
        "Minister powiedział, że kraje będą współpracować, a Maja się zgodziła. To jest "
        "marka, nie lipa.",
        [],
    ),
    "ru": (
        "Министр сказал, что страны будут работать вместе, а окружающая среда важна. "
        "Марта согласилась.",
        [],
    ),
    "fi": ("Ministeri sanoi, että maat tekevät yhteistyötä ja että se on hyvä asia.", []),
    "uk": ("Міністр сказав, що країни працюватимуть разом, і це важливо для всіх.", []),
    "cs": (
        "Ministr řekl, že země budou spolupracovat. Slunce září nad středem města a "
        "ve středu města je trh.",
        [],
    ),
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_function_words_are_no_dates(language):
    text, expected = PARAGRAPHS[language]
    assert _found(text, language, WED) == expected


# Words that look like date words in some language but are none on their own.
FUNCTION_WORDS = {
    "da": "i på om for til den det en et to af man ons tor fre lør søn mar jan dec nu her",
    "de": "die der das mit so an am im in um es sie er und Mo Di Mi Do Fr Sa So mai Morgen "
    "Tag Jahr Woche vor seit bis ab morgens Jan Mär",
    "en": "may march the a an in on at by of to sun sat wed mon jan mar day year week last "
    "next this since Theresa May",
    "sv": "i på om för till den det en ett man tis ons tor fre lör sön mars år dag vecka",
    "no": "i på om for til den det en ei ett man tir ons tor fre lør søn mars år dag veke",
    "fr": "le la les de du des en à au Mars mer lun mar jeu ven sam dim sept an jour semaine",
    "es": "el la los de del en a al mar lun mié jue vie sáb dom día semana año Domingo",
    "nl": "de het een in op aan van morgens ma di wo do vr za zo dag week jaar",
    "it": "il la lo di da in a con su per mar lun mer gio ven sab dom giorno anno",
    "pt": "o a os as de da do em no na um uma segunda terça quarta quinta sexta seg ter qua "
    "qui sex sáb dom dia ano Domingo",
    "pl": "w we z na do od i a Maja maja pon wt śr czw pt sob niedz dzień rok lat",
    "ru": "в на с к до по и а среда среду среды Марта пн вт ср чт пт сб вс день год неделя",
    "fi": "ja on ei se ma ti ke to pe la su päivä vuosi viikko",
    "uk": "в у на з до і а пн вт ср чт пт сб нд день рік тиждень",
    "cs": "v ve na z do a i po út st čt pá so ne září středu den rok týden",
}


@pytest.mark.parametrize("language", SUPPORTED)
def test_function_word_lists(language):
    assert _found(FUNCTION_WORDS[language], language, WED) == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_language_data_is_complete(language):
    lex = lexicon(language)
    assert set(lex.months.values()) == set(range(1, 13)), "a month has no name"
    assert {lex.weekdays[k] for k in lex.weekday_free} == set(range(7)), "a weekday is missing"
    assert {"day", "week", "month", "year"} <= set(lex.units.values()) <= UNITS
    assert {unit for unit, _ in lex.relative.values()} <= UNITS
    assert lex.numeric_order in ("DMY", "MDY")
    assert patterns(language).kinds  # every template compiles with known slots
    module = data(language, "dates")
    unknown = {n for n in vars(module) if n.isupper()} - SCHEMA
    assert not unknown, f"newsweave.lang.{language}.dates: unknown constants {unknown}"


def test_results_are_sorted_and_do_not_overlap():
    text = "Onsdag den 13. september 2023, i går og i onsdags, for to uger siden."
    refs = find_dates(text, "da", WED)
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(refs))
    assert all(text[r.start : r.end] == r.text for r in refs)


def test_day_month_takes_the_nearest_year():
    assert _found("den 2. januar", "da", dt.date(2023, 12, 30)) == [("2. januar", "2024-01-02")]
    assert _found("i december", "da", dt.date(2023, 1, 5)) == [("december", "2022-12")]


def test_without_a_year_the_past_is_preferred_over_an_equally_far_future():
    # 8 March is 189 days before and 177 days after 13 September 2023: news means the past.
    assert _found("8 марта", "ru", WED) == [("8 марта", "2023-03-08")]
    assert _found("den 13. oktober", "da", WED) == [("13. oktober", "2023-10-13")]


def test_weekday_modifiers():
    assert _found("last Wednesday", "en", WED) == [("last Wednesday", "2023-09-06")]
    assert _found("next Wednesday", "en", WED) == [("next Wednesday", "2023-09-20")]
    assert _found("Wednesday", "en", WED) == [("Wednesday", "2023-09-13")]


def test_impossible_days_are_no_dates():
    # the day is dropped, the month it names stays
    assert _found("Am 31. Februar 2023", "de", WED) == [("Februar 2023", "2023-02")]
    assert _found("Am 31.02.2023.", "de", WED) == []
    assert _found("Den 29. februar", "da", dt.date(2024, 3, 1)) == [("29. februar", "2024-02-29")]


def test_iso_timestamp_in_text():
    assert _found("Updated 2023-09-13T10:00:00Z.", "en", None) == [("2023-09-13", "2023-09-13")]


def test_no_language_finds_numeric_dates_only():
    assert _found("Am 13.09.2023, gestern.", None, WED) == [("13.09.2023", "2023-09-13")]


def test_unknown_language_has_no_relative_words():
    assert _found("2023-09-13 hier", "xx", WED) == [("2023-09-13", "2023-09-13")]


def test_stage_fills_dates_and_pickles():
    stage = DateStage()
    assert (stage.name, stage.needs, stage.provides) == (
        "dates",
        frozenset({"language"}),
        frozenset({"dates"}),
    )
    article = Article(text="Onsdag mødtes de.", language="da", published=WED)
    assert pickle.loads(pickle.dumps(stage))(article).dates == [
        TimeRef(0, 6, "Onsdag", "2023-09-13")
    ]


def test_danish_case(cases):
    case = next(c for c in cases if c["language"] == "da")
    published = dt.date.fromisoformat(case["published"])
    found = _found(case["text"], "da", published)
    assert ("onsdag", "2023-09-13") in found


def test_german_case(cases):
    case = next(c for c in cases if c["language"] == "de")
    assert case["published"] is None
    refs = find_dates(case["text"], "de", None)
    values = {r.value for r in refs}
    assert {"2022-06", "1950"} <= values
    assert any("Juni 2022" in r.text and r.value == "2022-06" for r in refs)
    assert any("1950" in r.text and r.value == "1950" for r in refs)
    function_words = {"die", "mit", "so", "an", "der", "das", "in", "am", "im", "es", "sie"}
    assert not any(r.text.lower() in function_words for r in refs)
    assert all(r.value is None for r in refs if "1950" not in r.text and "2022" not in r.text)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "The quake hit a week ago; talks resume in two weeks.",
         [("a week ago", "2023-09-06"), ("in two weeks", "2023-09-27")]),
        ("de", "Vor einer Woche begann es, letzte Woche endete es.",
         [("Vor einer Woche", "2023-09-06"), ("letzte Woche", "2023-W36")]),
        ("da", "For en uge siden skete det, i næste uge igen.",
         [("For en uge siden", "2023-09-06"), ("i næste uge", "2023-W38")]),
        ("fr", "Il y a une semaine, la semaine dernière.",
         [("Il y a une semaine", "2023-09-06"), ("semaine dernière", "2023-W36")]),
    ],
)  # fmt: skip
def test_counted_weeks_are_a_day_and_calendar_weeks_a_week(language, text, expected):
    """TimeML values "a week ago" as a point, the day published - 7 days (what a reader
    takes it for); "last week" names a calendar week and stays one."""
    assert _found(text, language, WED) == expected
