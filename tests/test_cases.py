"""The two case articles (Danish, German; ../shared/cases) through `newsweave analyze`:
what the issue's "done when" asks of the pipeline."""

import json

import pytest
from click.testing import CliRunner

from newsweave.cli import main
from newsweave.quotemarks import find_quotations
from newsweave.sentences import paragraphs


@pytest.fixture(scope="module")
def analysed(cases, tmp_path_factory):
    path = tmp_path_factory.mktemp("cases") / "cases.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for c in cases:
            row = {
                "id": c["file"],
                "text": c["text"],
                "language": c["language"],
                "published": c["published"],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = CliRunner().invoke(main, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    return {row["language"]: row for row in map(json.loads, result.stdout.splitlines())}


def test_languages(analysed):
    assert set(analysed) == {"da", "de"}


def test_languages_are_identified_without_being_given(cases, tmp_path):
    for c in cases:
        (tmp_path / c["file"]).write_text(c["text"], encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path)])
    langs = {
        json.loads(line)["id"]: json.loads(line)["language"] for line in result.stdout.splitlines()
    }
    assert sorted(langs.values()) == ["da", "de"]


@pytest.mark.parametrize("language", ["da", "de"])
def test_no_sentence_boundary_inside_a_quotation(analysed, language):
    row = analysed[language]
    text = row["text"]
    quotes = [q for start, end in paragraphs(text) for q in find_quotations(text, start, end)]
    assert len(quotes) >= 5
    for q in quotes:
        for start, end in row["sentences"]:
            assert not (q.start < end < q.end), f"sentence ends inside {text[q.start : q.end]!r}"
            assert not (q.start < start < q.end), (
                f"sentence starts inside {text[q.start : q.end]!r}"
            )


def test_danish_wednesday_resolves_to_the_publication_day(analysed):
    dates = [(d["text"], d["value"]) for d in analysed["da"]["dates"]]
    assert dates == [("onsdag", "2023-09-13")]


def test_german_dates_without_a_publication_date(analysed):
    dates = {d["text"]: d["value"] for d in analysed["de"]["dates"]}
    assert dates["Juni 2022"] == "2022-06"
    assert dates["im Jahr 1950"] == "1950"
    assert dates["dieses Jahr"] is None  # relative, and the article has no date
    assert set(dates) == {"Juni 2022", "im Jahr 1950", "dieses Jahr"}  # no function word


def test_paragraphs_split_and_attributions_stay_with_their_quote(analysed):
    row = analysed["de"]
    sentences = [row["text"][s:e] for s, e in row["sentences"]]
    assert any(
        s.endswith("sagte Leif-Eric Easley, Professor für internationale Studien.")
        for s in sentences
    )
    assert any(
        s.startswith('"Seine Artillerie') and s.endswith('sehr ähnlich."') for s in sentences
    )
    da = analysed["da"]
    first = [da["text"][s:e] for s, e in da["sentences"]]
    assert any(
        s.startswith("»Nordkoreas leder") and "sagde Putin under rundvisningen" in s for s in first
    )


EXPECTED_ENTITIES = {
    "PER": {"Kim Jong-un", "Putin", "Iver Neumann", "Leif-Eric Easley", "Carl Schuster"},
    "ORG": {"Fridtjof Nansens Institut", "Dagbladet"},
    "LOC": {
        "Rusland",
        "Russland",
        "Nordkorea",
        "Ukraine",
        "Vostotsjnyj",  # the cosmodrome's name (the fast tier took "Kosmodrom" in)
        "Moskau",
        "Wladiwostok",
        "Pjöngjang",
    },
}


@pytest.mark.parametrize("label", sorted(EXPECTED_ENTITIES))
def test_the_named_people_organisations_and_places_are_found(analysed, label):
    found = {
        text
        for row in analysed.values()
        for e in row["entities"]
        if e["label"] == label and e.get("kind", "name") == "name"
        for text in (e["text"], e["name"])
    }
    missing = {
        n for n in EXPECTED_ENTITIES[label] if n not in found and f"Vladimir {n}" not in found
    }
    assert not missing, f"{label} missing {missing}; found {sorted(found)}"


def test_short_names_resolve_to_the_fullest_form(analysed):
    de = {e["text"]: e for e in analysed["de"]["entities"]}
    assert de["Schuster"]["name"] == "Carl Schuster"
    assert de["Schuster"]["entity"] == de["Carl Schuster"]["entity"]
    da = [e for e in analysed["da"]["entities"] if e["text"] == "Putin"]
    assert da and all(e["name"] == "Vladimir Putin" for e in da)


def test_countries_share_one_id_across_languages(analysed):
    ids = {
        e["entity"]
        for row in analysed.values()
        for e in row["entities"]
        if e["name"] in ("Rusland", "Russland")
    }
    assert ids == {"country:RU"}


def _quotes(row, speaker_name):
    return [q for q in row["quotes"] if q["speaker"] and q["speaker"]["name"] == speaker_name]


def test_danish_quotes_and_their_speakers(analysed):
    row = analysed["da"]
    putin = _quotes(row, "Vladimir Putin")
    assert [(q["kind"], q["text"], q["cue"]["text"]) for q in putin] == [
        ("direct", "Nordkoreas leder viser stor interesse for raketbygning,", "sagde")
    ]
    neumann = _quotes(row, "Iver Neumann")
    direct = [q["text"] for q in neumann if q["kind"] == "direct"]
    assert [t.split()[0] for t in direct] == ["Det,", "Og", "Ulempen"]
    role = "Ruslands-ekspert ved det norske Fridtjof Nansens Institut"
    assert {q["speaker"]["role"] for q in neumann} == {role}
    # described before he is named, and after: "en Ruslands-ekspert", "den norske ekspert"
    described = {q["speaker"]["text"]: q["cue"]["text"] for q in neumann if q["kind"] != "direct"}
    assert described == {"en Ruslands-ekspert": "Ifølge", "den norske ekspert": "ifølge"}


def test_german_quotes_and_their_speakers(analysed):
    row = analysed["de"]
    easley = _quotes(row, "Leif-Eric Easley")
    parts = [row["text"][s:e] for q in easley for s, e in q["parts"] or [[q["start"], q["end"]]]]
    assert [p.split()[0] for p in parts] == ["Dieses", "Russland"]
    assert {q["speaker"]["role"] for q in easley} == {"Professor für internationale Studien"}
    report = [q for q in row["quotes"] if q["speaker"] and "Bericht" in q["speaker"]["text"]]
    assert [(q["kind"], q["text"].split()[0], q["speaker"]["name"]) for q in report] == [
        ("direct", "Amerikanische", None)
    ]
    schuster = _quotes(row, "Carl Schuster")
    indirect = [q["text"].split()[:2] for q in schuster if q["kind"] == "indirect"]
    assert ["Jedes", "Abkommen"] in indirect and ["Jeder", "Pakt"] in indirect
    direct = " ".join(q["text"] for q in schuster if q["kind"] == "direct")
    for words in ("Nordkorea braucht Bargeld", "Diese Allianz", "Seine Artillerie"):
        assert words in direct
    assert schuster[0]["speaker"]["roles"] == [
        "ehemaliger Einsatzleiter des US-Pazifik-Gruppe",
        "ehemaliger Kapitän der US-Marine",
    ]


def test_ingesting_the_cases_folder_gives_one_story_with_the_dates_of_its_sidecar(shared, tmp_path):
    # cases.jsonl names each text file with its metadata; the plain files are then
    # exact duplicates, and the undated German report joins the Danish one's story
    from newsweave.store import Store
    from newsweave.views.stories import list_stories

    db = tmp_path / "n.db"
    result = CliRunner().invoke(main, ["ingest", str(shared / "cases"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 exact duplicate(s)" in result.output
    with Store(db, readonly=True) as store:
        (story,) = list_stories(store)
        assert story.languages == ("da", "de") and story.first.startswith("2023-09-13")


def _ingest(db, *args):
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), *map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def _story(db):
    result = CliRunner().invoke(main, ["story", "1", "--db", str(db), "--json"])
    return json.loads(result.stdout)


def test_undated_cases_are_undated_until_a_date_is_given(cases, shared, tmp_path):
    da, de = (shared / "cases" / c["file"] for c in cases)
    db = tmp_path / "n.db"
    _ingest(db, da, de)  # the plain files carry no date
    story = _story(db)
    assert (story["first"], story["last"]) == (None, None)
    assert {a["published"] for a in story["timeline"]} == {None}
    listed = CliRunner().invoke(main, ["stories", "--db", str(db)]).stdout
    assert "undated" in listed and "20" not in listed  # no year anywhere: nothing made up

    result = _ingest(db, da, "--published", "2023-09-13")
    assert "published none → 2023-09-13" in result.stderr
    story = _story(db)
    assert (story["first"], story["last"]) == ("2023-09-13", "2023-09-13")
    danish = next(a for a in story["timeline"] if a["language"] == "da")
    shown = json.loads(
        CliRunner().invoke(main, ["show", "--db", str(db), "--json", danish["id"]]).stdout
    )
    assert ("onsdag", "2023-09-13") in [(d["text"], d["value"]) for d in shown["dates"]]

    result = _ingest(db, de, "--published", "2023-09-10")  # the German one, dated later
    assert "1 already in the store, updated" in result.stderr
    story = _story(db)
    assert (story["first"], story["last"], len(story["timeline"])) == (
        "2023-09-10",
        "2023-09-13",
        2,
    )


@pytest.mark.parametrize("given", ["09/10/2023", "13.09.2023", "Sept 13 2023", "2023-13-09"])
def test_an_ambiguous_or_invalid_date_is_refused_with_the_accepted_forms(given, tmp_path):
    result = CliRunner().invoke(main, ["analyze", "--published", given, str(tmp_path)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output and given in result.output


def test_an_iso_timestamp_gives_its_day(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Der Bundestag hat am Mittwoch über den Haushalt beraten.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["analyze", "--published", "2023-09-15T08:30:00+02:00", str(path)]
    )
    assert json.loads(result.stdout)["published"] == "2023-09-15"
